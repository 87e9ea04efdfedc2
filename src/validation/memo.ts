/** Entries a {@link memoByString} cache holds before it starts over. */
const DEFAULT_LIMIT = 10_000;

/** What {@link memoByString} keeps for an undefined result. */
const NONE: unique symbol = Symbol('none');

/**
 * `judge` remembered by its argument: validation asks the same question of the same strings across
 * objects and tiers (label keys and values, env names). Bounded: the cache is cleared when full.
 */
export function memoByString<T>(judge: (value: string) => T, limit = DEFAULT_LIMIT): (value: string) => T {
  // An undefined result is kept as NONE, so a hit is one lookup whatever the judge returned.
  const results = new Map<string, T | typeof NONE>();
  return (value) => {
    const hit = results.get(value);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    if (results.size >= limit) results.clear();
    const result = judge(value);
    results.set(value, result === undefined ? NONE : result);
    return result;
  };
}
