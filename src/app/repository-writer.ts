import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GitOpsError } from '../errors/index.js';
import { GENERATED_HEADER, type RepositoryFile } from '../tree/index.js';

/** The root of the git checkout that holds `outdir`, else the working folder. */
export function repositoryRoot(outdir: string): string {
  for (let dir = dirname(resolve(outdir)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/** Refuses to overwrite files synth did not write (no generated header). Call before anything is written. */
export function checkRepositoryFiles(root: string, files: readonly RepositoryFile[]): void {
  for (const f of files) {
    const path = join(root, f.path);
    if (existsSync(path) && !readFileSync(path, 'utf8').startsWith(GENERATED_HEADER)) {
      throw new GitOpsError(`'${f.path}' exists and was not written by cdk8s-gitops; synth will not overwrite it`, {
        code: 'REPOSITORY_FILE_HAND_WRITTEN',
        file: f.path,
        constructPath: f.constructPath,
        hint: 'move the hand-written file away (or give the generated one another name)',
      });
    }
  }
}

/** Writes each file that changed (write beside, then rename). Returns the paths written. */
export function writeRepositoryFiles(root: string, files: readonly RepositoryFile[]): string[] {
  const written: string[] = [];
  for (const f of files) {
    const path = join(root, f.path);
    if (existsSync(path) && readFileSync(path, 'utf8') === f.content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.cdk8s-gitops-tmp`, f.content);
    renameSync(`${path}.cdk8s-gitops-tmp`, path);
    written.push(f.path);
  }
  return written;
}

/** Paths whose content differs from what the program produces. */
export function staleRepositoryFiles(root: string, files: readonly RepositoryFile[]): string[] {
  return files
    .filter((f) => !existsSync(join(root, f.path)) || readFileSync(join(root, f.path), 'utf8') !== f.content)
    .map((f) => f.path);
}
