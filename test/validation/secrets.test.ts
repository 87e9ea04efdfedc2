import { describe, expect, it } from 'vitest';
import { parseWaiverAnnotation, validateManifests, WAIVER_ANNOTATION } from '../../src/validation/index.js';
import { codes, deployment, issuesOf, manifest } from './helpers.js';

// Fake credentials are assembled at run time so that the repository holds no token-shaped literal.
const FAKE = {
  pem: [
    '-----BEGIN',
    'RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7xq3Vb9Yk2LmN8pQrStUvWxYz0123456\n-----END RSA PRIVATE KEY-----',
  ].join(' '),
  github: 'ghp' + '_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8',
  githubPat: 'github' + '_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
  aws: 'AKIA' + 'IOSFODNN7EXAMPLE',
  slack: 'xoxb' + '-123456789012-abcdefghijkl',
  gitlab: 'glpat' + '-abcdefghij0123456789',
  stripe: 'sk' + '_live_' + 'abcdefghijklmnop1234',
  google: 'AIza' + 'SyA-abcdefghijklmnopqrstuvwxyz01234',
  jwt: 'eyJ' + 'hbGciOiJIUzI1NiJ9.eyJ' + 'zdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop',
  url: 'postgres://app:' + 's3cretpw' + '@db.internal:5432/orders',
};

const secret = (fields: Record<string, unknown>, annotations?: Record<string, string>): unknown => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'db', namespace: 'shop', ...(annotations ? { annotations } : {}) },
  type: 'Opaque',
  ...fields,
});

const configMap = (data: Record<string, string>): unknown => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings', namespace: 'shop' },
  data,
});

function withEnv(env: unknown[]): unknown {
  const object = deployment();
  const spec = object['spec'] as { template: { spec: { containers: Record<string, unknown>[] } } };
  spec.template.spec.containers[0] = { ...spec.template.spec.containers[0], env };
  return object;
}

describe('plaintext Secrets', () => {
  it('fail with data or stringData, pointing to ExternalSecret / SealedSecret', () => {
    const issues = issuesOf([secret({ data: { password: 'aHVudGVyMg==' }, stringData: { user: 'app' } })]);
    expect(codes(issues)).toEqual(['secret.plaintext /data', 'secret.plaintext /stringData']);
    expect(issues[0]?.message).toBe('Secret carries data (1 key): it would be committed to git');
    expect(issues[0]?.hint).toContain('ExternalSecret');
    expect(issues[0]?.hint).toContain('SealedSecret');
  });

  it('pass without secret material (e.g. a service-account token Secret)', () => {
    const token = secret(
      { type: 'kubernetes.io/service-account-token' },
      { 'kubernetes.io/service-account.name': 'ci' },
    );
    expect(issuesOf([token])).toEqual([]);
    expect(issuesOf([secret({ data: {} })])).toEqual([]);
  });
});

