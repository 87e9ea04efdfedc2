import { once } from '../lazy/index.js';
import { SchemaCompiler, type CompiledKind } from './compiler.js';
import { definedKindKey, isCrd, kindsOfCrd, type DefinedKind } from './crd.js';
import { ExternalPattern, KINDS_WITHOUT_SHIPPED_SCHEMA } from './external.js';
import { SchemaFiles, pickKubernetesVersion } from './schema-files.js';
import { groupOf, kindKey, type Scope } from './schema-index.js';
import { isXrd, kindsOfXrd } from './xrd.js';

/** Kubernetes version used when none is given. */
export const DEFAULT_KUBERNETES_VERSION = '1.33.0';

/** Options of {@link SchemaRegistry}. */
export interface SchemaRegistryOptions {
  /** Folder with `index.json` and the schema files. @default - the `schemas/` folder shipped with the package */
  readonly schemasDir?: string;
}

/** Where the schema of a kind comes from. */
export type SchemaOrigin = 'kubernetes' | 'crd' | 'defined';

/** A kind the registry knows, for one Kubernetes version. */
export interface ResolvedKind {
  /** `apiVersion/kind`. */
  readonly key: string;
  /** Whether objects of the kind live in a namespace. */
  readonly scope: Scope;
  /** Built-in kind, shipped CRD, or CRD/XRD registered at run time. */
  readonly origin: SchemaOrigin;
  /** False for CRD versions with `served: false`, and built-in kinds absent from this Kubernetes version. */
  readonly served: boolean;
  /** Whether the version is deprecated. */
  readonly deprecated: boolean;
  /** Deprecation warning of the version, if any. */
  readonly deprecationWarning?: string;
  /** The shipped Kubernetes version the built-in schema is taken from. */
  readonly kubernetesVersion?: string;
  /** Built-in kinds not served by this version: the shipped versions that have them. */
  readonly servedIn?: readonly string[];
  /** What defined a kind registered at run time. */
  readonly definedBy?: string;
  /** The compiled validator (compiled on first call, then cached for the process). */
  compile(): CompiledKind;
}

/**
 * The schemas validation uses: the built-in kinds of Kubernetes 1.28/1.33/1.36 and the CRDs shipped in
 * the package's `schemas/` folder (loaded lazily, file by file), plus CRDs and Crossplane XRDs
 * registered at run time and apiVersion/kinds the user declares external (no schema).
 *
 * Registered definitions take precedence over shipped ones, which take precedence over built-in kinds.
 */
export class SchemaRegistry {
  private readonly files: SchemaFiles;
  private readonly compiler: SchemaCompiler;
  private readonly definedKinds = new Map<string, DefinedKind>();
  private readonly externals: ExternalPattern[] = [];
  private readonly pickedVersions = new Map<string, string>();

  public constructor(options: SchemaRegistryOptions = {}) {
    this.files = SchemaFiles.of(options.schemasDir);
    this.compiler = SchemaCompiler.of(this.files);
    for (const pattern of KINDS_WITHOUT_SHIPPED_SCHEMA) this.markExternal(pattern);
  }

  /** The shipped Kubernetes versions, oldest first. */
  public get kubernetesVersions(): string[] {
    return Object.keys(this.files.index.kubernetes);
  }

  /**
   * Scope of an apiVersion/kind, or undefined if it is unknown (or only declared external).
   * @param kubernetesVersion - for built-in kinds @default '1.33.0'
   */
  public scopeOf(apiVersion: string, kind: string, kubernetesVersion?: string): Scope | undefined {
    return this.resolve(apiVersion, kind, kubernetesVersion)?.scope;
  }

  /**
   * Whether a schema is known, and served, for the apiVersion/kind (built-in, shipped CRD, or registered).
   * Kinds only declared external return false: see {@link SchemaRegistry.isExternal}.
   */
  public has(apiVersion: string, kind: string, kubernetesVersion?: string): boolean {
    const resolved = this.resolve(apiVersion, kind, kubernetesVersion);
    return resolved !== undefined && resolved.served;
  }

  /** Whether the apiVersion/kind matches a pattern given to {@link SchemaRegistry.markExternal}. */
  public isExternal(apiVersion: string, kind: string): boolean {
    return this.externals.some((pattern) => pattern.matches(apiVersion, kind));
  }

  /**
   * Registers the kinds of a CustomResourceDefinition object (one per version), e.g. a CRD the program
   * emits or a user's CRD file. A later registration of the same apiVersion/kind replaces the earlier.
   * @returns the registered `apiVersion/kind` keys
   * @throws GitOpsError if the object is not a usable CRD
   */
  public registerCrd(crd: unknown): string[] {
    return this.define(kindsOfCrd(crd));
  }

