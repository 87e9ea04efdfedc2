import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { App } from 'cdk8s';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GitOpsError,
  HealthChecks,
  Platform,
  podSpecReferences,
  promqlProblem,
  ReferenceCheck,
  Repository,
  resolveTierValue,
  byProduction,
  SyncCoverage,
  SynthChecks,
  SynthFailedError,
  type GitOpsApp,
} from '../../src/index.js';
import { captureOutput, tempDir, testApp, testEnvironments } from '../helpers.js';

/** The error lines of a failed synth (throws if synth succeeds). */
function failure(app: GitOpsApp, tiers?: string[]): string[] {
  try {
    app.synth({ output: captureOutput(), tiers });
  } catch (e) {
    if (e instanceof SynthFailedError) return [...e.lines];
    throw e;
  }
  throw new Error('synth succeeded');
}

const configMap = (scope: ConstructParam, id: string) =>
  new k8s.KubeConfigMap(scope, id, { metadata: { name: id }, data: { 'app.yaml': 'x: 1' } });
type ConstructParam = ConstructorParameters<typeof k8s.KubeConfigMap>[0];

function deployment(scope: ConstructParam, id: string, spec: Record<string, unknown> = {}, labels = { app: id }) {
  return new k8s.KubeDeployment(scope, id, {
    metadata: { name: id },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: id, image: `${id}:1.0.0`, ...spec }] },
      },
    },
  });
}

describe('SynthChecks', () => {
  it('runs each registered check once per id; its errors fail synth and nothing is written', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    configMap(app.tier('dev').infrastructure, 'settings');
    let runs = 0;
    for (let i = 0; i < 3; i++) {
      SynthChecks.of(app.tier('dev')).add({
        id: 'test.once',
        check(ctx) {
          runs++;
          expect(ctx.manifests.map((m) => m.file)).toEqual(['environments/dev/infrastructure/configmap-settings.yaml']);
          ctx.error(new GitOpsError('settings are wrong', { code: 'TEST', tier: 'dev', field: '/data' }));
        },
      });
    }
    const lines = failure(app);
    expect(runs).toBe(1);
    expect(lines[0]).toContain('settings are wrong');
    expect(existsSync(join(outdir, 'environments'))).toBe(false);
  });

  it('prints warnings and still writes', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    configMap(app.tier('dev').infrastructure, 'settings');
    SynthChecks.of(app).add({ id: 'test.warn', check: (ctx) => ctx.warn('looks odd', { tier: 'dev' }) });
    const output = captureOutput();
    app.synth({ output });
    expect(output.text()).toContain('warning dev looks odd');
    expect(existsSync(join(outdir, 'environments/dev/infrastructure/configmap-settings.yaml'))).toBe(true);
  });
});

describe('SyncCoverage', () => {
  function appWithFolders(outdir: string) {
    const app = testApp(outdir);
    configMap(app.tier('dev').infrastructure, 'a');
    configMap(app.tier('dev').application('web'), 'b');
    return app;
  }

  it('is off until something claims a folder', () => {
    const app = appWithFolders(tempDir());
    expect(() => app.synth({ output: captureOutput() })).not.toThrow();
  });

  it('reports a folder nothing syncs and a folder synced twice', () => {
    const app = appWithFolders(tempDir());
    const coverage = SyncCoverage.of(app);
    coverage.claim({ folder: 'environments/dev/infrastructure', by: 'Application argocd/infra-dev' });
    coverage.claim({ folder: 'environments/dev/infrastructure', by: 'Kustomization flux-system/infra' });
    const lines = failure(app).join('\n');
    expect(lines).toContain("folder 'environments/dev/applications/web' holds 1 object(s) but nothing syncs it");
    expect(lines).toContain(
      "folder 'environments/dev/infrastructure' is synced 2 times: Application argocd/infra-dev and Kustomization flux-system/infra",
    );
  });

  it('counts recursive claims on ancestors, lazy claims and exemptions', () => {
    const app = appWithFolders(tempDir());
    const coverage = SyncCoverage.of(app);
    coverage.claim({ folder: 'environments/dev/applications', recurse: true, by: 'ApplicationSet apps' });
    coverage.claim((ctx) =>
      [...ctx.folders().keys()]
        .filter((f) => f.endsWith('/infrastructure'))
        .map((folder) => ({ folder, by: `generated ${folder}` })),
    );
    expect(() => app.synth({ output: captureOutput() })).not.toThrow();

    const other = appWithFolders(tempDir());
    SyncCoverage.of(other).claim({ folder: 'environments/dev/infrastructure', by: 'infra' });
    SyncCoverage.of(other).exempt(other.tier('dev').application('web'), 'applied by the bootstrap script');
    expect(() => other.synth({ output: captureOutput() })).not.toThrow();
    expect(() => SyncCoverage.of(other).exempt('x', ' ')).toThrow(/needs a reason/);
  });

  it('reports a claim on a folder that holds nothing, except for tiers not collected under --tier', () => {
    const app = appWithFolders(tempDir());
    const coverage = SyncCoverage.of(app);
    coverage.claim({ folder: 'environments/dev/infrastructure', by: 'a' });
    coverage.claim({ folder: 'environments/dev/applications/web', by: 'b' });
    coverage.claim({
      folder: 'environments/staging/infrastructure',
      by: 'Application argocd/infra-staging',
      tier: 'staging',
    });
    expect(failure(app).join('\n')).toContain(
      "Application argocd/infra-staging syncs folder 'environments/staging/infrastructure', which holds no objects in the tree",
    );
    expect(() => app.synth({ output: captureOutput(), tiers: ['dev'] })).not.toThrow();
  });
});

