import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  APPSET_PREVIEW_ENV,
  AppProject,
  Application,
  ApplicationSet,
  applicationTierMatrix,
  ClusterSecret,
  Generator,
  rollingSyncByTier,
  SyncCoverage,
  type PreviewFile,
} from '../../src/index.js';
import { tempDir } from '../helpers.js';
import { argoApp, REPO, synthErrors, synthTree } from './helpers.js';

function cm(scope: Construct, name: string, data: Record<string, string> = { a: 'b' }): void {
  new ApiObject(scope, name, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });
}

/** An app with two applications in every tier, projects, and the bootstrap folder exempted. */
function appWithApplications() {
  const app = argoApp();
  for (const t of app.tiers) for (const name of ['api', 'web']) cm(t.application(name), `${name}-config`);
  AppProject.forTiers(app.bootstrap.argocd);
  SyncCoverage.of(app).exempt('bootstrap/argocd', 'applied by hand in this test');
  return app;
}

/** Synthesizes with the preview file requested, and returns what synth's expansion wrote. */
function preview(app: ReturnType<typeof argoApp>): PreviewFile {
  const file = join(tempDir(), 'preview.json');
  process.env[APPSET_PREVIEW_ENV] = file;
  synthTree(app);
  return JSON.parse(readFileSync(file, 'utf8')) as PreviewFile;
}
afterEach(() => {
  delete process.env[APPSET_PREVIEW_ENV];
});

const names = (p: PreviewFile) => p.applications.map((a) => a.name).sort();

