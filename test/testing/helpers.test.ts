import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitOpsApp } from '../../src/index.js';
import {
  matchers,
  snapshotFiles,
  synthesizeInMemory,
  yamlSerializer,
  type GitOpsMatchers,
} from '../../src/testing/index.js';
import { tempDir, testEnvironments } from '../helpers.js';

expect.extend(matchers);
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends GitOpsMatchers<T> {}
}

function program(outdir = join(tempDir(), 'never-written')) {
  const app = new GitOpsApp({ environments: testEnvironments, outdir });
  for (const tier of app.tiers) {
    const api = tier.application('api');
    new k8s.KubeDeployment(api, 'api', {
      spec: {
        replicas: tier.tier.production ? 3 : 1,
        selector: { matchLabels: { app: 'api' } },
        template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'api:1.0.0' }] } },
      },
    });
    new k8s.KubeService(api, 'svc', {
      metadata: { name: 'api' },
      spec: { selector: { app: 'api' }, ports: [{ port: 80 }] },
    });
  }
  return app;
}

describe('synthesizeInMemory', () => {
  it('builds every tier without touching disk, and queries by tier, kind, name, namespace and label', () => {
    const outdir = join(tempDir(), 'never-written');
    const tree = synthesizeInMemory(program(outdir));
    expect(existsSync(outdir)).toBe(false);
    expect(tree.count()).toBe(6);
    expect(tree.tier('production').get('Deployment', 'api').spec).toMatchObject({ replicas: 3 });
    expect(tree.find({ kind: 'Service', namespace: 'api-staging' })).toHaveLength(1);
    expect(tree.find({ labels: { 'gitops.cdk8s.io/tier': 'dev' } })).toHaveLength(2);
    expect(tree.find({ folder: 'environments/dev/applications/api', kind: 'Deployment' })).toHaveLength(1);
    expect(() => tree.get('Deployment', 'web')).toThrow("expected one Deployment 'web', found 0");
    expect(synthesizeInMemory(program(), { tiers: ['dev'] }).count()).toBe(2);
  });

  it('matchers pass and fail with useful messages', () => {
    const tree = synthesizeInMemory(program());
    expect(tree).toHaveResource('Deployment', {
      metadata: { name: 'api', namespace: 'api-production' },
      spec: { replicas: 3 },
    });
    expect(tree).not.toHaveResource('Deployment', { spec: { replicas: 5 } });
    expect(tree.tier('dev')).toHaveResourceCount('Service', 1);
    expect(tree).toPassValidation();
    expect(tree).toPassPolicies();
    const fail = matchers.toHaveResource(tree, 'ConfigMap', {});
    expect(fail.pass).toBe(false);
    expect(fail.message()).toBe('expected a ConfigMap matching {}; the tree has no ConfigMap');
  });

  it('reports what synth would reject instead of throwing', () => {
    const app = program();
    new ApiObject(app.tier('dev').application('api'), 'bad', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'bad' },
      spec: { replica: 1, selector: { matchLabels: { app: 'api' } }, template: {} },
    });
    const tree = synthesizeInMemory(app);
    expect(matchers.toPassValidation(tree).pass).toBe(false);
    expect(tree.errors.join('\n')).toContain("unknown field 'replica'");
  });
});

describe('snapshots', () => {
  it('serializes a tree as the committed YAML', () => {
    expect.addSnapshotSerializer(yamlSerializer);
    const dev = synthesizeInMemory(program()).tier('dev');
    expect(yamlSerializer.test(dev)).toBe(true);
    const text = yamlSerializer.serialize(dev);
    expect(text).toContain(
      '# environments/dev/applications/api/deployment-api.yaml\napiVersion: apps/v1\nkind: Deployment\n',
    );
    expect(text.split('---\n')).toHaveLength(2);
    expect(dev).toMatchSnapshot();
  });

  it('snapshots one file per resource', async () => {
    const dir = tempDir();
    const tree = synthesizeInMemory(program()).tier('production');
    const seen: string[] = [];
    await snapshotFiles(
      (actual) => ({
        toMatchFileSnapshot: async (file) => {
          seen.push(file);
          expect(actual).toContain('kind:');
        },
      }),
      tree,
      dir,
    );
    expect(seen).toEqual([
      join(dir, 'environments/production/applications/api/deployment-api.yaml'),
      join(dir, 'environments/production/applications/api/service-api.yaml'),
    ]);
    await snapshotFiles(expect, tree, join(import.meta.dirname, '__file_snapshots__'));
    expect(
      readdirSync(join(import.meta.dirname, '__file_snapshots__/environments/production/applications/api')),
    ).toEqual(['deployment-api.yaml', 'service-api.yaml']);
  });
});
