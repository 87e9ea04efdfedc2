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

/** The index of the previous synth, as read from the outdir. */
export interface PreviousIndex {
  /** Files of the previous synth (path → sha256); empty when there is no index. */
  readonly files: Map<string, string>;
  /**
   * Whether the file is byte for byte what {@link renderIndex} writes for `files`: then an index with
   * the same files needs no rendering to be compared.
   */
  readonly canonical: boolean;
}

/** Files of the previous synth (path → sha256); empty when there is no index. */
export function readIndex(outdir: string): Map<string, string> {
  return readPreviousIndex(outdir).files;
}

/** The previous synth's index, and whether it is exactly as synth writes it. */
export function readPreviousIndex(outdir: string): PreviousIndex {
  const file = join(outdir, INDEX_FILE);
  if (!existsSync(file)) return { files: new Map(), canonical: false };
  const text = readFileSync(file, 'utf8');
  const canonical = parseCanonical(text);
  if (canonical) return { files: canonical, canonical: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(
      `${file} is not valid JSON; restore it from git or delete it (synth then treats every existing file as hand-written)`,
    );
  }
  const files = (parsed as { files?: unknown })?.files;
  const result = new Map<string, string>();
  if (!files || typeof files !== 'object') return { files: result, canonical: false };
  const record = files as Record<string, string>;
  for (const path in record) result.set(path, record[path] as string);
  return { files: result, canonical: false };
}

const HEADER = `{\n  "generator": "cdk8s-gitops",\n  "version": ${INDEX_VERSION},\n  "files": {`;
const ENTRY = /^ {4}"([^"\\\u0000-\u001f\ud800-\udfff]*)": "([0-9a-f]{64})"$/;
/** A key JSON.stringify puts before the others (an array index): never canonical here. */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * The files of an index written exactly as {@link renderIndex} writes it (paths sorted, no escapes), read
 * line by line; undefined for anything else, which JSON.parse then reads. Several times cheaper than
 * JSON.parse for the index of a large tree.
 */
function parseCanonical(text: string): Map<string, string> | undefined {
  if (text === `${HEADER}}\n}\n`) return new Map();
  if (!text.startsWith(`${HEADER}\n`) || !text.endsWith('\n  }\n}\n')) return undefined;
  const body = text.slice(HEADER.length + 1, text.length - '\n  }\n}\n'.length);
  const files = new Map<string, string>();
  let previous: string | undefined;
  for (const line of body.split(',\n')) {
    const match = ENTRY.exec(line);
    if (!match) return undefined;
    const path = match[1] as string;
    // Sorted and unique, as renderIndex writes them (and a path that JSON would escape is never plain).
    if ((previous !== undefined && !(previous < path)) || ARRAY_INDEX.test(path)) return undefined;
    files.set(path, match[2] as string);
    previous = path;
  }
  return files;
}

/** The index file's content for a set of files: sorted, stable, with a trailing newline. */
export function renderIndex(hashes: ReadonlyMap<string, string>): string {
  const files: Record<string, string> = {};
  for (const path of [...hashes.keys()].sort()) files[path] = hashes.get(path) as string;
  return `${JSON.stringify({ generator: 'cdk8s-gitops', version: INDEX_VERSION, files }, null, 2)}\n`;
}
