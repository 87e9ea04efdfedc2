/** A JSON (OpenAPI v3 / Kubernetes structural) schema node, as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown };

/** Keywords whose value is a map of name → subschema. */
const MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions'] as const;
/** Keywords whose value is a list of subschemas. */
const LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'] as const;
/** Keywords whose value is a single subschema (or, for some, a boolean). */
const SINGLE_KEYWORDS = ['not', 'additionalProperties', 'additionalItems'] as const;

/** True for a plain JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Rebuilds a schema bottom-up: every subschema (properties, items, additionalProperties,
 * allOf/anyOf/oneOf/not, definitions, patternProperties) is mapped first, then `fn` receives a
 * shallow copy of the node with its mapped children and returns the node to keep.
 *
 * Only schema positions are visited, so a property that happens to be named `description` or
 * `default` is never mistaken for the keyword.
 */
export function mapSchema(schema: JsonSchema, fn: (node: JsonSchema) => JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  for (const keyword of MAP_KEYWORDS) {
    const value = schema[keyword];
    if (isPlainObject(value)) {
      const mapped: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) mapped[name] = isPlainObject(sub) ? mapSchema(sub, fn) : sub;
      out[keyword] = mapped;
    }
  }
  for (const keyword of LIST_KEYWORDS) {
    const value = schema[keyword];
    if (Array.isArray(value)) out[keyword] = value.map((sub) => (isPlainObject(sub) ? mapSchema(sub, fn) : sub));
  }
  for (const keyword of SINGLE_KEYWORDS) {
    const value = schema[keyword];
    if (isPlainObject(value)) out[keyword] = mapSchema(value, fn);
  }
  const items = schema['items'];
  if (isPlainObject(items)) out['items'] = mapSchema(items, fn);
  else if (Array.isArray(items)) out['items'] = items.map((sub) => (isPlainObject(sub) ? mapSchema(sub, fn) : sub));
  return fn(out);
}

/** JSON with object keys sorted recursively (arrays keep their order), for deterministic output. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]);
  return out;
}
