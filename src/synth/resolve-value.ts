import { Lazy } from 'cdk8s';

/**
 * `sanitizeValue(resolve([], value, obj), { sortKeys, filterEmptyArrays, filterEmptyObjects })` of cdk8s in
 * one walk, for apps with cdk8s's default resolvers only: lazies produced, implicit tokens resolved,
 * number-or-string unions unwrapped, nulls dropped from objects, keys sorted, and with `filterEmpty` empty
 * arrays and objects dropped.
 */
export function resolveValue(value: unknown, sortKeys: boolean, filterEmpty: boolean): unknown {
  // Most values are plain scalars: nothing to resolve.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  value = resolveShallow(value);
  if (value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (filterEmpty && value.length === 0) return undefined;
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = resolveValue(value[i], sortKeys, filterEmpty);
    return items;
  }
  const record = value as Record<string, unknown>;
  const keys = sortKeys ? sortedKeys(record) : Object.keys(record);
  const result: Record<string, unknown> = {};
  let empty = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const resolved = resolveValue(record[key], sortKeys, filterEmpty);
    if (resolved !== undefined && resolved !== null) {
      result[key] = resolved;
      empty = false;
    }
  }
  return filterEmpty && empty ? undefined : result;
}

/** A plain object resolved as {@link resolveValue} resolves it, without one of its keys. */
export function resolveRecord(
  record: Readonly<Record<string, unknown>>,
  sortKeys: boolean,
  without: string,
): Record<string, unknown> {
  const keys = sortKeys ? sortedKeys(record) : Object.keys(record);
  const result: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key === without) continue;
    const resolved = resolveValue(record[key], sortKeys, false);
    if (resolved !== undefined && resolved !== null) result[key] = resolved;
  }
  return result;
}

/**
 * The keys of `record` in the order `Object.keys(record).sort()` gives. Objects the generated mappers
 * build mostly have them in that order already, and label maps have a few keys: those are checked or
 * sorted in place, where the built-in sort would copy the array first. Resolving runs once per object of
 * a synth, largely unoptimized, so what it allocates counts.
 */
export function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  const n = keys.length;
  if (n > SMALL_SORT) return keys.sort();
  // Insertion sort: nothing moves when the keys are in order already.
  for (let i = 1; i < n; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** Up to this many keys, {@link sortedKeys} sorts by insertion. */
const SMALL_SORT = 16;

/**
 * The value itself resolved, its contents left as they are: lazies produced, tokens resolved and unions
 * unwrapped until it is a scalar, an array or a plain object (or undefined for null). Throws, as cdk8s
 * does when it renders, for any other object.
 */
export function resolveShallow(value: unknown): unknown {
  for (;;) {
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'object') return value;
    if (value instanceof Lazy) {
      value = value.produce();
      continue;
    }
    const candidate = value as { resolve?: unknown; constructor?: unknown; value?: unknown };
    if (typeof candidate.resolve === 'function') {
      value = (candidate.resolve as () => unknown).call(value);
      continue;
    }
    const constructor = candidate.constructor;
    if (constructor === Object || Array.isArray(value)) return value;
    const inner = candidate.value;
    if (typeof inner === 'number' || typeof inner === 'string') return { value: inner };
    // cdk8s leaves such objects unresolved and then refuses to render them.
    throw new Error(`can't render non-simple object of type '${(constructor as { name?: string } | undefined)?.name}'`);
  }
}