describe('ReferenceCheck', () => {
  it('reports a Secret nothing provides and a missing key, naming tier, file, field and construct', () => {
    const app = testApp(tempDir());
    const web = app.tier('dev').application('web');
    new ApiObject(web, 'creds', {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'creds' },
      spec: {
        secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
        data: [{ secretKey: 'username', remoteRef: { key: 'db', property: 'username' } }],
      },
    });
    new ApiObject(app.shared.secrets, 'vault', {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'vault' },
      spec: {
        provider: {
          vault: {
            server: 'https://vault.example.com',
            auth: { tokenSecretRef: { name: 't', key: 't', namespace: 'x' } },
          },
        },
      },
    });
    deployment(web, 'web', {
      env: [
        { name: 'USER', valueFrom: { secretKeyRef: { name: 'creds', key: 'username' } } },
        { name: 'PASS', valueFrom: { secretKeyRef: { name: 'creds', key: 'password' } } },
        { name: 'OPT', valueFrom: { secretKeyRef: { name: 'maybe', key: 'x', optional: true } } },
      ],
      envFrom: [{ configMapRef: { name: 'missing-config' } }],
    });
    const lines = failure(app).join('\n');
    expect(lines).toContain(
      "Deployment 'web' uses key 'password' of Secret 'creds' in namespace 'web-dev', which has only 'username'",
    );
    expect(lines).toContain(
      "Deployment 'web' refers to ConfigMap 'missing-config' in namespace 'web-dev', which nothing in the tree provides",
    );
    expect(lines).toContain('field: /spec/template/spec/containers/0/envFrom/0/configMapRef');
    expect(lines).toContain('construct: dev/applications-web/web');
    expect(lines).not.toContain("'maybe'");
  });

  it('sees only its own tier plus shared folders, and honours external declarations', () => {
    const app = testApp(tempDir());
    configMap(app.tier('staging').application('web'), 'config');
    deployment(app.tier('dev').application('web'), 'web', { envFrom: [{ configMapRef: { name: 'config' } }] });
    expect(failure(app).join('\n')).toContain("refers to ConfigMap 'config' in namespace 'web-dev'");

    const shared = testApp(tempDir());
    deployment(shared.tier('dev').application('web'), 'web', {
      envFrom: [{ secretRef: { name: 'registry-token' } }],
    });
    ReferenceCheck.of(shared).external('Secret', 'registry-*');
    expect(() => shared.synth({ output: captureOutput() })).not.toThrow();
  });

  it('reports a Service and a PodDisruptionBudget that select no pods', () => {
    const app = testApp(tempDir());
    const web = app.tier('production').application('web');
    deployment(web, 'web', {}, { app: 'web' });
    new k8s.KubeService(web, 'svc', {
      metadata: { name: 'web' },
      spec: { selector: { app: 'wbe' }, ports: [{ port: 80 }] },
    });
    new k8s.KubePodDisruptionBudget(web, 'pdb', {
      metadata: { name: 'web' },
      spec: { minAvailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: { app: 'web' } } },
    });
    const lines = failure(app).join('\n');
    expect(lines).toContain("Service 'web' selects no pods (app=wbe): the Service would have no endpoints");
    expect(lines).not.toContain('PodDisruptionBudget');
  });

  it('matches every label of a selector against the pods of one namespace, many workloads sharing it', () => {
    const app = testApp(tempDir());
    const shop = app.tier('production').application('shop');
    for (let i = 0; i < 40; i++) {
      const labels: { app: string } = { app: `svc-${i}`, ...{ 'app.kubernetes.io/part-of': 'shop' } };
      deployment(shop, `svc-${i}`, {}, labels);
      new k8s.KubeService(shop, `service-${i}`, {
        metadata: { name: `svc-${i}` },
        spec: { selector: { 'app.kubernetes.io/part-of': 'shop', app: `svc-${i}` }, ports: [{ port: 80 }] },
      });
    }
    // Each label exists on some pod, but no pod carries both.
    new k8s.KubeService(shop, 'mixed', {
      metadata: { name: 'mixed' },
      spec: { selector: { 'app.kubernetes.io/part-of': 'shop', app: 'svc-x' }, ports: [{ port: 80 }] },
    });
    new k8s.KubeService(shop, 'other-part', {
      metadata: { name: 'other-part' },
      spec: { selector: { 'app.kubernetes.io/part-of': 'billing', app: 'svc-3' }, ports: [{ port: 80 }] },
    });
    const selectsNothing = failure(app).filter((line) => line.includes('selects no pods'));
    expect(selectsNothing).toHaveLength(2);
    expect(selectsNothing.join('\n')).toContain("Service 'mixed' selects no pods");
    expect(selectsNothing.join('\n')).toContain("Service 'other-part' selects no pods");
  });

  it('finds every reference of a pod spec, in order, with fields and keys, skipping optional ones', () => {
    const spec = {
      serviceAccountName: 'runner',
      imagePullSecrets: [{ name: 'pull' }],
      initContainers: [{ name: 'init', envFrom: [{ secretRef: { name: 'init-env' } }] }],
      containers: [
        {
          name: 'app',
          envFrom: [{ configMapRef: { name: 'app-env' } }, { secretRef: { name: 'maybe', optional: true } }],
          env: [
            { name: 'A', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'B', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } },
            { name: 'C', valueFrom: { secretKeyRef: { name: 'opt', key: 'x', optional: true } } },
            { name: 'D', value: 'plain' },
          ],
        },
      ],
      volumes: [
        { name: 'certs', secret: { secretName: 'tls', items: [{ key: 'tls.crt', path: 'crt' }] } },
        { name: 'conf', configMap: { name: 'conf' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
        {
          name: 'mixed',
          projected: {
            sources: [
              { secret: { name: 'proj-secret', items: [{ key: 'token', path: 't' }] } },
              { configMap: { name: 'proj-config' } },
            ],
          },
        },
      ],
    };
    const refs = podSpecReferences(spec, 'team', '/spec/template/spec').map((r) => [
      r.target.kind,
      r.target.name,
      r.target.namespace,
      r.field.replace('/spec/template/spec', ''),
      r.keys,
    ]);
    expect(refs).toEqual([
      ['ServiceAccount', 'runner', 'team', '/serviceAccountName', undefined],
      ['Secret', 'pull', 'team', '/imagePullSecrets/0', undefined],
      ['Secret', 'init-env', 'team', '/initContainers/0/envFrom/0/secretRef', undefined],
      ['ConfigMap', 'app-env', 'team', '/containers/0/envFrom/0/configMapRef', undefined],
      ['Secret', 'db', 'team', '/containers/0/env/0/valueFrom/secretKeyRef', ['password']],
      ['ConfigMap', 'settings', 'team', '/containers/0/env/1/valueFrom/configMapKeyRef', ['mode']],
      ['Secret', 'tls', 'team', '/volumes/0/secret', ['tls.crt']],
      ['ConfigMap', 'conf', 'team', '/volumes/1/configMap', undefined],
      ['PersistentVolumeClaim', 'data', 'team', '/volumes/2/persistentVolumeClaim', undefined],
      ['Secret', 'proj-secret', 'team', '/volumes/3/projected/sources/0/secret', ['token']],
      ['ConfigMap', 'proj-config', 'team', '/volumes/3/projected/sources/1/configMap', undefined],
    ]);
    expect(podSpecReferences({ serviceAccountName: 'default' }, undefined, '/spec')).toEqual([]);
    expect(podSpecReferences(undefined, undefined, '/spec')).toEqual([]);
  });

  it('is turned off with checkReferences: false', async () => {
    const { GitOpsApp } = await import('../../src/index.js');
    const app = new GitOpsApp({ environments: testEnvironments, outdir: tempDir(), checkReferences: false });
    deployment(app.tier('dev').application('web'), 'web', { envFrom: [{ secretRef: { name: 'nope' } }] });
    expect(() => app.synth({ output: captureOutput() })).not.toThrow();
  });
});

