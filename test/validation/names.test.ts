import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../src/validation/index.js';
import { codes, customResourceDefinition, deployment, issuesOf, manifest } from './helpers.js';

const configMap = (name: string, metadata: Record<string, unknown> = {}): unknown => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop', ...metadata },
  data: { LOG_LEVEL: 'info' },
});

describe('names', () => {
  it('requires DNS-1123 subdomain names for most kinds', () => {
    expect(issuesOf([configMap('app.config-1')])).toEqual([]);
    const issues = issuesOf([configMap('App_Config')]);
    expect(issues).toMatchObject([
      {
        code: 'name.invalid',
        pointer: '/metadata/name',
        message: "'App_Config' is not a valid ConfigMap name",
        hint: "use 'app-config' instead",
      },
    ]);
    expect(codes(issuesOf([configMap('a'.repeat(254))]))).toEqual(['name.invalid /metadata/name']);
  });

  it('requires DNS labels for Namespaces and DNS-1035 labels for Services', () => {
    expect(codes(issuesOf([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team.a' } }]))).toEqual([
      'name.invalid /metadata/name',
    ]);
    expect(issuesOf([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } }])).toEqual([]);
    const service = (name: string): unknown => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace: 'shop' },
      spec: { ports: [{ port: 80 }] },
    });
    expect(issuesOf([service('web')])).toEqual([]);
    expect(codes(issuesOf([service('1web')]))).toEqual(['name.invalid /metadata/name']);
    expect(codes(issuesOf([service('w'.repeat(64))]))).toEqual(['name.invalid /metadata/name']);
  });

  it('allows RBAC names with colons (path segments)', () => {
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'system:shop:reader' },
    };
    expect(issuesOf([role])).toEqual([]);
  });

  it('requires a name and a CRD named <plural>.<group>', () => {
    expect(codes(issuesOf([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace: 'shop' } }]))).toEqual([
      'name.missing /metadata/name',
    ]);
    const crd = customResourceDefinition({
      group: 'example.com',
      kind: 'Widget',
      plural: 'widgets',
      name: 'widgets.example.org',
    });
    expect(issuesOf([crd])).toMatchObject([
      { code: 'name.invalid', expected: 'widgets.example.com', found: 'widgets.example.org' },
    ]);
  });

  it('checks label keys and values, including selectors and pod templates', () => {
    expect(issuesOf([configMap('a', { labels: { 'app.kubernetes.io/name': 'shop', tier: '' } })])).toEqual([]);
    const issues = issuesOf([
      configMap('a', { labels: { 'bad key!': 'x', 'example.com/ok': 'has spaces', '/x': 'y' } }),
      deployment({ selector: { matchLabels: { app: 'web', version: 'v'.repeat(64) } } }),
    ]);
    expect(codes(issues)).toEqual([
      'label.invalid /metadata/labels/bad key!',
      'label.invalid /metadata/labels/example.com~1ok',
      'label.invalid /metadata/labels/~1x',
      'label.invalid /spec/selector/matchLabels/version',
    ]);
    expect(issues[1]?.message).toContain("label value of 'example.com/ok' is invalid");
  });

  it('checks annotation keys', () => {
    expect(codes(issuesOf([configMap('a', { annotations: { 'Example.com/x': 'y' } })]))).toEqual([
      'annotation.invalid /metadata/annotations/Example.com~1x',
    ]);
  });
});

describe('namespaces', () => {
  it('requires metadata.namespace on namespaced kinds', () => {
    const issues = issuesOf([{ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web' } }]);
    expect(issues).toMatchObject([{ code: 'namespace.missing', pointer: '/metadata/namespace', severity: 'error' }]);
  });

  it('rejects metadata.namespace on cluster-scoped kinds', () => {
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'reader', namespace: 'shop' },
    };
    expect(codes(issuesOf([role]))).toEqual(['namespace.on-cluster-scoped /metadata/namespace']);
    const policy = {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'p', namespace: 'shop' },
      spec: {},
    };
    expect(codes(issuesOf([policy]))).toEqual(['namespace.on-cluster-scoped /metadata/namespace']);
  });

  it('requires the namespace itself to be a DNS label', () => {
    expect(codes(issuesOf([configMap('a', { namespace: 'Shop' })]))).toEqual(['name.invalid /metadata/namespace']);
  });
});

describe('duplicate identities', () => {
  it('are an error naming both files, within one tier', () => {
    const report = validateManifests([
      manifest(configMap('settings'), { file: 'environments/dev/a.yaml' }),
      manifest(configMap('settings'), { file: 'environments/dev/b.yaml' }),
    ]);
    expect(report.issues).toMatchObject([
      {
        code: 'identity.duplicate',
        file: 'environments/dev/b.yaml',
        message: 'ConfigMap shop/settings is defined twice in tier dev: here and in environments/dev/a.yaml',
      },
    ]);
  });

  it('are allowed across tiers, namespaces, groups and kinds', () => {
    const report = validateManifests([
      manifest(configMap('settings'), { file: 'environments/dev/a.yaml', tier: 'dev' }),
      manifest(configMap('settings'), { file: 'environments/staging/a.yaml', tier: 'staging' }),
      manifest(configMap('settings', { namespace: 'other' }), { file: 'environments/dev/b.yaml' }),
      manifest(
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'settings', namespace: 'shop' } },
        {
          file: 'environments/dev/c.yaml',
        },
      ),
    ]);
    expect(report.issues).toEqual([]);
  });

  it('ignore the namespace field of cluster-scoped kinds and the apiVersion version', () => {
    const hpa = (apiVersion: string): unknown => ({
      apiVersion,
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, maxReplicas: 3 },
    });
    const report = validateManifests([
      manifest(hpa('autoscaling/v1'), { file: 'environments/dev/a.yaml' }),
      manifest(hpa('autoscaling/v2'), { file: 'environments/dev/b.yaml' }),
    ]);
    expect(codes(report.issues)).toEqual(['identity.duplicate /metadata/name']);
  });
});