describe('credential-like values', () => {
  it.each(Object.entries(FAKE))('flags %s anywhere in an object', (_name, value) => {
    const issues = issuesOf([configMap({ 'notes.txt': `see ${value} here` })]);
    expect(codes(issues)).toEqual(['secret.credential-like /data/notes.txt']);
  });

  it('names what it found', () => {
    expect(issuesOf([configMap({ key: FAKE.pem })])[0]?.message).toBe('value looks like a PEM private key');
    expect(issuesOf([configMap({ id: FAKE.aws })])[0]?.message).toBe('value looks like an AWS access key id');
  });

  it('does not flag ordinary strings, short prefixes, placeholders, or URLs without a password', () => {
    const issues = issuesOf([
      configMap({
        'example.json': '{"private-key": "-----BEGIN PRIVATE KEY-----\\n<private-key>\\n-----END PRIVATE KEY-----"}',
        'readme.md': 'tokens look like ghp_... and keys like AKIA...',
        url: 'https://user@git.example.com/repo.git',
        ref: 'postgres://app:$(DB_PASSWORD)@db:5432/orders',
        jwtHeaderOnly: 'eyJhbGciOiJIUzI1NiJ9',
      }),
    ]);
    expect(issues).toEqual([]);
  });

  it('flags ConfigMap keys named like credentials with a literal value', () => {
    const issues = issuesOf([
      configMap({
        DB_PASSWORD: 'hunter2',
        apiKey: 'abc123',
        'client-secret': 'xyz',
        GITHUB_TOKEN: 'something',
        SECRET_NAME: 'db-credentials',
        TOKEN_URL: 'https://auth.example.com/token',
        PASSWORD_FILE: '/etc/secret/password',
        EMPTY_PASSWORD: '',
        REF_PASSWORD: '$(DB_PASSWORD)',
      }),
    ]);
    expect(codes(issues)).toEqual([
      'secret.credential-like /data/DB_PASSWORD',
      'secret.credential-like /data/GITHUB_TOKEN',
      'secret.credential-like /data/apiKey',
      'secret.credential-like /data/client-secret',
    ]);
  });

  it('flags container env values named like credentials, not secretKeyRefs', () => {
    const issues = issuesOf([
      withEnv([
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'DB_PASSWORD', value: 'hunter2' },
        { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'api', key: 'key' } } },
        { name: 'JWT_SECRET', value: '' },
      ]),
    ]);
    expect(issues).toMatchObject([
      {
        code: 'secret.credential-like',
        pointer: '/spec/template/spec/containers/0/env/1/value',
        message: 'environment variable DB_PASSWORD is set to a literal credential',
      },
    ]);
  });

  it('judges each object on its own: a finding in one object hides nothing in the next', () => {
    const withEnv = (name: string, env: Array<Record<string, string>>) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'shop' },
      spec: { containers: [{ name: 'app', image: 'busybox:1', env }] },
    });
    // The first object's value is token-shaped (reported as such, so its env check is skipped); the
    // second's is a plain literal at the same pointer, which only the env check reports.
    const issues = issuesOf([
      withEnv('first', [{ name: 'TOKEN', value: FAKE.github }]),
      withEnv('second', [{ name: 'DB_PASSWORD', value: 'hunter2' }]),
    ]);
    expect(issues.filter((i) => i.code === 'secret.credential-like').map((i) => `${i.file} ${i.message}`)).toEqual([
      expect.stringMatching(/value looks like a GitHub token/),
      expect.stringMatching(/environment variable DB_PASSWORD is set to a literal credential/),
    ]);
  });

  it('finds env credentials in every container list of nested pod templates, with the container index', () => {
    const cronJob = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'backup', namespace: 'shop' },
      spec: {
        schedule: '0 3 * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: {
                restartPolicy: 'OnFailure',
                initContainers: [
                  { name: 'init', image: 'busybox:1', env: [{ name: 'DB_PASSWORD', value: 'hunter2' }] },
                ],
                containers: [
                  { name: 'a', image: 'busybox:1' },
                  { name: 'b', image: 'busybox:1', env: [{ name: 'TOKEN', value: FAKE.github }] },
                ],
              },
            },
          },
        },
      },
    };
    expect(codes(issuesOf([cronJob]))).toEqual([
      'secret.credential-like /spec/jobTemplate/spec/template/spec/containers/1/env/0/value',
      'secret.credential-like /spec/jobTemplate/spec/template/spec/initContainers/0/env/0/value',
    ]);
  });

  it('flags token-shaped values in container env too, once', () => {
    expect(codes(issuesOf([withEnv([{ name: 'GH_TOKEN', value: FAKE.github }])]))).toEqual([
      'secret.credential-like /spec/template/spec/containers/0/env/0/value',
    ]);
  });
});

describe('waivers', () => {
  it('drop waived issues via manifest.waivers and count them', () => {
    const object = secret({ stringData: { password: FAKE.github } });
    const report = validateManifests([
      manifest(object, { waivers: { 'secret.plaintext': 'test fixture', 'secret.credential-like': 'fake token' } }),
    ]);
    expect(report.issues).toEqual([]);
    expect(report.waived).toBe(1);
    const partial = validateManifests([
      manifest(configMap({ a: FAKE.aws, DB_PASSWORD: 'x' }), { waivers: { 'secret.plaintext': 'x' } }),
    ]);
    expect(partial.errors).toBe(2);
    expect(partial.waived).toBe(0);
  });

  it('drop waived issues via the gitops.cdk8s.io/waive annotation (comma-separated code: reason pairs)', () => {
    expect(WAIVER_ANNOTATION).toBe('gitops.cdk8s.io/waive');
    const object = secret(
      { data: { password: 'aHVudGVyMg==' } },
      { [WAIVER_ANNOTATION]: 'secret.plaintext: test fixture, used by the e2e suite, name.invalid: legacy' },
    );
    const report = validateManifests([manifest(object)]);
    expect(report.issues).toEqual([]);
    expect(report.waived).toBe(1);
  });

  it('support family wildcards', () => {
    const report = validateManifests([
      manifest(configMap({ a: FAKE.aws, DB_PASSWORD: 'x' }), { waivers: { 'secret.*': 'sample data for docs' } }),
    ]);
    expect(report.errors).toBe(0);
    expect(report.waived).toBe(2);
  });

  it('report waivers without a reason or with an unknown code, and do not apply them', () => {
    expect(
      parseWaiverAnnotation('secret.plaintext: fixture, secret.credential-like:, secrets.plaintext: typo'),
    ).toMatchObject({
      waivers: { 'secret.plaintext': 'fixture' },
      findings: [
        {
          code: 'waiver.invalid',
          severity: 'warning',
          message: "waiver 'secret.credential-like' has no reason and is not applied",
        },
        {
          code: 'waiver.invalid',
          severity: 'warning',
          message: "waiver names unknown check 'secrets.plaintext'",
          hint: expect.stringContaining("did you mean 'secret.plaintext'?") as unknown,
        },
      ],
    });
    const object = secret({ data: { a: 'YQ==' } }, { [WAIVER_ANNOTATION]: 'secret.plaintext' });
    const report = validateManifests([manifest(object)]);
    expect(report.issues.map((issue) => `${issue.severity} ${issue.code}`)).toEqual([
      'error secret.plaintext',
      'warning waiver.invalid',
    ]);
    expect(report.issues[1]?.hint).toBe("write it as 'secret.plaintext: <why this is acceptable>'");
  });
});
