/** Entries a {@link memoByString} cache holds before it starts over. */
const DEFAULT_LIMIT = 10_000;

/**
 * `judge` remembered by its argument: validation asks the same question of the same strings across
 * objects and tiers (label keys and values, env names). Bounded: the cache is cleared when full.
 */
export function memoByString<T>(judge: (value: string) => T, limit = DEFAULT_LIMIT): (value: string) => T {
  const results = new Map<string, T>();
  return (value) => {
    if (results.has(value)) return results.get(value) as T;
    if (results.size >= limit) results.clear();
    const result = judge(value);
    results.set(value, result);
    return result;
  };
}
