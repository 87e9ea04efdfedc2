/**
 * `compute` remembered per apiVersion and kind: the objects of a tree repeat a few kinds, so what a
 * check or synth works out about a kind is worked out once per run (nested maps: no key string per
 * object). Undefined results are remembered too.
 */
export function memoByKind<V>(
  compute: (apiVersion: string, kind: string) => V,
): (apiVersion: string, kind: string) => V {
  const byApiVersion = new Map<string, Map<string, V>>();
  return (apiVersion, kind) => {
    let byKind = byApiVersion.get(apiVersion);
    if (!byKind) byApiVersion.set(apiVersion, (byKind = new Map()));
    if (byKind.has(kind)) return byKind.get(kind) as V;
    const value = compute(apiVersion, kind);
    byKind.set(kind, value);
    return value;
  };
}
