import { describe, expect, it } from 'vitest';
import { addWorkloads } from '../../bench/families/workloads.js';
import { benchEnvironments } from '../../bench/platform-ours.js';
import { GitOpsApp } from '../../src/index.js';
import { tempDir } from '../helpers.js';
import { objectOf } from '../rollouts/helpers.js';
import { synthTree } from './helpers.js';

describe('bench workloads family', () => {
  it('emits the objects the hand-built bench services have, through WebService, and they validate', () => {
    const out = tempDir();
    const app = new GitOpsApp({ environments: benchEnvironments, outdir: out });
    addWorkloads(app, ['svc-0000', 'svc-0001']);
    const tree = synthTree(app, out);
    const dir = 'environments/production/applications/svc-0001';
    expect([...tree.keys()].filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1))).toEqual([
      'configmap-svc-0001-config.yaml',
      'deployment-svc-0001.yaml',
      'horizontalpodautoscaler-svc-0001.yaml',
      'poddisruptionbudget-svc-0001.yaml',
      'service-svc-0001.yaml',
      'serviceaccount-svc-0001.yaml',
    ]);
    expect(objectOf(tree, `${dir}/configmap-svc-0001-config.yaml`).data.UPSTREAM_URL).toBe(
      'http://svc-0000.svc-0000-production.svc:80',
    );
    expect(objectOf(tree, `${dir}/horizontalpodautoscaler-svc-0001.yaml`).spec).toMatchObject({
      minReplicas: 3,
      maxReplicas: 10,
    });
  });
});