describe('ApplicationSet expansion (the preview synth runs)', () => {
  it('list generator, default template style', () => {
    const app = appWithApplications();
    new ApplicationSet(app.bootstrap.argocd, 'api', {
      goTemplate: false,
      generators: [
        Generator.list(
          app.tiers.map((t) => ({
            tier: t.name,
            server: t.tier.cluster.server,
            path: `dist/environments/${t.name}/applications/api`,
          })),
        ),
      ],
      template: {
        name: 'api-{{tier}}',
        project: '{{tier}}',
        source: { path: '{{path}}' },
        destination: { server: '{{server}}', namespace: 'api-{{tier}}' },
      },
    });
    for (const t of app.tiers) new Application(app.bootstrap.argocd, `web-${t.name}`, { source: t.application('web') });
    const p = preview(app);
    expect(names(p)).toEqual(['api-dev', 'api-production', 'api-staging']);
    const prod = p.applications.find((a) => a.name === 'api-production')!;
    expect(prod).toMatchObject({
      project: 'production',
      sources: ['dist/environments/production/applications/api'],
      destination: 'production/api-production',
      sync: 'manual',
      tier: 'production',
    });
  });

  it('git directories generator with exclude; path.basename, path[n] and basenameNormalized', () => {
    const app = appWithApplications();
    new ApplicationSet(app.bootstrap.argocd, 'dev-apps', {
      goTemplate: false,
      generators: [
        Generator.gitDirectories({
          directories: ['environments/dev/applications/*'],
          exclude: [app.tier('dev').application('web')],
        }),
      ],
      template: {
        name: '{{path.basenameNormalized}}-{{path[2]}}',
        project: 'dev',
        source: { path: '{{path}}' },
        destination: { server: 'https://kubernetes.default.svc', namespace: '{{path.basename}}-dev' },
      },
    });
    new Application(app.bootstrap.argocd, 'web-dev', { source: app.tier('dev').application('web') });
    for (const t of [app.tier('staging'), app.tier('production')])
      new Application(app.bootstrap.argocd, `all-${t.name}`, { source: t });
    expect(names(preview(app))).toEqual(['api-dev']);
  });

  it('git files generator: fields of the files become parameters', () => {
    const app = argoApp();
    for (const t of app.tiers) cm(t.infrastructure, 'team', { owner: `team-${t.name}` });
    AppProject.forTiers(app.bootstrap.argocd);
    SyncCoverage.of(app).exempt('bootstrap/argocd', 'test');
    new ApplicationSet(app.bootstrap.argocd, 'infra', {
      generators: [Generator.gitFiles({ files: ['environments/*/infrastructure/configmap-team.yaml'] })],
      template: {
        name: '{{.data.owner}}-{{index .path.segments 2}}',
        project: '{{index .path.segments 2}}',
        source: { path: '{{.path.path}}' },
        destination: {
          name: '{{ if eq (index .path.segments 2) "dev" }}in-cluster{{ else }}{{index .path.segments 2}}{{ end }}',
          namespace: '{{index .path.segments 2}}',
        },
      },
    });
    const p = preview(app);
    expect(names(p)).toEqual(['team-dev-dev', 'team-production-production', 'team-staging-staging']);
    expect(p.applications.find((a) => a.name === 'team-dev-dev')!.sources).toEqual([
      'dist/environments/dev/infrastructure',
    ]);
  });

  it('clusters generator: tier clusters, selected by the labels of their cluster secrets', () => {
    const app = appWithApplications();
    ClusterSecret.forTiers(app.bootstrap.argocd);
    new ApplicationSet(app.bootstrap.argocd, 'api', {
      generators: [
        Generator.clusters({
          selector: { matchExpressions: [{ key: 'gitops.cdk8s.io/tier', operator: 'NotIn', values: ['dev'] }] },
          values: { app: 'api' },
        }),
      ],
      template: {
        name: '{{.values.app}}-{{.nameNormalized}}',
        project: '{{index .metadata.labels "gitops.cdk8s.io/tier"}}',
        source: { path: 'dist/environments/{{index .metadata.labels "gitops.cdk8s.io/tier"}}/applications/api' },
        destination: { server: '{{.server}}', namespace: 'api-{{.name}}' },
      },
    });
    new Application(app.bootstrap.argocd, 'api-dev', { source: app.tier('dev').application('api') });
    for (const t of app.tiers) new Application(app.bootstrap.argocd, `web-${t.name}`, { source: t.application('web') });
    const tree = synthTree(app);
    const secret = tree.get('bootstrap/argocd/secret-cluster-staging.yaml') as any;
    expect(secret.stringData).toEqual({ name: 'staging', server: 'https://staging.example.com' });
    expect(secret.metadata.labels['argocd.argoproj.io/secret-type']).toBe('cluster');
    expect(names(preview(app))).toEqual(['api-production', 'api-staging']);
  });

  it('matrix of a list (tiers) and git directories, the one-call tier matrix, RollingSync by tier', () => {
    const app = appWithApplications();
    const set = applicationTierMatrix(app.bootstrap.argocd, { progressive: true });
    const p = preview(app);
    expect(names(p)).toEqual(['api-dev', 'api-production', 'api-staging', 'web-dev', 'web-production', 'web-staging']);
    const webStaging = p.applications.find((a) => a.name === 'web-staging')!;
    expect(webStaging).toMatchObject({
      project: 'staging',
      destination: 'staging/web-staging',
      sync: 'auto (prune, self-heal)',
    });
    expect(p.applications.find((a) => a.name === 'web-production')!.sync).toBe('manual');
    expect(webStaging.object.metadata.labels).toEqual({
      'gitops.cdk8s.io/tier': 'staging',
      'app.kubernetes.io/part-of': 'web',
    });
    const json = synthTree(app).get('bootstrap/argocd/applicationset-applications.yaml') as any;
    expect(json.spec.strategy.rollingSync.steps.map((s: any) => s.matchExpressions[0].values)).toEqual([
      ['dev'],
      ['staging'],
      ['production'],
    ]);
    expect(json.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(json.spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true });
    expect(set.name).toBe('applications');
    expect(rollingSyncByTier(app.environments.tiers)).toHaveLength(3);
  });

  it('merge generator (nested matrix as its base): later sets override by merge key', () => {
    const app = appWithApplications();
    new ApplicationSet(app.bootstrap.argocd, 'apps', {
      generators: [
        Generator.merge(
          ['path.basename'],
          Generator.matrix(
            Generator.list(app.tiers.map((t) => ({ tier: t.name, server: t.tier.cluster.server, replicas: 'one' }))),
            Generator.gitDirectories({ directories: ['environments/{{.tier}}/applications/*'] }),
          ),
          Generator.list([{ path: { basename: 'web' }, replicas: 'many' }]),
        ),
      ],
      template: {
        name: '{{.path.basename}}-{{.tier}}',
        project: '{{.tier}}',
        annotations: { replicas: '{{ .replicas }}' },
        source: { path: '{{.path.path}}' },
        destination: { server: '{{.server}}', namespace: '{{.path.basename}}-{{.tier}}' },
      },
    });
    const p = preview(app);
    expect(names(p)).toEqual(['api-dev', 'api-production', 'api-staging', 'web-dev', 'web-production', 'web-staging']);
    const replicas = Object.fromEntries(
      p.applications.map((a) => [a.name, (a.object.metadata as any).annotations.replicas]),
    );
    expect(replicas).toMatchObject({
      'api-dev': 'one',
      'web-dev': 'many',
      'web-production': 'many',
      'api-staging': 'one',
    });
    // the override keeps the base's other path parameters (deep merge)
    expect(p.applications.find((a) => a.name === 'web-dev')!.sources).toEqual([
      'dist/environments/dev/applications/web',
    ]);
  });
});

