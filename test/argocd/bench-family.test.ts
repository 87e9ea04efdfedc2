import { describe, expect, it } from 'vitest';
import { addArgoCd } from '../../bench/families/argocd.js';
import { benchEnvironments, buildServices, serviceName } from '../../bench/platform.js';
import { GitOpsApp } from '../../src/index.js';
import { captureOutput, tempDir } from '../helpers.js';

describe('bench: the Argo CD family', () => {
  it('syncs every service folder exactly once and validates', () => {
    const app = new GitOpsApp({
      environments: benchEnvironments,
      outdir: tempDir(),
      repository: { url: 'https://github.com/acme/bench.git', path: 'dist' },
    });
    buildServices(3, (tier, name) => app.tier(tier.name).application(name));
    addArgoCd(app, [0, 1, 2].map(serviceName));
    const { manifests } = app.synth({ quiet: true, output: captureOutput(), check: false, tiers: [] });
    const files = manifests.map((m) => m.file).filter((f) => f.startsWith('bootstrap/'));
    expect(files).toContain('bootstrap/argocd/applicationset-applications.yaml');
    expect(files.filter((f) => f.startsWith('bootstrap/argocd/production/'))).toHaveLength(3);
  });
});
