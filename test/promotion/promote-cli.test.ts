import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../helpers.js';
import { ROOT, runCli } from '../cli/run-cli.js';

const TSX = import.meta.resolve('tsx');
const PROGRAM = `node --import ${TSX} ${join(ROOT, 'test/fixtures/release-program.ts')}`;
const DEPLOYMENT = (tier: string) => `dist/environments/${tier}/applications/api/deployment-api.yaml`;

const RELEASES = `# Release pins: edited by cdk8s-gitops promote
apps:
  # the public API
  api:
    dev: { image: registry.example.com/api:1.2.0 } # newest build
    staging:
      image: registry.example.com/api:1.1.0 # passed QA
    production:
      image: registry.example.com/api:1.1.0
`;

/** The repository of {@link RELEASES}, made once per file: tests get copies of it. */
let seedRepo: string | undefined;

/**
 * A git repository holding the program's cdk8s.yaml, releases.yaml and synthesized tree, committed: a copy
 * of one made once per file for the default pins, so the tree is synthesized once, not in every test.
 */
function fixtureRepo(releases = RELEASES): string {
  if (releases !== RELEASES) return newRepo(releases);
  seedRepo ??= newRepo(RELEASES);
  const dir = tempDir('cdk8s-gitops-promote-');
  cpSync(seedRepo, dir, { recursive: true });
  return dir;
}

function newRepo(releases: string): string {
  const dir = tempDir('cdk8s-gitops-promote-');
  writeFileSync(join(dir, 'cdk8s.yaml'), `app: ${PROGRAM}\n`);
  writeFileSync(join(dir, 'releases.yaml'), releases);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'ci@example.com');
  git(dir, 'config', 'user.name', 'CI');
  const synth = runCli(['synth', '--quiet', '--no-typecheck'], {}, dir);
  expect(synth.stderr).toBe('');
  commitAll(dir, 'initial pins');
  return dir;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

function commitAll(cwd: string, message: string): void {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
}

