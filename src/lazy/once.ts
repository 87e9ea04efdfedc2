/**
 * `create` run on the first call and its result kept for every later call. A call that throws keeps
 * nothing, so the next call tries again. The memo behind modules loaded on first use, classes defined
 * on first use and validators compiled on first use.
 */
export function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}
