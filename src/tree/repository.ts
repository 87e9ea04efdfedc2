import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { GitOpsError } from '../errors/index.js';
import type { FolderChart } from './folder-chart.js';

/** Where the synthesized tree lives in git, for Argo CD Applications and Flux sources. */
export interface RepositoryProps {
  /** Clone URL of the repository that holds the tree, e.g. `https://github.com/acme/platform.git`. */
  readonly url: string;
  /** Branch, tag or commit the controllers follow. @default 'HEAD' */
  readonly revision?: string;
  /**
   * Path of the tree's root inside the repository, `/`-separated, e.g. `dist` or `deploy/rendered`.
   * @default - the outdir relative to the root of the git checkout it is in (e.g. `dist`)
   */
  readonly path?: string;
}

/** The repository setting with its defaults applied. */
export class Repository {
  /** Clone URL. */
  public readonly url: string;
  /** Branch, tag or commit. */
  public readonly revision: string;
  /** The tree's root inside the repository; `''` when the tree is the repository's root. */
  public readonly path: string;

  public constructor(props: RepositoryProps, outdir: string) {
    if (typeof props.url !== 'string' || props.url.trim() === '') {
      throw new GitOpsError('repository.url is empty', {
        code: 'REPOSITORY_URL_EMPTY',
        field: 'repository.url',
        hint: "set the clone URL of the repo that holds the tree, e.g. 'https://github.com/acme/platform.git'",
      });
    }
    this.url = props.url;
    this.revision = props.revision ?? 'HEAD';
    this.path = cleanRepoPath(props.path ?? defaultTreePath(outdir));
  }

  /** Path of a folder of the tree inside the repository, e.g. `dist/environments/dev/infrastructure`. */
  public pathOf(folder: FolderChart | string): string {
    const p = typeof folder === 'string' ? folder : folder.path;
    return this.path === '' ? p : `${this.path}/${p}`;
  }

  /** The folder of the tree a repository path points at, or undefined when it is outside the tree. */
  public folderOf(repoPath: string): string | undefined {
    const p = cleanRepoPath(repoPath);
    if (this.path === '') return p;
    if (p === this.path) return '';
    return p.startsWith(`${this.path}/`) ? p.slice(this.path.length + 1) : undefined;
  }
}

function cleanRepoPath(path: string): string {
  const p = path
    .replace(/\\/g, '/')
    .replace(/\/+/g, '/')
    .replace(/^\.\/|^\/|\/$/g, '');
  if (p === '.') return '';
  if (p.split('/').includes('..')) {
    throw new GitOpsError(`repository.path '${path}' leaves the repository`, {
      code: 'REPOSITORY_PATH_INVALID',
      field: 'repository.path',
      hint: "give the tree's folder relative to the repository root, e.g. 'dist'",
    });
  }
  return p;
}

/** The outdir relative to the enclosing git checkout (or to the working folder when there is none). */
function defaultTreePath(outdir: string): string {
  const abs = resolve(outdir);
  for (let dir = dirname(abs); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return relative(dir, abs).split(sep).join('/');
    if (dirname(dir) === dir) break;
  }
  const fromCwd = relative(process.cwd(), abs).split(sep).join('/');
  return fromCwd.startsWith('..') ? basename(abs) : fromCwd || '.';
}