describe('cdk8s-gitops promote', () => {
  it('copies the pin from the tier below, keeps comments, re-synthesizes and prints the change', () => {
    const repo = fixtureRepo();
    const run = runCli(['promote', 'api', '--to', 'staging', '--message'], {}, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('api staging: registry.example.com/api:1.1.0 → registry.example.com/api:1.2.0');
    expect(run.stdout).toContain(`changed environments/staging/applications/api/deployment-api.yaml`);
    expect(run.stdout).toContain('title: Promote api 1.2.0 to staging');
    const releases = readFileSync(join(repo, 'releases.yaml'), 'utf8');
    expect(releases).toContain('# Release pins: edited by cdk8s-gitops promote');
    expect(releases).toContain('  # the public API');
    expect(releases).toContain('image: registry.example.com/api:1.2.0 # passed QA');
    expect(releases).toContain('dev: { image: registry.example.com/api:1.2.0 } # newest build');
    expect(readFileSync(join(repo, DEPLOYMENT('staging')), 'utf8')).toContain('image: registry.example.com/api:1.2.0');
    expect(readFileSync(join(repo, DEPLOYMENT('production')), 'utf8')).toContain(
      'image: registry.example.com/api:1.1.0',
    );
  });

  it('--dry-run writes nothing', () => {
    const repo = fixtureRepo();
    const before = readTree(repo);
    const run = runCli(['promote', '--all', '--to', 'staging', '--dry-run'], {}, repo);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dry run: nothing written');
    expect(run.stdout).toContain('+        - image: registry.example.com/api:1.2.0');
    expect(readTree(repo)).toEqual(before);
  });

  it('refuses bad targets and unknown apps with exit 2, writing nothing', () => {
    const repo = fixtureRepo();
    const before = readTree(repo);
    const first = runCli(['promote', 'api', '--to', 'dev'], {}, repo);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain("error: tier 'dev' is the first tier: nothing promotes into it");
    const unknown = runCli(['promote', 'api', '--to', 'stagin'], {}, repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unknown tier 'stagin'");
    expect(unknown.stderr).toContain("did you mean 'staging'?");
    const noPin = runCli(['promote', 'web', '--to', 'staging'], {}, repo);
    expect(noPin.code).toBe(2);
    expect(noPin.stderr).toContain("error: app 'web' has no pin in");
    expect(readTree(repo)).toEqual(before);
  });

  it('refuses a frozen tier unless overridden with a reason', () => {
    const repo = fixtureRepo(RELEASES.replace('api:1.1.0 # passed QA', 'api:1.2.0 # passed QA'));
    const before = readTree(repo);
    const frozen = runCli(['promote', 'api', '--to', 'production'], { FIXTURE_FREEZE: '1' }, repo);
    expect(frozen.code).toBe(2);
    expect(frozen.stderr).toMatch(/error: tier 'production' is frozen until \S+ \(release freeze\)/);
    expect(readTree(repo)).toEqual(before);
    const overridden = runCli(
      ['promote', 'api', '--to', 'production', '--message', '--override-freeze', 'INC-42: fix checkout'],
      { FIXTURE_FREEZE: '1' },
      repo,
    );
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain('**Freeze window overridden:** INC-42: fix checkout');
    expect(readFileSync(join(repo, DEPLOYMENT('production')), 'utf8')).toContain('api:1.2.0');
  });
});

describe('the promotion gate and hotfixes at synth', () => {
  it('fails a tier that runs what the tier below never ran, unless it is a hotfix', () => {
    const repo = fixtureRepo();
    writeFileSync(
      join(repo, 'releases.yaml'),
      RELEASES.replace(
        'production:\n      image: registry.example.com/api:1.1.0',
        'production:\n      image: registry.example.com/api:1.1.1',
      ),
    );
    const before = readTree(join(repo, 'dist'));
    const gated = runCli(['synth', '--no-typecheck'], {}, repo);
    expect(gated.code).toBe(2);
    expect(gated.stderr).toContain(
      'production runs api 1.1.1, which staging does not run and never ran (staging runs 1.1.0)',
    );
    expect(readTree(join(repo, 'dist'))).toEqual(before);

    const today = new Date().toISOString().slice(0, 10);
    writeFileSync(
      join(repo, 'releases.yaml'),
      RELEASES.replace(
        'production:\n      image: registry.example.com/api:1.1.0',
        `production:\n      image: registry.example.com/api:1.1.1\n      hotfix: { reason: CVE-2026-0001, since: ${today} }`,
      ),
    );
    const hotfix = runCli(['synth', '--no-typecheck'], {}, repo);
    expect(hotfix.code).toBe(0);
    expect(hotfix.stderr).toContain(
      'hotfix api 1.1.1 in production (CVE-2026-0001) is not back-ported to staging, dev',
    );
    expect(readFileSync(join(repo, DEPLOYMENT('production')), 'utf8')).toContain(
      `gitops.cdk8s.io/hotfix: "CVE-2026-0001 (since ${today})"`,
    );

    writeFileSync(
      join(repo, 'releases.yaml'),
      readFileSync(join(repo, 'releases.yaml'), 'utf8').replace(today, '2020-01-01'),
    );
    const expired = runCli(['synth', '--no-typecheck'], {}, repo);
    expect(expired.code).toBe(2);
    expect(expired.stderr).toContain('hotfixes may stay 14 days');
  });

  it('lets a tier lag behind, and run what the tier below ran before (git history)', () => {
    const repo = fixtureRepo();
    // staging moves on to 1.2.0; production keeps 1.1.0, which staging ran before.
    writeFileSync(join(repo, 'releases.yaml'), RELEASES.replace('api:1.1.0 # passed QA', 'api:1.2.0 # passed QA'));
    expect(runCli(['synth', '--quiet', '--no-typecheck'], {}, repo).code).toBe(0);
  });
});

describe('cdk8s-gitops rollback', () => {
  it('restores the previous pin from git history and re-synthesizes', () => {
    const repo = fixtureRepo();
    expect(runCli(['promote', 'api', '--to', 'staging'], {}, repo).code).toBe(0);
    commitAll(repo, 'promote api 1.2.0 to staging');
    const run = runCli(['rollback', 'api', '--tier', 'staging', '--message'], {}, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('api staging: registry.example.com/api:1.2.0 → registry.example.com/api:1.1.0');
    expect(run.stdout).toContain('title: Roll back api 1.1.0 in staging');
    expect(readFileSync(join(repo, 'releases.yaml'), 'utf8')).toContain(
      'image: registry.example.com/api:1.1.0 # passed QA',
    );
    expect(readFileSync(join(repo, DEPLOYMENT('staging')), 'utf8')).toContain('api:1.1.0');
  });

  it('fails with exit 2 when there is no earlier pin', () => {
    const repo = fixtureRepo();
    const run = runCli(['rollback', 'api', '--tier', 'production'], {}, repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: 'api' has no earlier pin in 'production' in the history of");
    expect(existsSync(join(repo, 'dist'))).toBe(true);
  });
});

describe('cdk8s-gitops status', () => {
  it('prints the apps × tiers table, marking a lagging tier and a pending hotfix', () => {
    const repo = fixtureRepo(
      RELEASES.replace(
        'production:\n      image: registry.example.com/api:1.1.0',
        'production:\n      image: registry.example.com/api:1.1.1\n      hotfix: { reason: CVE-2026-0002, since: 2026-11-20 }',
      ),
    );
    const run = runCli(['status'], {}, repo);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^app\s+dev\s+staging\s+production$/);
    expect(lines[1]).toMatch(/^api\s+1\.2\.0\s+1\.1\.0 ↑\s+1\.1\.1 !$/);
    expect(run.stdout).toContain('↑ api staging lags dev: cdk8s-gitops promote api --to staging');
    expect(run.stdout).toContain(
      '! api production runs hotfix 1.1.1 (CVE-2026-0002), not back-ported to the lower tiers',
    );
    const json = JSON.parse(runCli(['status', '--format', 'json'], {}, repo).stdout);
    expect(json.pins.find((p: { tier: string }) => p.tier === 'staging').lags).toBe(true);
  });
});
