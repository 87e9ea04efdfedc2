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
    return value.map((item) => resolveValue(item, sortKeys, filterEmpty));
  }
  const record = value as Record<string, unknown>;
  const keys = sortKeys ? Object.keys(record).sort() : Object.keys(record);
  const result: Record<string, unknown> = {};
  let empty = true;
  for (const key of keys) {
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
  const keys = sortKeys ? Object.keys(record).sort() : Object.keys(record);
  const result: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === without) continue;
    const resolved = resolveValue(record[key], sortKeys, false);
    if (resolved !== undefined && resolved !== null) result[key] = resolved;
  }
  return result;
}

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
