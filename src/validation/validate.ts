import type { Manifest } from '../synth/manifest.js';
import { closest } from '../environments/suggest.js';
import { evaluateCelRules } from './cel.js';
import type { CompiledKind } from './compiler.js';
import { isCrd } from './crd.js';
import { ISSUE_CODES, type Finding, type Severity, type ValidationIssue, type ValidationReport } from './issue.js';
import { checkNames } from './names.js';
import { groupOf, kindKey, type Scope } from './schema-index.js';
import { SchemaRegistry, type ResolvedKind } from './schema-registry.js';
import { checkSchedules } from './schedules.js';
import { checkSecrets } from './secrets.js';
import { isPlainObject } from './schema-walk.js';
import { annotationWaivers, isWaived, type Waivers } from './waivers.js';
import { isXrd } from './xrd.js';

/** Options of {@link validateManifests}. */
export interface ValidateOptions {
  /**
   * Registry to resolve schemas with; CRDs and XRDs found in the manifests are registered into it.
   * @default - a new registry over the shipped schemas
   */
  readonly registry?: SchemaRegistry;
  /** Extra CustomResourceDefinition or CompositeResourceDefinition objects, e.g. read from user CRD files. */
  readonly crds?: readonly unknown[];
  /** apiVersion/kind patterns without a schema (see {@link SchemaRegistry.markExternal}). */
  readonly external?: readonly string[];
  /** Evaluate CRDs' CEL rules. @default true */
  readonly cel?: boolean;
  /**
   * Severity of a namespaced object without `metadata.namespace`: an error for what synth emits; a
   * warning for hand-written trees, where the Argo CD destination or a kustomization sets it.
   * @default 'error'
   */
  readonly missingNamespace?: Severity;
  /**
   * Every manifest is alone in its file (as synth writes them): no document numbers to work out.
   * @default false
   */
  readonly oneObjectPerFile?: boolean;
}

/** A manifest read from a repository: where kustomize built it from, and the namespace it gets there. */
export interface SourceManifest extends Manifest {
  /** The kustomization file whose build produced the object (`file` is then its source file). @default - none */
  readonly builtBy?: string;
  /** Namespace the object gets when applied (a kustomization's `namespace:`). @default - none */
  readonly defaultNamespace?: string;
}

const NO_WAIVERS: Waivers = Object.freeze({});

/** `Deployment shop/api`: how an object is named in messages. */
function resourceOf(kind: string, namespace: string | undefined, name: string | undefined): string {
  return `${kind} ${namespace ? `${namespace}/` : ''}${name ?? '(unnamed)'}`;
}

/** Appends `more` to `into` (most checks find nothing, so this is usually a no-op). */
function append(into: Finding[], more: readonly Finding[]): void {
  for (let i = 0; i < more.length; i++) into.push(more[i] as Finding);
}

/** What validation needs to know about an apiVersion/kind, looked up once per run (objects repeat kinds). */
interface KnownKind {
  readonly external: boolean;
  readonly resolved: ResolvedKind | undefined;
  readonly scope: Scope | undefined;
  readonly group: string;
}

/** {@link KnownKind}s of one run, by apiVersion, kind and Kubernetes version. */
class KindLookup {
  /** apiVersion → kind → Kubernetes version → what is known (nested: no key string built per object). */
  private readonly known = new Map<string, Map<string, Map<string, KnownKind>>>();

  public constructor(private readonly registry: SchemaRegistry) {}

  public get(apiVersion: string, kind: string, kubernetesVersion: string): KnownKind {
    let kinds = this.known.get(apiVersion);
    if (!kinds) this.known.set(apiVersion, (kinds = new Map()));
    let versions = kinds.get(kind);
    if (!versions) kinds.set(kind, (versions = new Map()));
    let known = versions.get(kubernetesVersion);
    if (!known) {
      // One lookup: the scope (for a kustomization's namespace) is needed for external kinds too.
      const resolved = this.registry.resolve(apiVersion, kind, kubernetesVersion);
      const external = this.registry.isExternal(apiVersion, kind);
      known = {
        external,
        resolved: external ? undefined : resolved,
        scope: resolved?.scope,
        group: groupOf(apiVersion),
      };
      versions.set(kubernetesVersion, known);
    }
    return known;
  }

  /** Forgets every lookup (a definition registered since may change them). */
  public clear(): void {
    this.known.clear();
  }
}

