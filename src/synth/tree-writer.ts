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
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { GitOpsError } from '../errors/index.js';
import { assertSafeOutdir } from './outdir-safety.js';
import {
  INDEX_FILE,
  parseIndex,
  readIndexText,
  renderIndex,
  renderSortedIndex,
  type SortedFiles,
} from './tree-index.js';

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

/** An outdir checked for safety, with the index of the previous synth. */
export interface OutputTarget {
  /** Absolute outdir. */
  readonly outdir: string;
  /**
   * path → sha256 of the files the previous synth wrote. Parsed from {@link indexText} on first use: a
   * synth whose index comes out the same never parses it (see {@link planTree}).
   */
  readonly previous: ReadonlyMap<string, string>;
  /** The previous index's text as it was on disk. @default - no index */
  readonly indexText?: string;
}

/**
 * Checks that synth may use `outdir` (see `assertSafeOutdir`), finishes a swap a crashed synth left
 * half done, and reads the previous index. Nothing is written.
 */
export function openTarget(outdir: string, cwd: string = process.cwd()): OutputTarget {
  const abs = resolve(cwd, outdir);
  assertWritableParent(abs, outdir);
  recoverInterruptedSwap(abs);
  const indexText = readIndexText(abs);
  let previous: Map<string, string> | undefined;
  const target: OutputTarget = {
    outdir: abs,
    indexText,
    get previous() {
      return (previous ??= parseIndex(indexText, abs));
    },
  };
  let generatedTopLevel: Set<string> | undefined;
  // Only an entry that looks like a source is looked up among the generated ones.
  assertSafeOutdir(abs, cwd, (name) => (generatedTopLevel ??= topLevelNames(target.previous)).has(name));
  return target;
}

/** The top-level names of the index and the files it lists. */
function topLevelNames(files: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>([INDEX_FILE]);
  for (const path of files.keys()) {
    const slash = path.indexOf('/');
    names.add(slash < 0 ? path : path.slice(0, slash));
  }
  return names;
}

/** A tree being built beside the outdir; nothing in the outdir changes until {@link commitTree}. */
export class StagedTree {
  /** Absolute path of the staging folder. */
  public readonly dir: string;
  private readonly made = new Set<string>();

  public constructor(target: OutputTarget) {
    this.dir = join(dirname(target.outdir), `.${basename(target.outdir)}.staging-${process.pid}`);
    rmSync(this.dir, { recursive: true, force: true });
    try {
      // Not recursive: the parent exists (openTarget made sure), and a recursive mkdir loops forever
      // on Node 20 where the file system answers ENOENT for every name (/proc).
      mkdirSync(this.dir);
    } catch (e) {
      throw cannotWrite(target.outdir, e);
    }
    this.made.add(this.dir);
  }

  /** Writes one file of the new tree (`path` is tree-relative with `/` separators, as manifests give it). */
  public write(path: string, text: string): void {
    // Plain concatenation: the paths are already normal, and path.join per file is measurable at 20,000 files.
    const slash = path.lastIndexOf('/');
    if (slash > 0) this.ensureDir(`${this.dir}/${path.slice(0, slash)}`);
    writeFileSync(`${this.dir}/${path}`, text);
  }

  /** Keeps a file of the current tree (hard link, or copy, or the same symlink). */
  public keep(source: string, path: string): void {
    const target = join(this.dir, path);
    this.ensureDir(dirname(target));
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

  /** Removes the staging folder (after a commit it is already gone). */
  public discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private ensureDir(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}

/** The old and new state of a tree, computed before anything in the outdir changes. */
export interface TreePlan extends OutputTarget {
  /** path → sha256 of every generated file after this synth, including files carried over unchanged. */
  readonly hashes: ReadonlyMap<string, string>;
  /** Generated files of the previous synth this synth does not own (e.g. other tiers with `--tier`): kept as they are. */
  readonly carried: readonly string[];
  /** Changes against the previous synth's index. */
  readonly changes: TreeChanges;
  /** The index of the tree after this synth (the text {@link commitTree} writes). */
  readonly index: string;
}

/**
 * Compares the new files with the previous index. `owns` says which previously generated paths this
 * synth is responsible for; the others are carried over. When this synth owns every path and its
 * index comes out exactly as the one on disk, nothing changed: the plan is made without parsing the
 * previous index, and without a map of the files until something asks for one.
 */
export function planTree(target: OutputTarget, files: SortedFiles, owns?: (path: string) => boolean): TreePlan {
  if (!owns) {
    const index = files.index ?? renderSortedIndex(files);
    // Equal texts list the same files with the same hashes: no parse needed to know nothing changed.
    if (target.indexText !== undefined && index === target.indexText) {
      let generated: Map<string, string> | undefined;
      const map = (): Map<string, string> => (generated ??= mapOf(files));
      return {
        outdir: target.outdir,
        indexText: target.indexText,
        get previous() {
          return map();
        },
        get hashes() {
          return map();
        },
        carried: [],
        changes: { added: [], changed: [], removed: [], unchanged: files.paths.length },
        // The text on disk itself: a caller comparing it with the index finds them identical at once.
        index: target.indexText,
      };
    }
    return compareWithIndex(target, files, () => true, index);
  }
  return compareWithIndex(target, files, owns);
}

/** path → hash of sorted files. */
function mapOf(files: SortedFiles): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i < files.paths.length; i++) map.set(files.paths[i] as string, files.hashes[i] as string);
  return map;
}

