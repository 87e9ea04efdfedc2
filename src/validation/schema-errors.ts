import type { ErrorObject } from 'ajv';
import { escapePointer } from './cel.js';
import { ISSUE_CODES, type Finding } from './issue.js';
import { isPlainObject } from './schema-walk.js';
import { closestField } from './suggest-field.js';

const COMBINATORS = new Set(['oneOf', 'anyOf', 'not']);
const MAX_LISTED = 8;
/** Order in which alternative types are named: `integer or string`, never `string or integer`. */
const TYPE_ORDER = ['integer', 'number', 'string', 'boolean', 'object', 'array', 'null'];

/**
 * Translates ajv's errors into findings: one per problem, with the JSON pointer of the offending
 * field, what was expected and what was found, and a "did you mean" for unknown fields. Errors raised
 * inside a failed `oneOf`/`anyOf`/`not` are folded into that one finding.
 */
export function translateAjvErrors(errors: readonly ErrorObject[]): Finding[] {
  const combinators = errors.filter((error) => COMBINATORS.has(error.keyword));
  const insideCombinator = (error: ErrorObject): boolean =>
    combinators.some(
      (combinator) =>
        combinator !== error &&
        error.schemaPath.startsWith(`${combinator.schemaPath}/`) &&
        error.instancePath.startsWith(combinator.instancePath),
    );
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (insideCombinator(error)) continue;
    const finding = translate(error);
    const key = `${finding.code}|${finding.pointer}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function translate(error: ErrorObject): Finding {
  const pointer = error.instancePath;
  const field = fieldName(pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      const declared = isPlainObject(error.parentSchema?.['properties'])
        ? Object.keys(error.parentSchema['properties'] as object)
        : [];
      const match = closestField(name, declared);
      return {
        code: ISSUE_CODES.unknownField,
        pointer: `${pointer}/${escapePointer(name)}`,
        message: `unknown field '${name}'`,
        hint: match
          ? `did you mean '${match}'?`
          : declared.length > 0
            ? `known fields here: ${list(declared.sort())}`
            : 'remove it: this object takes no fields',
      };
    }
    case 'required': {
      const name = String(params['missingProperty']);
      return {
        code: ISSUE_CODES.required,
        pointer: `${pointer}/${escapePointer(name)}`,
        message: `missing required field '${name}'`,
      };
    }
    case 'type': {
      const types = (Array.isArray(params['type']) ? (params['type'] as string[]) : [String(params['type'])])
        .slice()
        .sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
      return {
        code: ISSUE_CODES.type,
        pointer,
        message: `${field} has the wrong type`,
        expected: types.join(' or '),
        found: describeValue(error.data),
      };
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (params['allowedValues'] as unknown[]) : [params['allowedValue']];
      return {
        code: ISSUE_CODES.enum,
        pointer,
        message: `${field} is not one of the allowed values`,
        expected: `one of ${list(allowed.map((value) => JSON.stringify(value)))}`,
        found: describeValue(error.data),
      };
    }
    case 'pattern':
      return {
        code: ISSUE_CODES.pattern,
        pointer,
        message: `${field} does not match the required pattern`,
        expected: `a string matching ${String(params['pattern'])}`,
        found: describeValue(error.data),
      };
    case 'format':
      return {
        code: ISSUE_CODES.format,
        pointer,
        message: `${field} is not a valid ${String(params['format'])}`,
        expected: `format ${String(params['format'])}`,
        found: describeValue(error.data),
      };
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
    case 'maxProperties':
    case 'minProperties':
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'multipleOf':
      return {
        code: ISSUE_CODES.limit,
        pointer,
        message: `${field} ${error.message ?? 'is out of range'}`,
        ...limit(error),
      };
    case 'oneOf':
    case 'anyOf': {
      const alternatives = Array.isArray(error.schema) ? (error.schema as unknown[]) : [];
      const passing = params['passingSchemas'];
      const many = Array.isArray(passing) && passing.length > 1;
      return {
        code: ISSUE_CODES.oneOf,
        pointer,
        message:
          error.keyword === 'oneOf' && many
            ? `${field} matches more than one of the allowed alternatives`
            : `${field} matches none of the allowed alternatives`,
        expected: `${error.keyword === 'oneOf' ? 'exactly one' : 'at least one'} of: ${alternatives.map(describeAlternative).join('; ')}`,
      };
    }
    case 'not':
      return {
        code: ISSUE_CODES.oneOf,
        pointer,
        message: `${field} matches a combination the schema forbids`,
        expected: `not: ${describeAlternative(error.schema)}`,
      };
    default:
      return { code: ISSUE_CODES.invalid, pointer, message: `${field} ${error.message ?? 'is invalid'}` };
  }
}

function limit(error: ErrorObject): { expected: string; found: string } {
  const value = (error.params as { limit?: unknown }).limit;
  const data = error.data;
  switch (error.keyword) {
    case 'maxLength':
      return { expected: `at most ${value} characters`, found: `${String(data).length} characters` };
    case 'minLength':
      return { expected: `at least ${value} characters`, found: `${String(data).length} characters` };
    case 'maxItems':
      return { expected: `at most ${value} items`, found: `${Array.isArray(data) ? data.length : '?'} items` };
    case 'minItems':
      return { expected: `at least ${value} items`, found: `${Array.isArray(data) ? data.length : '?'} items` };
    case 'maxProperties':
      return {
        expected: `at most ${value} entries`,
        found: `${isPlainObject(data) ? Object.keys(data).length : '?'} entries`,
      };
    case 'minProperties':
      return {
        expected: `at least ${value} entries`,
        found: `${isPlainObject(data) ? Object.keys(data).length : '?'} entries`,
      };
    case 'maximum':
      return { expected: `<= ${value}`, found: String(data) };
    case 'minimum':
      return { expected: `>= ${value}`, found: String(data) };
    case 'exclusiveMaximum':
      return { expected: `< ${value}`, found: String(data) };
    case 'exclusiveMinimum':
      return { expected: `> ${value}`, found: String(data) };
    default:
      return {
        expected: `a multiple of ${(error.params as { multipleOf?: unknown }).multipleOf}`,
        found: String(data),
      };
  }
}

/** `'replicas'` for `/spec/replicas`, `item 0 of 'containers'` for `/spec/containers/0`, `the object` for `''`. */
function fieldName(pointer: string): string {
  if (!pointer) return 'the object';
  const segments = pointer.split('/').slice(1).map(unescapePointer);
  const last = segments[segments.length - 1] ?? '';
  if (/^\d+$/.test(last) && segments.length > 1) return `item ${last} of '${segments[segments.length - 2]}'`;
  return `'${last}'`;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A short, stable description of a JSON value: `string "abc"`, `integer 3`, `object`, `array of 2`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
    case 'number':
      return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
    case 'boolean':
      return `boolean ${value}`;
    case 'object':
      return 'object';
    default:
      return typeof value;
  }
}

/** `sets 'a' and 'b'` for `{required: [a, b]}`, else compact JSON. */
function describeAlternative(alternative: unknown): string {
  if (isPlainObject(alternative)) {
    const keys = Object.keys(alternative);
    const required = alternative['required'];
    if (keys.length === 1 && Array.isArray(required))
      return `sets ${required.map((name) => `'${name}'`).join(' and ')}`;
    if (keys.length === 1 && isPlainObject(alternative['not']))
      return `not (${describeAlternative(alternative['not'])})`;
    if (keys.length === 1 && Array.isArray(alternative['anyOf'])) {
      return `any of (${alternative['anyOf'].map(describeAlternative).join('; ')})`;
    }
  }
  const text = JSON.stringify(alternative);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function list(values: readonly string[]): string {
  return values.length > MAX_LISTED
    ? `${values.slice(0, MAX_LISTED).join(', ')}, … (${values.length - MAX_LISTED} more)`
    : values.join(', ');
}
