import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import {
  ClusterSecretStore,
  ExternalSecret,
  GitOpsError,
  SealedScopeCheck,
  SealedSecret,
  SecretStore,
  StoreProvider,
} from '../../src/index.js';
import { testEnvironments } from '../helpers.js';
import { byFile, repoApp, synthErrors } from '../flux/helpers.js';

const aws = StoreProvider.awsSecretsManager({
  region: 'eu-central-1',
  serviceAccount: { name: 'external-secrets', namespace: 'external-secrets' },
});
const vault = StoreProvider.vault({
  server: 'https://vault.example.com:8200',
  kubernetesAuth: {
    role: 'external-secrets',
    serviceAccount: { name: 'external-secrets', namespace: 'external-secrets' },
  },
});
const gcp = StoreProvider.gcpSecretManager({
  projectId: 'acme-prod',
  workloadIdentity: {
    clusterLocation: 'europe-west1',
    clusterName: 'prod',
    serviceAccount: { name: 'eso', namespace: 'eso' },
  },
});
const CIPHER = `AgB${'x3Yk'.repeat(100)}==`;

/** A Deployment reading `key` of `secret`. */
function consumer(
  scope: ConstructorParameters<typeof k8s.KubeDeployment>[0],
  ref: { name: string; key: string },
): void {
  new k8s.KubeDeployment(scope, 'api', {
    metadata: { name: 'api' },
    spec: {
      selector: { matchLabels: { app: 'api' } },
      template: {
        metadata: { labels: { app: 'api' } },
        spec: {
          containers: [{ name: 'api', image: 'api:1.0.0', env: [{ name: 'PW', valueFrom: { secretKeyRef: ref } }] }],
        },
      },
    },
  });
}

/** `expect(fn).toThrow` for a GitOpsError with `code`; returns the error. */
function thrown(fn: () => unknown, code: string): GitOpsError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GitOpsError);
    expect((e as GitOpsError).code).toBe(code);
    return e as GitOpsError;
  }
  throw new Error('did not throw');
}

describe('secret stores', () => {
  it('emits AWS, Vault and GCP stores that validate against the external-secrets CRDs', () => {
    const app = repoApp();
    new ClusterSecretStore(app.shared.secrets, 'aws', { provider: aws });
    new ClusterSecretStore(app.shared.secrets, 'gcp', { provider: gcp, namespaces: ['payments'] });
    new SecretStore(app.tier('dev').application('api'), 'vault', { provider: vault });
    const files = byFile(app);
    expect(files.get('shared/secrets/clustersecretstore-aws.yaml')?.spec.provider.aws).toEqual({
      service: 'SecretsManager',
      region: 'eu-central-1',
      auth: { jwt: { serviceAccountRef: { name: 'external-secrets', namespace: 'external-secrets' } } },
    });
    expect(files.get('shared/secrets/clustersecretstore-gcp.yaml')?.spec.conditions).toEqual([
      { namespaces: ['payments'] },
    ]);
    const v = files.get('environments/dev/applications/api/secretstore-vault.yaml');
    expect(v?.metadata.namespace).toBe('api-dev');
    expect(v?.spec.provider.vault).toMatchObject({
      path: 'secret',
      version: 'v2',
      auth: { kubernetes: { role: 'external-secrets' } },
    });
  });
});

