import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { AppProject, Application, Source, Sync, SyncCoverage } from '../../src/index.js';
import { argoApp, REPO, synthErrors, synthTree, thrown } from './helpers.js';

function configMap(scope: import('constructs').Construct, name: string): void {
  new ApiObject(scope, name, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
}

describe('Application', () => {
  it('syncs a folder chart: repo path from the repository setting, destination and sync from the tier', () => {
    const app = argoApp();
    const folder = app.tier('dev').application('api');
    configMap(folder, 'api-config');
    AppProject.forTiers(app.bootstrap.argocd);
    new Application(app.bootstrap.argocd, 'api-dev', { source: folder, syncWave: 2, info: { docs: 'https://docs' } });
    SyncAll.exempt(app);
    const tree = synthTree(app);
    const object = tree.get('bootstrap/argocd/application-api-dev.yaml') as any;
    expect(object.metadata.namespace).toBe('argocd');
    expect(object.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(object.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('2');
    expect(object.spec.project).toBe('dev');
    expect(object.spec.source).toEqual({
      repoURL: REPO,
      path: 'dist/environments/dev/applications/api',
      targetRevision: 'HEAD',
    });
    expect(object.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'api-dev' });
    expect(object.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(object.spec.syncPolicy.retry).toEqual({
      limit: 5,
      backoff: { duration: '5s', factor: 2, maxDuration: '3m' },
    });
    expect(object.spec.syncPolicy.syncOptions).toEqual(['CreateNamespace=true']);
    expect(object.spec.info).toEqual([{ name: 'docs', value: 'https://docs' }]);
  });

  it('is manual in a tier with manual sync, and options and ignoreDifferences are rendered', () => {
    const app = argoApp();
    const infra = app.tier('production').infrastructure;
    configMap(infra, 'settings');
    AppProject.forTiers(app.bootstrap.argocd);
    new Application(app.bootstrap.argocd, 'infra-production', {
      source: Source.folder(infra, { include: '*.yaml', exclude: 'secret-*' }),
      retry: { limit: 2, duration: '10s', maxDuration: '1m' },
      syncOptions: { pruneLast: true, serverSideApply: true, applyOutOfSyncOnly: true },
      ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }],
      deleteResourcesWithApplication: false,
    });
    SyncAll.exempt(app);
    const object = synthTree(app).get('bootstrap/argocd/application-infra-production.yaml') as any;
    expect(object.spec.syncPolicy.automated).toBeUndefined();
    expect(object.metadata.finalizers).toBeUndefined();
    expect(object.spec.source.directory).toEqual({ include: '*.yaml', exclude: 'secret-*' });
    expect(object.spec.syncPolicy.retry).toEqual({
      limit: 2,
      backoff: { duration: '10s', factor: 2, maxDuration: '1m' },
    });
    expect(object.spec.syncPolicy.syncOptions).toEqual([
      'CreateNamespace=true',
      'PruneLast=true',
      'ServerSideApply=true',
      'ApplyOutOfSyncOnly=true',
      'RespectIgnoreDifferences=true',
    ]);
    expect(object.spec.ignoreDifferences).toEqual([
      { group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] },
    ]);
  });

  it('a tier scope syncs the whole tier folder recursively; Sync overrides the tier', () => {
    const app = argoApp();
    configMap(app.tier('staging').infrastructure, 'x');
    configMap(app.tier('staging').application('web'), 'y');
    AppProject.forTiers(app.bootstrap.argocd);
    new Application(app.bootstrap.argocd, 'staging', { source: app.tier('staging'), sync: Sync.manual() });
    SyncAll.exempt(app);
    const object = synthTree(app).get('bootstrap/argocd/application-staging.yaml') as any;
    expect(object.spec.source.path).toBe('dist/environments/staging');
    expect(object.spec.source.directory).toEqual({ recurse: true });
    expect(object.spec.destination.namespace).toBe('staging');
    expect(object.spec.syncPolicy.automated).toBeUndefined();
  });

  it('multiple sources: a Helm chart with values from this tree, Kustomize options', () => {
    const app = argoApp();
    const folder = app.tier('dev').application('db');
    configMap(folder, 'db');
    new AppProject(app.bootstrap.argocd, 'dev', {
      tier: app.tier('dev'),
      sourceRepos: [REPO, 'https://charts.bitnami.com/bitnami'],
    });
    new Application(app.bootstrap.argocd, 'db-dev', {
      sources: [
        Source.helm({
          repoUrl: 'https://charts.bitnami.com/bitnami',
          chart: 'postgresql',
          version: '15.5.0',
          helm: { valueFiles: ['$values/dist/environments/dev/applications/db/values.yaml'], releaseName: 'db' },
        }),
        Source.folder(folder, { ref: 'values' }),
      ],
    });
    SyncAll.exempt(app);
    const object = synthTree(app).get('bootstrap/argocd/application-db-dev.yaml') as any;
    expect(object.spec.source).toBeUndefined();
    expect(object.spec.sources[0]).toEqual({
      repoURL: 'https://charts.bitnami.com/bitnami',
      chart: 'postgresql',
      targetRevision: '15.5.0',
      helm: { valueFiles: ['$values/dist/environments/dev/applications/db/values.yaml'], releaseName: 'db' },
    });
    expect(object.spec.sources[1]).toMatchObject({ ref: 'values', path: 'dist/environments/dev/applications/db' });
  });

  it('an external git source with Kustomize is not claimed and not checked against the tree', () => {
    const app = argoApp();
    new AppProject(app.bootstrap.argocd, 'dev', {
      tier: app.tier('dev'),
      sourceRepos: ['https://github.com/acme/*'],
      destinations: [{ server: 'https://kubernetes.default.svc', namespace: 'addons' }],
    });
    new Application(app.bootstrap.argocd, 'addons', {
      source: Source.git({
        repoUrl: 'https://github.com/acme/addons.git',
        path: 'overlays/dev',
        kustomize: { namePrefix: 'dev-' },
      }),
      destination: { tier: app.tier('dev'), namespace: 'addons' },
    });
    SyncAll.exempt(app);
    const object = synthTree(app).get('bootstrap/argocd/application-addons.yaml') as any;
    expect(object.spec.source).toEqual({
      repoURL: 'https://github.com/acme/addons.git',
      path: 'overlays/dev',
      targetRevision: 'HEAD',
      kustomize: { namePrefix: 'dev-' },
    });
  });

  describe('bad input', () => {
    it('a destination no tier declares', () => {
      const app = argoApp();
      const folder = app.tier('dev').application('api');
      const message = thrown(
        () =>
          new Application(app.bootstrap.argocd, 'api', {
            source: folder,
            destination: { server: 'https://elsewhere.example.com' },
          }),
      );
      expect(message).toContain(
        "Application 'api' deploys to https://elsewhere.example.com, a cluster no tier declares",
      );
      expect(message).toContain('construct: bootstrap-argocd/api');
      expect(message).toContain('field: destination.server');
      expect(message).toContain('fix: deploy to a tier');
    });
    it('a name that is not DNS-1123', () => {
      const app = argoApp();
      const message = thrown(
        () => new Application(app.bootstrap.argocd, 'Api_Dev', { source: app.tier('dev').application('api') }),
      );
      expect(message).toContain("Application name 'Api_Dev' is not a DNS-1123 name");
      expect(message).toContain('tier: dev');
    });
    it('a tree folder without the repository setting', () => {
      const app = argoApp(false);
      expect(
        thrown(() => new Application(app.bootstrap.argocd, 'a', { source: app.tier('dev').application('api') })),
      ).toContain("Application 'a' needs to know where the tree lives in git");
    });
    it('two Applications of one name in one Argo CD namespace', () => {
      const app = argoApp();
      configMap(app.tier('dev').application('a'), 'a');
      configMap(app.tier('dev').application('b'), 'b');
      AppProject.forTiers(app.bootstrap.argocd);
      new Application(app.bootstrap.argocd, 'one', { name: 'same', source: app.tier('dev').application('a') });
      new Application(app.folder('bootstrap/argocd/dev', { namespace: 'argocd' }), 'two', {
        name: 'same',
        source: app.tier('dev').application('b'),
      });
      SyncAll.exempt(app);
      expect(synthErrors(app)).toContain("two Applications are named 'same' in Argo CD namespace 'argocd'");
    });
    it('a destination the project does not allow, and a repository it does not list', () => {
      const app = argoApp();
      configMap(app.tier('dev').application('a'), 'a');
      new AppProject(app.bootstrap.argocd, 'narrow', {
        sourceRepos: ['https://github.com/other/*'],
        destinations: [{ server: 'https://kubernetes.default.svc', namespace: 'only-this' }],
      });
      new Application(app.bootstrap.argocd, 'a-dev', { source: app.tier('dev').application('a'), project: 'narrow' });
      SyncAll.exempt(app);
      const errors = synthErrors(app);
      expect(errors).toContain(
        "deploys to https://kubernetes.default.svc namespace 'a-dev', which project 'narrow' does not allow",
      );
      expect(errors).toContain(`syncs from ${REPO}, which project 'narrow' does not list in sourceRepos`);
    });
  });
});

/** Exempts the bootstrap folders (the objects under test, applied by hand) from sync coverage. */
const SyncAll = {
  exempt(app: ReturnType<typeof argoApp>): void {
    SyncCoverage.of(app).exempt('bootstrap/argocd', 'applied by hand in this test', { recurse: true });
  },
};
