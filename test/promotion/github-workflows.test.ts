import { k8s } from 'cdk8s-plus-28';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GENERATED_HEADER, GitHubWorkflows, GitOpsApp } from '../../src/index.js';
import { captureOutput, tempDir, testEnvironments } from '../helpers.js';

/** A program in a fresh git repository (a `.git` folder is enough to find its root). */
function program() {
  const repo = tempDir('cdk8s-gitops-ci-');
  mkdirSync(join(repo, '.git'));
  const app = new GitOpsApp({ environments: testEnvironments, outdir: join(repo, 'dist') });
  new k8s.KubeConfigMap(app.tier('dev').application('api'), 'settings', { data: { a: 'b' } });
  new GitHubWorkflows(app, 'ci');
  return { repo, app };
}

describe('GitHubWorkflows', () => {
  it('writes PR, production-gate and drift workflows outside the tree, with the generated header', () => {
    const { repo, app } = program();
    app.synth({ output: captureOutput() });
    const pr = readFileSync(join(repo, '.github/workflows/gitops-pr.yml'), 'utf8');
    expect(pr.startsWith(`${GENERATED_HEADER}\n`)).toBe(true);
    const prJobs = parse(pr).jobs;
    expect(prJobs.synth.strategy.matrix.tier).toEqual(['dev', 'staging', 'production']);
    expect(prJobs.synth.steps.at(-1).run).toBe('npx cdk8s-gitops synth --check --tier ${{ matrix.tier }}');
    expect(prJobs.diff.steps.map((s: { run?: string }) => s.run).join('\n')).toContain(
      'npx cdk8s-gitops diff --against origin/${{ github.base_ref }} --format markdown',
    );
    const gate = parse(readFileSync(join(repo, '.github/workflows/gitops-production.yml'), 'utf8'));
    expect(gate.jobs['production-gate'].environment).toBe('production');
    expect(gate.jobs['production-gate'].strategy.matrix.tier).toEqual(['production']);
    const drift = parse(readFileSync(join(repo, '.github/workflows/gitops-drift.yml'), 'utf8'));
    expect(drift.on.schedule[0].cron).toBe('0 8 * * *');
    expect(Object.keys(drift.jobs)).toEqual(['tree', 'clusters']);
    // Not part of the Kubernetes tree.
    expect(readFileSync(join(repo, 'dist/.cdk8s-gitops.json'), 'utf8')).not.toContain('workflows');
  });

  it('check mode reports a stale workflow with exit code 1', () => {
    const { repo, app } = program();
    app.synth({ output: captureOutput() });
    const file = join(repo, '.github/workflows/gitops-drift.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('0 8 * * *', '0 9 * * *'));
    const output = captureOutput();
    const result = app.synth({ output, check: true });
    expect(result.exitCode).toBe(1);
    expect(output.text()).toContain(
      'repository files differ from what the program produces: .github/workflows/gitops-drift.yml',
    );
  });

  it('never overwrites a hand-written workflow, and writes nothing then', () => {
    const { repo, app } = program();
    mkdirSync(join(repo, '.github/workflows'), { recursive: true });
    writeFileSync(join(repo, '.github/workflows/gitops-pr.yml'), 'name: ours\n');
    expect(() => app.synth({ output: captureOutput() })).toThrow(
      /was not written by cdk8s-gitops; synth will not overwrite it/,
    );
    expect(readFileSync(join(repo, '.github/workflows/gitops-pr.yml'), 'utf8')).toBe('name: ours\n');
    expect(existsSync(join(repo, 'dist'))).toBe(false);
  });
});