/** Build files of kustomize and Crossplane package metadata live in trees but are never applied to a cluster. */
function isBuildFile(apiVersion: string): boolean {
  return apiVersion.startsWith('kustomize.config.k8s.io/') || apiVersion.startsWith('meta.pkg.crossplane.io/');
}

/**
 * Validates the objects of a GitOps tree: schema (built-in kinds, shipped and registered CRDs, strict
 * unknown fields), CEL rules, names and labels, namespace scope, duplicate identities, and secret
 * safety. Every CustomResourceDefinition and Crossplane XRD among the manifests is registered before
 * the other objects are validated, so kinds defined by the same run validate against their own schema.
 *
 * Findings covered by a waiver (`manifest.waivers`, or the `gitops.cdk8s.io/waive` annotation) are
 * dropped and counted in `waived`.
 */
export function validateManifests(
  manifests: readonly SourceManifest[],
  options: ValidateOptions = {},
): ValidationReport {
  const validator = new ManifestValidator(options);
  // Register the run's own CRDs and XRDs first. A malformed one is reported by schema validation.
  validator.define(manifests.map((manifest) => manifest.object));
  for (let i = 0; i < manifests.length; i++) validator.add(manifests[i] as SourceManifest);
  return validator.finish();
}

/** Where an object comes from, without the object (kept until the report; objects may be large). */
function sourceOf(manifest: SourceManifest): Validated['manifest'] {
  return {
    file: manifest.file,
    builtBy: manifest.builtBy,
    tier: manifest.tier,
    constructPath: manifest.constructPath,
  };
}

/** What is kept of an object that is not a named Kubernetes object (or a build file). */
function unnamed(manifest: SourceManifest, findings: Finding[], waivers: Waivers): Validated {
  return {
    manifest: sourceOf(manifest),
    findings,
    waivers,
    kind: undefined,
    namespace: undefined,
    name: undefined,
    group: '',
    clusterScoped: false,
  };
}

/** What {@link ManifestValidator.add} keeps of an object until {@link ManifestValidator.finish}. */
interface Validated {
  readonly manifest: Pick<SourceManifest, 'file' | 'builtBy' | 'tier' | 'constructPath'>;
  /** Findings of the object alone (empty for most objects). */
  readonly findings: Finding[];
  readonly waivers: Waivers;
  readonly kind: string | undefined;
  readonly namespace: string | undefined;
  /** With the tier, group, kind and namespace (none for cluster-scoped kinds): the identity duplicates share. */
  readonly name: string | undefined;
  readonly group: string;
  readonly clusterScoped: boolean;
}

/** Whether two named objects are the same object (per kustomization and tier). */
function sameObject(a: Validated, b: Validated): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.group === b.group &&
    a.clusterScoped === b.clusterScoped &&
    (a.clusterScoped || (a.namespace ?? '') === (b.namespace ?? '')) &&
    (a.manifest.tier ?? '') === (b.manifest.tier ?? '') &&
    (a.manifest.builtBy ?? '') === (b.manifest.builtBy ?? '')
  );
}

/**
 * Validation one object at a time, as objects become available (synth streams them to a worker thread
 * while it is still resolving the rest), then {@link finish} for what needs every object: duplicates,
 * document numbers, waivers and the sorted report. Same result as {@link validateManifests} when the
 * run's definitions are given to {@link define} before the objects that use them are added.
 */
export class ManifestValidator {
  private readonly registry: SchemaRegistry;
  private readonly kinds: KindLookup;
  private readonly notEvaluated = new Map<string, Set<string>>();
  private readonly validated: Validated[] = [];

  public constructor(private readonly options: ValidateOptions = {}) {
    this.registry = options.registry ?? new SchemaRegistry();
    for (const definition of options.crds ?? []) this.registry.registerDefinition(definition);
    for (const pattern of options.external ?? []) this.registry.markExternal(pattern);
    this.kinds = new KindLookup(this.registry);
  }