describe('ExternalSecret', () => {
  it('chooses the store per tier, exposes its Secret and keys, and is consumed by reference', () => {
    const app = repoApp();
    const shared = new ClusterSecretStore(app.shared.secrets, 'aws', { provider: aws });
    const devVault = new ClusterSecretStore(app.tier('dev').infrastructure, 'vault', { provider: vault });
    for (const t of app.tiers) {
      const scope = t.application('api');
      const es = new ExternalSecret(scope, 'db', {
        store: testEnvironments.perTier({ dev: devVault, staging: shared, production: shared }),
        secretName: 'db-credentials',
        refreshInterval: (tier) => (tier.production ? '15m' : '1h'),
        data: [
          { secretKey: 'user', remoteKey: `${t.name}/db`, property: 'username' },
          { secretKey: 'password', remoteKey: `${t.name}/db`, property: 'password' },
        ],
        template: {
          data: {
            DATABASE_URL: 'postgres://{{ .user }}:{{ .password }}@db:5432/app',
            DATABASE_PASSWORD: '{{ .password }}',
          },
        },
      });
      expect(es.secretName).toBe('db-credentials');
      expect(es.secretKeys).toEqual(['DATABASE_URL', 'DATABASE_PASSWORD']);
      consumer(scope, es.key('DATABASE_URL'));
      thrown(() => es.key('password'), 'EXTERNAL_SECRET_KEY_MISSING');
    }
    const files = byFile(app);
    const dev = files.get('environments/dev/applications/api/externalsecret-db.yaml');
    expect(dev?.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'vault' });
    expect(dev?.spec.refreshInterval).toBe('1h');
    const prod = files.get('environments/production/applications/api/externalsecret-db.yaml');
    expect(prod?.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'aws' });
    expect(prod?.spec.refreshInterval).toBe('15m');
    expect(prod?.spec.target.template.engineVersion).toBe('v2');
  });

  it('rejects a store that is not defined for its tier (construction and synth)', () => {
    const app = repoApp();
    const devOnly = new ClusterSecretStore(app.tier('dev').infrastructure, 'vault', { provider: vault });
    const e = thrown(
      () =>
        new ExternalSecret(app.tier('staging').application('api'), 'db', {
          store: devOnly,
          data: [{ secretKey: 'password', remoteKey: 'db' }],
        }),
      'EXTERNAL_SECRET_STORE_NOT_IN_TIER',
    );
    expect(e.message).toContain(
      "ExternalSecret in tier 'staging' uses ClusterSecretStore 'vault', which is defined for tier 'dev' only",
    );
    expect(e.location.tier).toBe('staging');
    expect(e.hint).toMatch(/perTier/);

    // A hand-written ExternalSecret naming a store nothing defines: the reference check at synth.
    const app2 = repoApp();
    new ClusterSecretStore(app2.tier('dev').infrastructure, 'vault', { provider: vault });
    new ApiObject(app2.tier('staging').application('api'), 'raw', {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ExternalSecret',
      metadata: { name: 'raw' },
      spec: {
        secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' },
        data: [{ secretKey: 'password', remoteRef: { key: 'db' } }],
      },
    });
    const text = (synthErrors(app2) ?? []).join('\n');
    expect(text).toMatch(
      /ExternalSecret 'raw' refers to ClusterSecretStore 'vault', which nothing in the tree provides/,
    );
    expect(text).toMatch(/define ClusterSecretStore 'vault' for this tier/);
  });

  it('rejects a SecretStore of another namespace, duplicate keys, and templates using keys it does not fetch', () => {
    const app = repoApp();
    const store = new SecretStore(app.tier('dev').application('web'), 'vault', { provider: vault });
    const api = app.tier('dev').application('api');
    thrown(
      () => new ExternalSecret(api, 'a', { store, data: [{ secretKey: 'k', remoteKey: 'r' }] }),
      'EXTERNAL_SECRET_STORE_OTHER_NAMESPACE',
    );
    const cluster = new ClusterSecretStore(app.shared.secrets, 'aws', { provider: aws });
    thrown(
      () =>
        new ExternalSecret(api, 'b', {
          store: cluster,
          data: [
            { secretKey: 'k', remoteKey: 'r' },
            { secretKey: 'k', remoteKey: 's' },
          ],
        }),
      'EXTERNAL_SECRET_DUPLICATE_KEY',
    );
    thrown(
      () =>
        new ExternalSecret(api, 'c', {
          store: cluster,
          data: [{ secretKey: 'user', remoteKey: 'r' }],
          template: { data: { url: '{{ .user }}:{{ .pasword }}' } },
        }),
      'EXTERNAL_SECRET_TEMPLATE_KEY_MISSING',
    );
    thrown(() => new ExternalSecret(api, 'd', { store: cluster }), 'EXTERNAL_SECRET_EMPTY');
  });

  it('leaves keys unknown with dataFrom, and a consumer key that is not produced fails synth', () => {
    const app = repoApp();
    const store = new ClusterSecretStore(app.shared.secrets, 'aws', { provider: aws });
    const api = app.tier('dev').application('api');
    const bulk = new ExternalSecret(api, 'bulk', {
      store,
      dataFrom: [{ extract: { key: 'dev/api' } }, { find: { nameRegexp: '^dev-' } }],
    });
    expect(bulk.secretKeys).toBeUndefined();
    expect(bulk.key('anything')).toEqual({ name: 'bulk', key: 'anything' });
    const one = new ExternalSecret(app.tier('staging').application('api'), 'one', {
      store,
      data: [{ secretKey: 'password', remoteKey: 'staging/api' }],
    });
    consumer(app.tier('staging').application('api'), { name: one.secretName, key: 'pasword' });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toMatch(/uses key 'pasword' of Secret 'one' in namespace 'api-staging', which has only 'password'/);
  });
});

