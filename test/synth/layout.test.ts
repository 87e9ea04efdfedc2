import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { manifestFileName, orderObjectKeys, TIER_LABEL, toYaml } from '../../src/index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';

describe('tree layout', () => {
  it('puts every folder where platform teams expect it', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const dev = app.tier('dev');
    new k8s.KubeConfigMap(dev.infrastructure, 'settings', { data: { a: '1' } });
    new k8s.KubeDeployment(dev.application('user-service'), 'user-service', {
      spec: { selector: {}, template: { spec: { containers: [{ name: 'c', image: 'i:1' }] } } },
    });
    new k8s.KubeClusterRole(app.platformCore.xrds, 'xrd-reader');
    new k8s.KubeClusterRole(app.platformCore.compositions, 'composer');
    new k8s.KubeClusterRole(app.shared.policies, 'policy-reader');
    new k8s.KubeConfigMap(app.bootstrap.argocd, 'argocd-cm', { metadata: { name: 'argocd-cm' } });
    new k8s.KubeConfigMap(app.folder('shared/monitoring', { namespace: 'monitoring' }), 'dashboards');
    app.synth({ output: captureOutput() });

    expect([...readTree(outdir).keys()]).toEqual([
      '.cdk8s-gitops.json',
      'bootstrap/argocd/configmap-argocd-cm.yaml',
      'environments/dev/applications/user-service/deployment-user-service.yaml',
      'environments/dev/infrastructure/configmap-settings.yaml',
      'platform-core/compositions/clusterrole-composer.yaml',
      'platform-core/xrds/clusterrole-xrd-reader.yaml',
      'shared/monitoring/configmap-dashboards.yaml',
      'shared/policies/clusterrole-policy-reader.yaml',
    ]);
  });

  it('gives tier folders the tier namespace and labels, with hash-free names', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const staging = app.tier('staging');
    new k8s.KubeConfigMap(staging.application('billing'), 'config');
    new k8s.KubeConfigMap(staging.infrastructure, 'settings');
    const { manifests } = app.synth({ output: captureOutput() });
    const byFile = new Map(manifests.map((m) => [m.file, m]));
    const appCm = byFile.get('environments/staging/applications/billing/configmap-config.yaml');
    expect(appCm?.object.metadata).toEqual({
      name: 'config',
      namespace: 'billing-staging',
      labels: { 'app.kubernetes.io/part-of': 'billing', [TIER_LABEL]: 'staging' },
    });
    expect(appCm?.tier).toBe('staging');
    expect(byFile.get('environments/staging/infrastructure/configmap-settings.yaml')?.object.metadata.namespace).toBe(
      'staging',
    );
  });

  it('drops the folder namespace from cluster-scoped kinds', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    new k8s.KubeClusterRole(app.tier('dev').infrastructure, 'reader');
    const { manifests } = app.synth({ output: captureOutput() });
    expect(manifests[0]?.object.metadata.namespace).toBeUndefined();
  });

  it('adds the namespace to the file name only when it differs from the folder namespace', () => {
    expect(manifestFileName('ConfigMap', 'cfg', 'dev', 'dev')).toBe('configmap-cfg.yaml');
    expect(manifestFileName('ConfigMap', 'cfg', 'other', 'dev')).toBe('configmap-cfg_other.yaml');
    expect(manifestFileName('ClusterRole', 'r', undefined, 'dev')).toBe('clusterrole-r.yaml');
    expect(manifestFileName('Namespace', 'dev', undefined, undefined)).toBe('namespace-dev.yaml');
  });

  it('names objects from construct ids below their folder, and adds hashes only on request', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const dev = app.tier('dev');
    const web = new Construct(dev.application('api'), 'Web');
    const group = new ApiObject(web, 'Config', { apiVersion: 'v1', kind: 'ConfigMap' });
    const slashed = new ApiObject(web, 'a/b', { apiVersion: 'v1', kind: 'ConfigMap' });
    const hashed = app.folder('shared/hashed', { namespace: 'x', hashSuffixes: true });
    const withHash = new k8s.KubeConfigMap(hashed, 'cfg');
    expect(group.name).toBe('web-config');
    expect(slashed.name).toBe('web-a-b');
    expect(withHash.name).toMatch(/^shared-hashed-cfg-c8[0-9a-f]{6}$/);
  });

  it('orders keys apiVersion, kind, metadata (name, namespace, labels, annotations), spec, then the rest', () => {
    const ordered = orderObjectKeys({
      status: {},
      spec: { b: 1, a: 2 },
      data: {},
      metadata: { annotations: {}, uid: 'u', labels: {}, name: 'n', namespace: 'ns' },
      kind: 'K',
      apiVersion: 'v1',
    });
    expect(Object.keys(ordered)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'data', 'status']);
    expect(Object.keys(ordered.metadata)).toEqual(['name', 'namespace', 'labels', 'annotations', 'uid']);
    expect(Object.keys(ordered.spec)).toEqual(['b', 'a']);
  });

  it('writes YAML with LF line ends, a trailing newline, and YAML 1.1 look-alikes quoted', () => {
    const text = toYaml({ a: 'on', b: 'yes', c: '0x1F', d: 'multi\nline', e: 3, f: true, g: '' });
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).toContain('a: "on"\nb: "yes"\nc: "0x1F"\n');
    expect(text).toContain('e: 3\nf: true\ng: ""\n');
  });

  it('rejects objects outside any folder, naming the construct path', async () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const { Chart } = await import('cdk8s');
    new k8s.KubeConfigMap(new Chart(app, 'loose'), 'orphan');
    expect(() => app.synth({ output: captureOutput() })).toThrow(
      /^error: ConfigMap 'loose-orphan-c8[0-9a-f]+' is not in a folder of the tree\n {2}construct: loose\/orphan\n/,
    );
  });

  it('rejects application names that are not DNS-1123 labels', () => {
    const app = testApp(tempDir());
    expect(() => app.tier('dev').application('User_Service')).toThrow(
      "application name 'User_Service' is not a DNS-1123 label",
    );
  });
});

describe('collisions', () => {
  it('is an error naming both construct paths when two objects would write one file', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const folder = app.tier('dev').application('api');
    new k8s.KubeConfigMap(folder, 'a', { metadata: { name: 'settings' } });
    new k8s.KubeConfigMap(folder, 'b', { metadata: { name: 'settings' } });
    let message = '';
    try {
      app.synth({ output: captureOutput() });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')[0]).toBe(
      'error: two objects would write environments/dev/applications/api/configmap-settings.yaml: dev/applications-api/a and dev/applications-api/b',
    );
    expect(message).toContain('  fix: give one of them another metadata.name');
  });

  it('is not a collision when the same name is used in different namespaces or kinds', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const folder = app.tier('dev').application('api');
    new k8s.KubeConfigMap(folder, 'a', { metadata: { name: 'settings' } });
    new k8s.KubeConfigMap(folder, 'b', { metadata: { name: 'settings', namespace: 'other' } });
    new k8s.KubeServiceAccount(folder, 'c', { metadata: { name: 'settings' } });
    const { manifests } = app.synth({ output: captureOutput() });
    expect(manifests.map((m) => m.file.split('/').pop())).toEqual([
      'configmap-settings.yaml',
      'configmap-settings_other.yaml',
      'serviceaccount-settings.yaml',
    ]);
  });
});