  /** Registers the CRDs and XRDs among `objects` (others are ignored; a malformed one is reported when added). */
  public define(objects: readonly unknown[]): void {
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      if (isCrd(object) || isXrd(object)) {
        try {
          this.registry.registerDefinition(object);
        } catch {
          // Its own schema validation says what is wrong with it.
        }
        this.kinds.clear();
      }
    }
  }

  /** Runs every check of one object on its own. */
  public add(manifest: SourceManifest): void {
    const { registry, options } = this;
    const findings: Finding[] = [];
    const raw: unknown = manifest.object;
    let waivers: Waivers = manifest.waivers ?? NO_WAIVERS;

    const object = isPlainObject(raw) ? (manifest.nullFree ? raw : withoutNulls(raw)) : undefined;
    const apiVersion = object?.['apiVersion'];
    const kind = object?.['kind'];
    if (!object || typeof apiVersion !== 'string' || !apiVersion || typeof kind !== 'string' || !kind) {
      findings.push({
        code: ISSUE_CODES.manifestInvalid,
        pointer: '',
        message: 'not a Kubernetes object: apiVersion and kind are required',
        found: object ? `keys ${Object.keys(object).join(', ') || '(none)'}` : typeof raw,
      });
      this.validated.push(unnamed(manifest, findings, waivers));
      return;
    }
    if (isBuildFile(apiVersion)) {
      this.validated.push(unnamed(manifest, findings, waivers));
      return;
    }
    const metadata = isPlainObject(object['metadata']) ? object['metadata'] : {};
    const name = typeof metadata['name'] === 'string' ? metadata['name'] : undefined;
    const ownNamespace =
      typeof metadata['namespace'] === 'string' && metadata['namespace'] ? metadata['namespace'] : undefined;
    const known = this.kinds.get(apiVersion, kind, manifest.kubernetesVersion);
    // A kustomization's namespace applies to namespaced kinds only.
    const fromKustomization = manifest.defaultNamespace ? known.scope !== 'Cluster' : false;
    const namespace = ownNamespace ?? (fromKustomization ? manifest.defaultNamespace : undefined);

    const annotation = annotationWaivers(object);
    if (annotation) {
      waivers = { ...waivers, ...annotation.waivers };
      append(findings, annotation.findings);
    }

    if (!known.external) {
      schemaFindings(
        registry,
        known.resolved,
        object,
        apiVersion,
        kind,
        manifest.kubernetesVersion,
        options,
        this.notEvaluated,
        findings,
      );
    }
    const scope = known.resolved?.served ? known.resolved.scope : undefined;
    checkNames(object, findings);
    scopeFindings(scope, kind, namespace, options.missingNamespace ?? 'error', findings);
    checkSecrets(object, findings);
    checkSchedules(object, findings);
    this.validated.push({
      manifest: sourceOf(manifest),
      findings,
      waivers,
      kind,
      namespace,
      name,
      group: known.group,
      clusterScoped: scope === 'Cluster',
    });
  }

  /** Checks across objects (duplicates), applies waivers, and reports, in the order objects were added. */
  public finish(): ValidationReport {
    const { validated, notEvaluated } = this;
    const { numbers: documents, files } = this.options.oneObjectPerFile
      ? { numbers: undefined, files: validated.length }
      : documentNumbers(validated);
    // Objects with a name, by name and kind: duplicates are looked for among these only (a name recurs
    // across tiers and kinds, rarely more than a few times for one kind).
    const named = new Map<string, Map<string | undefined, number[]>>();
    const where = (index: number): string =>
      `${(validated[index] as Validated).manifest.file}${documents?.[index] ? `#${documents[index]}` : ''}`;
    const issues: ValidationIssue[] = [];
    let waived = 0;
    for (let index = 0; index < validated.length; index++) {
      const entry = validated[index] as Validated;
      const { manifest, findings, waivers, kind, namespace, name } = entry;
      const document = documents?.[index];
      if (name) {
        let byKind = named.get(name);
        if (!byKind) named.set(name, (byKind = new Map()));
        let candidates = byKind.get(kind);
        if (!candidates) byKind.set(kind, (candidates = []));
        let first: number | undefined;
        for (let c = 0; c < candidates.length && first === undefined; c++) {
          if (sameObject(validated[candidates[c] as number] as Validated, entry)) first = candidates[c];
        }
        if (first !== undefined) {
          findings.push({
            code: ISSUE_CODES.duplicate,
            pointer: '/metadata/name',
            message: `${resourceOf(kind as string, namespace, name)} is defined twice${manifest.tier ? ` in tier ${manifest.tier}` : ''}: here and in ${where(first)}`,
            hint: 'an object may appear once per cluster; rename one of them or merge them',
          });
        } else candidates.push(index);
      }
      if (findings.length === 0) continue;
      const resource = kind !== undefined ? resourceOf(kind, namespace, name) : undefined;
      for (const finding of findings) {
        if (isWaived(finding.code, waivers)) {
          waived++;
          continue;
        }
        issues.push(toIssue(finding, manifest, document, resource));
      }
    }

    issues.sort(compareIssues);
    const counts: Record<string, number> = {};
    for (const key of [...notEvaluated.keys()].sort()) counts[key] = notEvaluated.get(key)?.size ?? 0;
    return {
      issues,
      errors: issues.filter((issue) => issue.severity === 'error').length,
      warnings: issues.filter((issue) => issue.severity === 'warning').length,
      waived,
      notEvaluated: counts,
      files,
      objects: validated.length,
    };
  }
}

