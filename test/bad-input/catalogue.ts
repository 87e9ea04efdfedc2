// Shared by the bad-input catalogue: runs the CLI asynchronously (so cases of one file run side by side on
// the cores vitest leaves free), seeds outdirs and reads the first line of a report.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { k8s } from 'cdk8s-plus-28';
import { afterAll, beforeAll, type TestContext } from 'vitest';
import { GitOpsApp } from '../../src/index.js';
import { CLI, ROOT, type CliRun } from '../cli/run-cli.js';
import { captureOutput, readTree } from '../helpers.js';
import { testEnvironments } from '../helpers-environments.js';

export { ROOT };
export type { CliRun };

/** tsx's loader as a file URL, so programs run from any working folder find it. */
export const TSX = import.meta.resolve('tsx');

/** The program that builds the case named by `BAD_CASE`. */
export const RUN_CASE = join(ROOT, 'test/bad-input/fixtures/run-case.ts');

/** The `--app` command of the case runner. */
export const RUN_CASE_APP = `node --import ${TSX} ${RUN_CASE}`;

/** Runs `cdk8s-gitops <args>` (the built CLI, see {@link CLI}) without blocking. */
export function runCliAsync(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', CDK8S_OUTDIR: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so a hung case can be stopped together with the program it started.
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 50_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ code: status ?? -1, stdout, stderr });
    });
  });
}

/** Options of {@link synthCase}. */
export interface CaseOptions {
  /** More arguments for `synth`. @default - none */
  readonly extraArgs?: readonly string[];
  /** Working folder of the CLI. @default ROOT */
  readonly cwd?: string;
  /** Type-check the program first. @default false (only the type-error case needs it) */
  readonly typecheck?: boolean;
  /** Another program to run, relative to the repository root. @default - the case runner */
  readonly program?: string;
}

/** `synth` of one case of the runner into `outdir` (without type-checking unless asked). */
export function synthCase(name: string, outdir: string, options: CaseOptions = {}): Promise<CliRun> {
  const app = options.program ? `node --import ${TSX} ${join(ROOT, options.program)}` : RUN_CASE_APP;
  const args = ['synth', '--app', app, '--outdir', outdir, '--quiet', ...(options.extraArgs ?? [])];
  if (!options.typecheck) args.push('--no-typecheck');
  return runCliAsync(args, { BAD_CASE: name }, options.cwd);
}

/** The first line of a report. */
export function firstLine(text: string): string {
  return text.split('\n')[0] as string;
}

/** A new temporary folder; `cleanup` registers its removal (pass the test context's `onTestFinished`). */
export function scratch(cleanup: (fn: () => void) => void, prefix = 'cdk8s-gitops-bad-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A valid tree: what the runner's baseline (one ConfigMap per tier in application `api`) synthesizes,
 * plus a file synth never wrote, which every synth must keep.
 */
export function seedTree(dir: string): void {
  const app = new GitOpsApp({ environments: testEnvironments, outdir: dir });
  for (const tier of app.tiers) {
    new k8s.KubeConfigMap(tier.application('api'), 'settings', { data: { tier: tier.name } });
  }
  app.synth({ output: captureOutput(), check: false, quiet: true, tiers: [] });
  mkdirSync(join(dir, 'notes'), { recursive: true });
  writeFileSync(join(dir, 'notes', 'README.md'), 'Hand-written: synth must never touch this file.\n');
}

/** Copies a seeded tree into a new folder `out` under `parent`, returning its path. */
export function copySeed(seed: string, parent: string): string {
  const outdir = join(parent, 'out');
  cpSync(seed, outdir, { recursive: true });
  return outdir;
}

/** 1-based `line:column` of the first occurrence of `text` in the case runner. */
export function locationInRunner(text: string): string {
  const lines = readFileSync(RUN_CASE, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`'${text}' is not in ${RUN_CASE}`);
  return `${line + 1}:${(lines[line] as string).indexOf(text) + 1}`;
}

/** What {@link expectRejected} ran. */
export interface Rejection {
  readonly run: CliRun;
  /** stderr, line by line. */
  readonly lines: readonly string[];
  /** The seeded outdir the case ran against. */
  readonly outdir: string;
}

/**
 * Runs case `name` of the runner against a copy of the seeded tree and checks the catalogue's three
 * promises: exit code 2, the exact first line of the report, and the outdir (with its parent folder,
 * where staging happens) byte for byte as it was.
 */
export async function expectRejected(
  { expect, onTestFinished }: TestContext,
  seed: string,
  name: string,
  first: string | RegExp,
  options: CaseOptions = {},
): Promise<Rejection> {
  const parent = scratch(onTestFinished);
  const outdir = copySeed(seed, parent);
  const before = readTree(parent);
  const run = await synthCase(name, outdir, options);
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.split('\n');
  if (typeof first === 'string') expect(lines[0]).toBe(first);
  else expect(lines[0]).toMatch(first);
  expect(readTree(parent)).toEqual(before);
  return { run, lines, outdir };
}

/** Runs case `name` against a copy of the seeded tree and expects it to succeed. */
export async function expectAccepted({ expect, onTestFinished }: TestContext, seed: string, name: string) {
  const outdir = copySeed(seed, scratch(onTestFinished));
  const run = await synthCase(name, outdir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { run, outdir, tree: readTree(outdir) };
}

/** A seeded tree for one test file, removed when the file is done. */
export function seedOnce(): () => string {
  let seed: string | undefined;
  beforeAll(() => {
    seed = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-seed-'));
    seedTree(join(seed, 'tree'));
  });
  afterAll(() => {
    if (seed) rmSync(seed, { recursive: true, force: true });
  });
  return () => join(seed as string, 'tree');
}

/** Where a GitOpsError thrown by the runner points: the runner's own source, never library internals. */
export const AT_RUNNER = /^ {2}at: test\/bad-input\/fixtures\/run-case\.ts:\d+:\d+$/;
