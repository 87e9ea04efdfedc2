import { malformedDefinition, nameOf, type DefinedKind } from './crd.js';
import type { Scope } from './schema-index.js';
import { isPlainObject, type JsonSchema } from './schema-walk.js';

/** Scope of a Crossplane XR: v2 XRDs default to `Namespaced`, v1 XRDs to `LegacyCluster`. */
type XrScope = 'Namespaced' | 'Cluster' | 'LegacyCluster';

/** True if `object` is a Crossplane CompositeResourceDefinition (`apiextensions.crossplane.io` v1 or v2). */
export function isXrd(object: unknown): boolean {
  return (
    isPlainObject(object) &&
    object['kind'] === 'CompositeResourceDefinition' &&
    typeof object['apiVersion'] === 'string' &&
    object['apiVersion'].startsWith('apiextensions.crossplane.io/')
  );
}

const STRING: JsonSchema = { type: 'string' };
const NAME_REF: JsonSchema = { type: 'object', required: ['name'], properties: { name: STRING } };
const LABEL_SELECTOR: JsonSchema = {
  type: 'object',
  required: ['matchLabels'],
  properties: { matchLabels: { type: 'object', additionalProperties: STRING } },
};
const ANY_STATUS: JsonSchema = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };

/** Fields Crossplane adds to the spec of every composite resource (XR) of the given scope. */
function compositeSpecProperties(scope: XrScope): Record<string, JsonSchema> {
  const refProperties: Record<string, JsonSchema> = { apiVersion: STRING, name: STRING, kind: STRING };
  if (scope !== 'Namespaced') refProperties['namespace'] = STRING;
  const machinery: Record<string, JsonSchema> = {
    compositionRef: NAME_REF,
    compositionSelector: LABEL_SELECTOR,
    compositionRevisionRef: NAME_REF,
    compositionRevisionSelector: LABEL_SELECTOR,
    compositionUpdatePolicy: { type: 'string', enum: ['Automatic', 'Manual'] },
    resourceRefs: {
      type: 'array',
      items: { type: 'object', required: ['apiVersion', 'kind'], properties: refProperties },
    },
  };
  if (scope === 'LegacyCluster') {
    // Legacy XRs keep the machinery directly under spec, and can be claimed and write a secret.
    machinery['claimRef'] = {
      type: 'object',
      required: ['apiVersion', 'kind', 'namespace', 'name'],
      properties: { apiVersion: STRING, kind: STRING, namespace: STRING, name: STRING },
    };
    machinery['writeConnectionSecretToRef'] = {
      type: 'object',
      required: ['name', 'namespace'],
      properties: { name: STRING, namespace: STRING },
    };
    return machinery;
  }
  // Crossplane v2 XRs nest it under spec.crossplane.
  return { crossplane: { type: 'object', properties: machinery } };
}

/** Fields Crossplane adds to the spec of every claim. */
function claimSpecProperties(): Record<string, JsonSchema> {
  return {
    compositionRef: NAME_REF,
    compositionSelector: LABEL_SELECTOR,
    compositionRevisionRef: NAME_REF,
    compositionRevisionSelector: LABEL_SELECTOR,
    compositionUpdatePolicy: { type: 'string', enum: ['Automatic', 'Manual'] },
    compositeDeletePolicy: { type: 'string', enum: ['Background', 'Foreground'] },
    resourceRef: {
      type: 'object',
      required: ['apiVersion', 'kind', 'name'],
      properties: { apiVersion: STRING, kind: STRING, name: STRING },
    },
    writeConnectionSecretToRef: { type: 'object', required: ['name'], properties: { name: STRING } },
  };
}

/**
 * The full schema of an XR or claim version: the XRD's `spec` (and its CEL rules) merged with the
 * fields Crossplane adds, `metadata.name` limited to 63 characters (it becomes a label value), and
 * `spec` required. Status is accepted as written (it is never part of a GitOps tree).
 */
