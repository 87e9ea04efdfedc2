import { describe, expect, it } from 'vitest';
import {
  FluxBootstrap,
  GitOpsError,
  GitRepository,
  HelmRelease,
  HelmRepository,
  Kustomization,
  NotificationAlert,
  NotificationProvider,
  OciRepository,
  refOf,
} from '../../src/index.js';
import { testEnvironments } from '../helpers.js';
import { byFile, configMap, repoApp, synthErrors } from './helpers.js';

describe('Flux sources and Kustomization', () => {
  it('points a GitRepository at the repository setting and the path at the folder chart', () => {
    const app = repoApp();
    const edge = app.folder('edge/infrastructure', { namespace: 'edge' });
    configMap(edge, 'settings');
    const bootstrap = app.folder('clusters/edge', { namespace: 'flux-system' });
    const source = new GitRepository(bootstrap, 'flux-system');
    const infra = new Kustomization(bootstrap, 'infrastructure', { source, folder: edge });
    new Kustomization(bootstrap, 'self', { source, folder: bootstrap, dependsOn: [infra], substituteFrom: [] });
    const files = byFile(app);
    const git = files.get('clusters/edge/gitrepository-flux-system.yaml');
    expect(git?.spec).toEqual({ url: 'https://github.com/acme/platform.git', interval: '1m', ref: { branch: 'main' } });
    const k = files.get('clusters/edge/kustomization-infrastructure.yaml');
    expect(k?.metadata.namespace).toBe('flux-system');
    expect(k?.spec.path).toBe('./dist/edge/infrastructure');
    expect(k?.spec.sourceRef).toEqual({ kind: 'GitRepository', name: 'flux-system' });
    expect(k?.spec).toMatchObject({ interval: '10m', timeout: '5m', retryInterval: '2m', prune: true, wait: true });
    expect(files.get('clusters/edge/kustomization-self.yaml')?.spec.dependsOn).toEqual([{ name: 'infrastructure' }]);
  });

  it('maps revisions to git refs: HEAD to the default branch, commits, refs/ names and branches', () => {
    expect(refOf('HEAD', 'main')).toEqual({ branch: 'main' });
    expect(refOf('b'.repeat(40), 'main')).toEqual({ commit: 'b'.repeat(40) });
    expect(refOf('refs/tags/v1.2.0', 'main')).toEqual({ name: 'refs/tags/v1.2.0' });
    expect(refOf('release-1.2', 'main')).toEqual({ branch: 'release-1.2' });
  });

  it('maps the repository revision to a git ref', () => {
    const app = repoApp();
    const f = app.folder('clusters/x', { namespace: 'flux-system' });
    const commit = new GitRepository(f, 'a', { name: 'a', ref: { commit: 'a'.repeat(40) } });
    expect(commit.resource.toJson().spec.ref).toEqual({ commit: 'a'.repeat(40) });
  });

  it('uses the OCI artifact root as the tree root', () => {
    const app = repoApp();
    const content = app.folder('edge/apps', { namespace: 'edge' });
    configMap(content, 'cm');
    const f = app.folder('clusters/edge', { namespace: 'flux-system' });
    const oci = new OciRepository(f, 'tree', { url: 'oci://ghcr.io/acme/platform-tree', ref: { tag: 'v1' } });
    const k = new Kustomization(f, 'apps', { source: oci, folder: content });
    expect(k.path).toBe('./edge/apps');
    expect(k.resource.toJson().spec.sourceRef).toEqual({ kind: 'OCIRepository', name: 'flux-system' });
    expect(() => new OciRepository(f, 'bad', { url: 'ghcr.io/acme/x' })).toThrow(/not an oci:\/\/ URL/);
  });

  it('takes postBuild substitutions and health checks as constructs, values per tier', () => {
    const app = repoApp();
    const infra = app.tier('production').infrastructure;
    const cm = configMap(infra, 'cluster-config');
    const f = app.folder('clusters/production', {
      namespace: 'flux-system',
      tier: testEnvironments.tier('production'),
    });
    const source = new GitRepository(f, 'src');
    const k = new Kustomization(f, 'infra', {
      source,
      folder: infra,
      interval: (t) => (t.production ? '30m' : '1m'),
      substituteFrom: [{ source: { configMapName: cm.name, node: cm.node } as never, optional: true }],
      healthChecks: [cm],
    });
    const spec = k.resource.toJson().spec;
    expect(spec.interval).toBe('30m');
    expect(spec.postBuild).toEqual({ substituteFrom: [{ kind: 'ConfigMap', name: 'cluster-config', optional: true }] });
    expect(spec.healthChecks).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'cluster-config', namespace: 'production' },
    ]);
  });

  it('rejects a per-tier value outside a tier and a bad duration', () => {
    const app = repoApp();
    const f = app.folder('clusters/x', { namespace: 'flux-system' });
    const source = new GitRepository(f, 'src');
    expect(() => new Kustomization(f, 'k', { source, folder: f, interval: () => '1m' })).toThrow(GitOpsError);
    expect(() => new Kustomization(f, 'k2', { source, folder: f, timeout: '5 minutes' })).toThrow(/not a duration/);
  });

  it('needs the repository setting for a git source', () => {
    const app = repoApp();
    const bare = new (app.constructor as typeof import('../../src/index.js').GitOpsApp)({
      environments: testEnvironments,
      outdir: app.outdir,
    });
    const f = bare.folder('clusters/x');
    expect(() => new GitRepository(f, 'src')).toThrow(/needs to know where the tree lives in git/);
  });
});