describe('ApplicationSet bad input', () => {
  it('a parameter no generator provides', () => {
    const app = appWithApplications();
    new ApplicationSet(app.bootstrap.argocd, 'bad', {
      generators: [Generator.list([{ tier: 'dev' }])],
      template: {
        name: '{{.tier}}-{{.app}}',
        project: 'dev',
        source: { path: 'dist/environments/dev/applications/api' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'x' },
      },
    });
    const errors = synthErrors(app);
    expect(errors).toContain(
      "error: ApplicationSet 'bad': parameter '.app' is provided by no generator in '{{.tier}}-{{.app}}'",
    );
    expect(errors).toContain('construct: bootstrap-argocd/bad/Resource');
    expect(errors).toContain('field: spec.template');
    expect(errors).toContain('fix: use a parameter the generators provide (.tier)');
  });

  it('a generated path outside the tree, a destination no tier declares, a name that is not DNS-1123', () => {
    const app = appWithApplications();
    new ApplicationSet(app.bootstrap.argocd, 'bad', {
      generators: [Generator.list([{ n: 'Bad_Name' }])],
      template: {
        name: '{{.n}}',
        project: 'default',
        source: { path: 'elsewhere/apps' },
        destination: { server: 'https://nowhere.example.com', namespace: 'x' },
      },
    });
    const errors = synthErrors(app);
    expect(errors).toContain(
      "Application 'Bad_Name' generated by ApplicationSet 'bad' syncs path 'elsewhere/apps', outside the tree at 'dist'",
    );
    expect(errors).toContain("Application 'Bad_Name' generated by ApplicationSet 'bad' is not a DNS-1123 name");
    expect(errors).toContain('deploys to https://nowhere.example.com, a cluster no tier declares');
  });

  it('a generated path that is not in the tree', () => {
    const app = appWithApplications();
    for (const t of app.tiers) new Application(app.bootstrap.argocd, `all-${t.name}`, { source: t });
    new ApplicationSet(app.bootstrap.argocd, 'ghost', {
      generators: [Generator.list([{ tier: 'dev' }])],
      template: {
        name: 'ghost-{{.tier}}',
        project: 'dev',
        source: { path: 'dist/environments/{{.tier}}/applications/ghost' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'ghost-dev' },
      },
    });
    expect(synthErrors(app)).toContain(
      "ApplicationSet argocd/ghost (Application ghost-dev) syncs folder 'environments/dev/applications/ghost', which holds no objects in the tree",
    );
  });

  it('templatePatch without goTemplate, and no generators', () => {
    const app = appWithApplications();
    const template = { name: 'x', project: 'dev', source: { path: 'x' }, destination: { namespace: 'x' } };
    expect(
      () =>
        new ApplicationSet(app.bootstrap.argocd, 'a', {
          goTemplate: false,
          templatePatch: 'spec: {}',
          generators: [Generator.list([])],
          template,
        }),
    ).toThrow("ApplicationSet 'a' has a templatePatch but no goTemplate");
    expect(() => new ApplicationSet(app.bootstrap.argocd, 'b', { generators: [], template })).toThrow(
      "ApplicationSet 'b' has no generators",
    );
  });

  it('git generators use the repository setting', () => {
    const app = appWithApplications();
    const set = new ApplicationSet(app.bootstrap.argocd, 'x', {
      generators: [Generator.gitDirectories({ directories: [app.tier('dev').application('api')] })],
      template: {
        name: 'x',
        project: 'dev',
        source: { path: '{{.path.path}}' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'api-dev' },
      },
    });
    expect(set.resource.toJson().spec.generators).toEqual([
      { git: { repoURL: REPO, revision: 'HEAD', directories: [{ path: 'dist/environments/dev/applications/api' }] } },
    ]);
  });
});
