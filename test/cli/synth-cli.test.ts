import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../helpers.js';
import { runCli, SMALL_PROGRAM, SOURCE_CLI } from './run-cli.js';

const FILE = 'environments/dev/applications/api/configmap-settings.yaml';

// Type-checking the program is on by default and costs a compiler run: the first test (a well-typed program
// passes) and the type-error test keep it; the others test other things and pass --no-typecheck.
describe('cdk8s-gitops synth', () => {
  it('writes the tree and prints files per tier and kind, changes and time (run from the sources, as `npm run synth`)', () => {
    const outdir = tempDir();
    const run = runCli(['synth', '--app', SMALL_PROGRAM, '--outdir', outdir], {}, undefined, SOURCE_CLI);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(join(outdir, FILE))).toBe(true);
    expect(run.stdout).toContain(`cdk8s-gitops synth → ${outdir}: 3 files`);
    expect(run.stdout).toMatch(/\n {2}dev\s+1\n {2}staging\s+1\n {2}production\s+1\n/);
    expect(run.stdout).toContain('kinds: ConfigMap 3');
    expect(run.stdout).toContain('+3 added  ~0 changed  -0 removed  (0 unchanged)');
    expect(run.stdout).toMatch(/done in \d+\.\d\ds/);
  });

  it('--check exits 0 on a current tree and 1 on an edited one, naming the file with a diff', () => {
    const outdir = tempDir();
    expect(runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', outdir, '--quiet']).code).toBe(0);
    expect(
      runCli(['synth', '--no-typecheck', '--check', '--app', SMALL_PROGRAM, '--outdir', outdir, '--quiet']).code,
    ).toBe(0);

    writeFileSync(join(outdir, FILE), readFileSync(join(outdir, FILE), 'utf8').replace('version: "1"', 'version: "9"'));
    const before = readTree(outdir);
    const run = runCli(['synth', '--no-typecheck', '--check', '--app', SMALL_PROGRAM, '--outdir', outdir, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`changed ${FILE}`);
    expect(run.stdout).toContain(`1 file differs from what the program produces`);
    expect(run.stdout).toContain('-  version: "9"');
    expect(run.stdout).toContain('+  version: "1"');
    expect(readTree(outdir)).toEqual(before);
  });

  it('--check reports files the program would add and remove', () => {
    const outdir = tempDir();
    runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', outdir, '--tier', 'dev', '--quiet']);
    const run = runCli(['synth', '--no-typecheck', '--check', '--app', SMALL_PROGRAM, '--outdir', outdir, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('added   environments/staging/applications/api/configmap-settings.yaml');
    expect(run.stdout).toContain('changed .cdk8s-gitops.json');
  });

  it('leaves the outdir untouched and exits 2 when the program throws, showing the program location first', () => {
    const outdir = tempDir();
    runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', outdir, '--quiet']);
    const before = readTree(outdir);
    const run = runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', outdir], {
      FIXTURE_THROW: '1',
      FIXTURE_VERSION: '2',
    });
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('error: database password not configured');
    expect(lines[1]).toMatch(/^ {2}at: test\/fixtures\/small-program\.ts:\d+:\d+$/);
    expect(run.stderr).not.toContain('node_modules');
    expect(readTree(outdir)).toEqual(before);
  });

  it('exits 2 on an unknown tier, listing the tiers', () => {
    const run = runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', tempDir(), '--tier', 'prod']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("error: unknown tier 'prod'");
    expect(run.stderr).toContain("fix: did you mean 'production'? the tiers are: dev, staging, production");
  });

  it('exits 2 when there is no program to run', () => {
    const run = runCli(['synth'], {}, tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('error: no program to run');
  });

  it('exits 2 when the program never calls synth', () => {
    const run = runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--outdir', tempDir()], {
      FIXTURE_NO_SYNTH: '1',
    });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('error: the program ran but never called app.synth()');
  });

  it('reads app: and output: from cdk8s.yaml, as cdk8s synth does', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cdk8s.yaml'), `app: ${SMALL_PROGRAM}\noutput: rendered\n`);
    const run = runCli(['synth', '--no-typecheck', '--quiet'], {}, dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'rendered', FILE))).toBe(true);
  });

  it('honours CDK8S_OUTDIR', () => {
    const outdir = tempDir();
    const run = runCli(['synth', '--no-typecheck', '--app', SMALL_PROGRAM, '--quiet'], { CDK8S_OUTDIR: outdir });
    expect(run.code).toBe(0);
    expect(existsSync(join(outdir, FILE))).toBe(true);
  });

  it('stops before writing when the program has a type error, showing the error and its location first', () => {
    const outdir = tempDir();
    const typeError = SMALL_PROGRAM.replace('test/fixtures/small-program.ts', 'test/bad-input/fixtures/type-error.ts');
    const run = runCli(['synth', '--app', typeError, '--outdir', outdir]);
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    // TypeScript orders union members by creation, so only the shape of the type is pinned.
    expect(lines[0]).toMatch(
      /^error: type error in the program: TS2322: Type 'PerTier<"[a-z]+" \| "[a-z]+" \| "[a-z]+", number>' is not assignable to type 'number'\.$/,
    );
    expect(lines[1]).toBe('  at: test/bad-input/fixtures/type-error.ts:7:7');
    expect(readTree(outdir).size).toBe(0);
    // The same program runs when type-checking is turned off.
    expect(runCli(['synth', '--app', typeError, '--outdir', outdir, '--quiet', '--no-typecheck']).code).toBe(0);
    expect(readTree(outdir).size).toBe(2);
  });

  it('documents its exit codes', () => {
    const run = runCli(['synth', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1  --check: the committed tree differs from what the program produces');
  });
});
