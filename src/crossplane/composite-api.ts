import type { Static, TObject } from 'typebox';
import { GitOpsError, GitOpsErrors } from '../errors/index.js';
import { toStructuralSchema, type JsonSchema } from './schema.js';
import { typeBoxValue } from './typebox.js';

/** Which Crossplane the definition targets: `v2` (namespaced XRs, no claims) or `v1` (Crossplane 1.x, claims). */
export type CrossplaneVersion = 'v1' | 'v2';

/** One version of a composite API. */
export interface CompositeApiVersionProps {
  /** Version name, e.g. `v1alpha1`. */
  readonly name: string;
  /** Served by the API server. @default true */
  readonly served?: boolean;
  /**
   * The version Compositions reference and claims are written in (exactly one per API). @default - the
   * only version, or the first one
   */
  readonly referenceable?: boolean;
  /** Marks the version deprecated. @default false */
  readonly deprecated?: boolean;
  /** Warning shown when the deprecated version is used. @default - none */
  readonly deprecationWarning?: string;
  /** Parameters of this version. @default - the API's `parameters` */
  readonly parameters?: TObject;
}

/** Props of {@link defineCompositeApi}. */
export interface CompositeApiProps<P extends TObject> {
  /** API group, e.g. `platform.company.com`. */
  readonly group: string;
  /** Kind of the composite resource (XR), e.g. `XPostgreSQL`. */
  readonly kind: string;
  /** Plural of the XR kind, lower case, e.g. `xpostgresqls`. */
  readonly plural: string;
  /**
   * Kind of the namespaced claim (Crossplane 1.x only, `crossplane: 'v1'`).
   * @default - the XR kind without its leading `X` (`XPostgreSQL` → `PostgreSQL`) for v1; none for v2
   */
  readonly claimKind?: string;
  /** Plural of the claim kind. @default - the claim kind in lower case + `s` */
  readonly claimPlural?: string;
  /** Version name when the API has one version. @default 'v1alpha1' */
  readonly version?: string;
  /** Several versions; exactly one is referenceable (the one claims and Compositions use). @default - `version` */
  readonly versions?: readonly CompositeApiVersionProps[];
  /** The parameter fields (`spec.parameters`), as a TypeBox object schema. */
  readonly parameters: P;
  /** Description of the API (the schema's description). @default - none */
  readonly description?: string;
  /**
   * Keys of the connection secret the API publishes (e.g. `username`, `password`, `endpoint`, `port`).
   * Claims then implement `ISecretSource` with these keys. @default - no connection secret
   */
  readonly connectionSecretKeys?: readonly string[];
  /** Crossplane version targeted. @default 'v2' */
  readonly crossplane?: CrossplaneVersion;
  /** Scope of a v2 XR. @default 'Namespaced' */
  readonly scope?: 'Namespaced' | 'Cluster';
  /** Categories (e.g. `['crossplane', 'databases']`), for `kubectl get <category>`. @default - none */
  readonly categories?: readonly string[];
}

/** A problem of a value against an API's schema. */
export interface SpecProblem {
  /** Dotted path, e.g. `parameters.replicas`. */
  readonly field: string;
  readonly message: string;
}

/**
 * A composite API as the rest of the library sees it: names, the version claims are written in, the XRD
 * and (optionally) a run-time check of a claim's spec. `S` is the static type of a claim's `spec`.
 * Built by {@link defineCompositeApi}, or by a module `cdk8s-gitops import-xrd` generated.
 */
export interface CompositeApi<S = Record<string, unknown>> {
  readonly group: string;
  /** Kind of the XR. */
  readonly kind: string;
  readonly plural: string;
  /** Kind of the claim (v1 only). */
  readonly claimKind?: string;
  readonly crossplane: CrossplaneVersion;
  /** The referenceable version, e.g. `v1alpha1`. */
  readonly version: string;
  /** `metadata.name` of the XRD: `<plural>.<group>`. */
  readonly xrdName: string;
  /** Connection secret keys, when the API publishes them. */
  readonly connectionSecretKeys?: readonly string[];
  /** The CompositeResourceDefinition manifest (without being emitted anywhere). */
  xrd(): Record<string, unknown>;
  /** Problems of a resolved claim spec; empty when valid. @default - none checked */
  validateSpec?(spec: unknown): readonly SpecProblem[];
  /** Phantom field carrying the spec type. */
  readonly __spec?: S;
}