describe('Flux synth checks', () => {
  it('reports a dependsOn cycle naming the chain', () => {
    const app = repoApp();
    const a = app.folder('edge/a', { namespace: 'edge' });
    const b = app.folder('edge/b', { namespace: 'edge' });
    configMap(a, 'a');
    configMap(b, 'b');
    const f = app.folder('clusters/edge', { namespace: 'flux-system' });
    const source = new GitRepository(f, 'src');
    new Kustomization(f, 'root', { source, folder: f });
    const ka = new Kustomization(f, 'stage-a', { source, folder: a });
    const kb = new Kustomization(f, 'stage-b', { source, folder: b, dependsOn: [ka] });
    ka.addDependsOn(kb);
    const errors = synthErrors(app) ?? [];
    expect(errors.join('\n')).toMatch(
      /Flux Kustomizations depend on each other in a cycle: flux-system\/stage-a → flux-system\/stage-b → flux-system\/stage-a/,
    );
    expect(errors.filter((l) => l.includes('cycle'))).toHaveLength(1);
  });

  it('reports a dependency on a Kustomization of another cluster', () => {
    const app = repoApp();
    const content = app.folder('edge/a', { namespace: 'edge' });
    configMap(content, 'a');
    const one = app.folder('clusters/one', { namespace: 'flux-system' });
    const two = app.folder('clusters/two', { namespace: 'flux-system' });
    const s1 = new GitRepository(one, 'src');
    const s2 = new GitRepository(two, 'src');
    new Kustomization(one, 'root', { source: s1, folder: one });
    new Kustomization(two, 'root', { source: s2, folder: two });
    const other = new Kustomization(one, 'infra', { source: s1, folder: content });
    new Kustomization(two, 'apps', { source: s2, folder: 'edge', dependsOn: [other] });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toMatch(
      /'flux-system\/apps' depends on 'flux-system\/infra', which is not a Kustomization of the same cluster/,
    );
  });

  it('reports a path missing from the tree with the chain', () => {
    const app = repoApp();
    const full = app.folder('edge/full', { namespace: 'edge' });
    configMap(full, 'x');
    const empty = app.folder('edge/empty', { namespace: 'edge' });
    const f = app.folder('clusters/edge', { namespace: 'flux-system' });
    const source = new GitRepository(f, 'src');
    new Kustomization(f, 'root', { source, folder: f });
    const infra = new Kustomization(f, 'infrastructure', { source, folder: full });
    new Kustomization(f, 'apps', { source, folder: empty, dependsOn: [infra] });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toContain(
      "Flux Kustomization path './dist/edge/empty' is not in the tree: folder 'edge/empty' holds no objects (chain: flux-system/apps → flux-system/infrastructure)",
    );
  });

  it('claims folders in the sync coverage: a folder nothing syncs and a folder synced twice are errors', () => {
    const app = repoApp();
    const content = app.folder('edge/a', { namespace: 'edge' });
    configMap(content, 'a');
    configMap(app.folder('edge/unsynced', { namespace: 'edge' }), 'b');
    const f = app.folder('clusters/edge', { namespace: 'flux-system' });
    const source = new GitRepository(f, 'src');
    new Kustomization(f, 'root', { source, folder: f });
    new Kustomization(f, 'one', { source, folder: content });
    new Kustomization(f, 'two', { source, folder: content });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toMatch(/folder 'edge\/unsynced' holds 1 object\(s\) but nothing syncs it/);
    expect(text).toMatch(
      /folder 'edge\/a' is synced 2 times: Flux Kustomization flux-system\/one and Flux Kustomization flux-system\/two/,
    );
  });
});