describe('SealedSecret', () => {
  it('passes ciphertext through with the scope annotation and provides its keys', () => {
    const app = repoApp();
    const api = app.tier('dev').application('api');
    const strict = new SealedSecret(api, 'db', {
      encryptedData: { password: CIPHER },
      sealedFor: { namespace: 'api-dev', name: 'db' },
    });
    new SealedSecret(api, 'ns-wide', {
      encryptedData: { token: CIPHER },
      scope: 'namespace-wide',
      sealedFor: { namespace: 'api-dev' },
    });
    new SealedSecret(api, 'wide', { encryptedData: { token: CIPHER }, scope: 'cluster-wide' });
    consumer(api, { name: strict.secretName, key: 'password' });
    const files = byFile(app);
    const db = files.get('environments/dev/applications/api/sealedsecret-db.yaml');
    expect(db?.spec.encryptedData.password).toBe(CIPHER);
    expect(db?.metadata.annotations).toBeUndefined();
    expect(db?.spec.template.metadata).toEqual({ name: 'db', namespace: 'api-dev' });
    expect(files.get('environments/dev/applications/api/sealedsecret-ns-wide.yaml')?.metadata.annotations).toEqual({
      'sealedsecrets.bitnami.com/namespace-wide': 'true',
    });
    expect(files.get('environments/dev/applications/api/sealedsecret-wide.yaml')?.metadata.annotations).toEqual({
      'sealedsecrets.bitnami.com/cluster-wide': 'true',
    });
  });

  it('rejects placement its scope does not allow, plaintext, and cluster-wide in production', () => {
    const app = repoApp();
    const api = app.tier('dev').application('api');
    const e = thrown(
      () =>
        new SealedSecret(api, 'db', {
          encryptedData: { password: CIPHER },
          sealedFor: { namespace: 'web-dev', name: 'db' },
        }),
      'SEALED_SECRET_SCOPE_MISMATCH',
    );
    expect(e.message).toContain("sealed (strict) for namespace 'web-dev' is placed at 'api-dev/db'");
    thrown(
      () =>
        new SealedSecret(api, 'db2', {
          encryptedData: { password: CIPHER },
          sealedFor: { namespace: 'api-dev', name: 'other' },
        }),
      'SEALED_SECRET_SCOPE_MISMATCH',
    );
    thrown(
      () =>
        new SealedSecret(api, 'db3', { encryptedData: { password: 'hunter2' }, sealedFor: { namespace: 'api-dev' } }),
      'SEALED_SECRET_NOT_ENCRYPTED',
    );
    thrown(
      () =>
        new SealedSecret(app.tier('production').application('api'), 'w', {
          encryptedData: { t: CIPHER },
          scope: 'cluster-wide',
        }),
      'SEALED_SECRET_CLUSTER_WIDE_IN_PRODUCTION',
    );
  });

  it('checks hand-written SealedSecrets at synth (SealedScopeCheck.of(app))', () => {
    const app = repoApp();
    SealedScopeCheck.of(app);
    new ApiObject(app.tier('dev').application('api'), 'raw', {
      apiVersion: 'bitnami.com/v1alpha1',
      kind: 'SealedSecret',
      metadata: { name: 'raw', annotations: { 'sealedsecrets.bitnami.com/namespace-wide': 'true' } },
      spec: { encryptedData: { k: CIPHER }, template: { metadata: { namespace: 'payments-dev' } } },
    });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toMatch(/SealedSecret 'api-dev\/raw' \(namespace-wide\) was sealed for 'payments-dev\/raw'/);
  });
});
