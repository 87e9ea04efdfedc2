/**
 * Kyverno conditions, as used by `preconditions` and `validate.deny.conditions`: a `key` compared with a
 * `value` by an operator. Keys and values may hold `{{ jmespath }}` variables.
 */

/**
 * An operator of a condition, e.g. `AnyIn` (Kyverno also still accepts the deprecated `Equal`, `NotEqual`, `In`
 * and `NotIn`; conditions read from YAML are checked against the engine's full list).
 */
export type ConditionOperator =
  | 'Equals'
  | 'NotEquals'
  | 'AnyIn'
  | 'AllIn'
  | 'AnyNotIn'
  | 'AllNotIn'
  | 'GreaterThan'
  | 'GreaterThanOrEquals'
  | 'LessThan'
  | 'LessThanOrEquals'
  | 'DurationGreaterThan'
  | 'DurationGreaterThanOrEquals'
  | 'DurationLessThan'
  | 'DurationLessThanOrEquals';

/** One condition: `key operator value`. */
export interface Condition {
  /** Left-hand side, usually a `{{ request.object… }}` variable. */
  readonly key: unknown;
  /** How `key` is compared with `value`. */
  readonly operator: ConditionOperator;
  /** Right-hand side. @default - none (null) */
  readonly value?: unknown;
  /** Shown when the condition decides the result. @default - none */
  readonly message?: string;
}

/** Conditions combined with `any` (at least one holds) and/or `all` (every one holds). */
export interface Conditions {
  /** At least one of these holds. @default - no `any` block */
  readonly any?: readonly Condition[];
  /** Every one of these holds. @default - no `all` block */
  readonly all?: readonly Condition[];
}

/** Conditions as Kyverno's YAML: `{ any: [...], all: [...] }`, or a plain list (meaning `all`). */
export function renderConditions(conditions: Conditions | readonly Condition[]): Record<string, unknown> | unknown[] {
  if (Array.isArray(conditions)) return (conditions as readonly Condition[]).map(renderCondition);
  const c = conditions as Conditions;
  return {
    ...(c.any ? { any: c.any.map(renderCondition) } : {}),
    ...(c.all ? { all: c.all.map(renderCondition) } : {}),
  };
}

function renderCondition(c: Condition): Record<string, unknown> {
  return {
    key: c.key,
    operator: c.operator,
    ...(c.value !== undefined ? { value: c.value } : {}),
    ...(c.message !== undefined ? { message: c.message } : {}),
  };
}