/** {@link planTree} from the parsed previous index. `index` is the new index when already rendered. */
function compareWithIndex(
  target: OutputTarget,
  files: SortedFiles,
  owns: (path: string) => boolean,
  index?: string,
): TreePlan {
  const hashes = mapOf(files);
  const previous = target.previous;
  // In the files' order, which is sorted: added and changed need no sort.
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  const carried: string[] = [];
  let unchanged = 0;
  for (let i = 0; i < files.paths.length; i++) {
    const path = files.paths[i] as string;
    const before = previous.get(path);
    if (before === undefined) added.push(path);
    else if (before !== files.hashes[i]) changed.push(path);
    else unchanged++;
  }
  for (const [path, hash] of previous) {
    if (hashes.has(path)) continue;
    if (owns(path)) {
      removed.push(path);
    } else {
      carried.push(path);
      hashes.set(path, hash);
    }
  }
  return {
    outdir: target.outdir,
    indexText: target.indexText,
    previous,
    hashes,
    carried: carried.sort(),
    changes: { added, changed, removed: removed.sort(), unchanged },
    // Carried files change what the index lists.
    index: index !== undefined && carried.length === 0 ? index : renderIndex(hashes),
  };
}

/**
 * Completes a staged tree and swaps it in: files synth did not write and carried-over files are
 * linked in, the index is written, then two renames replace the outdir. A failure before the swap
 * leaves the outdir untouched; files synth did not write are never deleted or overwritten.
 */
export function commitTree(plan: TreePlan, staged: StagedTree): void {
  const { outdir } = plan;
  if (existsSync(outdir)) {
    for (const path of handWrittenFiles(outdir, plan.previous)) {
      if (plan.hashes.has(path)) {
        throw new GitOpsError(`synth would overwrite '${path}', which it did not write`, {
          code: 'OUTDIR_WOULD_OVERWRITE',
          file: path,
          hint: 'move or delete that file, or rename the object that produces it',
        });
      }
      staged.keep(join(outdir, path), path);
    }
    for (const path of plan.carried) {
      if (existsSync(join(outdir, path))) staged.keep(join(outdir, path), path);
    }
  }
  staged.write(INDEX_FILE, plan.index);
  swap(staged.dir, outdir);
}

/** The outdir's parent folder exists (created if needed) and is a folder; otherwise a clear error. */
function assertWritableParent(abs: string, outdir: string): void {
  const parent = dirname(abs);
  let existing = parent;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  if (!statIsDirectory(existing)) {
    throw cannotWrite(outdir, new Error(`'${existing}' is not a folder`));
  }
  if (existing !== parent) {
    try {
      mkdirSync(parent, { recursive: true });
    } catch (e) {
      throw cannotWrite(outdir, e);
    }
  }
}

/** Whether `path` is a folder, or a link to one. */
function statIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A file-system failure while preparing the outdir, as an input error. */
function cannotWrite(outdir: string, cause: unknown): GitOpsError {
  const error = cause as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a part of the path is not a folder',
    ENOENT: 'the folder cannot be created there',
    ENOSPC: 'no space left on the device',
  };
  const reason = (error?.code && reasons[error.code]) ?? error?.message ?? String(cause);
  return new GitOpsError(`cannot write the outdir '${outdir}': ${reason}`, {
    code: 'OUTDIR_UNWRITABLE',
    field: 'outdir',
    hint: 'point --outdir (or CDK8S_OUTDIR) at a folder you can write, e.g. dist',
    cause,
  });
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
 * including the index itself. `differing` lists the generated files that differ from what synth would
 * write, with the text on disk (undefined when missing): synth compares them while rendering, so an
 * up-to-date tree costs nothing here. `render` gives the expected text of such a file. Writes nothing.
 */
export function diffTree(
  plan: TreePlan,
  render: (path: string) => string,
  differing: ReadonlyMap<string, string | undefined>,
): TreeDifference[] {
  const differences: TreeDifference[] = [];
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(join(plan.outdir, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  for (const [path, current] of differing) {
    if (current === undefined) differences.push({ path, change: 'added', expected: render(path) });
    else differences.push({ path, change: 'changed', current, expected: render(path) });
  }
  const { index } = plan;
  // As read when the outdir was opened.
  const currentIndex = plan.indexText;
  if (currentIndex !== index) {
    differences.push({
      path: INDEX_FILE,
      change: currentIndex === undefined ? 'added' : 'changed',
      current: currentIndex,
      expected: index,
    });
  }
  for (const path of plan.changes.removed) {
    const current = read(path);
    if (current !== undefined) differences.push({ path, change: 'removed', current });
  }
  return differences.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
