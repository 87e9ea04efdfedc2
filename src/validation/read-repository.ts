import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, posix, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { GitOpsError } from '../errors/index.js';
import type { KubeObject } from '../synth/manifest.js';
import { ISSUE_CODES, type ValidationIssue } from './issue.js';
import { tierOf } from './read-tree.js';
import { DEFAULT_KUBERNETES_VERSION } from './schema-registry.js';
import { isPlainObject } from './schema-walk.js';
import type { SourceManifest } from './validate.js';

/** Options of {@link readRepository}. */
export interface ReadRepositoryOptions {
  /** Kubernetes version the objects are applied to. @default '1.33.0' */
  readonly kubernetesVersion?: string;
  /**
   * How kustomizations are built: `auto` runs `kustomize build` or `kubectl kustomize`, whichever is
   * on PATH; `none` never runs a binary (the resources a kustomization lists are read as they are).
   * @default 'auto'
   */
  readonly kustomize?: 'auto' | 'none';
}

/** What {@link readRepository} read. */
export interface RepositoryContents {
  /** The objects to validate, kustomize output included. */
  readonly manifests: SourceManifest[];
  /** Files that could not be read or built (unparsable YAML, failed kustomize builds), as error issues. */
  readonly problems: ValidationIssue[];
  /** One line each about what was skipped or read differently (Helm charts, no kustomize binary). */
  readonly notes: string[];
}

/** The file names kustomize looks for, in its order. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Index file the synthesizer writes at the root of a tree; not a manifest. */
const TREE_INDEX = '.cdk8s-gitops.json';
/** Annotation kustomize's `buildMetadata: [originAnnotations]` adds: where each object came from. */
const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
/** Kustomize builds running at once. */
const BUILD_CONCURRENCY = 2;

interface Kustomization {
  /** Kustomization file, relative to the root (`/` separators). */
  readonly file: string;
  /** Its folder, absolute. */
  readonly dir: string;
  readonly component: boolean;
  /** It inflates Helm charts (`helmCharts:`), which kustomize does only with `--enable-helm` and helm. */
  readonly helmCharts: boolean;
  readonly namespace?: string;
  /** Resource files (absolute) and kustomization folders (absolute) it lists. */
  readonly resources: readonly string[];
  readonly components: readonly string[];
  /** Every local file it reads (resources, patches, generators, configurations...), absolute. */
  readonly files: readonly string[];
}

/**
 * Reads a repository the way its tools apply it, for `validate`:
 * - a folder with a `kustomization.yaml` (`.yml`, `Kustomization`) is read as what it builds, by
 *   `kustomize build` or `kubectl kustomize` (objects name their source file and the kustomization);
 *   the files a kustomization uses (resources, patches, bases) are not read on their own. Without a
 *   kustomize binary the resources it lists are read as they are (patches skipped), with a note;
 * - Helm chart folders (`Chart.yaml` + `templates/`) are skipped, with a note;
 * - a file that is not valid YAML is reported, and the other files are still read.
 * Dot-folders and `node_modules` are skipped; files are read in sorted path order.
 * @throws GitOpsError if the folder cannot be read
 */
