import { describe, expect, it } from 'vitest';
import { addCrossplane } from '../../bench/families/crossplane.js';
import { GitOpsApp } from '../../src/index.js';
import { tempDir, testEnvironments } from '../helpers.js';
import { synthObjects } from './helpers.js';

describe('bench family', () => {
  it('adds the API once and a valid claim per service per tier', () => {
    const outdir = tempDir();
    const app = new GitOpsApp({ environments: testEnvironments, outdir });
    addCrossplane(app, ['svc-0001', 'svc-0002']);
    const objects = [...synthObjects(app, outdir).values()];
    const count = (kind: string) => objects.filter((o) => o.kind === kind).length;
    expect([count('XDatabase'), count('CompositeResourceDefinition'), count('Composition'), count('Function')]).toEqual(
      [6, 1, 2, 3],
    );
    const prod = objects.find((o) => o.kind === 'XDatabase' && o.metadata.namespace === 'svc-0002-production');
    expect(prod?.spec.parameters).toEqual({ size: 'large', backup: true, retentionDays: 30 });
  });
});
