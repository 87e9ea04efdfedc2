import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { AppProject, Application, defineEnvironments, GitOpsApp, Sync, SyncCoverage } from '../../src/index.js';
import { tempDir } from '../helpers.js';
import { argoApp, REPO, synthErrors, synthTree, thrown } from './helpers.js';

describe('AppProject', () => {
  it('per tier: the tier cluster in the namespaces of its folders, this repository, strict production', () => {
    const app = argoApp();
    new ApiObject(app.tier('production').application('api'), 'c', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
    new ApiObject(app.tier('dev').infrastructure, 'c', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'c' },
    });
    AppProject.forTiers(app.bootstrap.argocd, {
      roles: [
        {
          name: 'ci',
          policies: ['p, proj:{{project}}:ci, applications, sync, */*, allow'.replace('{{project}}', 'x')],
          groups: ['ci'],
        },
      ],
    });
    SyncCoverage.of(app).exempt('bootstrap/argocd', 'test', { recurse: true });
    SyncCoverage.of(app).exempt('environments', 'test', { recurse: true });
    const tree = synthTree(app);
    const production = tree.get('bootstrap/argocd/appproject-production.yaml') as any;
    expect(production.spec.sourceRepos).toEqual([REPO]);
    expect(production.spec.destinations).toEqual([
      { server: 'https://production.example.com', namespace: 'api-production' },
      { server: 'https://production.example.com', namespace: 'production' },
    ]);
    expect(production.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
    expect(production.spec.namespaceResourceBlacklist.map((g: any) => g.kind)).toEqual([
      'ResourceQuota',
      'LimitRange',
      'NetworkPolicy',
    ]);
    expect(production.spec.roles[0]).toMatchObject({ name: 'ci', groups: ['ci'] });
    const dev = tree.get('bootstrap/argocd/appproject-dev.yaml') as any;
    expect(dev.spec.clusterResourceWhitelist).toEqual([{ group: '*', kind: '*' }]);
    expect(dev.spec.namespaceResourceBlacklist).toBeUndefined();
    expect(dev.spec.syncWindows).toBeUndefined();
  });

  it("turns the tier's freeze windows into deny sync windows, plus windows of its own", () => {
    const environments = defineEnvironments({
      tiers: {
        dev: { cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' } },
        prod: {
          promotesFrom: 'dev',
          cluster: { name: 'prod', server: 'https://prod.example.com' },
          sync: Sync.manual(),
          freezeWindows: [
            { schedule: '0 18 * * 5', duration: '62h', timeZone: 'Europe/Berlin', reason: 'weekend', manualSync: true },
          ],
        },
      },
    });
    const app = new GitOpsApp({ environments, outdir: tempDir(), repository: { url: REPO } });
    new AppProject(app.bootstrap.argocd, 'prod', {
      tier: app.tier('prod'),
      syncWindows: [
        { kind: 'allow', schedule: '0 9 * * 1-4', duration: '8h', namespaces: ['prod'], clusters: ['prod'] },
      ],
    });
    SyncCoverage.of(app).exempt('bootstrap/argocd', 'test');
    const project = synthTree(app).get('bootstrap/argocd/appproject-prod.yaml') as any;
    expect(project.spec.syncWindows).toEqual([
      {
        kind: 'deny',
        schedule: '0 18 * * 5',
        duration: '62h',
        timeZone: 'Europe/Berlin',
        manualSync: true,
        applications: ['*'],
        description: 'weekend',
      },
      {
        kind: 'allow',
        schedule: '0 9 * * 1-4',
        duration: '8h',
        timeZone: 'UTC',
        manualSync: false,
        namespaces: ['prod'],
        clusters: ['prod'],
      },
    ]);
  });

  it('production permits no cluster-scoped kind but Namespace: an Application syncing one fails synth', () => {
    const app = argoApp();
    const infra = app.tier('production').infrastructure;
    new ApiObject(infra, 'role', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'reader', namespace: undefined },
      rules: [],
    });
    new ApiObject(infra, 'quota', { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q' }, spec: {} });
    AppProject.forTiers(app.bootstrap.argocd);
    new Application(app.bootstrap.argocd, 'infra-production', { source: infra });
    SyncCoverage.of(app).exempt('bootstrap/argocd', 'test');
    const errors = synthErrors(app);
    expect(errors).toContain(
      "error: Application 'infra-production' syncs ClusterRole 'reader' (environments/production/infrastructure/clusterrole-reader.yaml), a cluster-scoped kind project 'production' does not permit",
    );
    expect(errors).toContain(
      "fix: add { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' } to the AppProject's clusterResourceWhitelist",
    );
    expect(errors).toContain(
      "syncs ResourceQuota 'q' (environments/production/infrastructure/resourcequota-q.yaml), a namespaced kind project 'production' does not permit",
    );
  });

  describe('bad input', () => {
    it('an invalid cron schedule in a sync window', () => {
      const app = argoApp();
      const message = thrown(
        () =>
          new AppProject(app.bootstrap.argocd, 'p', {
            tier: app.tier('dev'),
            syncWindows: [{ schedule: '0 25 * * *', duration: '1h' }],
          }),
      );
      expect(message).toContain("sync window 0: '0 25 * * *' is not a cron schedule");
      expect(message).toContain('tier: dev');
      expect(message).toContain('construct: bootstrap-argocd/p');
      expect(message).toContain('field: syncWindows[0].schedule');
      expect(message).toContain('fix: use a five-field cron expression');
    });
    it('an invalid duration in a sync window', () => {
      const app = argoApp();
      const message = thrown(
        () =>
          new AppProject(app.bootstrap.argocd, 'p', {
            tier: app.tier('dev'),
            syncWindows: [{ schedule: '0 1 * * *', duration: '2 days' }],
          }),
      );
      expect(message).toContain("sync window 0: '2 days' is not a duration");
      expect(message).toContain('field: syncWindows[0].duration');
    });
    it('a project name that is not DNS-1123', () => {
      const app = argoApp();
      expect(
        thrown(() => new AppProject(app.bootstrap.argocd, 'p', { name: 'Team A', tier: app.tier('dev') })),
      ).toContain("AppProject name 'Team A' is not a DNS-1123 name");
    });
  });
});
