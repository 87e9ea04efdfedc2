import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { ArgoCdBootstrap, HealthChecks } from '../../src/index.js';
import { argoApp, synthTree } from './helpers.js';

function cm(scope: import('constructs').Construct, name: string): void {
  new ApiObject(scope, name, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
}

function platform() {
  const app = argoApp();
  new ApiObject(app.platformCore.xrds, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'platform' } });
  new ApiObject(app.shared.policies, 'role', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'viewer' },
    rules: [],
  });
  for (const t of app.tiers) {
    cm(t.infrastructure, 'infra');
    cm(t.application('api'), 'api');
  }
  return app;
}

describe('ArgoCdBootstrap (app-of-apps from the tier catalogue)', () => {
  it('per-application children: one root per tier, waves in order, every folder synced', () => {
    const app = platform();
    new ArgoCdBootstrap(app, 'argocd');
    const tree = synthTree(app); // fails on any folder not synced exactly once
    const files = [...tree.keys()].filter((f) => f.startsWith('bootstrap/')).sort();
    expect(files).toEqual([
      'bootstrap/argocd/application-platform.yaml',
      'bootstrap/argocd/application-root-dev.yaml',
      'bootstrap/argocd/application-root-production.yaml',
      'bootstrap/argocd/application-root-staging.yaml',
      'bootstrap/argocd/application-root.yaml',
      'bootstrap/argocd/appproject-dev.yaml',
      'bootstrap/argocd/appproject-platform.yaml',
      'bootstrap/argocd/appproject-production.yaml',
      'bootstrap/argocd/appproject-staging.yaml',
      'bootstrap/argocd/configmap-argocd-cm.yaml',
      'bootstrap/argocd/dev/application-api-dev.yaml',
      'bootstrap/argocd/dev/application-dev-infrastructure.yaml',
      'bootstrap/argocd/platform/applicationset-platform-core-xrds.yaml',
      'bootstrap/argocd/platform/applicationset-shared-policies.yaml',
      'bootstrap/argocd/production/application-api-production.yaml',
      'bootstrap/argocd/production/application-production-infrastructure.yaml',
      'bootstrap/argocd/staging/application-api-staging.yaml',
      'bootstrap/argocd/staging/application-staging-infrastructure.yaml',
    ]);
    const wave = (f: string) => Number((tree.get(f) as any).metadata.annotations['argocd.argoproj.io/sync-wave']);
    expect(wave('bootstrap/argocd/platform/applicationset-platform-core-xrds.yaml')).toBeLessThan(
      wave('bootstrap/argocd/platform/applicationset-shared-policies.yaml'),
    );
    expect(wave('bootstrap/argocd/platform/applicationset-shared-policies.yaml')).toBeLessThan(
      wave('bootstrap/argocd/dev/application-dev-infrastructure.yaml'),
    );
    expect(wave('bootstrap/argocd/dev/application-dev-infrastructure.yaml')).toBeLessThan(
      wave('bootstrap/argocd/dev/application-api-dev.yaml'),
    );
    const root = tree.get('bootstrap/argocd/application-root.yaml') as any;
    expect(root.spec.source.path).toBe('dist/bootstrap/argocd');
    expect(root.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    const rootProd = tree.get('bootstrap/argocd/application-root-production.yaml') as any;
    expect(rootProd.spec.source.path).toBe('dist/bootstrap/argocd/production');
    const apiProd = tree.get('bootstrap/argocd/production/application-api-production.yaml') as any;
    expect(apiProd.spec.destination).toEqual({ server: 'https://production.example.com', namespace: 'api-production' });
    expect(apiProd.spec.syncPolicy.automated).toBeUndefined();
    expect(apiProd.spec.project).toBe('production');
  });

  it('matrix mode syncs application folders with the tier matrix ApplicationSet', () => {
    const app = platform();
    new ArgoCdBootstrap(app, 'argocd', { applications: 'matrix' });
    const tree = synthTree(app);
    expect(tree.has('bootstrap/argocd/platform/applicationset-applications.yaml')).toBe(true);
    expect(tree.has('bootstrap/argocd/dev/application-api-dev.yaml')).toBe(false);
  });

  it('argocd-cm carries the health checks families registered, even after the bootstrap', () => {
    const app = platform();
    new ArgoCdBootstrap(app, 'argocd');
    HealthChecks.of(app).register({
      group: 'example.org',
      kind: 'XThing',
      lua: 'hs = {}\nhs.status = "Healthy"\nreturn hs\n',
    });
    const cmObject = synthTree(app).get('bootstrap/argocd/configmap-argocd-cm.yaml') as any;
    expect(cmObject.data).toEqual({
      'resource.customizations.health.example.org_XThing': 'hs = {}\nhs.status = "Healthy"\nreturn hs\n',
    });
  });
});
