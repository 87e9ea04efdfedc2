import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli/run-cli.js';

describe('cdk8s-gitops init', () => {
  it('scaffolds a platform repository into an empty folder', () => {
    const dir = join(tempDir(), 'acme-platform');
    const run = runCli(['init', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const file of [
      'package.json',
      'tsconfig.json',
      'cdk8s.yaml',
      '.gitignore',
      'environments.ts',
      'platform.ts',
      'main.ts',
      'releases.yaml',
      'test/platform.test.ts',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('acme-platform');
    expect(pkg.dependencies['cdk8s-gitops']).toMatch(/^\^\d+\.\d+\.\d+/);
    expect(pkg.scripts.synth).toBe('cdk8s-gitops synth');
    expect(readFileSync(join(dir, 'platform.ts'), 'utf8')).toContain("new GitHubWorkflows(app, 'ci')");
    expect(readFileSync(join(dir, 'test/platform.test.ts'), 'utf8')).toContain("from 'cdk8s-gitops/testing'");
  });

  it('refuses a folder that is not empty unless --force', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = runCli(['init', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`error: '${dir}' is not empty`);
    expect(existsSync(join(dir, 'package.json'))).toBe(false);
    expect(runCli(['init', dir, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'main.ts'))).toBe(true);
  });
});
