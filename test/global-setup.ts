// Runs once before the whole suite (vitest.config.ts `globalSetup`), in vitest's main process.
//
// Most CLI tests run the compiled CLI in lib/ (bin/cdk8s-gitops.js), as users do, because starting it is
// several times cheaper than compiling src/cli on the fly with tsx in every run. So lib/ must be the build of
// the sources under test: when anything the build reads is newer than lib/ (or lib/ is missing), the suite
// builds it first with `npm run build`. A clean clone is built by `npm ci` (prepare), so nothing happens there.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root. */
const ROOT = resolve(import.meta.dirname, '..');

/** A file the build writes every time, so its age is the age of lib/. */
const BUILT = join(ROOT, 'lib', 'src', 'cli', 'main.js');

/** What the build reads: folders (walked) and single files. */
const INPUTS = [
  'src',
  'imports',
  'scripts/copy-imports.mjs',
  'scripts/bundle.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why lib/ must be rebuilt, or undefined when it is up to date. */
export function staleLib(): string | undefined {
  if (!existsSync(BUILT)) return 'lib/ is missing';
  const built = statSync(BUILT).mtimeMs;
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    if (existsSync(path) && newestMtime(path) > built) return `${input} changed after the last build`;
  }
  return undefined;
}

export default function setup(): void {
  const reason = staleLib();
  if (!reason) return;
  process.stdout.write(`test setup: building lib/ (${reason}) for the CLI tests\n`);
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
