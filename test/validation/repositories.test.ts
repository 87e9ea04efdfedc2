// `validate` on repositories teams already have: Argo CD with kustomize bases and overlays, Flux with
// kustomizations and a Helm chart folder, a Crossplane configuration package (fixtures/repos).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate-command.js';
import { kustomizeBinary } from '../../src/validation/read-repository.js';
import { validateManifests, type ValidationIssue } from '../../src/validation/index.js';
import { tempDir } from '../helpers.js';
import { codes, manifest } from './helpers.js';

const REPOS = join(import.meta.dirname, 'fixtures/repos');
const PATH = process.env.PATH;

afterEach(() => {
  process.env.PATH = PATH;
});

interface Run {
  readonly code: number;
  readonly lines: string[];
  readonly json: { issues: ValidationIssue[]; notes: string[]; errors: number; warnings: number; files: number };
}

/** Runs `validate DIR` twice, as lines and as JSON. */
async function validate(dir: string): Promise<Run> {
  const lines: string[] = [];
  const code = await validateCommand(dir, {}, { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
  const out: string[] = [];
  await validateCommand(dir, { json: true }, { stdout: (l) => out.push(l), stderr: (l) => out.push(l) });
  return { code, lines, json: JSON.parse(out.join('\n')) as Run['json'] };
}

/** Whether helm is on PATH. */
function hasHelm(): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, 'helm')));
}

/** No kustomize binary: PATH holds neither kustomize nor kubectl. */
function withoutKustomize(): void {
  process.env.PATH = tempDir('cdk8s-gitops-empty-path-');
  expect(kustomizeBinary()).toBeUndefined();
}

