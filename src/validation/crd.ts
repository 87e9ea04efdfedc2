import { GitOpsError } from '../errors/index.js';
import { kindKey, type Scope } from './schema-index.js';
import { isPlainObject, type JsonSchema } from './schema-walk.js';

/** The schema of one apiVersion/kind defined at run time (by a CRD or a Crossplane XRD). */
export interface DefinedKind {
  /** `group/version`. */
  readonly apiVersion: string;
  /** Kind, e.g. `XPostgreSQLInstance`. */
  readonly kind: string;
  /** Whether objects of the kind live in a namespace. */
  readonly scope: Scope;
  /** Whether the version is served. */
  readonly served: boolean;
  /** Whether the version is marked deprecated. */
  readonly deprecated: boolean;
  /** Deprecation warning of the version, if any. */
  readonly deprecationWarning?: string;
  /** The version's `openAPIV3Schema` (as written, with `x-kubernetes-*` extensions). */
  readonly schema: JsonSchema;
  /** What defined it, e.g. `CustomResourceDefinition xdatabases.example.org`. */
  readonly definedBy: string;
}

/** Accepts any object: the schema of a CRD version that declares none. */
const ANY_OBJECT: JsonSchema = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };

/** True if `object` is an `apiextensions.k8s.io` CustomResourceDefinition. */
export function isCrd(object: unknown): boolean {
  return (
    isPlainObject(object) &&
    object['kind'] === 'CustomResourceDefinition' &&
    typeof object['apiVersion'] === 'string' &&
    object['apiVersion'].startsWith('apiextensions.k8s.io/')
  );
}

/**
 * The kinds a CustomResourceDefinition defines, one per version (`apiextensions.k8s.io/v1`, and the
 * `spec.validation` of the old `v1beta1`). Throws a {@link GitOpsError} when the CRD lacks its group,
 * kind, scope or versions.
 */
export function kindsOfCrd(crd: unknown): DefinedKind[] {
  if (!isCrd(crd)) throw malformed('not an apiextensions.k8s.io CustomResourceDefinition', crd);
  const object = crd as Record<string, unknown>;
  const spec = object['spec'];
  if (!isPlainObject(spec)) throw malformed('spec is missing', crd);
  const group = spec['group'];
  const names = spec['names'];
  const kind = isPlainObject(names) ? names['kind'] : undefined;
  const scope = spec['scope'];
  if (typeof group !== 'string' || !group) throw malformed('spec.group is missing', crd);
  if (typeof kind !== 'string' || !kind) throw malformed('spec.names.kind is missing', crd);
  if (scope !== 'Namespaced' && scope !== 'Cluster') throw malformed(`spec.scope must be Namespaced or Cluster`, crd);
  const legacy = isPlainObject(spec['validation']) ? spec['validation']['openAPIV3Schema'] : undefined;
  const versions = Array.isArray(spec['versions'])
    ? spec['versions']
    : typeof spec['version'] === 'string'
      ? [{ name: spec['version'], served: true }]
      : [];
  if (versions.length === 0) throw malformed('spec.versions is empty', crd);
  const definedBy = `CustomResourceDefinition ${nameOf(crd)}`;
  return versions.filter(isPlainObject).map((version) => {
    const name = version['name'];
    if (typeof name !== 'string' || !name) throw malformed('a version has no name', crd);
    const schemaHolder = version['schema'];
    const own = isPlainObject(schemaHolder) ? schemaHolder['openAPIV3Schema'] : undefined;
    const schema = isPlainObject(own) ? own : isPlainObject(legacy) ? legacy : ANY_OBJECT;
    return {
      apiVersion: `${group}/${name}`,
      kind,
      scope,
      served: version['served'] !== false,
      deprecated: version['deprecated'] === true,
      ...(typeof version['deprecationWarning'] === 'string'
        ? { deprecationWarning: version['deprecationWarning'] }
        : {}),
      schema,
      definedBy,
    };
  });
}

/** `metadata.name` of an object, or `(unnamed)`. */
export function nameOf(object: unknown): string {
  const metadata = isPlainObject(object) ? object['metadata'] : undefined;
  const name = isPlainObject(metadata) ? metadata['name'] : undefined;
  return typeof name === 'string' && name ? name : '(unnamed)';
}

function malformed(reason: string, object: unknown): GitOpsError {
  const kind = isPlainObject(object) && typeof object['kind'] === 'string' ? object['kind'] : 'object';
  return new GitOpsError(`cannot register ${kind} ${nameOf(object)}: ${reason}`, {
    code: 'VALIDATION_BAD_DEFINITION',
    hint: 'pass a complete CustomResourceDefinition or CompositeResourceDefinition object',
  });
}

export { malformed as malformedDefinition };

/** Index key of a defined kind. */
export function definedKindKey(defined: DefinedKind): string {
  return kindKey(defined.apiVersion, defined.kind);
}