/** Appends the findings of the object's schema (and CEL rules) to `findings`. */
function schemaFindings(
  registry: SchemaRegistry,
  resolved: ResolvedKind | undefined,
  object: Record<string, unknown>,
  apiVersion: string,
  kind: string,
  kubernetesVersion: string,
  options: ValidateOptions,
  notEvaluated: Map<string, Set<string>>,
  findings: Finding[],
): void {
  if (!resolved) {
    findings.push(noSchemaFinding(registry, apiVersion, kind, kubernetesVersion));
    return;
  }
  if (!resolved.served) {
    const key = kindKey(apiVersion, kind);
    findings.push({
      code: ISSUE_CODES.notServed,
      pointer: '/apiVersion',
      message:
        resolved.origin === 'kubernetes'
          ? `${key} is not served by Kubernetes ${resolved.kubernetesVersion}`
          : `${key} is not served (served: false in its CustomResourceDefinition)`,
      ...(resolved.servedIn ? { hint: `it exists in Kubernetes ${resolved.servedIn.join(', ')}` } : {}),
      ...servedAlternative(registry, apiVersion, kind, kubernetesVersion),
    });
    return;
  }
  if (resolved.deprecated) {
    findings.push({
      severity: 'warning',
      code: ISSUE_CODES.deprecated,
      pointer: '/apiVersion',
      message: resolved.deprecationWarning ?? `${kindKey(apiVersion, kind)} is deprecated`,
      ...servedAlternative(registry, apiVersion, kind, kubernetesVersion),
    });
  }
  let compiled: CompiledKind;
  try {
    compiled = resolved.compile();
  } catch (error) {
    findings.push({
      code: ISSUE_CODES.invalid,
      pointer: '',
      message: `the schema of ${kindKey(apiVersion, kind)} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`,
      ...(resolved.definedBy ? { hint: `fix the schema in ${resolved.definedBy}` } : {}),
    });
    return;
  }
  // The API server applies the schema's defaults first: a required field with a default may be left out.
  const defaulted = compiled.withDefaults ? compiled.withDefaults(object) : object;
  compiled.validate(defaulted, findings);
  if (options.cel !== false && compiled.celSchema) {
    const cel = evaluateCelRules(compiled.celSchema, defaulted);
    for (const failure of cel.failures) {
      findings.push({
        code: ISSUE_CODES.celFailed,
        pointer: failure.pointer,
        message: failure.message,
        expected: failure.rule,
      });
    }
    if (cel.notEvaluated.size > 0) {
      const key = kindKey(apiVersion, kind);
      const set = notEvaluated.get(key) ?? new Set<string>();
      for (const id of cel.notEvaluated) set.add(id);
      notEvaluated.set(key, set);
    }
  }
}

/** `hint: use apps/v1` when the same kind is served under another apiVersion of the same group. */
function servedAlternative(
  registry: SchemaRegistry,
  apiVersion: string,
  kind: string,
  kubernetesVersion: string,
): { hint?: string } {
  const group = groupOf(apiVersion);
  const alternatives = registry
    .knownKinds(kubernetesVersion)
    .filter((key) => key.endsWith(`/${kind}`))
    .map((key) => key.slice(0, -kind.length - 1))
    .filter((candidate) => candidate !== apiVersion && groupOf(candidate) === group);
  const newest = alternatives.sort().at(-1);
  return newest ? { hint: `use apiVersion ${newest}` } : {};
}

