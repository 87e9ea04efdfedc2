import { describe, expect, it } from 'vitest';
import { environments } from '../../environments.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { GitOpsApp, type Manifest } from '../../src/index.js';
import { captureOutput, tempDir } from '../helpers.js';

describe('reference platform: Flux edge, secrets, alerts', () => {
  const app = new GitOpsApp({
    environments,
    outdir: tempDir(),
    repository: { url: 'https://github.com/acme/platform.git', path: 'dist' },
  });
  buildPlatform(app);
  const { manifests } = app.synth({ output: captureOutput() });
  const get = (file: string): Record<string, any> => {
    const m = manifests.find((x: Manifest) => x.file === file);
    if (!m) throw new Error(`no ${file}`);
    return m.object as Record<string, any>;
  };

  it('bootstraps the edge cluster with Flux in the staged chain, on folders Argo CD does not sync', () => {
    const kustomizations = manifests.filter((m) => m.object.kind === 'Kustomization');
    expect(kustomizations.map((m) => m.file)).toEqual([
      'clusters/edge/kustomization-apps.yaml',
      'clusters/edge/kustomization-flux-system.yaml',
      'clusters/edge/kustomization-infrastructure.yaml',
      'clusters/edge/kustomization-platform.yaml',
    ]);
    expect(get('clusters/edge/kustomization-platform.yaml').spec).toMatchObject({
      path: './edge/platform',
      sourceRef: { kind: 'OCIRepository', name: 'flux-system' },
      dependsOn: [{ name: 'infrastructure' }],
    });
    expect(get('clusters/edge/kustomization-apps.yaml').spec.dependsOn).toEqual([{ name: 'platform' }]);
    expect(get('clusters/edge/ocirepository-flux-system.yaml').spec.url).toBe('oci://ghcr.io/company/platform-tree');
    const argoPaths = manifests
      .filter((m) => m.object.kind === 'Application')
      .map((m) => (m.object as Record<string, any>).spec.source.path as string);
    for (const p of argoPaths) expect(p.startsWith('edge') || p.startsWith('clusters')).toBe(false);
  });

  it('reads database credentials through ExternalSecrets from the tier store, keeping the Secret names', () => {
    for (const tier of environments.names) {
      const es = get(`environments/${tier}/applications/user-service/externalsecret-user-database-credentials.yaml`);
      expect(es.spec.secretStoreRef).toEqual({
        kind: 'ClusterSecretStore',
        name: tier === 'dev' ? 'vault' : 'aws-secrets-manager',
      });
      expect(es.spec.target.name).toBe('user-database-credentials');
      expect(es.spec.refreshInterval).toBe(tier === 'production' ? '15m' : '1h');
      const workload = get(
        `environments/${tier}/applications/user-service/${tier === 'dev' ? 'deployment' : 'rollout'}-user-service.yaml`,
      );
      expect(workload.spec.template.spec.containers[0].env).toContainEqual({
        name: 'DATABASE_PASSWORD',
        valueFrom: { secretKeyRef: { name: 'user-database-credentials', key: 'DATABASE_PASSWORD' } },
      });
    }
  });

  it('pages on GitOps health in production only', () => {
    const severity = (tier: string) =>
      get(`environments/${tier}/infrastructure/prometheusrule-gitops-health.yaml`).spec.groups[0].rules[0].labels;
    expect(severity('production')).toMatchObject({ severity: 'critical', page: 'true' });
    expect(severity('dev')).toEqual({ severity: 'warning', team: 'platform' });
    const argo = get('environments/dev/infrastructure/prometheusrule-argocd-health-production.yaml');
    expect(argo.spec.groups[0].rules[0].expr).toContain('dest_server="https://production.k8s.company.com"');
  });
});
