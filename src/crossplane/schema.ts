import type { Static, TOptional, TSchema, TUnsafe } from 'typebox';
import { GitOpsError } from '../errors/index.js';
import { typeBox } from './typebox.js';

/** A JSON schema node (OpenAPI v3 as Kubernetes reads it). */
export type JsonSchema = Record<string, unknown>;

/**
 * A field with a default: optional in a claim's props (TypeScript) and defaulted by the API server.
 * The default is checked against the field's type by the compiler.
 *
 * ```ts
 * version: withDefault(Type.String(), '7.0')
 * ```
 */
export function withDefault<T extends TSchema>(schema: T, value: Static<T>): TOptional<T> {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(schema)) as T & { default: unknown };
  copy.default = value;
  return typeBox().Optional(copy) as unknown as TOptional<T>;
}

/**
 * A field Kubernetes keeps as written (`x-kubernetes-preserve-unknown-fields`), e.g. free-form provider
 * settings. Typed as `T` in claims.
 */
export function preserveUnknown<T = Record<string, unknown>>(
  options: { readonly description?: string } = {},
): TUnsafe<T> {
  return typeBox().Unsafe<T>({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true, ...options });
}

/** Keywords a Kubernetes structural schema accepts and that are copied as they are. */
const KEPT = new Set([
  'description',
  'title',
  'default',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'nullable',
  'example',
]);

type JsonType = 'string' | 'integer' | 'number' | 'boolean';

function typeOfValue(v: unknown): JsonType | undefined {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return undefined;
}

/** The common type of enum values (integer widened to number when mixed), or undefined when they differ. */
function enumType(values: readonly unknown[]): JsonType | undefined {
  const types = new Set(values.map(typeOfValue));
  if (types.has(undefined)) return undefined;
  if (types.size === 2 && types.has('integer') && types.has('number')) return 'number';
  return types.size === 1 ? ([...types][0] as JsonType) : undefined;
}

function unsupported(what: string, field: string): GitOpsError {
  return new GitOpsError(
    `parameter field '${field}' uses ${what}, which a Kubernetes structural schema cannot express`,
    {
      code: 'XRD_SCHEMA_UNSUPPORTED',
      field,
      hint: 'use Type.Object, Type.Array, Type.Record, scalars, unions of literals (enums) or preserveUnknown()',
    },
  );
}

/**
 * The Kubernetes structural schema of a TypeBox (or plain JSON) schema: unions of literals and `const`
 * become `enum` with a `type`, `Type.Record` becomes `additionalProperties`, a union with `null` becomes
 * `nullable`, a numeric `exclusiveMinimum` becomes the OpenAPI v3 boolean form, and TypeBox's own keys
 * are dropped. `field` names the field in errors.
 */
export function toStructuralSchema(schema: unknown, field = 'parameters'): JsonSchema {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    throw unsupported('something that is not a schema', field);
  }
  const s = schema as JsonSchema;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(s)) {
    if (KEPT.has(k) || k.startsWith('x-kubernetes-')) out[k] = v;
  }
  for (const k of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
    const v = s[k];
    if (typeof v === 'number') {
      out[k === 'exclusiveMinimum' ? 'minimum' : 'maximum'] = v;
      out[k] = true;
    } else if (typeof v === 'boolean') out[k] = v;
  }

  // Unions: of literals (an enum), or with null (nullable).
  const anyOf = (s['anyOf'] ?? s['oneOf']) as unknown[] | undefined;
  if (Array.isArray(anyOf)) {
    const members = anyOf.filter((m) => !(m && typeof m === 'object' && (m as JsonSchema)['type'] === 'null'));
    if (members.length < anyOf.length) out['nullable'] = true;
    if (members.length === 1) return { ...toStructuralSchema(members[0], field), ...out };
    const values: unknown[] = [];
    for (const m of members) {
      const member = (m ?? {}) as JsonSchema;
      if ('const' in member) values.push(member['const']);
      else if (Array.isArray(member['enum'])) values.push(...(member['enum'] as unknown[]));
      else throw unsupported('a union of types other than literals', field);
    }
    const type = enumType(values);
    if (!type) throw unsupported('a union of literals of different types', field);
    return { type, enum: values, ...out };
  }
  if ('const' in s || Array.isArray(s['enum'])) {
    const values = 'const' in s ? [s['const']] : (s['enum'] as unknown[]);
    const type = (typeof s['type'] === 'string' ? s['type'] : enumType(values)) as string | undefined;
    if (!type) throw unsupported('an enum of values of different types', field);
    return { type, enum: values, ...out };
  }
  if (Array.isArray(s['allOf'])) throw unsupported('an intersection (allOf)', field);

  const type = s['type'];
  if (Array.isArray(type)) throw unsupported(`several types (${type.join(', ')})`, field);
  if (type === 'object') {
    out['type'] = 'object';
    const properties = s['properties'] as Record<string, unknown> | undefined;
    if (properties && typeof properties === 'object') {
      out['properties'] = Object.fromEntries(
        Object.entries(properties).map(([name, p]) => [name, toStructuralSchema(p, `${field}.${name}`)]),
      );
      const required = Array.isArray(s['required']) ? (s['required'] as string[]) : [];
      if (required.length > 0) out['required'] = [...required];
    }
    const patterns = s['patternProperties'] as Record<string, unknown> | undefined;
    const additional = s['additionalProperties'];
    if (patterns && typeof patterns === 'object') {
      const values = Object.values(patterns);
      if (values.length !== 1 || out['properties']) throw unsupported('pattern properties', field);
      out['additionalProperties'] = toStructuralSchema(values[0], `${field}[*]`);
    } else if (additional && typeof additional === 'object') {
      out['additionalProperties'] = toStructuralSchema(additional, `${field}[*]`);
    }
    if (!out['properties'] && !out['additionalProperties'] && !out['x-kubernetes-preserve-unknown-fields']) {
      out['x-kubernetes-preserve-unknown-fields'] = true;
    }
    return out;
  }
  if (type === 'array') {
    out['type'] = 'array';
    out['items'] = toStructuralSchema(s['items'] ?? {}, `${field}[]`);
    return out;
  }
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean') {
    return { type, ...out };
  }
  if (type === undefined) {
    // Type.Unknown() / Type.Any(): any value, kept as written.
    return { ...out, 'x-kubernetes-preserve-unknown-fields': true };
  }
  throw unsupported(`type '${String(type)}'`, field);
}