function noSchemaFinding(
  registry: SchemaRegistry,
  apiVersion: string,
  kind: string,
  kubernetesVersion: string,
): Finding {
  const known = registry.knownKinds(kubernetesVersion);
  const sameKind = known.filter((key) => key.endsWith(`/${kind}`)).map((key) => key.slice(0, -kind.length - 1));
  const key = kindKey(apiVersion, kind);
  const near = closest(key, known);
  const howToFix =
    'emit its CRD in the same tree, register its CRD file (validation.crdFiles; validate --crd FILE), or declare the kind external (validation.externalKinds; validate --external PATTERN)';
  const hint =
    sameKind.length > 0
      ? `${kind} is known as apiVersion ${sameKind.join(', ')}; otherwise ${howToFix}`
      : near
        ? `did you mean '${near}'? otherwise ${howToFix}`
        : howToFix;
  return {
    code: ISSUE_CODES.noSchema,
    pointer: '',
    message: `no schema for ${apiVersion} ${kind}`,
    hint,
  };
}

function scopeFindings(
  scope: Scope | undefined,
  kind: string,
  namespace: string | undefined,
  missing: Severity,
  findings: Finding[],
): void {
  if (scope === 'Namespaced' && !namespace) {
    findings.push({
      severity: missing,
      code: ISSUE_CODES.namespaceMissing,
      pointer: '/metadata/namespace',
      message: `${kind} is namespaced but has no metadata.namespace`,
      hint:
        missing === 'warning'
          ? 'set metadata.namespace or a kustomization namespace:, unless the Argo CD destination or Flux targetNamespace sets it'
          : 'set the namespace explicitly so the tree does not depend on the applier’s default namespace',
    });
    return;
  }
  if (scope === 'Cluster' && namespace) {
    findings.push({
      code: ISSUE_CODES.namespaceOnClusterScoped,
      pointer: '/metadata/namespace',
      message: `${kind} is cluster-scoped but has metadata.namespace '${namespace}'`,
      hint: 'remove metadata.namespace',
    });
  }
}

/**
 * 1-based position of each manifest within its file when a file holds several objects; none for
 * kustomize output (kustomize reorders objects; the resource names them).
 */
function documentNumbers(validated: readonly Validated[]): {
  readonly numbers: (number | undefined)[] | undefined;
  readonly files: number;
} {
  const totals = new Map<string, number>();
  let repeated = false;
  for (const { manifest } of validated) {
    const total = (totals.get(manifest.file) ?? 0) + 1;
    totals.set(manifest.file, total);
    if (total > 1) repeated = true;
  }
  if (!repeated) return { numbers: undefined, files: totals.size }; // one object per file: no numbers
  const seen = new Map<string, number>();
  const numbers = validated.map(({ manifest }) => {
    if (manifest.builtBy !== undefined || (totals.get(manifest.file) ?? 0) < 2) return undefined;
    const n = (seen.get(manifest.file) ?? 0) + 1;
    seen.set(manifest.file, n);
    return n;
  });
  return { numbers, files: totals.size };
}

function toIssue(
  finding: Finding,
  manifest: Validated['manifest'],
  document: number | undefined,
  resource: string | undefined,
): ValidationIssue {
  return {
    severity: finding.severity ?? 'error',
    code: finding.code,
    message: finding.message,
    file: manifest.file,
    ...(manifest.builtBy !== undefined ? { kustomization: manifest.builtBy } : {}),
    ...(document !== undefined ? { document } : {}),
    ...(resource !== undefined ? { resource } : {}),
    ...(manifest.constructPath !== undefined ? { constructPath: manifest.constructPath } : {}),
    ...(manifest.tier !== undefined ? { tier: manifest.tier } : {}),
    pointer: finding.pointer,
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
    ...(finding.found !== undefined ? { found: finding.found } : {}),
    ...(finding.hint !== undefined ? { hint: finding.hint } : {}),
  };
}

/** Order of issues in a report: file, document, pointer, code, message. */
export function compareIssues(a: ValidationIssue, b: ValidationIssue): number {
  return (
    compareStrings(a.file, b.file) ||
    (a.document ?? 0) - (b.document ?? 0) ||
    compareStrings(a.pointer, b.pointer) ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The object without `null`-valued fields (the API server treats them as absent); the same object
 * when it has none, so the common case allocates nothing.
 */
function withoutNulls(object: Record<string, unknown>): Record<string, unknown> {
  return hasNull(object) ? (prune(object) as Record<string, unknown>) : object;
}

function hasNull(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.some(hasNull);
  if (typeof value === 'object') {
    for (const key in value as Record<string, unknown>)
      if (hasNull((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) if (child !== null) out[key] = prune(child);
  return out;
}
