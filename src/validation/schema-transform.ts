import { isPlainObject, mapSchema, type JsonSchema } from './schema-walk.js';

/** Options of {@link toValidationSchema}. */
export interface TransformOptions {
  /** `$ref` of ObjectMeta, used for the root `metadata` of CRD kinds and for embedded resources. */
  readonly objectMetaRef: string;
  /** Replace the root's `metadata` with ObjectMeta (CRD kinds; built-in kinds already reference it). */
  readonly rootMetadata: boolean;
}

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

/**
 * Turns a Kubernetes (structural) OpenAPI schema into a plain JSON Schema that ajv enforces the way
 * the API server does:
 * - unknown fields are errors: `additionalProperties: false` wherever properties are declared, unless
 *   the node sets `x-kubernetes-preserve-unknown-fields` or its own `additionalProperties`;
 * - `x-kubernetes-int-or-string` accepts an integer or a string;
 * - `x-kubernetes-embedded-resource` allows `apiVersion`, `kind` and an ObjectMeta `metadata`;
 * - `nullable: true` accepts `null`;
 * - `oneOf`/`anyOf` that only list types (IntOrString, Quantity) become a list of types;
 * - patterns that JavaScript cannot compile (RE2-only syntax) are dropped rather than failing.
 *
 * All `x-kubernetes-*` keywords are removed from the result (CEL rules are evaluated separately on the
 * original schema).
 */
export function toValidationSchema(schema: JsonSchema, options: TransformOptions): JsonSchema {
  const transformed = mapSchema(schema, (node) => transformNode(node, options.objectMetaRef));
  if (!options.rootMetadata) return transformed;
  const properties: Record<string, unknown> = isPlainObject(transformed['properties'])
    ? { ...transformed['properties'] }
    : {};
  properties['apiVersion'] ??= { type: 'string' };
  properties['kind'] ??= { type: 'string' };
  properties['metadata'] = { $ref: options.objectMetaRef };
  const root: JsonSchema = { ...transformed, properties };
  const nameConstraints = metadataNameConstraints(schema, options.objectMetaRef);
  if (nameConstraints) {
    const allOf = Array.isArray(root['allOf']) ? root['allOf'] : [];
    root['allOf'] = [...allOf, { properties: { metadata: { properties: nameConstraints } } }];
  }
  if (root['type'] === undefined) root['type'] = 'object';
  if (root['additionalProperties'] === undefined && !schema['x-kubernetes-preserve-unknown-fields']) {
    root['additionalProperties'] = false;
  }
  return root;
}

/** The CRD's own constraints on `metadata.name`/`generateName` (e.g. a maximum length), if any. */
function metadataNameConstraints(original: JsonSchema, objectMetaRef: string): Record<string, unknown> | undefined {
  const properties = original['properties'];
  const metadata = isPlainObject(properties) ? properties['metadata'] : undefined;
  const own = isPlainObject(metadata) ? metadata['properties'] : undefined;
  const constraints: Record<string, unknown> = {};
  if (isPlainObject(own)) {
    for (const field of ['name', 'generateName']) {
      const sub = own[field];
      if (isPlainObject(sub)) constraints[field] = mapSchema(sub, (node) => transformNode(node, objectMetaRef));
    }
  }
  return Object.keys(constraints).length > 0 ? constraints : undefined;
}

function transformNode(node: JsonSchema, objectMetaRef: string): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword.startsWith('x-kubernetes-') || keyword === 'nullable' || keyword === 'default') continue;
    out[keyword] = value;
  }

  if (node['type'] === undefined) {
    for (const keyword of ['oneOf', 'anyOf']) {
      const types = typesOfAlternatives(node[keyword]);
      if (types) {
        delete out[keyword];
        out['type'] = types;
        break;
      }
    }
  }

  if (node['x-kubernetes-int-or-string'] === true) {
    out['type'] = ['integer', 'string'];
    if (typesOfAlternatives(node['anyOf'])) delete out['anyOf'];
    if (typesOfAlternatives(node['oneOf'])) delete out['oneOf'];
  }

  if (node['x-kubernetes-embedded-resource'] === true) {
    const properties: Record<string, unknown> = isPlainObject(out['properties']) ? { ...out['properties'] } : {};
    properties['apiVersion'] ??= { type: 'string' };
    properties['kind'] ??= { type: 'string' };
    properties['metadata'] = { $ref: objectMetaRef };
    out['properties'] = properties;
  }

  if (node['nullable'] === true && out['type'] !== undefined) {
    const list = Array.isArray(out['type']) ? [...(out['type'] as string[])] : [out['type'] as string];
    if (!list.includes('null')) list.push('null');
    out['type'] = list;
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  }

  if (typeof out['pattern'] === 'string' && !compiles(out['pattern'])) delete out['pattern'];

  if (
    isPlainObject(out['properties']) &&
    out['additionalProperties'] === undefined &&
    node['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    out['additionalProperties'] = false;
  }
  return out;
}

/** `['integer', 'string']` for `[{type: integer}, {type: string}]`; undefined for anything richer. */
function typesOfAlternatives(alternatives: unknown): string[] | undefined {
  if (!Array.isArray(alternatives) || alternatives.length === 0) return undefined;
  const types: string[] = [];
  for (const alternative of alternatives) {
    if (!isPlainObject(alternative)) return undefined;
    const keys = Object.keys(alternative).filter((key) => key !== 'description');
    const type = alternative['type'];
    if (keys.length !== 1 || typeof type !== 'string' || !JSON_TYPES.has(type)) return undefined;
    types.push(type);
  }
  return types;
}

const compiledPatterns = new Map<string, boolean>();

function compiles(pattern: string): boolean {
  let ok = compiledPatterns.get(pattern);
  if (ok === undefined) {
    try {
      new RegExp(pattern);
      ok = true;
    } catch {
      ok = false;
    }
    compiledPatterns.set(pattern, ok);
  }
  return ok;
}
