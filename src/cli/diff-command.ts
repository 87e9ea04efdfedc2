import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { diffTiers, diffTrees, renderDiff, type TierDiff } from '../promotion/tree-diff.js';
import { readCdk8sConfig } from './app-command.js';

/** Options of `cdk8s-gitops diff`. */
export interface DiffOptions {
  /** Two tiers to compare, or none with `against`. */
  readonly tiers: readonly string[];
  /** A git ref whose committed tree is compared with the working tree. */
  readonly against?: string;
  readonly format: 'text' | 'markdown' | 'json';
  /** The tree. @default - $CDK8S_OUTDIR, `output:` of cdk8s.yaml, or dist */
  readonly outdir?: string;
  readonly cwd?: string;
  readonly out?: (text: string) => void;
}

/** `cdk8s-gitops diff TIER_A TIER_B` or `cdk8s-gitops diff --against REF`. */
export function diffCommand(options: DiffOptions): number {
  const cwd = options.cwd ?? process.cwd();
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const outdir = resolve(
    cwd,
    options.outdir ?? (process.env.CDK8S_OUTDIR || undefined) ?? readCdk8sConfig(cwd).output ?? 'dist',
  );
  if (!['text', 'markdown', 'json'].includes(options.format)) {
    throw new GitOpsError(`unknown format '${options.format}'`, {
      code: 'DIFF_FORMAT',
      field: '--format',
      hint: 'use text, markdown or json',
    });
  }
  if (!existsSync(outdir)) {
    throw new GitOpsError(`the tree '${outdir}' does not exist`, {
      code: 'DIFF_NO_TREE',
      field: '--outdir',
      hint: 'run cdk8s-gitops synth first',
    });
  }
  const current = readTreeObjects(outdir);
  if (options.against) {
    if (options.tiers.length > 0) {
      throw new GitOpsError('diff takes two tiers or --against, not both', {
        code: 'DIFF_USAGE',
        field: 'TIER',
        hint: 'cdk8s-gitops diff --against origin/main',
      });
    }
    const before = readTreeAtRef(outdir, options.against);
    out(renderDiff(diffTrees(before, current), options.format, `Rendered changes against ${options.against}`));
    return ExitCode.OK;
  }
  if (options.tiers.length !== 2) {
    throw new GitOpsError('diff needs two tiers, or --against GIT_REF', {
      code: 'DIFF_USAGE',
      field: 'TIER',
      hint: 'e.g. cdk8s-gitops diff staging production',
    });
  }
  const [a, b] = options.tiers as [string, string];
  for (const tier of [a, b]) {
    if (![...current.keys()].some((f) => f.startsWith(`environments/${tier}/`))) {
      const tiers = [
        ...new Set([...current.keys()].map((f) => /^environments\/([^/]+)\//.exec(f)?.[1]).filter(Boolean)),
      ];
      throw new GitOpsError(`the tree has no tier '${tier}'`, {
        code: 'TIER_UNKNOWN',
        tier,
        field: 'TIER',
        hint: `the tree's tiers are: ${tiers.join(', ')}`,
      });
    }
  }
  const diff: TierDiff[] = [{ tier: `${a} → ${b}`, changes: diffTiers(current, a, b) }].filter(
    (t) => t.changes.length > 0,
  );
  out(renderDiff(diff, options.format, `Differences between ${a} and ${b} (tier names normalised to {tier})`));
  return ExitCode.OK;
}

/** Every YAML file of a tree on disk, parsed. */
export function readTreeObjects(dir: string): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(e.name))
        files.set(relative(dir, path).split(sep).join('/'), parse(readFileSync(path, 'utf8')));
    }
  };
  walk(dir);
  return files;
}

/** The tree as committed at `ref` (one `git cat-file --batch` for every file). */
function readTreeAtRef(outdir: string, ref: string): Map<string, unknown> {
  const top = topLevel(outdir);
  const git = (args: string[]): string => {
    const r = spawnSync('git', args, { cwd: top, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) {
      throw new GitOpsError(`git ${args[0]} failed: ${(r.stderr || '').trim().split('\n')[0]}`, {
        code: 'DIFF_GIT',
        field: '--against',
        hint: `check that '${ref}' is a commit, branch or tag of this repository (a shallow clone may need git fetch)`,
      });
    }
    return r.stdout;
  };
  const prefix = relative(top, outdir).split(sep).join('/');
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const listed = git(['ls-tree', '-r', '--name-only', ref, '--', prefix])
    .split('\n')
    .filter((f) => /\.ya?ml$/.test(f));
  const files = new Map<string, unknown>();
  if (listed.length === 0) return files;
  const r = spawnSync('git', ['cat-file', '--batch'], {
    cwd: top,
    input: listed.map((f) => `${ref}:${f}`).join('\n') + '\n',
    maxBuffer: 1 << 30,
  });
  const batch = r.stdout;
  let at = 0;
  for (const file of listed) {
    const header = batch.indexOf(10, at);
    const size = Number(batch.subarray(at, header).toString('utf8').split(' ')[2]);
    files.set(file.slice(prefix.length + 1), parse(batch.subarray(header + 1, header + 1 + size).toString('utf8')));
    at = header + 1 + size + 1;
  }
  return files;
}

function topLevel(dir: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new GitOpsError(`the tree '${dir}' is not in a git checkout`, {
      code: 'DIFF_GIT',
      field: '--against',
      hint: 'run diff --against inside the repository that commits the tree',
    });
  }
}
