/** Kyverno's condition operators (pkg/engine/variables/operator) for `deny` and `preconditions`. */
import { compareNumeric } from './pattern.js';
import { deepEqual, isObject, parseDuration, parseQuantity, toGoString, wildcardMatch } from './values.js';

/** The operators the engine knows (Kyverno's, including the deprecated In/NotIn). */
export const CONDITION_OPERATORS = [
  'Equals',
  'NotEquals',
  'Equal',
  'NotEqual',
  'In',
  'NotIn',
  'AnyIn',
  'AllIn',
  'AnyNotIn',
  'AllNotIn',
  'GreaterThan',
  'GreaterThanOrEquals',
  'LessThan',
  'LessThanOrEquals',
  'DurationGreaterThan',
  'DurationGreaterThanOrEquals',
  'DurationLessThan',
  'DurationLessThanOrEquals',
] as const;

/** One condition operator. */
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** Whether `op` is a known operator. */
export function isConditionOperator(op: unknown): op is ConditionOperator {
  return typeof op === 'string' && (CONDITION_OPERATORS as readonly string[]).includes(op);
}

function equals(key: unknown, value: unknown): boolean {
  if (typeof key === 'string' && typeof value === 'string') {
    if (wildcardMatch(value, key)) return true;
    const kq = parseQuantity(key);
    const vq = parseQuantity(value);
    if (kq !== undefined && vq !== undefined && !/^\d+$/.test(key + value)) return kq === vq;
    const kd = parseDuration(key);
    const vd = parseDuration(value);
    return kd !== undefined && vd !== undefined && kd === vd;
  }
  if (typeof key === 'number' && typeof value === 'string')
    return String(key) === value || parseQuantity(value) === key;
  if (typeof key === 'string' && typeof value === 'number')
    return key === String(value) || parseQuantity(key) === value;
  if (typeof key === 'boolean' && typeof value === 'string') return String(key) === value;
  return deepEqual(key, value);
}

/** Go's `fmt.Sprint` of a JSON scalar, as Kyverno's In-family operators stringify keys and list items. */
function sprint(v: unknown): string {
  return v === null || v === undefined ? '<nil>' : toGoString(v);
}

/** A numeric range value `a-b` (Kyverno's `InRange` string pattern). */
const RANGE = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/;

function inRange(item: string, range: RegExpExecArray): boolean {
  const n = Number(item);
  return !Number.isNaN(n) && n >= Number(range[1]) && n <= Number(range[2]);
}

/** Kyverno's `wildcard.Match` in either direction, as its In-family operators compare items. */
function matchesEither(a: string, b: string): boolean {
  return wildcardMatch(a, b) || wildcardMatch(b, a);
}

/**
 * A string value of an In-family operator: Kyverno reads a JSON array of strings (`'["a","b"]'`, as CLI values
 * files and API calls give them) as that list, any other valid JSON as an invalid type, and other text as a
 * one-item list (the deprecated In/NotIn, `strict`, accept only the JSON array).
 */
function stringList(value: string, strict: boolean): string[] | 'invalid' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return strict ? 'invalid' : [value];
  }
  return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? parsed : 'invalid';
}

type InOperator = 'In' | 'NotIn' | 'AnyIn' | 'AllIn' | 'AnyNotIn' | 'AllNotIn';

/**
 * Kyverno's In-family operators (pkg/engine/variables/operator/{in,notin,anyin,allin,anynotin,allnotin}.go).
 * Keys are stringified; a list value is compared with wildcards in both directions; a string value may be a
 * wildcard, a range `a-b` or a JSON array; any other key or value type makes the condition false.
 */
