import { GitOpsError } from '../errors/index.js';
import { suggest } from './suggest.js';
import type { Tier } from './tier.js';

/** A value for every tier of a catalogue. Build one with `environments.perTier({...})`. */
export class PerTier<N extends string, T> {
  private readonly values: ReadonlyMap<N, T>;

  /** @internal use `Environments.perTier` */
  public constructor(values: ReadonlyMap<N, T>) {
    this.values = values;
  }

  /** The value for `tier`. Throws a clear error if a value was left out through a cast. */
  public of(tier: N | Tier<N>): T {
    const name = (typeof tier === 'string' ? tier : tier.name) as N;
    if (!this.values.has(name)) {
      throw new GitOpsError(`no per-tier value for tier '${name}'`, {
        code: 'PER_TIER_MISSING',
        tier: name,
        hint: `add '${name}: …' to the perTier({...}) call, or give it a default`,
      });
    }
    return this.values.get(name) as T;
  }

  /** A new per-tier value computed from this one. */
  public map<U>(fn: (value: T, tier: N) => U): PerTier<N, U> {
    return new PerTier(new Map([...this.values].map(([tier, value]) => [tier, fn(value, tier)])));
  }

  /** `[tier, value]` pairs in promotion order. */
  public entries(): ReadonlyArray<readonly [N, T]> {
    return [...this.values];
  }

  /** A plain object `{ tier: value }`. */
  public toObject(): Record<N, T> {
    return Object.fromEntries(this.values) as Record<N, T>;
  }
}

/** Options of `Environments.perTier` when some tiers are left out. */
export interface PerTierOptions<T> {
  /** Value of every tier not listed. */
  readonly default: T;
  /** Name of the setting, used in error messages (e.g. `replicas`). @default - none */
  readonly field?: string;
}

/** Builds a {@link PerTier}, checking at run time what the compiler checks for typed callers. */
export function buildPerTier<N extends string, T>(
  names: readonly N[],
  values: Partial<Record<string, T>>,
  options?: Partial<PerTierOptions<T>> & { readonly hasDefault: boolean },
): PerTier<N, T> {
  if (values === null || typeof values !== 'object') {
    throw new GitOpsError('perTier() needs an object with one value per tier', {
      code: 'PER_TIER_NOT_OBJECT',
      field: options?.field,
      hint: `pass { ${names.map((n) => `${n}: …`).join(', ')} }`,
    });
  }
  for (const key of Object.keys(values)) {
    if (!(names as readonly string[]).includes(key)) {
      throw new GitOpsError(`perTier() has a value for unknown tier '${key}'`, {
        code: 'PER_TIER_UNKNOWN_TIER',
        tier: key,
        field: options?.field,
        hint: `${suggest(key, names)}the tiers are: ${names.join(', ')}`,
      });
    }
  }
  const result = new Map<N, T>();
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(values, name)) {
      result.set(name, values[name] as T);
    } else if (options?.hasDefault) {
      result.set(name, options.default as T);
    } else {
      throw new GitOpsError(`perTier() has no value for tier '${name}'`, {
        code: 'PER_TIER_MISSING',
        tier: name,
        field: options?.field,
        hint: `add '${name}: …', or pass { default: … } as the second argument`,
      });
    }
  }
  return new PerTier(result);
}
