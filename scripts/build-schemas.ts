/**
 * Regenerates the committed `schemas/` folder from the upstream CRDs and Kubernetes schemas in
 * `../shared/crds` (or `$CRDS_DIR`), so that validation needs nothing outside the package at run time.
 *
 * Output (all JSON, keys sorted, descriptions stripped):
 * - `schemas/index.json` — every known `apiVersion/kind` → scope and where its schema is
 *   (see `SchemaIndex` in `src/validation/schema-index.ts`), plus the cluster-scoped built-in kinds.
 * - `schemas/k8s/v<version>.json` — `{ definitions }` of each Kubernetes version.
 * - `schemas/k8s/object-meta.json` — ObjectMeta and what it references (for CRD kinds' metadata).
 * - `schemas/crds/<group>/<version>/<Kind>.json` — a CRD version's `openAPIV3Schema`; versions whose
 *   schema is identical to an earlier one share its file.
 *
 * Usage: `npm run schemas` (then commit `schemas/`).
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { compareVersions } from '../src/validation/schema-files.js';
import { isPlainObject, mapSchema, sortKeys, type JsonSchema } from '../src/validation/schema-walk.js';
import {
  CLUSTER_SCOPED_CORE_KINDS,
  SCHEMA_LAYOUT_VERSION,
  kindKey,
  type SchemaIndex,
  type SchemaIndexEntry,
  type Scope,
} from '../src/validation/schema-index.js';

const root = resolve(import.meta.dirname, '..');
const crdsDir = resolve(process.env.CRDS_DIR ?? join(root, '..', 'shared', 'crds'));
const outDir = resolve(process.env.SCHEMAS_OUT ?? join(root, 'schemas'));

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** Keywords dropped from every schema node: documentation and client-side merge hints. */
const DROPPED_KEYWORDS = new Set([
  'description',
  'example',
  'externalDocs',
  'title',
  'x-kubernetes-patch-merge-key',
  'x-kubernetes-patch-strategy',
  'x-kubernetes-map-type',
  'x-kubernetes-unions',
  'x-kubernetes-group-version-kind',
]);

/** The schema without documentation keywords (only in schema positions, never property names). */
export function stripSchema(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, (node) => {
    const out: JsonSchema = {};
    for (const [keyword, value] of Object.entries(node)) if (!DROPPED_KEYWORDS.has(keyword)) out[keyword] = value;
    return out;
  });
}

function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, accept));
    else if (accept(name)) out.push(path);
  }
  return out;
}

function writeJson(path: string, value: unknown): number {
  mkdirSync(dirname(path), { recursive: true });
  const text = JSON.stringify(sortKeys(value));
  writeFileSync(path, text + '\n');
  return text.length + 1;
}

function posix(path: string): string {
  return path.split(sep).join('/');
}

function isClusterScopedCore(group: string, kind: string): boolean {
  return CLUSTER_SCOPED_CORE_KINDS[group]?.includes(kind) ?? false;
}

/** `#/definitions/X` refs reachable from `name`, including itself. */
function reachable(definitions: Record<string, JsonSchema>, name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isPlainObject(value)) {
      for (const [key, sub] of Object.entries(value)) {
        if (key === '$ref' && typeof sub === 'string' && sub.startsWith('#/definitions/')) {
          reachable(definitions, sub.slice('#/definitions/'.length), seen);
        } else visit(sub);
      }
    }
  };
  visit(definitions[name]);
  return seen;
}

