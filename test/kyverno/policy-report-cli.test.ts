import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../cli/run-cli.js';
import { tempDir } from '../helpers.js';

const TSX = import.meta.resolve('tsx');
const PROGRAM = `node --import ${TSX} ${join(ROOT, 'test/kyverno/fixtures/policy-program.ts')}`;

describe('cdk8s-gitops policy report', () => {
  it('prints the table, failures first, with totals; exit 1 when an Enforce rule fails; writes nothing', () => {
    const outdir = tempDir();
    const run = runCli(['policy', 'report', '--app', PROGRAM], { CDK8S_OUTDIR: join(outdir, 'dist') });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^TIER\s+POLICY\s+RULE\s+RESOURCE\s+RESULT\s+ACTION\s+MESSAGE$/);
    expect(lines[1]).toMatch(
      /^dev\s+no-latest\s+no-latest\s+Deployment web-dev\/web\s+fail\s+Audit\s+latest is not allowed$/,
    );
    expect(lines[3]).toMatch(/^staging\s+.*fail\s+Audit/);
    expect(lines[2]).toMatch(/^production\s+.*fail\s+Enforce/);
    expect(lines.at(-1)).toBe('0 pass, 3 fail (1 Enforce, 2 Audit), 0 skip, 0 error');
    expect(existsSync(join(outdir, 'dist'))).toBe(false);
  });

  it('--tier and --format json; exit 0 when no Enforce rule fails', () => {
    const run = runCli(['policy', 'report', '--app', PROGRAM, '--tier', 'production', '--format', 'json'], {
      FIXTURE_GOOD: '1',
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toMatchObject({ pass: 1, fail: 0, enforceFailures: 0 });
    expect(report.results).toEqual([
      expect.objectContaining({
        tier: 'production',
        policy: 'no-latest',
        rule: 'no-latest',
        resource: 'Deployment web-production/web',
        status: 'pass',
        action: 'Enforce',
        constructPath: 'production/applications-web/web',
      }),
    ]);
  });

  it('synth fails with exit 2 naming the Enforce failure', () => {
    const outdir = tempDir();
    const run = runCli(['synth', '--app', PROGRAM, '--no-typecheck', '--outdir', join(outdir, 'dist')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Enforce policy 'no-latest' rule 'no-latest' fails on Deployment web-production/web");
    expect(run.stderr).toContain('construct: production/applications-web/web');
  });
});
