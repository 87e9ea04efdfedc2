import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GitOpsError } from '../errors/index.js';
import { contentHash, INDEX_FILE, readIndex, renderIndex } from './tree-index.js';
import { assertSafeOutdir } from './outdir-safety.js';

/** What a synth changes in the tree, paths relative to the outdir, sorted. */
export interface TreeChanges {
  /** Files that are new. */
  readonly added: readonly string[];
  /** Files whose content changes. */
  readonly changed: readonly string[];
  /** Files the previous synth wrote that this one does not. */
  readonly removed: readonly string[];
  /** Number of generated files that stay as they are. */
  readonly unchanged: number;
}

/** The generated files of one synth and the part of the tree they own. */
export interface TreeContent {
  /** path (relative, `/`-separated) → content. */
  readonly files: ReadonlyMap<string, string>;
  /**
   * Which previously generated paths this synth is responsible for; the others (e.g. other tiers when
   * synthesizing with `--tier`) are kept as they are. @default - every path
   */
  readonly owns?: (path: string) => boolean;
}

/** The old and new state of a tree, computed before anything is written. */
export interface TreePlan {
  /** Absolute outdir. */
  readonly outdir: string;
  /** Generated files after this synth: path → content (carried-over files have content undefined). */
  readonly next: ReadonlyMap<string, string | undefined>;
  /** path → sha256 for the new index. */
  readonly hashes: ReadonlyMap<string, string>;
  /** path → sha256 of the previous index. */
  readonly previous: ReadonlyMap<string, string>;
  /** Changes against the previous synth's index. */
  readonly changes: TreeChanges;
}

/** Plans a synth: checks the outdir is safe and compares the new files with the previous index. */
export function planTree(outdir: string, content: TreeContent, cwd: string = process.cwd()): TreePlan {
  const abs = resolve(cwd, outdir);
  recoverInterruptedSwap(abs);
  const previous = readIndex(abs);
  assertSafeOutdir(abs, cwd, new Set([...previous.keys()].map((p) => p.split('/')[0] as string).concat(INDEX_FILE)));
  const owns = content.owns ?? (() => true);
  const next = new Map<string, string | undefined>();
  const hashes = new Map<string, string>();
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  let unchanged = 0;
  for (const [path, text] of content.files) {
    const hash = contentHash(text);
    next.set(path, text);
    hashes.set(path, hash);
    const before = previous.get(path);
    if (before === undefined) added.push(path);
    else if (before !== hash) changed.push(path);
    else unchanged++;
  }
  for (const [path, hash] of previous) {
    if (next.has(path)) continue;
    if (owns(path)) {
      removed.push(path);
    } else {
      next.set(path, undefined);
      hashes.set(path, hash);
    }
  }
  return {
    outdir: abs,
    next,
    hashes,
    previous,
    changes: { added: added.sort(), changed: changed.sort(), removed: removed.sort(), unchanged },
  };
}

/**
 * Writes a planned tree atomically: the whole tree is built in a sibling folder (generated files,
 * the index, and hard links to every file synth did not write) and then swapped in with two renames.
 * A failure before the swap leaves the outdir untouched; files synth did not write are never deleted.
 */
export function writeTree(plan: TreePlan): void {
  const { outdir } = plan;
  const parent = dirname(outdir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outdir)}.staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    const made = new Set<string>([staging]);
    const ensureDir = (dir: string): void => {
      if (made.has(dir)) return;
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    };
    // Files synth did not write, kept in place.
    const keep = existsSync(outdir) ? handWrittenFiles(outdir, plan.previous) : [];
    for (const path of keep) {
      if (plan.next.has(path)) {
        throw new GitOpsError(`synth would overwrite '${path}', which it did not write`, {
          code: 'OUTDIR_WOULD_OVERWRITE',
          file: path,
          hint: 'move or delete that file, or rename the object that produces it',
        });
      }
      const target = join(staging, path);
      ensureDir(dirname(target));
      preserve(join(outdir, path), target);
    }
    for (const [path, text] of plan.next) {
      const target = join(staging, path);
      ensureDir(dirname(target));
      if (text === undefined) preserve(join(outdir, path), target);
      else writeFileSync(target, text);
    }
    writeFileSync(join(staging, INDEX_FILE), renderIndex(plan.hashes));
    swap(staging, outdir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Moves `staging` to `outdir`, keeping the old tree aside until the new one is in place. */
function swap(staging: string, outdir: string): void {
  if (!existsSync(outdir)) {
    renameSync(staging, outdir);
    return;
  }
  const old = join(dirname(outdir), `.${basename(outdir)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  renameSync(outdir, old);
  try {
    renameSync(staging, outdir);
  } catch (e) {
    renameSync(old, outdir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

/** If a previous synth died between its two renames, puts the old tree back. */
function recoverInterruptedSwap(outdir: string): void {
  if (existsSync(outdir)) return;
  const parent = dirname(outdir);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(outdir)}.old-`;
  const leftovers = readdirSync(parent).filter((n) => n.startsWith(prefix));
  if (leftovers.length === 1) renameSync(join(parent, leftovers[0] as string), outdir);
}

/** Hard-links (or copies, or re-creates a symlink) a file into the staging tree. */
function preserve(source: string, target: string): void {
  const stat = lstatSync(source);
  if (stat.isSymbolicLink()) {
    symlinkSync(readlinkSync(source), target);
    return;
  }
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Relative paths of every file under `outdir` that the previous synth did not write. */
function handWrittenFiles(outdir: string, previous: ReadonlyMap<string, string>): string[] {
  const result: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else if (path !== INDEX_FILE && !previous.has(path)) result.push(path);
    }
  };
  walk(outdir, '');
  return result.sort();
}

/** One difference between the committed tree and the program's output. */
export interface TreeDifference {
  readonly path: string;
  readonly change: 'added' | 'changed' | 'removed';
  /** What is on disk now. @default - absent */
  readonly current?: string;
  /** What synth would write. @default - absent (removed) */
  readonly expected?: string;
}

/**
 * Compares a planned tree with what is on disk, byte for byte (hand edits of generated files count),
 * including the index itself. Writes nothing.
 */
export function diffTree(plan: TreePlan): TreeDifference[] {
  const differences: TreeDifference[] = [];
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(join(plan.outdir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const expectedFiles = new Map<string, string>();
  for (const [path, text] of plan.next) if (text !== undefined) expectedFiles.set(path, text);
  expectedFiles.set(INDEX_FILE, renderIndex(plan.hashes));
  for (const [path, expected] of expectedFiles) {
    const current = read(path);
    if (current === undefined) differences.push({ path, change: 'added', expected });
    else if (current !== expected) differences.push({ path, change: 'changed', current, expected });
  }
  for (const path of plan.changes.removed) {
    const current = read(path);
    if (current !== undefined) differences.push({ path, change: 'removed', current });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