/** A copy of a fixture repository, with files replaced. */
function copyOf(name: string, files: Record<string, string> = {}): string {
  const dir = join(tempDir(), name);
  cpSync(join(REPOS, name), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const GITHUB_TOKEN = `ghp_${'a1B2c3D4e5'.repeat(4)}`;

/** The guestbook base Deployment with a wrong type and a literal credential. */
function brokenBaseDeployment(): string {
  const text = readFileSync(join(REPOS, 'argocd-kustomize/apps/guestbook/base/deployment.yaml'), 'utf8');
  return text
    .replace('replicas: 1', 'replicas: "one"')
    .replace(
      '          ports:',
      `          env:\n            - name: GITHUB_TOKEN\n              value: ${GITHUB_TOKEN}\n          ports:`,
    );
}

describe('validate on an Argo CD repository with kustomize bases and overlays', () => {
  it.skipIf(!kustomizeBinary())(
    'validates what each overlay builds: patches applied, namespace and prefix set',
    async () => {
      const run = await validate(join(REPOS, 'argocd-kustomize'));
      expect(run.lines.filter((l) => l.startsWith('error'))).toEqual([]);
      expect(run.code).toBe(0);
      // Only the plain folder lacks a namespace (its Argo CD destination sets it): a warning, not an error.
      expect(run.json.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
        ['warning', 'namespace.missing', 'plain/redis/deployment.yaml'],
      ]);
      expect(run.json.notes).toEqual([]);
    },
  );

  it.skipIf(!kustomizeBinary())('names the source file and the kustomization of a built object', async () => {
    const dir = copyOf('argocd-kustomize', { 'apps/guestbook/base/deployment.yaml': brokenBaseDeployment() });
    const run = await validate(dir);
    expect(run.code).toBe(2);
    const errors = run.json.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.kustomization, i.resource, i.pointer])).toEqual([
      [
        'schema.type',
        'apps/guestbook/overlays/dev/kustomization.yaml',
        'Deployment guestbook-dev/dev-guestbook-ui',
        '/spec/replicas',
      ],
      [
        'secret.credential-like',
        'apps/guestbook/overlays/dev/kustomization.yaml',
        'Deployment guestbook-dev/dev-guestbook-ui',
        '/spec/template/spec/containers/0/env/0/value',
      ],
      // prod's JSON patch replaces replicas, so only the credential remains.
      [
        'secret.credential-like',
        'apps/guestbook/overlays/prod/kustomization.yaml',
        'Deployment guestbook-prod/prod-guestbook-ui',
        '/spec/template/spec/containers/0/env/0/value',
      ],
    ]);
    expect(new Set(errors.map((i) => i.file))).toEqual(new Set(['apps/guestbook/base/deployment.yaml']));
    expect(run.lines).toContainEqual(
      expect.stringMatching(
        /^error {3}- apps\/guestbook\/base\/deployment\.yaml \(built by apps\/guestbook\/overlays\/dev\/kustomization\.yaml\) \/spec\/replicas: /,
      ),
    );
  });

  it.skipIf(!kustomizeBinary())('reports a kustomization that does not build, and validates the rest', async () => {
    const dir = copyOf('argocd-kustomize', {
      'apps/guestbook/overlays/dev/kustomization.yaml':
        'resources:\n  - ../../base\n  - missing.yaml\npatches:\n  - path: replicas.yaml\n',
    });
    const run = await validate(dir);
    expect(run.code).toBe(2);
    const errors = run.json.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.file])).toEqual([
      ['kustomize.build-failed', 'apps/guestbook/overlays/dev/kustomization.yaml'],
    ]);
    const binary = kustomizeBinary()?.display;
    expect(errors[0]?.message).toMatch(new RegExp(`^${binary} failed: .*missing\\.yaml`));
    expect(errors[0]?.hint).toBe(
      `fix the kustomization; \`${binary} apps/guestbook/overlays/dev\` shows the same error`,
    );
    expect(run.json.files).toBeGreaterThan(3);
  });

  it('without a kustomize binary, validates the listed resources without patches, and says so once', async () => {
    withoutKustomize();
    const run = await validate(join(REPOS, 'argocd-kustomize'));
    expect(run.code).toBe(0);
    expect(run.json.notes).toHaveLength(1);
    expect(run.json.notes[0]).toMatch(
      /^note: no kustomize binary on PATH .*2 kustomizations validated from the resources/,
    );
    expect(run.lines[0]).toBe(run.json.notes[0]);
    // The patches (replicas.yaml, resources.yaml) are not whole objects and are not validated;
    // the overlays' namespace covers the base's objects.
    expect(run.json.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['warning', 'namespace.missing', 'plain/redis/deployment.yaml'],
    ]);
  });

  it('without a kustomize binary, still catches a literal credential in a base Deployment', async () => {
    withoutKustomize();
    const dir = copyOf('argocd-kustomize', { 'apps/guestbook/base/deployment.yaml': brokenBaseDeployment() });
    const run = await validate(dir);
    expect(run.code).toBe(2);
    const credential = run.json.issues.filter((i) => i.code === 'secret.credential-like');
    expect(credential.map((i) => [i.file, i.kustomization])).toEqual([
      ['apps/guestbook/base/deployment.yaml', 'apps/guestbook/overlays/dev/kustomization.yaml'],
      ['apps/guestbook/base/deployment.yaml', 'apps/guestbook/overlays/prod/kustomization.yaml'],
    ]);
  });

  it('catches a literal credential in a hand-written Deployment outside any kustomization', async () => {
    const deployment = readFileSync(join(REPOS, 'argocd-kustomize/plain/redis/deployment.yaml'), 'utf8').replace(
      'args: ["--save", ""]',
      `env:\n            - name: REDIS_URL\n              value: redis://default:s3cr3tPassw0rd@redis:6379`,
    );
    const run = await validate(copyOf('argocd-kustomize', { 'plain/redis/deployment.yaml': deployment }));
    expect(run.code).toBe(2);
    expect(run.json.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file])).toEqual([
      ['secret.credential-like', 'plain/redis/deployment.yaml'],
    ]);
  });
});

