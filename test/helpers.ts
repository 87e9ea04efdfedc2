import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitOpsApp, type SynthOutput } from '../src/index.js';
import { testEnvironments } from './helpers-environments.js';

export { testEnvironments };

/** Temporary folders made by {@link tempDir} that still exist. */
const tempDirs = new Set<string>();

/**
 * A temporary folder, removed when the test file is done (by {@link removeTempDirs}, which test/setup.ts
 * runs after every file). Safe to call anywhere: at describe level, in `beforeAll`, or inside a test
 * (also a concurrent one), where vitest's `afterEach` would not fire.
 */
export function tempDir(prefix = 'cdk8s-gitops-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made so far. */
export function removeTempDirs(): void {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Every file under `dir` (relative path → content), including dot files. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), path);
      else files.set(path, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Output streams that collect what is written. */
export function captureOutput(): SynthOutput & { text(): string } {
  let out = '';
  const stream = { isTTY: false, write: (s: string) => ((out += s), true) };
  return { stdout: stream, stderr: stream, text: () => out };
}

/** A GitOpsApp over {@link testEnvironments} writing to `outdir`. */
export function testApp(outdir: string): GitOpsApp<'dev' | 'staging' | 'production'> {
  return new GitOpsApp({ environments: testEnvironments, outdir });
}
