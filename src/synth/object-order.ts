const TOP = ['apiVersion', 'kind', 'metadata', 'spec'];
const META = ['name', 'namespace', 'labels', 'annotations'];

/**
 * The object with a stable key order: `apiVersion`, `kind`, `metadata` (name, namespace, labels,
 * annotations, then the rest sorted), `spec`, then the remaining keys sorted. Nested keys keep their
 * order (cdk8s already sorts them).
 */
export function orderObjectKeys<T extends Record<string, unknown>>(object: T): T {
  const result = ordered(object, TOP);
  const metadata = result.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
    result.metadata = ordered(metadata as Record<string, unknown>, META);
  }
  return result as T;
}

/** `first` (those present), then the other keys sorted; the sort is skipped when there are none. */
function ordered(object: Record<string, unknown>, first: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let placed = 0;
  for (const key of first) {
    if (key in object) {
      result[key] = object[key];
      placed++;
    }
  }
  const keys = Object.keys(object);
  if (keys.length === placed) return result;
  const rest: string[] = [];
  for (const key of keys) if (!first.includes(key)) rest.push(key);
  for (const key of rest.sort()) result[key] = object[key];
  return result;
}