function inFamily(op: InOperator, key: unknown, value: unknown): boolean {
  const negated = op === 'NotIn' || op === 'AnyNotIn' || op === 'AllNotIn';
  const legacy = op === 'In' || op === 'NotIn';
  if (Array.isArray(key)) {
    const ks = key.map(sprint);
    let vs: string[];
    if (Array.isArray(value)) {
      if (legacy && value.some((v) => typeof v !== 'string')) return false;
      vs = value.map(sprint);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      // only AnyIn/AnyNotIn take a scalar value for a list key (anySetExistsInArray); the others reject it
      if (op !== 'AnyIn' && op !== 'AnyNotIn') return false;
      vs = [String(value)];
    } else if (typeof value === 'string') {
      if (ks.length === 1 && ks[0] === value) return !negated;
      const range = legacy ? null : RANGE.exec(value);
      if (range) {
        const hits = ks.filter((k) => inRange(k, range)).length;
        return op === 'AnyIn'
          ? hits > 0
          : op === 'AllIn'
            ? hits === ks.length
            : op === 'AnyNotIn'
              ? hits < ks.length
              : hits === 0;
      }
      const list = stringList(value, legacy);
      if (list === 'invalid') return false;
      vs = list;
    } else return false;
    const found = (k: string): boolean => (legacy ? vs.includes(k) : vs.some((v) => matchesEither(k, v)));
    switch (op) {
      case 'In':
      case 'AllIn':
        return ks.every(found);
      case 'NotIn':
      case 'AnyNotIn':
        return ks.some((k) => !found(k));
      case 'AnyIn':
        return ks.some(found);
      case 'AllNotIn':
        return !ks.some(found);
    }
  }
  if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') return false;
  const k = String(key);
  let exists: boolean;
  if (Array.isArray(value)) exists = value.some((v) => matchesEither(sprint(v), k));
  else if (typeof value === 'string') {
    const range = legacy ? null : RANGE.exec(value);
    if (wildcardMatch(value, k)) exists = true;
    else if (range) exists = inRange(k, range);
    else {
      const list = stringList(value, legacy);
      if (list === 'invalid') return false;
      exists = list.includes(k);
    }
  } else return false;
  return negated ? !exists : exists;
}

function compare(key: unknown, value: unknown, duration: boolean): number | undefined {
  if (duration) {
    const k = typeof key === 'number' ? key : parseDuration(key);
    const v = typeof value === 'number' ? value : parseDuration(value);
    return k === undefined || v === undefined ? undefined : Math.sign(k - v);
  }
  if (typeof key === 'number' && typeof value === 'number') return Math.sign(key - value);
  return compareNumeric(key, value);
}

/** Evaluates one condition after substitution. */
export function evaluateCondition(key: unknown, operator: ConditionOperator, value: unknown): boolean {
  switch (operator) {
    case 'Equals':
    case 'Equal':
      return equals(key, value);
    case 'NotEquals':
    case 'NotEqual':
      return !equals(key, value);
    case 'In':
    case 'NotIn':
    case 'AnyIn':
    case 'AllIn':
    case 'AnyNotIn':
    case 'AllNotIn':
      return inFamily(operator, key, value);
    default: {
      const duration = operator.startsWith('Duration');
      const c = compare(key, value, duration);
      if (c === undefined) return false;
      const op = operator.replace('Duration', '');
      return op === 'GreaterThan' ? c > 0 : op === 'GreaterThanOrEquals' ? c >= 0 : op === 'LessThan' ? c < 0 : c <= 0;
    }
  }
}

/** A raw condition as written in a policy. */
export interface RawCondition {
  readonly key?: unknown;
  readonly operator?: unknown;
  readonly value?: unknown;
  readonly message?: string;
}

/** Conditions as written: a list (all must hold) or `{ any, all }`. */
export function conditionGroups(conditions: unknown): { any?: RawCondition[]; all?: RawCondition[] } {
  if (Array.isArray(conditions)) return { all: conditions as RawCondition[] };
  if (isObject(conditions))
    return {
      any: Array.isArray(conditions.any) ? (conditions.any as RawCondition[]) : undefined,
      all: Array.isArray(conditions.all) ? (conditions.all as RawCondition[]) : undefined,
    };
  return {};
}