describe('validate on a Flux repository', () => {
  it('skips a Helm chart folder with one note and validates the rest', async () => {
    const run = await validate(join(REPOS, 'flux'));
    expect(run.code).toBe(0);
    expect(run.json.notes.filter((n) => n.includes('Helm chart'))).toEqual([
      'note: skipped 1 Helm chart folder (charts/internal-api): render it with `helm template` and validate the output',
    ]);
    expect(run.json.errors).toBe(0);
    // Namespaced objects of apps/base/podinfo get their namespace from the kustomization.
    expect(codes(run.json.issues)).not.toContain('namespace.missing');
  });

  it.skipIf(!kustomizeBinary() || hasHelm())(
    'skips a kustomization that inflates a Helm chart when helm is not on PATH, with one note',
    async () => {
      const dir = copyOf('flux');
      mkdirSync(join(dir, 'infrastructure/controllers'));
      writeFileSync(
        join(dir, 'infrastructure/controllers/kustomization.yaml'),
        'helmCharts:\n  - name: ingress-nginx\n    repo: https://kubernetes.github.io/ingress-nginx\n    version: 4.11.3\n    releaseName: ingress-nginx\n',
      );
      const run = await validate(dir);
      expect(run.code).toBe(0);
      expect(run.json.notes).toContain(
        'note: skipped 1 kustomization with helmCharts (infrastructure/controllers/kustomization.yaml): helm is not on PATH',
      );
    },
  );

  it('reports every unparsable file and keeps validating the others', async () => {
    const dir = copyOf('flux', {
      'infrastructure/configs/broken.yaml': 'metadata: [web\n',
      'infrastructure/configs/templated.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .name }}\n  x: [\n',
      'infrastructure/configs/bad-value.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: flux-system\ndata:\n  replicas: 3\n',
    });
    const run = await validate(dir);
    expect(run.code).toBe(2);
    expect(run.json.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file])).toEqual([
      ['schema.type', 'infrastructure/configs/bad-value.yaml'],
      ['yaml.invalid', 'infrastructure/configs/broken.yaml'],
      ['yaml.invalid', 'infrastructure/configs/templated.yaml'],
    ]);
    expect(run.lines).toContainEqual(
      expect.stringMatching(/^error {3}- infrastructure\/configs\/broken\.yaml: not valid YAML: /),
    );
  });
});

describe('validate on a Crossplane configuration package', () => {
  it('applies the XRD defaults before required: a claim may leave out defaulted fields', async () => {
    const run = await validate(join(REPOS, 'crossplane-package'));
    // crossplane.yaml (package metadata) is not applied to a cluster and not validated.
    expect(run.json.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.file, i.pointer])).toEqual([
      // parameters is defaulted to {}, its own defaults apply, and tier (required, no default) is missing.
      ['schema.required', 'examples/minimal-claim.yaml', '/spec/parameters/tier'],
    ]);
  });

  it('rejects the same claim when the XRD declares no defaults (control)', () => {
    const dir = join(REPOS, 'crossplane-package');
    const xrd = yaml.load(readFileSync(join(dir, 'apis/postgres/definition.yaml'), 'utf8'));
    const withoutDefaults = JSON.parse(
      JSON.stringify(xrd, (key, value: unknown) => (key === 'default' ? undefined : value)),
    );
    const claim = yaml.load(readFileSync(join(dir, 'examples/claim.yaml'), 'utf8'));
    const withDefaults = validateManifests([manifest(xrd), manifest(claim)]);
    expect(withDefaults.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const report = validateManifests([manifest(withoutDefaults), manifest(claim)]);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([
      "missing required field 'storageGB'",
      "missing required field 'version'",
    ]);
  });

  it('validates a defaulted value against the schema, and leaves the object unchanged', () => {
    const dir = join(REPOS, 'crossplane-package');
    const xrd = yaml.load(readFileSync(join(dir, 'apis/postgres/definition.yaml'), 'utf8')) as Record<string, any>;
    // A default that breaks the schema's minimum is reported as the API server would.
    xrd.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.parameters.properties.storageGB.default = 5;
    const claim = yaml.load(readFileSync(join(dir, 'examples/claim.yaml'), 'utf8')) as object;
    const before = JSON.stringify(claim);
    const report = validateManifests([manifest(xrd), manifest(claim)]);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.pointer])).toEqual([
      ['schema.limit', '/spec/parameters/storageGB'],
    ]);
    expect(JSON.stringify(claim)).toBe(before);
  });
});

describe('namespaces', () => {
  const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: 'b' } };

  it('a namespaced object without a namespace is an error by default (synth output)', () => {
    const report = validateManifests([manifest(configMap)]);
    expect(report.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'namespace.missing']]);
  });

  it('is a warning where the applier sets it (validate), and nothing when a kustomization sets it', () => {
    const warned = validateManifests([manifest(configMap)], { missingNamespace: 'warning' });
    expect(warned.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'namespace.missing']]);
    const namespaced = validateManifests([{ ...manifest(configMap), defaultNamespace: 'apps' }]);
    expect(namespaced.issues).toEqual([]);
    const clusterScoped = validateManifests([
      { ...manifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } }), defaultNamespace: 'apps' },
    ]);
    expect(clusterScoped.issues).toEqual([]);
  });
});
