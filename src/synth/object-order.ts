const TOP = ['apiVersion', 'kind', 'metadata', 'spec'];
const META = ['name', 'namespace', 'labels', 'annotations'];

/**
 * The object with a stable key order: `apiVersion`, `kind`, `metadata` (name, namespace, labels,
 * annotations, then the rest sorted), `spec`, then the remaining keys sorted. Nested keys keep their
 * order (cdk8s already sorts them).
 */
export function orderObjectKeys<T extends Record<string, unknown>>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const key of TOP) if (key in object) result[key] = object[key];
  for (const key of Object.keys(object).sort()) if (!(key in result)) result[key] = object[key];
  const metadata = result.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) {
    const m = metadata as Record<string, unknown>;
    const ordered: Record<string, unknown> = {};
    for (const key of META) if (key in m) ordered[key] = m[key];
    for (const key of Object.keys(m).sort()) if (!(key in ordered)) ordered[key] = m[key];
    result.metadata = ordered;
  }
  return result as T;
}
