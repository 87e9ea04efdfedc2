/** A JSON object as manifests hold them. */
export type Json = Record<string, unknown>;

/** `x` when it is a JSON object (not null, not an array), else undefined: for walking untyped manifests. */
export function asObject(x: unknown): Json | undefined {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined;
}