export async function readRepository(dir: string, options: ReadRepositoryOptions = {}): Promise<RepositoryContents> {
  const root = resolve(dir);
  const kubernetesVersion = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const listing: Listing = { yamlFiles: [], kustomizationFiles: [], charts: [] };
  try {
    await list(root, listing);
  } catch (error) {
    throw new GitOpsError(`cannot read the tree at ${dir}: ${error instanceof Error ? error.message : String(error)}`, {
      code: 'TREE_UNREADABLE',
      file: dir,
      cause: error,
      hint: 'pass the folder of YAML files to validate (the outdir of synth, or a repository)',
    });
  }
  const rel = (path: string): string => relative(root, path).split(sep).join('/');
  const manifests: SourceManifest[] = [];
  const problems: ValidationIssue[] = [];
  const notes: string[] = [];
  const problem = (code: ValidationIssue['code'], file: string, message: string, hint?: string): void => {
    problems.push({
      severity: 'error',
      code,
      file,
      ...tierField(file),
      pointer: '',
      message,
      ...(hint ? { hint } : {}),
    });
  };

  // Kustomizations: what each one reads, and which are built (not used by another one).
  const kustomizations = new Map<string, Kustomization>();
  for (const path of listing.kustomizationFiles) {
    try {
      const parsed = await parseKustomization(path, rel(path));
      kustomizations.set(parsed.dir, parsed);
    } catch (error) {
      problem(ISSUE_CODES.yamlInvalid, rel(path), `not valid YAML: ${firstLine(error)}`);
    }
  }
  const owned = new Set<string>(listing.kustomizationFiles);
  const used = new Set<string>();
  for (const kustomization of kustomizations.values()) {
    for (const file of kustomization.files) owned.add(file);
    for (const path of [...kustomization.resources, ...kustomization.components]) used.add(path);
  }
  const topLevel = [...kustomizations.values()].filter((k) => !k.component && !used.has(k.dir));

  const binary = options.kustomize === 'none' ? undefined : kustomizeBinary();
  const helm = binary ? onPath('helm') !== undefined : false;
  // Without helm, kustomize cannot build what inflates a chart: skipped, like chart folders.
  const inflating = binary && !helm ? topLevel.filter((k) => usesHelmCharts(k, kustomizations)) : [];
  if (inflating.length > 0) {
    const names = inflating.map((k) => k.file);
    notes.push(
      `note: skipped ${plural(names.length, 'kustomization')} with helmCharts (${names.join(', ')}): helm is not on PATH`,
    );
  }
  const built = topLevel.filter((k) => !inflating.includes(k));
  if (binary) {
    const outputs = await mapLimited(built, BUILD_CONCURRENCY, (k) => build(binary, k.dir, helm));
    built.forEach((kustomization, index) => {
      const output = outputs[index] as BuildOutput;
      if ('error' in output) {
        problem(
          ISSUE_CODES.kustomizeFailed,
          kustomization.file,
          `${binary.name} failed: ${output.error}`,
          `fix the kustomization; \`${binary.display} ${rel(kustomization.dir) || '.'}\` shows the same error`,
        );
        return;
      }
      for (const object of output.objects) {
        const { source, object: clean } = withoutOrigin(object, output.wrapperDir);
        manifests.push({
          file: source ? rel(source) : kustomization.file,
          object: clean,
          kubernetesVersion,
          builtBy: kustomization.file,
          ...tierField(kustomization.file),
        });
      }
    });
  } else if (built.length > 0) {
    notes.push(
      `note: no kustomize binary on PATH (kustomize or kubectl): ${built.length} kustomization${built.length === 1 ? '' : 's'} validated from the resources ${built.length === 1 ? 'it lists' : 'they list'}, without patches, name prefixes or generators; install kustomize or kubectl to validate what they build`,
    );
    for (const kustomization of built) {
      for (const { path, namespace } of listedResources(kustomization, kustomizations, kustomization.namespace)) {
        const documents = await readYaml(path, rel(path), problem);
        for (const document of documents) {
          manifests.push({
            file: rel(path),
            object: document,
            kubernetesVersion,
            builtBy: kustomization.file,
            ...(namespace ? { defaultNamespace: namespace } : {}),
            ...tierField(kustomization.file),
          });
        }
      }
    }
  }

  if (listing.charts.length > 0) {
    const names = listing.charts.map((chart) => rel(chart) || '.');
    notes.push(
      `note: skipped ${names.length} Helm chart folder${names.length === 1 ? '' : 's'} (${names.join(', ')}): render ${names.length === 1 ? 'it' : 'them'} with \`helm template\` and validate the output`,
    );
  }

  for (const path of listing.yamlFiles) {
    if (owned.has(path)) continue;
    const file = rel(path);
    for (const document of await readYaml(path, file, problem)) {
      manifests.push({ file, object: document, kubernetesVersion, ...tierField(file) });
    }
  }
  return { manifests, problems, notes };
}

interface Listing {
  readonly yamlFiles: string[];
  readonly kustomizationFiles: string[];
  readonly charts: string[];
}

async function list(dir: string, out: Listing): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('Chart.yaml') && entries.some((entry) => entry.name === 'templates' && entry.isDirectory())) {
    out.charts.push(dir);
    return;
  }
  const kustomization = KUSTOMIZATION_FILES.find((name) => names.has(name));
  if (kustomization) out.kustomizationFiles.push(join(dir, kustomization));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === TREE_INDEX) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await list(path, out);
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && entry.name !== kustomization) out.yamlFiles.push(path);
  }
}

