import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Application as ApplicationObject } from '../../imports/argocd-application.js';
import { AppProject, Application, ApplicationSet, Generator, SyncCoverage } from '../../src/index.js';
import { argoApp, synthErrors, synthTree } from './helpers.js';

function cm(scope: import('constructs').Construct, name: string): void {
  new ApiObject(scope, name, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { a: 'b' } });
}

describe('a fully synced tree', () => {
  function base() {
    const app = argoApp();
    cm(app.tier('dev').application('api'), 'api');
    cm(app.tier('dev').application('web'), 'web');
    cm(app.tier('dev').infrastructure, 'infra');
    AppProject.forTiers(app.bootstrap.argocd);
    return app;
  }

  it('a folder nothing syncs is an error naming the folder and how to opt out', () => {
    const app = base();
    new Application(app.bootstrap.argocd, 'api-dev', { source: app.tier('dev').application('api') });
    new Application(app.bootstrap.argocd, 'infra-dev', { source: app.tier('dev').infrastructure });
    SyncCoverage.of(app).exempt(app.bootstrap.argocd, 'applied by hand');
    const errors = synthErrors(app);
    expect(errors).toContain(
      "error: folder 'environments/dev/applications/web' holds 1 object(s) but nothing syncs it",
    );
    expect(errors).toContain("SyncCoverage.of(app).exempt('environments/dev/applications/web', 'reason')");
    expect(errors).not.toContain("'environments/dev/applications/api'");
  });

  it('a folder synced twice (an Application and an ApplicationSet-generated one) is an error', () => {
    const app = base();
    new Application(app.bootstrap.argocd, 'infra-dev', { source: app.tier('dev').infrastructure });
    new Application(app.bootstrap.argocd, 'web-dev', { source: app.tier('dev').application('web') });
    new Application(app.bootstrap.argocd, 'api-dev', { source: app.tier('dev').application('api') });
    new ApplicationSet(app.bootstrap.argocd, 'dev-apps', {
      generators: [Generator.gitDirectories({ directories: ['environments/dev/applications/*'] })],
      template: {
        name: '{{.path.basename}}-gen',
        project: 'dev',
        source: { path: '{{.path.path}}' },
        destination: { server: 'https://kubernetes.default.svc', namespace: '{{.path.basename}}-dev' },
      },
    });
    SyncCoverage.of(app).exempt(app.bootstrap.argocd, 'applied by hand');
    const errors = synthErrors(app);
    expect(errors).toContain(
      "error: folder 'environments/dev/applications/api' is synced 2 times: Application argocd/api-dev and ApplicationSet argocd/dev-apps (Application api-gen)",
    );
    expect(errors).toContain("folder 'environments/dev/applications/web' is synced 2 times");
  });

  it('an Application written with the generated class claims its folder too', () => {
    const app = base();
    new Application(app.bootstrap.argocd, 'dev', { source: app.tier('dev') });
    new ApplicationObject(app.bootstrap.argocd, 'raw', {
      metadata: { name: 'raw-api', namespace: 'argocd' },
      spec: {
        project: 'dev',
        source: {
          repoUrl: 'https://github.com/acme/platform.git',
          path: 'dist/environments/dev/applications/api',
          targetRevision: 'HEAD',
        },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'api-dev' },
      },
    });
    SyncCoverage.of(app).exempt(app.bootstrap.argocd, 'applied by hand');
    expect(synthErrors(app)).toContain(
      "error: folder 'environments/dev/applications/api' is synced 2 times: Application argocd/raw-api and Application argocd/dev",
    );
  });

  it('covered once each (recursive tier source, exemption) synthesizes', () => {
    const app = base();
    new Application(app.bootstrap.argocd, 'dev', { source: app.tier('dev') });
    SyncCoverage.of(app).exempt(app.bootstrap.argocd, 'applied by hand');
    expect(synthTree(app).has('bootstrap/argocd/application-dev.yaml')).toBe(true);
  });
});
