/**
 * File name of an object in its folder: `<kind>-<name>.yaml`, or `<kind>-<name>_<namespace>.yaml` when the
 * object is in another namespace than the folder's.
 *
 * Kinds are alphanumeric and names and namespaces never contain `_`, so distinct (kind, namespace, name)
 * give distinct names up to letter case of the kind; anything else is caught as a collision.
 */
export function manifestFileName(
  kind: string,
  name: string,
  namespace: string | undefined,
  folderNamespace: string | undefined,
): string {
  const base = `${kind.toLowerCase()}-${name}`;
  return namespace !== undefined && namespace !== folderNamespace ? `${base}_${namespace}.yaml` : `${base}.yaml`;
}