  /**
   * Registers the kinds of a Crossplane CompositeResourceDefinition (`apiextensions.crossplane.io`
   * v1 or v2): the composite resource of every version, and for a v1 XRD with `claimNames` (scope
   * `LegacyCluster`) the namespaced claim. v2 XRs are namespaced unless `spec.scope: Cluster`.
   * @returns the registered `apiVersion/kind` keys
   * @throws GitOpsError if the object is not a usable XRD
   */
  public registerXrd(xrd: unknown): string[] {
    return this.define(kindsOfXrd(xrd));
  }

  /**
   * Registers a CRD or an XRD, whichever `definition` is.
   * @returns the registered keys, or undefined if the object is neither
   */
  public registerDefinition(definition: unknown): string[] | undefined {
    if (isCrd(definition)) return this.registerCrd(definition);
    if (isXrd(definition)) return this.registerXrd(definition);
    return undefined;
  }

  /**
   * Declares apiVersion/kinds that have no schema, e.g. `monitoring.coreos.com/v1/ServiceMonitor`,
   * `monitoring.coreos.com/v1`, `example.com` or `example.com/*`: their objects skip schema and scope
   * checks instead of failing with `schema.no-schema`.
   */
  public markExternal(pattern: string): void {
    this.externals.push(new ExternalPattern(pattern));
  }

  /** Every `apiVersion/kind` known for the Kubernetes version (for suggestions). */
  public knownKinds(kubernetesVersion?: string): string[] {
    const version = this.pickVersion(kubernetesVersion);
    const keys = new Set<string>(this.definedKinds.keys());
    for (const [key, entry] of Object.entries(this.files.index.kinds)) {
      if (entry.definitions ? entry.definitions[version] !== undefined : entry.served !== false) keys.add(key);
    }
    return [...keys].sort();
  }

  /**
   * The kind's scope, origin, status and (lazy) validator for a Kubernetes version, or undefined when
   * no schema is known.
   */
  public resolve(apiVersion: string, kind: string, kubernetesVersion?: string): ResolvedKind | undefined {
    const key = kindKey(apiVersion, kind);
    const defined = this.definedKinds.get(key);
    const compiler = this.compiler;
    if (defined) {
      return {
        key,
        scope: defined.scope,
        origin: 'defined',
        served: defined.served,
        deprecated: defined.deprecated,
        ...(defined.deprecationWarning ? { deprecationWarning: defined.deprecationWarning } : {}),
        definedBy: defined.definedBy,
        compile: once(() => compiler.defined(defined.schema)),
      };
    }
    const entry = this.files.index.kinds[key];
    if (entry?.file) {
      const file = entry.file;
      return {
        key,
        scope: entry.scope,
        origin: 'crd',
        served: entry.served !== false,
        deprecated: entry.deprecated === true,
        ...(entry.deprecationWarning ? { deprecationWarning: entry.deprecationWarning } : {}),
        compile: once(() => compiler.shippedCrd(file)),
      };
    }
    if (entry?.definitions) {
      const definitions = entry.definitions;
      const version = this.pickVersion(kubernetesVersion);
      const definition = definitions[version];
      const servedIn = Object.keys(definitions);
      return {
        key,
        scope: this.builtInScope(apiVersion, kind) ?? entry.scope,
        origin: 'kubernetes',
        served: definition !== undefined,
        deprecated: false,
        kubernetesVersion: version,
        servedIn,
        compile: once(() => {
          if (definition === undefined) throw new Error(`${key} is not part of Kubernetes ${version}`);
          return compiler.builtIn(version, definition);
        }),
      };
    }
    return undefined;
  }

  /** The shipped Kubernetes version used for `requested` (see `pickKubernetesVersion`). */
  public pickVersion(requested?: string): string {
    const wanted = requested ?? DEFAULT_KUBERNETES_VERSION;
    let version = this.pickedVersions.get(wanted);
    if (version === undefined) {
      version = pickKubernetesVersion(wanted, this.kubernetesVersions);
      this.pickedVersions.set(wanted, version);
    }
    return version;
  }

  private builtInScope(apiVersion: string, kind: string): Scope | undefined {
    const clusterKinds = this.files.index.clusterScopedCoreKinds[groupOf(apiVersion)];
    return clusterKinds?.includes(kind) ? 'Cluster' : undefined;
  }

  private define(kinds: DefinedKind[]): string[] {
    const keys: string[] = [];
    for (const defined of kinds) {
      const key = definedKindKey(defined);
      this.definedKinds.set(key, defined);
      keys.push(key);
    }
    return keys;
  }
}