describe('Helm and notifications', () => {
  it('emits a HelmRepository and a HelmRelease on it; a HelmRelease without a source is an error', () => {
    const app = repoApp();
    const f = app.folder('edge/platform', { namespace: 'flux-system' });
    const repo = new HelmRepository(f, 'podinfo', { url: 'oci://ghcr.io/stefanprodan/charts' });
    const base = new HelmRelease(f, 'base', { chart: { repository: repo, chart: 'podinfo', version: '6.x' } });
    new HelmRelease(f, 'web', {
      chart: { repository: repo, chart: 'podinfo' },
      values: { replicaCount: 2 },
      dependsOn: [base],
    });
    expect(() => new HelmRelease(f, 'none', { chart: undefined as never })).toThrow(/HelmRelease has no chart source/);
    try {
      new HelmRelease(f, 'none2', { chart: {} as never });
    } catch (e) {
      expect((e as GitOpsError).code).toBe('FLUX_HELMRELEASE_NO_SOURCE');
    }
    const ks = app.folder('clusters/edge', { namespace: 'flux-system' });
    const src = new GitRepository(ks, 'src');
    new Kustomization(ks, 'root', { source: src, folder: 'clusters/edge' });
    new Kustomization(ks, 'platform', { source: src, folder: f });
    const files = byFile(app);
    expect(files.get('edge/platform/helmrepository-podinfo.yaml')?.spec).toEqual({
      url: 'oci://ghcr.io/stefanprodan/charts',
      interval: '1h',
      type: 'oci',
    });
    const web = files.get('edge/platform/helmrelease-web.yaml');
    expect(web?.spec.chart.spec).toEqual({
      chart: 'podinfo',
      sourceRef: { kind: 'HelmRepository', name: 'podinfo' },
    });
    expect(web?.spec.dependsOn).toEqual([{ name: 'base' }]);
  });

  it('emits notification Provider and Alert (declared external: no notification CRDs are shipped)', () => {
    const app = repoApp();
    const f = app.folder('clusters/edge', { namespace: 'flux-system' });
    const src = new GitRepository(f, 'src');
    new Kustomization(f, 'root', { source: src, folder: f });
    const provider = new NotificationProvider(f, 'slack', {
      type: 'slack',
      channel: 'alerts',
      address: 'https://hooks.slack.com/services/x',
    });
    new NotificationAlert(f, 'failures', { provider, eventSources: [{ kind: 'Kustomization' }] });
    expect(() => new NotificationProvider(f, 'bad', { type: 'slack' })).toThrow(/neither an address nor a secret/);
    const files = byFile(app);
    expect(files.get('clusters/edge/alert-failures.yaml')?.spec).toEqual({
      providerRef: { name: 'slack' },
      eventSeverity: 'error',
      eventSources: [{ kind: 'Kustomization', name: '*' }],
    });
  });
});

describe('FluxBootstrap', () => {
  it('emits per tier the staged chain infrastructure → platform → apps', () => {
    const app = repoApp();
    for (const t of app.tiers) {
      configMap(t.infrastructure, 'infra');
      configMap(t.application('web'), 'web');
      configMap(t.application('api'), 'api');
    }
    const platformFolder = app.folder('shared/platform', { namespace: 'platform' });
    configMap(platformFolder, 'p');
    const boot = new FluxBootstrap(app, 'flux', { tiers: [app.tier('dev')], platform: [platformFolder] });
    // The other tiers' folders are synced by something else (Argo CD in a real program).
    new FluxBootstrap(app, 'flux-rest', { tiers: [app.tier('staging'), app.tier('production')] });
    const files = byFile(app);
    const dev = boot.clusters[0];
    expect(dev?.folder.path).toBe('clusters/dev');
    expect(files.get('clusters/dev/kustomization-flux-system.yaml')?.spec.path).toBe('./dist/clusters/dev');
    expect(files.get('clusters/dev/kustomization-infrastructure.yaml')?.spec).toMatchObject({
      path: './dist/environments/dev/infrastructure',
      interval: '5m',
    });
    expect(files.get('clusters/dev/kustomization-platform.yaml')?.spec.dependsOn).toEqual([{ name: 'infrastructure' }]);
    expect(files.get('clusters/dev/kustomization-apps-web.yaml')?.spec.dependsOn).toEqual([{ name: 'platform' }]);
    expect(files.get('clusters/production/kustomization-apps-api.yaml')?.spec).toMatchObject({
      interval: '10m',
      dependsOn: [{ name: 'infrastructure' }],
    });
  });

  it('bootstraps a cluster that is not a tier, under bootstrap/flux, from OCI, with notifications', () => {
    const app = repoApp();
    const infra = app.folder('edge/infrastructure', { namespace: 'edge' });
    const apps = app.folder('edge/apps', { namespace: 'edge' });
    configMap(infra, 'i');
    configMap(apps, 'a');
    new FluxBootstrap(app, 'flux', {
      layout: 'bootstrap',
      oci: { url: 'oci://ghcr.io/acme/tree', ref: { semver: '>=1.0.0' } },
      clusters: [{ name: 'edge', infrastructure: [infra], apps: [apps] }],
      notifications: { type: 'slack', channel: 'flux', address: 'https://hooks.slack.com/services/x' },
    });
    const files = byFile(app);
    expect(files.get('bootstrap/flux/edge/kustomization-apps.yaml')?.spec).toMatchObject({
      path: './edge/apps',
      sourceRef: { kind: 'OCIRepository', name: 'flux-system' },
      dependsOn: [{ name: 'infrastructure' }],
    });
    expect(files.get('bootstrap/flux/edge/alert-reconciliation-failures.yaml')?.spec.providerRef).toEqual({
      name: 'notifications',
    });
  });
});
