import { hash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the index synth keeps in the outdir: every file it wrote, with its hash. */
export const INDEX_FILE = '.cdk8s-gitops.json';

/** Version of the index format. */
const INDEX_VERSION = 1;

/** sha256 of a file's content, hex (one-shot `crypto.hash`: half the cost of a Hash object per file). */
export function contentHash(content: string): string {
  return hash('sha256', content, 'hex');
}

/** The index file's text as it is on disk; undefined when there is none. */
export function readIndexText(outdir: string): string | undefined {
  const file = join(outdir, INDEX_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The files listed by an index's text (path → sha256); empty for no index. `outdir` is for the error. */
export function parseIndex(text: string | undefined, outdir: string): Map<string, string> {
  if (text === undefined) return new Map();
  const file = join(outdir, INDEX_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(
      `${file} is not valid JSON; restore it from git or delete it (synth then treats every existing file as hand-written)`,
    );
  }
  const files = (parsed as { files?: unknown })?.files;
  if (!files || typeof files !== 'object') return new Map();
  const result = new Map<string, string>();
  const record = files as Record<string, string>;
  for (const path in record) result.set(path, record[path] as string);
  return result;
}

/**
 * Generated files as synth lists them: paths sorted (as `Array.prototype.sort` sorts them) and unique,
 * each with the sha256 of its content at the same position.
 */
export interface SortedFiles {
  readonly paths: readonly string[];
  readonly hashes: readonly string[];
  /** The index text of exactly these files, when it was rendered already (e.g. by the compare worker). */
  readonly index?: string;
}

/** What an index holds besides its files, in its order: the index is this plus `files`, as JSON with a two-space indent and a newline. */
export const INDEX_HEADER: Readonly<{ generator: string; version: number }> = Object.freeze({
  generator: 'cdk8s-gitops',
  version: INDEX_VERSION,
});

/** The index file's content for a set of files: sorted, stable, with a trailing newline. */
export function renderIndex(hashes: ReadonlyMap<string, string>): string {
  const paths = [...hashes.keys()].sort();
  return renderSortedIndex({ paths, hashes: paths.map((path) => hashes.get(path) as string) });
}

/** {@link renderIndex} of files already sorted, without a map. */
export function renderSortedIndex(files: SortedFiles): string {
  const record: Record<string, string> = {};
  for (let i = 0; i < files.paths.length; i++) record[files.paths[i] as string] = files.hashes[i] as string;
  return `${JSON.stringify({ ...INDEX_HEADER, files: record }, null, 2)}\n`;
}