/** The apiVersion and kind an API's claims (v1) or namespaced XRs (v2) are written with. */
export function instanceTypeOf(api: CompositeApi<unknown>): { readonly apiVersion: string; readonly kind: string } {
  return {
    apiVersion: `${api.group}/${api.version}`,
    kind: api.crossplane === 'v1' ? (api.claimKind as string) : api.kind,
  };
}

/** The apiVersion of an API's XR (what Compositions reference). */
export function compositeApiVersion(api: CompositeApi<unknown>): string {
  return `${api.group}/${api.version}`;
}

/** An API made from a TypeBox definition: its claims' spec is `{ parameters }`. */
export interface ParameterizedApi<P extends TObject> extends CompositeApi<{ parameters: Static<P> }> {
  /** The parameter schema of the referenceable version. */
  readonly parameters: P;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const KIND = /^[A-Z][A-Za-z0-9]*$/;
const PLURAL = /^[a-z][a-z0-9]*$/;

/**
 * Describes a composite API once; the XRD, the claim's TypeScript type and the Compositions'
 * `compositeTypeRef` all come from it.
 *
 * ```ts
 * export const RedisCache = defineCompositeApi({
 *   group: 'platform.company.com', kind: 'XRedisCache', plural: 'xrediscaches',
 *   parameters: Type.Object({
 *     size: Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')]),
 *     version: withDefault(Type.String(), '7.0'),
 *   }),
 * });
 * ```
 *
 * Names that break Crossplane's rules (claim kind equal to the XR kind, not exactly one referenceable
 * version, a plural that is not lower case …) are reported together.
 */
export function defineCompositeApi<P extends TObject>(props: CompositeApiProps<P>): ParameterizedApi<P> {
  const crossplane = props.crossplane ?? 'v2';
  const versions: readonly CompositeApiVersionProps[] = props.versions ?? [{ name: props.version ?? 'v1alpha1' }];
  const claimKind =
    crossplane === 'v1'
      ? (props.claimKind ?? (/^X[A-Z]/.test(props.kind) ? props.kind.slice(1) : undefined))
      : undefined;
  const claimPlural = claimKind ? (props.claimPlural ?? `${claimKind.toLowerCase()}s`) : undefined;
  const problems = checkNames(props, crossplane, versions, claimKind, claimPlural);
  if (problems.length > 0) {
    throw problems.length === 1
      ? problems[0]
      : new GitOpsErrors(
          problems,
          `composite API ${props.kind} has ${problems.length} problems:\n${problems.map((p) => p.describe()).join('\n')}`,
        );
  }
  const explicit = versions.filter((v) => v.referenceable);
  const referenceable = (explicit[0] ?? versions[0]) as CompositeApiVersionProps;
  const xrdName = `${props.plural}.${props.group}`;
  const specSchema = (parameters: TObject, field: string): JsonSchema => {
    const params = toStructuralSchema(parameters, field);
    const properties: Record<string, JsonSchema> = { parameters: params };
    if (crossplane === 'v2' && props.connectionSecretKeys) {
      properties['writeConnectionSecretToRef'] = {
        type: 'object',
        description: 'Secret the Composition writes the connection details to, in the namespace of the resource.',
        required: ['name'],
        properties: { name: { type: 'string' } },
      };
    }
    const hasRequired = Array.isArray(params['required']) && (params['required'] as unknown[]).length > 0;
    return {
      type: 'object',
      ...(props.description ? { description: props.description } : {}),
      properties: {
        spec: { type: 'object', ...(hasRequired ? { required: ['parameters'] } : {}), properties },
      },
      ...(hasRequired ? { required: ['spec'] } : {}),
    };
  };
  // Convert every version's schema now, so an unsupported field is reported where the API is defined.
  const schemas = versions.map((v) =>
    specSchema(v.parameters ?? props.parameters, `${props.kind}.${v.name}.parameters`),
  );

  const xrd = (): Record<string, unknown> => {
    const names = {
      kind: props.kind,
      plural: props.plural,
      ...(props.categories ? { categories: [...props.categories] } : {}),
    };
    const spec: Record<string, unknown> = {
      group: props.group,
      names,
      ...(crossplane === 'v2' ? { scope: props.scope ?? 'Namespaced' } : {}),
      ...(claimKind ? { claimNames: { kind: claimKind, plural: claimPlural } } : {}),
      ...(crossplane === 'v1' && props.connectionSecretKeys
        ? { connectionSecretKeys: [...props.connectionSecretKeys] }
        : {}),
      versions: versions.map((v, i) => ({
        name: v.name,
        served: v.served ?? true,
        referenceable: v === referenceable,
        ...(v.deprecated ? { deprecated: true } : {}),
        ...(v.deprecationWarning ? { deprecationWarning: v.deprecationWarning } : {}),
        schema: { openAPIV3Schema: schemas[i] },
      })),
    };
    return {
      apiVersion: `apiextensions.crossplane.io/${crossplane}`,
      kind: 'CompositeResourceDefinition',
      metadata: { name: xrdName },
      spec,
    };
  };

  const parameters = (referenceable.parameters ?? props.parameters) as P;
  return {
    group: props.group,
    kind: props.kind,
    plural: props.plural,
    claimKind,
    crossplane,
    version: referenceable.name,
    xrdName,
    connectionSecretKeys: props.connectionSecretKeys ? [...props.connectionSecretKeys] : undefined,
    parameters,
    xrd,
    validateSpec(spec: unknown): readonly SpecProblem[] {
      const value = (spec as { parameters?: unknown } | undefined)?.parameters ?? {};
      // One problem per field; a union's last error ('must match a schema in anyOf') says the most.
      const byField = new Map<string, SpecProblem>();
      for (const e of typeBoxValue().Errors(parameters, value)) {
        const problem = problemOf(e, parameters);
        byField.set(problem.field, problem);
      }
      return [...byField.values()];
    },
  };
}

/** One TypeBox error as a problem naming the field (`parameters.size`). */
function problemOf(
  e: { instancePath: string; message: string; keyword: string; params: unknown },
  schema: TObject,
): SpecProblem {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = (e.params ?? {}) as Record<string, unknown>;
  if (e.keyword === 'required' && Array.isArray(params['requiredProperties'])) {
    const missing = (params['requiredProperties'] as string[]).join(', ');
    return { field: ['parameters', ...path, missing].join('.'), message: `required field is missing` };
  }
  let message = e.message;
  if (e.keyword === 'const' || e.keyword === 'anyOf' || e.keyword === 'enum') {
    const allowed = allowedValues(schema, path);
    if (allowed) message = `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (e.keyword === 'additionalProperties' && typeof params['additionalProperties'] === 'string') {
    return { field: ['parameters', ...path, params['additionalProperties']].join('.'), message: 'unknown field' };
  }
  return { field: ['parameters', ...path].join('.'), message };
}

/** Enum values of the field at `path` of `schema`, if it is an enum. */
function allowedValues(schema: unknown, path: readonly string[]): unknown[] | undefined {
  let node = schema as JsonSchema | undefined;
  for (const p of path) {
    const props = node?.['properties'] as Record<string, JsonSchema> | undefined;
    node = props?.[p] ?? (node?.['items'] as JsonSchema | undefined);
  }
  if (!node) return undefined;
  try {
    const structural = toStructuralSchema(node);
    return Array.isArray(structural['enum']) ? (structural['enum'] as unknown[]) : undefined;
  } catch {
    return undefined;
  }
}

function checkNames(
  props: CompositeApiProps<TObject>,
  crossplane: CrossplaneVersion,
  versions: readonly CompositeApiVersionProps[],
  claimKind: string | undefined,
  claimPlural: string | undefined,
): GitOpsError[] {
  const problems: GitOpsError[] = [];
  const where = `defineCompositeApi(${props.kind})`;
  const fail = (message: string, code: string, field: string, hint: string): void => {
    problems.push(new GitOpsError(message, { code, constructPath: where, field, hint }));
  };
  if (!DNS_SUBDOMAIN.test(props.group ?? '') || !(props.group ?? '').includes('.')) {
    fail(
      `API group '${props.group}' is not a DNS subdomain with a dot`,
      'XRD_INVALID_GROUP',
      'group',
      "use a domain you own, e.g. 'platform.company.com'",
    );
  }
  if (!KIND.test(props.kind ?? '')) {
    fail(
      `kind '${props.kind}' is not a CamelCase kind`,
      'XRD_INVALID_KIND',
      'kind',
      "start with an upper-case letter, e.g. 'XPostgreSQL'",
    );
  }
  if (!PLURAL.test(props.plural ?? '')) {
    fail(
      `plural '${props.plural}' must be lower-case letters and digits`,
      'XRD_INVALID_PLURAL',
      'plural',
      `e.g. '${String(props.kind).toLowerCase()}s'`,
    );
  }
  if (crossplane === 'v2' && props.claimKind) {
    fail(
      `claim kind '${props.claimKind}' needs Crossplane 1.x: apiextensions.crossplane.io/v2 XRDs cannot offer claims`,
      'XRD_CLAIMS_NEED_V1',
      'claimKind',
      "drop claimKind (v2 XRs are namespaced and created directly), or set crossplane: 'v1'",
    );
  }
  if (crossplane === 'v1' && !claimKind) {
    fail(
      `composite API ${props.kind} needs a claim kind for Crossplane 1.x`,
      'XRD_CLAIM_KIND_MISSING',
      'claimKind',
      "set claimKind, e.g. 'PostgreSQLInstance'",
    );
  }
  if (claimKind !== undefined && claimKind === props.kind) {
    fail(
      `claim kind '${claimKind}' is the same as the composite kind`,
      'XRD_CLAIM_KIND_SAME',
      'claimKind',
      `Crossplane needs two kinds: name the XR '${props.kind.startsWith('X') ? props.kind : `X${props.kind}`}' and the claim '${props.kind.replace(/^X/, '')}'`,
    );
  }
  if (claimKind !== undefined && !KIND.test(claimKind)) {
    fail(
      `claim kind '${claimKind}' is not a CamelCase kind`,
      'XRD_INVALID_KIND',
      'claimKind',
      "e.g. 'PostgreSQLInstance'",
    );
  }
  if (claimPlural !== undefined && claimPlural === props.plural && claimKind !== props.kind) {
    fail(
      `claim plural '${claimPlural}' is the same as the composite plural`,
      'XRD_CLAIM_KIND_SAME',
      'claimPlural',
      'give the claim its own plural',
    );
  }
  if (versions.length === 0) {
    fail(
      `composite API ${props.kind} has no versions`,
      'XRD_NO_VERSIONS',
      'versions',
      "give at least one, e.g. versions: [{ name: 'v1alpha1' }]",
    );
  }
  const referenceable = versions.filter((v) => v.referenceable);
  if (referenceable.length > 1) {
    fail(
      `composite API ${props.kind} has ${referenceable.length} referenceable versions (${referenceable.map((v) => v.name).join(', ')})`,
      'XRD_REFERENCEABLE_VERSIONS',
      'versions',
      'mark exactly one version referenceable: the one Compositions and claims use',
    );
  }
  const names = new Set<string>();
  for (const v of versions) {
    if (names.has(v.name)) {
      fail(
        `composite API ${props.kind} declares version '${v.name}' twice`,
        'XRD_DUPLICATE_VERSION',
        'versions',
        'give each version once',
      );
    }
    names.add(v.name);
  }
  const chosen = referenceable[0] ?? versions[0];
  if (chosen && chosen.served === false) {
    fail(
      `the referenceable version '${chosen.name}' of ${props.kind} is not served`,
      'XRD_REFERENCEABLE_NOT_SERVED',
      'versions',
      'serve the referenceable version',
    );
  }
  return problems;
}
