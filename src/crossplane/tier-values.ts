import { PerTier, resolveTierValue, type Tier, type TierValue } from '../environments/index.js';

/**
 * A value whose parts may differ per tier: the whole value as a {@link TierValue}, or, for an object, each
 * field as a `TierFields` of its own (e.g. `{ size: perTier({...}), version: '7.0' }`).
 */
export type TierFields<N extends string, T> = undefined extends T
  ? TierValue<N, T> | FieldsOf<N, Exclude<T, undefined>>
  : FieldsOf<N, T>;

type FieldsOf<N extends string, T> = [T] extends [readonly unknown[]]
  ? TierValue<N, T>
  : [T] extends [object]
    ? TierValue<N, T> | { [K in keyof T]: TierFields<N, T[K]> }
    : TierValue<N, T>;

/** True for a plain JSON object (not an array, a PerTier or a class instance). */
function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * `value` for `tier`: every `PerTier` and function of the tier, at any depth of plain objects, replaced by
 * its value for the tier. `undefined` fields are dropped. Without a tier, a per-tier value is an error
 * reported by `onNoTier`.
 */
export function resolveTierValues(
  value: unknown,
  tier: Tier | undefined,
  onNoTier: (path: string) => never,
  path = '',
): unknown {
  if (value instanceof PerTier || typeof value === 'function') {
    if (!tier) return onNoTier(path);
    return resolveTierValues(resolveTierValue(value as TierValue<string, unknown>, tier), tier, onNoTier, path);
  }
  if (Array.isArray(value)) return value.map((v, i) => resolveTierValues(v, tier, onNoTier, `${path}[${i}]`));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const resolved = resolveTierValues(v, tier, onNoTier, path ? `${path}.${k}` : k);
      if (resolved !== undefined) out[k] = resolved;
    }
    return out;
  }
  return value;
}
