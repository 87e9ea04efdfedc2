import { join } from 'node:path';
import { toYaml, type Manifest } from '../synth/index.js';
import { SynthesizedTree } from './synthesized-tree.js';

/**
 * A snapshot serializer (`expect.addSnapshotSerializer(yamlSerializer)` or `snapshotSerializers` in the
 * config) that prints a tree, a manifest or a list of manifests as the committed YAML, each document
 * headed by its file, instead of JSON arrays.
 */
export const yamlSerializer = {
  test(value: unknown): boolean {
    return (
      value instanceof SynthesizedTree ||
      isManifest(value) ||
      (Array.isArray(value) && value.length > 0 && value.every(isManifest))
    );
  },
  serialize(value: unknown): string {
    if (value instanceof SynthesizedTree) return value.toYaml();
    const list = (Array.isArray(value) ? value : [value]) as Manifest[];
    return list.map((m) => `# ${m.file}\n${toYaml(m.object)}`).join('---\n');
  },
};

/** The `expect` of vitest (its `toMatchFileSnapshot`), passed in so the library does not load a test runner. */
export type FileSnapshotExpect = (actual: string) => { toMatchFileSnapshot(file: string): Promise<void> };

/**
 * Snapshots every resource of the tree as its own file under `dir`, mirroring the committed tree, with
 * vitest's `toMatchFileSnapshot`: a changed resource changes one snapshot file, not an index-shifted blob.
 *
 * ```ts
 * await snapshotFiles(expect, synthesizeInMemory(app).tier('production'), '__snapshots__/production');
 * ```
 */
export async function snapshotFiles(expect: FileSnapshotExpect, tree: SynthesizedTree, dir: string): Promise<void> {
  for (const m of tree.manifests) await expect(toYaml(m.object)).toMatchFileSnapshot(join(dir, m.file));
}

function isManifest(value: unknown): value is Manifest {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as Manifest).file === 'string' &&
    typeof (value as Manifest).object === 'object'
  );
}
