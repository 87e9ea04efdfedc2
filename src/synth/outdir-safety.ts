import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, parse, relative, resolve } from 'node:path';
import { GitOpsError } from '../errors/index.js';

/** Top-level entries that mark a folder as a source tree rather than an output tree. */
const SOURCE_MARKERS = [
  '.git',
  'package.json',
  'node_modules',
  'tsconfig.json',
  'cdk8s.yaml',
  'go.mod',
  'pyproject.toml',
  'src',
];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|py|go|java|rs)$/;

/**
 * Refuses an outdir synth must never replace: the file-system root, the home folder, the working
 * folder or one of its parents, a git repository (it holds `.git`), or a folder holding sources. Top-level
 * entries the previous index lists (`generated` says which; it is only asked about entries that look like
 * sources) do not count as sources.
 */
export function assertSafeOutdir(outdir: string, cwd: string, generated: (name: string) => boolean): void {
  const abs = resolve(cwd, outdir);
  const refuse = (why: string): never => {
    throw new GitOpsError(`refusing to use '${outdir}' as the outdir: ${why}`, {
      code: 'OUTDIR_UNSAFE',
      field: 'outdir',
      hint: "synth replaces the whole outdir; point --outdir (or CDK8S_OUTDIR) at a folder of its own, e.g. 'dist'",
    });
  };
  if (parse(abs).root === abs) refuse('it is the root of the file system');
  if (abs === resolve(homedir())) refuse('it is your home folder');
  if (isSameOrAncestor(abs, resolve(cwd))) refuse('it is the working folder or one of its parents');
  if (!existsSync(abs)) return;
  if (!statSync(abs).isDirectory()) refuse('it is a file');
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const marker = SOURCE_MARKERS.includes(entry.name);
    if (!marker && !(entry.isFile() && SOURCE_FILE.test(entry.name))) continue;
    if (generated(entry.name)) continue;
    if (marker) refuse(`it holds '${entry.name}', so it looks like a source folder`);
    refuse(`it holds the source file '${entry.name}'`);
  }
}

/** Whether `dir` is `other` or one of its parents. */
function isSameOrAncestor(dir: string, other: string): boolean {
  const rel = relative(dir, other);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
