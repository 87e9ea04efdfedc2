import { PerTier } from './per-tier.js';
import type { Tier } from './tier.js';

/**
 * A setting that may differ per tier: one value for every tier, a {@link PerTier} (a forgotten tier is a
 * compile error), or a function of the tier (e.g. `(t) => t.production ? 3 : 1`).
 *
 * Constructs of every family take their per-tier settings as `TierValue`s and resolve them with
 * {@link resolveTierValue}, so users choose the form that reads best.
 */
export type TierValue<N extends string, T> = T | PerTier<N, T> | ((tier: Tier<N>) => T);

/** The value of `value` for `tier`. */
export function resolveTierValue<N extends string, T>(value: TierValue<N, T>, tier: Tier<N>): T {
  if (value instanceof PerTier) return value.of(tier);
  if (typeof value === 'function') return (value as (tier: Tier<N>) => T)(tier);
  return value;
}

/**
 * A tier-aware default: the stricter value in production tiers, the relaxed one elsewhere.
 * Families use it for defaults such as "Enforce in production, Audit elsewhere".
 */
export function byProduction<T>(production: T, other: T): (tier: Tier) => T {
  return (tier) => (tier.production ? production : other);
}
