import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** tsx's loader, resolved here so runs from other folders find it. */
const TSX = import.meta.resolve('tsx');

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

/** Result of one CLI run. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `cdk8s-gitops <args>` from source, as `npm run synth` does. */
export function runCli(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): CliRun {
  const result = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CDK8S_OUTDIR: undefined, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The command that runs the small test program. */
export const SMALL_PROGRAM = `node --import ${TSX} ${join(ROOT, 'test/fixtures/small-program.ts')}`;