async function parseKustomization(path: string, file: string): Promise<Kustomization> {
  const parsed: unknown = yaml.load(await readFile(path, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
  const spec = isPlainObject(parsed) ? parsed : {};
  const dir = dirname(path);
  const local = (entry: unknown): string | undefined =>
    typeof entry === 'string' && entry && !/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(entry)
      ? resolve(dir, entry)
      : undefined;
  const paths = (key: string): string[] =>
    (Array.isArray(spec[key]) ? (spec[key] as unknown[]) : []).map(local).filter((p): p is string => !!p);
  const resources = [...paths('resources'), ...paths('bases')];
  const components = paths('components');
  const files: string[] = [...resources, ...paths('patchesStrategicMerge'), ...paths('crds')];
  for (const key of ['configurations', 'generators', 'transformers', 'validators', 'replacements']) {
    files.push(...paths(key));
  }
  for (const key of ['patches', 'patchesJson6902', 'replacements']) {
    for (const entry of Array.isArray(spec[key]) ? (spec[key] as unknown[]) : []) {
      const path = isPlainObject(entry) ? local(entry['path']) : undefined;
      if (path) files.push(path);
    }
  }
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const entry of Array.isArray(spec[key]) ? (spec[key] as unknown[]) : []) {
      if (!isPlainObject(entry)) continue;
      for (const list of [entry['files'], entry['envs'], entry['env'] ? [entry['env']] : []]) {
        for (const item of Array.isArray(list) ? list : []) {
          // `files` entries may be `key=path`.
          const path =
            typeof item === 'string' ? local(item.includes('=') ? item.slice(item.indexOf('=') + 1) : item) : undefined;
          if (path) files.push(path);
        }
      }
    }
  }
  const namespace = typeof spec['namespace'] === 'string' && spec['namespace'] ? spec['namespace'] : undefined;
  return {
    file,
    dir,
    component: spec['kind'] === 'Component',
    helmCharts: Array.isArray(spec['helmCharts']) && spec['helmCharts'].length > 0,
    ...(namespace ? { namespace } : {}),
    resources,
    components,
    files,
  };
}

/**
 * The resource files a kustomization lists, through the kustomizations and components it uses, with the
 * namespace each gets (the outermost kustomization's `namespace:` wins, as in kustomize).
 */
function listedResources(
  kustomization: Kustomization,
  all: ReadonlyMap<string, Kustomization>,
  namespace: string | undefined,
  seen = new Set<string>(),
): { path: string; namespace?: string }[] {
  if (seen.has(kustomization.dir)) return [];
  seen.add(kustomization.dir);
  const out: { path: string; namespace?: string }[] = [];
  for (const path of [...kustomization.resources, ...kustomization.components]) {
    const nested = all.get(path);
    if (nested) out.push(...listedResources(nested, all, namespace ?? nested.namespace, seen));
    else if (existsSync(path) && statSync(path).isFile()) out.push({ path, ...(namespace ? { namespace } : {}) });
  }
  return out;
}

async function readYaml(
  path: string,
  file: string,
  problem: (code: ValidationIssue['code'], file: string, message: string, hint?: string) => void,
): Promise<KubeObject[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    problem(ISSUE_CODES.yamlInvalid, file, `cannot be read: ${firstLine(error)}`);
    return [];
  }
  try {
    const documents = yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA, filename: file });
    return documents.filter((document) => document !== null && document !== undefined) as KubeObject[];
  } catch (error) {
    problem(
      ISSUE_CODES.yamlInvalid,
      file,
      `not valid YAML: ${firstLine(error)}`,
      'fix the syntax; a template (Helm, envsubst) belongs in a chart folder or must be rendered first',
    );
    return [];
  }
}

