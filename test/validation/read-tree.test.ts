import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitOpsError } from '../../src/errors/index.js';
import { readTree, validateManifests } from '../../src/validation/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary tree with the given files (relative path → content). */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-validation-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: shop
data:
  LOG_LEVEL: info
`;

describe('readTree', () => {
  it('reads every YAML file, multi-document included, in sorted order, with tiers from environments/<tier>/', async () => {
    const dir = tree({
      'environments/dev/apps/shop/configmap.yaml': CONFIG_MAP,
      'environments/production/apps/shop/all.yml': `---\n${CONFIG_MAP}---\n# empty document\n---\n${CONFIG_MAP.replace('settings', 'other')}`,
      'platform-core/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
      '.git/config.yaml': 'not: read',
      '.hidden/x.yaml': 'not: read',
      '.cdk8s-gitops.json': '{}',
      'README.md': '# not yaml',
    });
    const manifests = await readTree(dir, { kubernetesVersion: '1.28.0' });
    expect(manifests.map((m) => [m.file, m.tier, m.object.metadata.name])).toEqual([
      ['environments/dev/apps/shop/configmap.yaml', 'dev', 'settings'],
      ['environments/production/apps/shop/all.yml', 'production', 'settings'],
      ['environments/production/apps/shop/all.yml', 'production', 'other'],
      ['platform-core/namespace.yaml', undefined, 'shop'],
    ]);
    expect(manifests.every((m) => m.kubernetesVersion === '1.28.0')).toBe(true);
    expect((await readTree(dir))[0]?.kubernetesVersion).toBe('1.33.0');
  });

  it('keeps YAML timestamps and version-like strings as strings (core schema)', async () => {
    const dir = tree({
      'a.yaml': `${CONFIG_MAP}  RELEASED: 2024-01-01T00:00:00Z\n`,
    });
    const [manifest] = await readTree(dir);
    expect((manifest?.object['data'] as Record<string, unknown>)['RELEASED']).toBe('2024-01-01T00:00:00Z');
    expect(validateManifests(await readTree(dir)).issues).toEqual([]);
  });

  it('feeds validation: issues carry the file, tier and document number', async () => {
    const dir = tree({
      'environments/staging/all.yaml': `${CONFIG_MAP}---\n${CONFIG_MAP.replace('name: settings', 'name: Bad_Name')}`,
    });
    const report = validateManifests(await readTree(dir));
    expect(report.issues).toMatchObject([
      { code: 'name.invalid', file: 'environments/staging/all.yaml', document: 2, tier: 'staging' },
    ]);
    expect(report.files).toBe(1);
    expect(report.objects).toBe(2);
  });

  it('throws a GitOpsError naming the file for invalid YAML, and for a missing folder', async () => {
    const dir = tree({ 'environments/dev/broken.yaml': 'a: [1, 2\n' });
    await expect(readTree(dir)).rejects.toThrow(GitOpsError);
    await expect(readTree(dir)).rejects.toThrow(/environments\/dev\/broken.yaml is not valid YAML/);
    await expect(readTree(join(dir, 'nope'))).rejects.toMatchObject({ code: 'TREE_UNREADABLE' });
  });
});