function generatedSchema(xrdSchema: JsonSchema, extra: Record<string, JsonSchema>): JsonSchema {
  const properties = isPlainObject(xrdSchema['properties']) ? xrdSchema['properties'] : {};
  const xSpec = isPlainObject(properties['spec']) ? properties['spec'] : {};
  const specProperties = isPlainObject(xSpec['properties']) ? xSpec['properties'] : {};
  const spec: JsonSchema = { ...xSpec, type: 'object', properties: { ...extra, ...specProperties } };
  return {
    type: 'object',
    required: ['spec'],
    properties: {
      apiVersion: STRING,
      kind: STRING,
      metadata: { type: 'object', properties: { name: { type: 'string', maxLength: 63 } } },
      spec,
      status: ANY_STATUS,
    },
  };
}

/**
 * The kinds a Crossplane CompositeResourceDefinition defines: the composite resource (XR) for every
 * version and, for a v1 XRD of scope `LegacyCluster` with `claimNames`, the namespaced claim.
 */
export function kindsOfXrd(xrd: unknown): DefinedKind[] {
  if (!isXrd(xrd)) throw malformedDefinition('not an apiextensions.crossplane.io CompositeResourceDefinition', xrd);
  const object = xrd as Record<string, unknown>;
  const v1 = object['apiVersion'] === 'apiextensions.crossplane.io/v1';
  const spec = object['spec'];
  if (!isPlainObject(spec)) throw malformedDefinition('spec is missing', xrd);
  const group = spec['group'];
  const names = spec['names'];
  const kind = isPlainObject(names) ? names['kind'] : undefined;
  if (typeof group !== 'string' || !group) throw malformedDefinition('spec.group is missing', xrd);
  if (typeof kind !== 'string' || !kind) throw malformedDefinition('spec.names.kind is missing', xrd);
  const rawScope = spec['scope'] ?? (v1 ? 'LegacyCluster' : 'Namespaced');
  if (rawScope !== 'Namespaced' && rawScope !== 'Cluster' && rawScope !== 'LegacyCluster') {
    throw malformedDefinition(`spec.scope must be Namespaced, Cluster or LegacyCluster`, xrd);
  }
  const scope: XrScope = rawScope;
  const xrScope: Scope = scope === 'Namespaced' ? 'Namespaced' : 'Cluster';
  const claimNames = spec['claimNames'];
  const claimKind = scope === 'LegacyCluster' && isPlainObject(claimNames) ? claimNames['kind'] : undefined;
  const versions = Array.isArray(spec['versions']) ? spec['versions'].filter(isPlainObject) : [];
  if (versions.length === 0) throw malformedDefinition('spec.versions is empty', xrd);
  const definedBy = `CompositeResourceDefinition ${nameOf(xrd)}`;

  const out: DefinedKind[] = [];
  for (const version of versions) {
    const name = version['name'];
    if (typeof name !== 'string' || !name) throw malformedDefinition('a version has no name', xrd);
    const holder = version['schema'];
    const own = isPlainObject(holder) ? holder['openAPIV3Schema'] : undefined;
    const xrdSchema = isPlainObject(own) ? own : {};
    const common = {
      apiVersion: `${group}/${name}`,
      served: version['served'] !== false,
      deprecated: version['deprecated'] === true,
      ...(typeof version['deprecationWarning'] === 'string'
        ? { deprecationWarning: version['deprecationWarning'] }
        : {}),
      definedBy,
    };
    out.push({
      ...common,
      kind,
      scope: xrScope,
      schema: generatedSchema(xrdSchema, compositeSpecProperties(scope)),
    });
    if (typeof claimKind === 'string' && claimKind) {
      out.push({
        ...common,
        kind: claimKind,
        scope: 'Namespaced',
        schema: generatedSchema(xrdSchema, claimSpecProperties()),
      });
    }
  }
  return out;
}