/** Whether the kustomization, or one it uses, inflates Helm charts. */
function usesHelmCharts(
  kustomization: Kustomization,
  all: ReadonlyMap<string, Kustomization>,
  seen = new Set<string>(),
): boolean {
  if (kustomization.helmCharts) return true;
  if (seen.has(kustomization.dir)) return false;
  seen.add(kustomization.dir);
  return [...kustomization.resources, ...kustomization.components].some((path) => {
    const nested = all.get(path);
    return nested !== undefined && usesHelmCharts(nested, all, seen);
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function tierField(file: string): { tier?: string } {
  const tier = tierOf(file);
  return tier !== undefined ? { tier } : {};
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

interface KustomizeBinary {
  /** `kustomize` or `kubectl kustomize`. */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** The command as the user would type it. */
  readonly display: string;
}

/** `kustomize` if it is on PATH, else `kubectl` (which embeds kustomize), else undefined. */
export function kustomizeBinary(): KustomizeBinary | undefined {
  for (const [command, args] of [
    ['kustomize', ['build']],
    ['kubectl', ['kustomize']],
  ] as const) {
    const path = onPath(command);
    if (path) {
      const display = `${command} ${args.join(' ')}`;
      return { name: display, command: path, args, display };
    }
  }
  return undefined;
}

function onPath(command: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    const path = join(folder, command);
    try {
      accessSync(path, constants.X_OK);
      if (statSync(path).isFile()) return path;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

type BuildOutput = { readonly objects: KubeObject[]; readonly wrapperDir: string } | { readonly error: string };

/**
 * Builds a kustomization through a temporary one that only lists it and asks for origin annotations,
 * so every object names the file it came from; the user's files are never changed.
 */
async function build(binary: KustomizeBinary, dir: string, helm: boolean): Promise<BuildOutput> {
  const wrapperDir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-kustomize-'));
  try {
    const target = relative(wrapperDir, dir).split(sep).join('/');
    writeFileSync(
      join(wrapperDir, 'kustomization.yaml'),
      yaml.dump({ resources: [target], buildMetadata: ['originAnnotations'] }),
    );
    const stdout = await new Promise<string>((done, fail) => {
      execFile(
        binary.command,
        [...binary.args, ...(helm ? ['--enable-helm'] : []), wrapperDir],
        { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
        (error, out, err) => (error ? fail(new Error(kustomizeMessage(err) || error.message)) : done(out)),
      );
    });
    const documents = yaml.loadAll(stdout, undefined, { schema: yaml.CORE_SCHEMA });
    return {
      objects: documents.filter((d) => d !== null && d !== undefined) as KubeObject[],
      wrapperDir,
    };
  } catch (error) {
    return { error: firstLine(error).replaceAll(wrapperDir, '<build>') };
  } finally {
    rmSync(wrapperDir, { recursive: true, force: true });
  }
}

/** The error kustomize printed, without kubectl's log prefix. */
function kustomizeMessage(stderr: string): string {
  const line = stderr.trim().split('\n').filter(Boolean).at(-1) ?? '';
  const err = /err="(.*)"\s*$/.exec(line);
  const message = (err?.[1] ?? line.replace(/^Error:\s*/, '')).replace(/\\"/g, '"').replace(/\\'/g, "'");
  // Without the layer the wrapper kustomization adds.
  return message.replace(
    /^accumulating resources: accumulation err='accumulating resources from '[^']*': '[^']*' must resolve to a file': recursed accumulation of path '[^']*': /,
    '',
  );
}

/** The object without the origin annotation kustomize added, and the source file it names. */
function withoutOrigin(object: KubeObject, wrapperDir: string): { source?: string; object: KubeObject } {
  const metadata = isPlainObject(object.metadata) ? object.metadata : undefined;
  const annotations = metadata && isPlainObject(metadata['annotations']) ? metadata['annotations'] : undefined;
  const origin = annotations?.[ORIGIN_ANNOTATION];
  if (typeof origin !== 'string' || !metadata || !annotations) return { object };
  const { [ORIGIN_ANNOTATION]: _origin, ...rest } = annotations;
  const { annotations: _annotations, ...otherMetadata } = metadata;
  const clean = {
    ...object,
    metadata: Object.keys(rest).length > 0 ? { ...otherMetadata, annotations: rest } : otherMetadata,
  } as KubeObject;
  let parsed: unknown;
  try {
    parsed = yaml.load(origin, { schema: yaml.CORE_SCHEMA });
  } catch {
    return { object: clean };
  }
  const info = isPlainObject(parsed) ? parsed : {};
  const where = typeof info['path'] === 'string' ? info['path'] : info['configuredIn'];
  // Remote resources name their repository; they have no local file.
  if (typeof where !== 'string' || typeof info['repo'] === 'string') return { object: clean };
  return { source: resolve(wrapperDir, posix.normalize(where)), object: clean };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
