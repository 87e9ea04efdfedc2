import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** tsx's loader, resolved here so runs from other folders find it. */
const TSX = import.meta.resolve('tsx');

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * The command line that starts the CLI: the published bin (the compiled CLI in lib/, which
 * test/global-setup.ts rebuilds whenever the sources are newer), as users run it. Starting it costs a
 * fraction of compiling src/cli with tsx on every run; {@link SOURCE_CLI} is the `npm run synth` way.
 */
export const CLI: readonly string[] = [join(ROOT, 'bin/cdk8s-gitops.js')];

/** The CLI from its TypeScript sources, as `npm run synth` (`tsx src/cli/main.ts`) runs it. */
export const SOURCE_CLI: readonly string[] = ['--import', TSX, join(ROOT, 'src/cli/main.ts')];

/** Result of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `cdk8s-gitops <args>` (the built CLI; pass `cli: SOURCE_CLI` for the sources). */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd = ROOT,
  cli: readonly string[] = CLI,
): CliRun {
  const result = spawnSync(process.execPath, [...cli, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CDK8S_OUTDIR: undefined, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The command that runs the small test program. */
export const SMALL_PROGRAM = `node --import ${TSX} ${join(ROOT, 'test/fixtures/small-program.ts')}`;
