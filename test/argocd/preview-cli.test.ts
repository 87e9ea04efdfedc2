import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ROOT, runCliAsync, TSX } from '../bad-input/catalogue.js';
import { tempDir } from '../helpers.js';

const PROGRAM = `node --import ${TSX} ${join(ROOT, 'test/argocd/fixtures/preview-program.ts')}`;

describe('cdk8s-gitops appset preview', () => {
  it('prints the Applications of the tier matrix as a table, without writing the tree', async () => {
    const outdir = tempDir();
    const run = await runCliAsync(['appset', 'preview', '--app', PROGRAM], { CDK8S_OUTDIR: join(outdir, 'dist') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^APPLICATIONSET\s+NAME\s+PROJECT\s+SOURCE\s+DESTINATION\s+SYNC$/);
    expect(
      lines
        .slice(1, -1)
        .map((l) => l.split(/\s+/)[1])
        .sort(),
    ).toEqual(['api-dev', 'api-production', 'api-staging', 'web-dev', 'web-production', 'web-staging']);
    expect(run.stdout).toMatch(
      /web-production\s+production\s+dist\/environments\/production\/applications\/web\s+production\/web-production\s+manual/,
    );
    expect(lines.at(-1)).toBe('6 applications');
  }, 60_000);

  it('--tier and --output yaml: the Application objects of one tier', async () => {
    const outdir = tempDir();
    const run = await runCliAsync(['appset', 'preview', '--app', PROGRAM, '--tier', 'staging', '--output', 'yaml'], {
      CDK8S_OUTDIR: join(outdir, 'dist'),
    });
    expect(run.code).toBe(0);
    const docs = parseAllDocuments(run.stdout).map((d) => d.toJS());
    expect(docs.map((d) => d.metadata.name).sort()).toEqual(['api-staging', 'web-staging']);
    expect(docs[0]).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { namespace: 'argocd' },
      spec: {
        project: 'staging',
        destination: { server: 'https://staging.example.com' },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      },
    });
  }, 60_000);

  it('fails (exit 2) on a parameter no generator provides', async () => {
    const outdir = tempDir();
    const run = await runCliAsync(['appset', 'preview', '--app', PROGRAM], {
      CDK8S_OUTDIR: join(outdir, 'dist'),
      PREVIEW_CASE: 'bad-parameter',
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      "error: ApplicationSet 'broken': parameter '.application' is provided by no generator",
    );
  }, 60_000);
});
