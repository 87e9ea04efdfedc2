import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFields, diffTiers } from '../../src/index.js';
import { tempDir } from '../helpers.js';
import { runCli } from '../cli/run-cli.js';

const deployment = (tier: string, image: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: api-${tier}
  labels:
    gitops.cdk8s.io/tier: ${tier}
spec:
  replicas: ${replicas}
  template:
    spec:
      containers:
        - name: api
          image: ${image}
`;
const configMap = (tier: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: api-settings
  namespace: api-${tier}
data:
  mode: ${tier}
`;

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' });
}

/** A repo whose committed dist/ has api in dev and production; the working tree then changes it. */
function repo(): string {
  const dir = tempDir('cdk8s-gitops-diff-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'CI');
  write(dir, 'dist/environments/dev/applications/api/deployment-api.yaml', deployment('dev', 'api:1.1.0', 1));
  write(dir, 'dist/environments/dev/applications/api/configmap-api-settings.yaml', configMap('dev'));
  write(
    dir,
    'dist/environments/production/applications/api/deployment-api.yaml',
    deployment('production', 'api:1.0.0', 3),
  );
  write(dir, 'dist/environments/production/applications/api/configmap-api-settings.yaml', configMap('production'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'tree');
  write(dir, 'dist/environments/dev/applications/api/deployment-api.yaml', deployment('dev', 'api:1.2.0', 2));
  rmSync(join(dir, 'dist/environments/production/applications/api/configmap-api-settings.yaml'));
  write(
    dir,
    'dist/shared/policies/clusterpolicy-x.yaml',
    'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata:\n  name: x\n',
  );
  return dir;
}

describe('cdk8s-gitops diff --against', () => {
  it('lists added, changed (field by field) and removed resources per tier, deletions loudly', () => {
    const dir = repo();
    const run = runCli(['diff', '--against', 'HEAD'], {}, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dev: 0 added, 1 changed, 0 removed');
    expect(run.stdout).toContain('spec.replicas: 1 → 2');
    expect(run.stdout).toContain('spec.template.spec.containers[0].image: "api:1.1.0" → "api:1.2.0"');
    expect(run.stdout).toContain('production: 0 added, 0 changed, 1 removed');
    expect(run.stdout).toContain('- REMOVED (deleted from the cluster) ConfigMap api-production/api-settings');
    expect(run.stdout).toContain('(no tier): 1 added, 0 changed, 0 removed');
  });

  it('writes Markdown for a PR comment, one collapsed section per tier, and JSON', () => {
    const dir = repo();
    const md = runCli(['diff', '--against', 'HEAD', '--format', 'markdown'], {}, dir).stdout;
    expect(md).toContain('**1 resource(s) will be deleted from the cluster**');
    expect(md).toContain('<details><summary><b>dev</b>: 0 added, 1 changed, 0 removed</summary>');
    expect(md).toContain('<details open><summary><b>production</b>: 0 added, 0 changed, 1 removed ⚠️</summary>');
    expect(md).toContain('- 🗑️ **REMOVED** `ConfigMap api-production/api-settings`');
    const json = JSON.parse(runCli(['diff', '--against', 'HEAD', '--format', 'json'], {}, dir).stdout);
    expect(json.tiers.map((t: { tier: string }) => t.tier)).toEqual(['dev', 'production', '(no tier)']);
  });

  it('fails with exit 2 on a ref that does not exist', () => {
    const run = runCli(['diff', '--against', 'no-such-branch'], {}, repo());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("check that 'no-such-branch' is a commit, branch or tag");
  });
});

describe('cdk8s-gitops diff TIER_A TIER_B', () => {
  it('normalises tier names and shows what really differs', () => {
    const dir = repo();
    const run = runCli(['diff', 'dev', 'production'], {}, dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('spec.replicas: 2 → 3');
    expect(run.stdout).toContain('"api:1.2.0" → "api:1.0.0"');
    expect(run.stdout).not.toContain('namespace');
    expect(run.stdout).toContain('- REMOVED (deleted from the cluster) ConfigMap api-{tier}/api-settings');
  });

  it('unit: field diffs and tier normalisation', () => {
    expect(diffFields({ a: [1, 2], b: { c: 'x' } }, { a: [1, 3, 4], b: {} })).toEqual([
      { path: 'a[1]', before: 2, after: 3 },
      { path: 'a[2]', before: undefined, after: 4 },
      { path: 'b.c', before: 'x', after: undefined },
    ]);
    const tree = new Map<string, unknown>([
      [
        'environments/dev/x.yaml',
        { kind: 'A', metadata: { name: 'x', namespace: 'x-dev' }, url: 'https://dev.example.com', devices: 1 },
      ],
      [
        'environments/prod/x.yaml',
        { kind: 'A', metadata: { name: 'x', namespace: 'x-prod' }, url: 'https://prod.example.com', devices: 1 },
      ],
    ]);
    expect(diffTiers(tree, 'dev', 'prod')).toEqual([]);
  });
});