describe('Repository and Platform', () => {
  it('places folders inside the repository path', () => {
    const repo = new Repository({ url: 'https://github.com/acme/platform.git', path: 'deploy/rendered/' }, 'dist');
    expect(repo.revision).toBe('HEAD');
    expect(repo.pathOf('environments/dev/infrastructure')).toBe('deploy/rendered/environments/dev/infrastructure');
    expect(repo.folderOf('deploy/rendered/shared/policies')).toBe('shared/policies');
    expect(repo.folderOf('other/shared')).toBeUndefined();
    expect(new Repository({ url: 'u', path: '.' }, 'dist').pathOf('shared')).toBe('shared');
    expect(() => new Repository({ url: 'u', path: '../x' }, 'dist')).toThrow(/leaves the repository/);
    expect(() => new Repository({ url: ' ' }, 'dist')).toThrow(/repository.url is empty/);
  });

  it('defaults the tree path to the outdir relative to the git checkout', () => {
    // This test runs inside the project's git checkout.
    expect(new Repository({ url: 'u' }, 'dist').path).toBe('dist');
    expect(new Repository({ url: 'u' }, 'examples/out').path).toBe('examples/out');
  });

  it('gives families the program, its repository and the tier of a construct', () => {
    const app = testApp(tempDir());
    const folder = app.tier('staging').application('web');
    expect(Platform.of(folder)).toBe(app);
    expect(Platform.tierOf(folder)?.name).toBe('staging');
    expect(Platform.tierOf(app.shared.policies)).toBeUndefined();
    expect(() => Platform.repositoryOf(folder, 'an Argo CD Application')).toThrow(
      /an Argo CD Application needs to know where the tree lives in git/,
    );
    expect(() => Platform.of(new App())).toThrow(/must be created inside a GitOpsApp/);
  });
});

