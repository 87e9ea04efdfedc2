import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { addFluxSecrets } from '../../bench/families/flux-secrets.js';
import { captureOutput } from '../helpers.js';
import { repoApp } from './helpers.js';

describe('bench family flux-secrets', () => {
  it('adds an ExternalSecret per service per tier, stores, alerts and a Flux bootstrap that synth accepts', () => {
    const app = repoApp();
    const services = ['svc-0001', 'svc-0002'];
    for (const t of app.tiers) {
      for (const s of services) {
        new k8s.KubeConfigMap(t.application(s), 'config', { metadata: { name: s }, data: { a: 'b' } });
      }
    }
    addFluxSecrets(app, services, { flux: 'all' });
    const { manifests } = app.synth({ output: captureOutput() });
    const count = (kind: string) => manifests.filter((m) => m.object.kind === kind).length;
    expect(count('ExternalSecret')).toBe(6);
    expect(count('ClusterSecretStore')).toBe(2);
    expect(count('PrometheusRule')).toBe(3);
    expect(count('Kustomization')).toBe(3 * (1 + 1 + 2) + 1);
  });
});
