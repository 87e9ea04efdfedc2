import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, validateManifests } from '../../src/validation/index.js';

/** The upstream CRDs the shipped schemas are built from (beside the repository in CI and development). */
const CRDS_DIR = resolve(process.env.CRDS_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'crds'));

describe.skipIf(!existsSync(CRDS_DIR))('upstream CRDs as manifests', () => {
  it('every upstream CRD validates against the built-in CustomResourceDefinition schema', async () => {
    const manifests = (await readTree(CRDS_DIR)).filter((m) => m.object.kind === 'CustomResourceDefinition');
    expect(manifests.length).toBeGreaterThan(50);
    const report = validateManifests(manifests);
    expect(report.issues).toEqual([]);
  });
});