describe('TierValue, HealthChecks, promqlProblem', () => {
  it('resolves plain values, PerTier values and functions of the tier', () => {
    const production = testEnvironments.tier('production');
    const dev = testEnvironments.tier('dev');
    expect(resolveTierValue(3, dev)).toBe(3);
    expect(resolveTierValue(testEnvironments.perTier({ dev: 1, staging: 2, production: 5 }), production)).toBe(5);
    expect(resolveTierValue((t) => t.name.length, production)).toBe(10);
    expect(resolveTierValue(byProduction('Enforce', 'Audit'), production)).toBe('Enforce');
    expect(resolveTierValue(byProduction('Enforce', 'Audit'), dev)).toBe('Audit');
  });

  it('keeps one health check per kind, sorted', () => {
    const app = testApp(tempDir());
    const checks = HealthChecks.of(app.tier('dev'));
    checks.register({ group: 'b.example.com', kind: 'XB', lua: 'one' });
    checks.register({ group: 'a.example.com', kind: 'XA', lua: 'a' });
    HealthChecks.of(app).register({ group: 'b.example.com', kind: 'XB', lua: 'two' });
    expect(HealthChecks.of(app).all.map((c) => `${c.group}_${c.kind}=${c.lua}`)).toEqual([
      'a.example.com_XA=a',
      'b.example.com_XB=two',
    ]);
  });

  it('finds PromQL syntax errors with their position', () => {
    expect(
      promqlProblem('sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))'),
    ).toBeUndefined();
    expect(promqlProblem('histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m])))')).toBeUndefined();
    expect(promqlProblem('rate(foo[5m')?.offset).toBe(11);
    expect(promqlProblem('up == ')?.message).toContain('PromQL syntax error');
    expect(promqlProblem('  ')?.message).toBe('the expression is empty');
  });
});
