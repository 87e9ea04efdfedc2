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

function memberOf(item: unknown, set: unknown): boolean {
  if (Array.isArray(set))
    return set.some((s) =>
      typeof s === 'string' && typeof item !== 'object' ? matchIn(toGoString(item), s) : deepEqual(item, s),
    );
  if (typeof set === 'string')
    return typeof item !== 'object' || item === null ? matchIn(toGoString(item), set) : false;
  return deepEqual(item, set);
}

/** A value of an In-list may be a wildcard or a numeric range `a-b`. */
function matchIn(item: string, s: string): boolean {
  if (wildcardMatch(s, item)) return true;
  const range = /^(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)$/.exec(s);
  if (range) {
    const n = Number(item);
    return !Number.isNaN(n) && n >= Number(range[1]) && n <= Number(range[2]);
  }
  return false;
}

function keys(key: unknown): unknown[] {
  return Array.isArray(key) ? key : [key];
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
      return Array.isArray(key) ? key.every((k) => memberOf(k, value)) : memberOf(key, value);
    case 'NotIn':
      return Array.isArray(key) ? !key.every((k) => memberOf(k, value)) : !memberOf(key, value);
    case 'AnyIn':
      return keys(key).some((k) => memberOf(k, value));
    case 'AllIn':
      return keys(key).every((k) => memberOf(k, value));
    case 'AnyNotIn':
      return keys(key).some((k) => !memberOf(k, value));
    case 'AllNotIn':
      return keys(key).every((k) => !memberOf(k, value));
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
