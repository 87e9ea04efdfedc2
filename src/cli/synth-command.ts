import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SynthEnv } from '../app/synth-env.js';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { readCdk8sConfig } from './app-command.js';
import { formatTypeErrors, programEntry, typecheckProgram, type TypeErrorReport } from './typecheck.js';

/** Options of `cdk8s-gitops synth`. */
export interface SynthCommandOptions {
  /** Command that runs the program. @default - `app:` of cdk8s.yaml */
  readonly app?: string;
  /** Output folder. @default - $CDK8S_OUTDIR, `output:` of cdk8s.yaml, else 'dist' */
  readonly outdir?: string;
  /** Only these tiers. @default - all */
  readonly tier?: readonly string[];
  /** Compare instead of writing. @default false */
  readonly check?: boolean;
  /** Print nothing but errors. @default false */
  readonly quiet?: boolean;
  /** Working folder. @default process.cwd() */
  readonly cwd?: string;
  /**
   * Type-check a TypeScript program before running it. @default true (skipped when the app command runs no
   * `.ts` file or the project has no TypeScript)
   */
  readonly typecheck?: boolean;
  /** Folder of extra Kyverno policies the policy gate evaluates against every tier. @default - none */
  readonly policies?: string;
  /** Extra environment for the program (e.g. the policy report file). @default - none */
  readonly env?: Readonly<Record<string, string>>;
  /** Where the program's stdout goes. @default 'inherit' */
  readonly stdout?: 'inherit' | 'ignore';
}

/** The preload that formats errors escaping the program (plain JS, shipped in bin/). */
export const PROGRAM_HOOK = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  ...(import.meta.url.includes('/lib/src/') ? ['..'] : []),
  'bin',
  'program-hook.mjs',
);

/**
 * Runs the program with the synth options in its environment (`CDK8S_OUTDIR`, `CDK8S_GITOPS_*`);
 * the program's `app.synth()` does the work. Returns the exit code: 0 ok, 1 differences (check),
 * 2 invalid input or program error.
 */
export async function synthCommand(options: SynthCommandOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const config = readCdk8sConfig(cwd);
  const app = options.app ?? config.app;
  if (!app) {
    throw new GitOpsError('no program to run', {
      code: 'NO_APP',
      field: '--app',
      hint: 'pass --app "npx tsx main.ts" or add `app: npx tsx main.ts` to cdk8s.yaml',
    });
  }
  // An empty variable counts as unset.
  const outdir = options.outdir ?? (process.env[SynthEnv.outdir] || undefined) ?? config.output ?? 'dist';
  const reportDir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-'));
  const report = join(reportDir, 'report.json');
  const verdict = join(reportDir, 'verdict');
  const hook = existsSync(PROGRAM_HOOK) ? `--import=${pathToFileURL(PROGRAM_HOOK).href}` : '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [SynthEnv.outdir]: outdir,
    [SynthEnv.check]: options.check ? '1' : '0',
    [SynthEnv.tiers]: (options.tier ?? []).join(','),
    [SynthEnv.quiet]: options.quiet ? '1' : '0',
    [SynthEnv.report]: report,
    [SynthEnv.gate]: verdict,
    ...(options.policies ? { [SynthEnv.policies]: resolve(cwd, options.policies) } : {}),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, hook].filter(Boolean).join(' '),
    // As `npm run` does, so that `app: tsx main.ts` finds the project's own tools.
    PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter),
    ...options.env,
  };
  try {
    const entry = (options.typecheck ?? true) ? programEntry(app, cwd) : undefined;
    let typeErrors: TypeErrorReport[] | undefined;
    const code = await new Promise<number>((done, fail) => {
      const child = spawn(app, { cwd, env, shell: true, stdio: ['inherit', options.stdout ?? 'inherit', 'inherit'] });
      child.on('error', fail);
      child.on('exit', (status, signal) => done(signal ? 128 : (status ?? ExitCode.INVALID)));
      // Type-check while the program runs (both take seconds); the program waits for the verdict before writing.
      try {
        typeErrors = entry ? typecheckProgram(entry, cwd) : undefined;
      } catch (e) {
        process.stderr.write(`warning: could not type-check the program: ${(e as Error).message}\n`);
      } finally {
        writeFileSync(verdict, typeErrors && typeErrors.length > 0 ? 'stop\n' : 'go\n');
      }
    });
    if (typeErrors && typeErrors.length > 0) {
      process.stderr.write(formatTypeErrors(typeErrors));
      return ExitCode.INVALID;
    }
    const result = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as { exitCode: number }) : undefined;
    if (code === 0 && !result) {
      process.stderr.write(
        `error: the program ran but never called app.synth()\n  app: ${app}\n  fix: end the program with app.synth()\n`,
      );
      return ExitCode.INVALID;
    }
    if (result && code === result.exitCode) return code;
    // A crash (Node exits 1 on an uncaught error without our hook) or a signal is a program error.
    return code === ExitCode.OK ? ExitCode.OK : ExitCode.INVALID;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}
