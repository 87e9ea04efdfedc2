// Bad names, labels, namespaces and secret material: each case is one mistake in an otherwise valid
// program (test/bad-input/fixtures/run-case.ts), run through `cdk8s-gitops synth`.
import { describe, it } from 'vitest';
import { expectAccepted, expectRejected, seedOnce } from './catalogue.js';

const WEB = 'environments/dev/applications/web';
const DB = 'environments/dev/applications/db';
const SECRET_HINT =
  'keep secret material out of git: use an ExternalSecret (external-secrets.io/v1) or a SealedSecret (bitnami.com/v1alpha1)';

describe.concurrent('bad input: names, namespaces and secrets', () => {
  const seed = seedOnce();

  it('a Service name over 63 characters', async (ctx) => {
    const name = `web-${'x'.repeat(60)}`;
    await expectRejected(
      ctx,
      seed(),
      'service-name-too-long',
      `error   dev ${WEB}/service-${name}.yaml /metadata/name: '${name}' is not a valid Service name (expected a DNS-1035 label (starts with a letter; lowercase letters, digits and "-", at most 63 characters), found 64 characters) [construct dev/applications-web/service]`,
    );
  });

  it('a Namespace name over 63 characters', async (ctx) => {
    const name = `team-${'x'.repeat(60)}`;
    await expectRejected(
      ctx,
      seed(),
      'namespace-name-too-long',
      `error   - cluster/namespaces/namespace-${name}.yaml /metadata/name: '${name}' is not a valid Namespace name (expected a DNS-1123 label (lowercase letters, digits and "-", at most 63 characters), found 65 characters) [construct cluster-namespaces/namespace]`,
    );
  });

  it('a name that is not DNS-1123 (My_App)', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'name-not-dns-1123',
      `error   dev ${WEB}/configmap-My_App.yaml /metadata/name: 'My_App' is not a valid ConfigMap name (expected a DNS-1123 subdomain (lowercase letters, digits, "-" and ".", at most 253 characters)) [construct dev/applications-web/config] — use 'my-app' instead`,
    );
  });

  it('a label value with spaces', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'label-value-with-spaces',
      `error   dev ${WEB}/configmap-config.yaml /metadata/labels/team: label value of 'team' is invalid: it must start and end with a letter or digit and contain only letters, digits, "-", "_" and "." (found "payments and billing") [construct dev/applications-web/config] — put free text in an annotation instead`,
    );
  });

  it('a label value over 63 characters', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'label-value-too-long',
      `error   dev ${WEB}/configmap-config.yaml /metadata/labels/example.com~1commit: label value of 'example.com/commit' is invalid: it has 64 characters (at most 63) (found "${'a'.repeat(37)}...") [construct dev/applications-web/config] — put free text in an annotation instead`,
    );
  });

  it('a namespaced kind in app.shared.policies, which has no namespace', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'namespace-missing-shared',
      'error   - shared/policies/configmap-policy-settings.yaml /metadata/namespace: ConfigMap is namespaced but has no metadata.namespace [construct shared-policies/policy-settings] — set the namespace explicitly so the tree does not depend on the applier’s default namespace',
    );
  });

  it('a namespaced kind in app.folder(path) without a namespace', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'namespace-missing-folder',
      'error   - shared/monitoring/configmap-dashboards.yaml /metadata/namespace: ConfigMap is namespaced but has no metadata.namespace [construct shared-monitoring/dashboards] — set the namespace explicitly so the tree does not depend on the applier’s default namespace',
    );
  });

  it('an explicit namespace on a cluster-scoped kind', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'namespace-on-cluster-scoped',
      "error   dev environments/dev/infrastructure/clusterrole-reader_kube-system.yaml /metadata/namespace: ClusterRole is cluster-scoped but has metadata.namespace 'kube-system' [construct dev/infrastructure/reader] — remove metadata.namespace",
    );
  });

  it('a plaintext Secret (data)', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'secret-data',
      `error   dev ${DB}/secret-creds.yaml /data: Secret carries data (1 key): it would be committed to git [construct dev/applications-db/creds] — ${SECRET_HINT}`,
    );
  });

  it('a plaintext Secret (stringData)', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'secret-string-data',
      `error   dev ${DB}/secret-creds.yaml /stringData: Secret carries stringData (1 key): it would be committed to git [construct dev/applications-db/creds] — ${SECRET_HINT}`,
    );
  });

  it("the same Secret passes when waived with waive(construct, 'secret.plaintext', reason)", async (ctx) => {
    const { tree } = await expectAccepted(ctx, seed(), 'secret-waived');
    ctx.expect(tree.get(`${DB}/secret-creds.yaml`)).toContain('password: x');
    ctx.expect(tree.get('notes/README.md')).toBe('Hand-written: synth must never touch this file.\n');
  });

  it('a password literal in a ConfigMap', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'configmap-password',
      `error   dev ${DB}/configmap-db-config.yaml /data/password: ConfigMap key 'password' holds a literal credential [construct dev/applications-db/db-config] — ${SECRET_HINT}, and mount it from the resulting Secret`,
    );
  });

  it('a private key in a ConfigMap', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'configmap-private-key',
      `error   dev ${WEB}/configmap-tls.yaml /data/tls.pem: value looks like a PEM private key [construct dev/applications-web/tls] — ${SECRET_HINT}`,
    );
  });

  it('a GitHub token in a ConfigMap', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'configmap-github-token',
      `error   dev ${WEB}/configmap-ci.yaml /data/note: value looks like a GitHub token [construct dev/applications-web/ci] — ${SECRET_HINT}`,
    );
  });

  it('a password literal in a container environment variable', async (ctx) => {
    await expectRejected(
      ctx,
      seed(),
      'env-var-password',
      `error   dev ${WEB}/deployment-web.yaml /spec/template/spec/containers/0/env/0/value: environment variable DB_PASSWORD is set to a literal credential [construct dev/applications-web/web] — use valueFrom.secretKeyRef with a Secret created by an ExternalSecret or a SealedSecret`,
    );
  });
});