function main(): void {
  if (!existsSync(crdsDir)) throw new Error(`CRD folder not found: ${crdsDir} (set CRDS_DIR)`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  const kinds: Record<string, SchemaIndexEntry> = {};
  const kubernetes: Record<string, string> = {};

  // Kubernetes core definitions, one file per version.
  const k8sRoot = join(crdsDir, 'k8s-schemas');
  const versions = readdirSync(k8sRoot)
    .filter((name) => /^v\d+\.\d+\.\d+$/.test(name) && existsSync(join(k8sRoot, name, '_definitions.json')))
    .map((name) => name.slice(1))
    .sort(compareVersions);
  let newestDefinitions: Record<string, JsonSchema> = {};
  const coreKinds = new Map<string, { scope: Scope; definitions: Record<string, string> }>();
  for (const version of versions) {
    const raw = JSON.parse(readFileSync(join(k8sRoot, `v${version}`, '_definitions.json'), 'utf8')) as {
      definitions: Record<string, JsonSchema>;
    };
    const definitions: Record<string, JsonSchema> = {};
    for (const [name, schema] of Object.entries(raw.definitions)) {
      definitions[name] = stripSchema(schema);
      const gvks = schema['x-kubernetes-group-version-kind'];
      if (!Array.isArray(gvks) || gvks.length !== 1) continue; // DeleteOptions, WatchEvent: not objects
      const gvk = gvks[0] as { group: string; version: string; kind: string };
      const properties = schema['properties'];
      const metadata = isPlainObject(properties) ? properties['metadata'] : undefined;
      if (!isPlainObject(metadata) || metadata['$ref'] !== `#/definitions/${OBJECT_META}`) continue; // lists, Status
      const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      const key = kindKey(apiVersion, gvk.kind);
      const entry = coreKinds.get(key) ?? {
        scope: isClusterScopedCore(gvk.group, gvk.kind) ? 'Cluster' : 'Namespaced',
        definitions: {},
      };
      entry.definitions[version] = name;
      coreKinds.set(key, entry);
    }
    const file = `k8s/v${version}.json`;
    bytes += writeJson(join(outDir, file), { definitions });
    kubernetes[version] = file;
    newestDefinitions = definitions;
  }
  for (const [key, entry] of coreKinds) kinds[key] = entry;

  // ObjectMeta (from the newest version) for the metadata of CRD kinds.
  const objectMetaFile = 'k8s/object-meta.json';
  const metaDefinitions: Record<string, JsonSchema> = {};
  for (const name of [...reachable(newestDefinitions, OBJECT_META)].sort()) {
    const definition = newestDefinitions[name];
    if (definition) metaDefinitions[name] = definition;
  }
  bytes += writeJson(join(outDir, objectMetaFile), { definitions: metaDefinitions });

  // CRDs: one file per served version, identical schemas shared.
  const byHash = new Map<string, string>();
  const crdFiles = listFiles(crdsDir, (name) => /\.ya?ml$/.test(name)).filter(
    (path) => !posix(relative(crdsDir, path)).startsWith('k8s-schemas/'),
  );
  for (const path of crdFiles) {
    const source = posix(relative(crdsDir, path));
    for (const doc of yaml.loadAll(readFileSync(path, 'utf8'))) {
      if (!isPlainObject(doc) || doc['kind'] !== 'CustomResourceDefinition') continue;
      const spec = doc['spec'] as {
        group: string;
        scope: Scope;
        names: { kind: string };
        versions: {
          name: string;
          served?: boolean;
          storage?: boolean;
          deprecated?: boolean;
          deprecationWarning?: string;
          schema?: { openAPIV3Schema?: JsonSchema };
        }[];
      };
      for (const version of spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (!schema) continue;
        const apiVersion = `${spec.group}/${version.name}`;
        const key = kindKey(apiVersion, spec.names.kind);
        if (kinds[key]) throw new Error(`${key} is defined twice (again in ${source})`);
        const stripped = sortKeys(stripSchema(schema));
        const text = JSON.stringify(stripped);
        const hash = createHash('sha256').update(text).digest('hex');
        let file = byHash.get(hash);
        if (!file) {
          file = `crds/${spec.group}/${version.name}/${spec.names.kind}.json`;
          bytes += writeJson(join(outDir, file), stripped);
          byHash.set(hash, file);
        }
        kinds[key] = {
          scope: spec.scope,
          file,
          served: version.served ?? true,
          storage: version.storage ?? false,
          ...(version.deprecated ? { deprecated: true } : {}),
          ...(version.deprecationWarning ? { deprecationWarning: version.deprecationWarning } : {}),
          source,
        };
      }
    }
  }

  const index: SchemaIndex = {
    layout: SCHEMA_LAYOUT_VERSION,
    kubernetes,
    objectMeta: objectMetaFile,
    objectMetaDefinition: OBJECT_META,
    clusterScopedCoreKinds: CLUSTER_SCOPED_CORE_KINDS,
    kinds,
  };
  bytes += writeJson(join(outDir, 'index.json'), index);
  const sources = [...new Set(Object.values(kinds).map((entry) => entry.source?.split('/').slice(0, 2).join('/')))]
    .filter((source): source is string => source !== undefined)
    .sort();
  writeFileSync(join(outDir, 'README.md'), readme(versions, sources));
  // Apache-2.0 §4(d): carry the upstream NOTICE files of the projects whose schemas are shipped.
  for (const source of sources) {
    const notice = join(crdsDir, source, 'NOTICE');
    if (existsSync(notice)) {
      mkdirSync(join(outDir, 'notices'), { recursive: true });
      copyFileSync(notice, join(outDir, 'notices', `${source.split('/')[0]}-NOTICE`));
    }
  }
  console.log(
    `wrote ${posix(relative(root, outDir))}/: ${Object.keys(kinds).length} kinds, ${versions.length} Kubernetes versions, ` +
      `${byHash.size} CRD schema files, ${(bytes / 1024 / 1024).toFixed(2)} MB`,
  );
}

function readme(versions: readonly string[], sources: readonly string[]): string {
  return `# schemas/ (generated — do not edit)

Written by \`npm run schemas\` (\`scripts/build-schemas.ts\`) from the upstream data in \`../shared/crds\`;
read at run time by \`src/validation\` (lazily, file by file). JSON keys are sorted and \`description\`,
\`example\`, \`title\`, \`externalDocs\` and client-side merge hints are stripped.

- \`index.json\` — every known \`apiVersion/kind\` (e.g. \`apps/v1/Deployment\`) → scope, and either the
  Kubernetes definition name per version (built-in kinds) or the schema file plus served/storage/deprecated
  flags and the upstream source (CRD kinds); also the hand-maintained list of cluster-scoped built-in kinds.
- \`k8s/v<version>.json\` — \`{ definitions }\` of Kubernetes ${versions.join(', ')}.
- \`k8s/object-meta.json\` — ObjectMeta and the definitions it references (metadata of CRD kinds).
- \`crds/<group>/<version>/<Kind>.json\` — the \`openAPIV3Schema\` of one CRD version; versions with an
  identical schema share one file.

Sources (Apache-2.0): ${sources.join(', ')}, and the Kubernetes schemas published by cdk8s (k8s-schemas).
Upstream NOTICE files are in \`notices/\`.
`;
}

main();
