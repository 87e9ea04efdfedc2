import { describe, expect, it } from 'vitest';
import { formatIssue, validateManifests } from '../../src/validation/index.js';
import { application, codes, deployment, issuesOf, manifest } from './helpers.js';

describe('schema validation of built-in kinds', () => {
  it('accepts a valid Deployment', () => {
    const report = validateManifests([manifest(deployment())]);
    expect(report.issues).toEqual([]);
    expect(report.errors).toBe(0);
    expect(report.objects).toBe(1);
    expect(report.files).toBe(1);
  });

  it('reports a wrong type with expected and found', () => {
    const [issue, ...rest] = issuesOf([deployment({ replicas: '3' })]);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      severity: 'error',
      code: 'schema.type',
      pointer: '/spec/replicas',
      expected: 'integer',
      found: 'string "3"',
      file: 'environments/dev/object-0.yaml',
      tier: 'dev',
      resource: 'Deployment shop/web',
    });
  });

  it('reports an unknown field with a suggestion from the declared properties', () => {
    const issues = issuesOf([deployment({ replica: 2 })]);
    expect(codes(issues)).toEqual(['schema.unknown-field /spec/replica']);
    expect(issues[0]?.message).toBe("unknown field 'replica'");
    expect(issues[0]?.hint).toBe("did you mean 'replicas'?");
  });

  it('reports unknown fields deep inside referenced definitions', () => {
    const object = deployment();
    const containers = (object['spec'] as { template: { spec: { containers: Record<string, unknown>[] } } }).template
      .spec.containers;
    containers[0] = { ...containers[0], imagePullPolicyy: 'Always' };
    const issues = issuesOf([object]);
    expect(codes(issues)).toEqual(['schema.unknown-field /spec/template/spec/containers/0/imagePullPolicyy']);
    expect(issues[0]?.hint).toBe("did you mean 'imagePullPolicy'?");
  });

  it('reports a missing required field at its own pointer', () => {
    const object = deployment();
    delete (object['spec'] as Record<string, unknown>)['selector'];
    expect(codes(issuesOf([object]))).toEqual(['schema.required /spec/selector']);
  });

  it('reports all errors of an object in one run, sorted by pointer', () => {
    const issues = issuesOf([deployment({ replicas: 'two', paused: 'yes', minReadySecond: 1 })]);
    expect(codes(issues)).toEqual([
      'schema.unknown-field /spec/minReadySecond',
      'schema.type /spec/paused',
      'schema.type /spec/replicas',
    ]);
  });

  it('accepts an integer or a string for int-or-string fields and rejects other types', () => {
    const ok = deployment({
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
    });
    expect(issuesOf([ok])).toEqual([]);
    const bad = deployment({ strategy: { rollingUpdate: { maxSurge: true } } });
    expect(issuesOf([bad])).toMatchObject([
      {
        code: 'schema.type',
        pointer: '/spec/strategy/rollingUpdate/maxSurge',
        expected: 'integer or string',
        found: 'boolean true',
      },
    ]);
  });

  it('validates metadata as ObjectMeta: unknown metadata fields are errors', () => {
    const issues = issuesOf([deployment({}, { label: { app: 'web' } })]);
    expect(codes(issues)).toEqual(['schema.unknown-field /metadata/label']);
    expect(issues[0]?.hint).toBe("did you mean 'labels'?");
  });

  it('treats null fields as absent, as the API server does', () => {
    expect(issuesOf([deployment({ paused: null }, { creationTimestamp: null })])).toEqual([]);
  });

  it('uses the Kubernetes version of the manifest', () => {
    const flowSchema = {
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
      kind: 'FlowSchema',
      metadata: { name: 'fs' },
      spec: { priorityLevelConfiguration: { name: 'global-default' } },
    };
    const old = validateManifests([manifest(flowSchema, { kubernetesVersion: '1.28.0' })]);
    expect(old.issues).toEqual([]);
    const current = validateManifests([manifest(flowSchema, { kubernetesVersion: '1.33.0' })]);
    expect(current.issues).toMatchObject([
      { code: 'schema.not-served', pointer: '/apiVersion', hint: 'use apiVersion flowcontrol.apiserver.k8s.io/v1' },
    ]);
  });

  it('suggests the right apiVersion for a kind under an unknown one', () => {
    const issues = issuesOf([{ ...deployment(), apiVersion: 'apps/v1beta1' }]);
    expect(issues).toMatchObject([{ code: 'schema.no-schema', pointer: '' }]);
    expect(issues[0]?.hint).toContain('Deployment is known as apiVersion apps/v1');
  });

  it('rejects documents that are not Kubernetes objects', () => {
    expect(codes(issuesOf([{ kind: 'Deployment' }, ['a']]))).toEqual(['manifest.invalid ', 'manifest.invalid ']);
  });
});

describe('schema validation of CRD kinds', () => {
  it('accepts a valid Argo CD Application', () => {
    expect(issuesOf([application()])).toEqual([]);
  });

  it('rejects an Application without spec.project', () => {
    const object = application();
    delete (object['spec'] as Record<string, unknown>)['project'];
    expect(codes(issuesOf([object]))).toEqual(['schema.required /spec/project']);
  });

  it('reports unknown fields in CRD specs with a suggestion', () => {
    const issues = issuesOf([application({ syncPolicy: { automated: { prune: true, selfHel: true } } })]);
    expect(codes(issues)).toEqual(['schema.unknown-field /spec/syncPolicy/automated/selfHel']);
    expect(issues[0]?.hint).toBe("did you mean 'selfHeal'?");
  });

  it('validates CRD metadata against ObjectMeta although the CRD only says type: object', () => {
    const object = application();
    (object['metadata'] as Record<string, unknown>)['annotation'] = { a: 'b' };
    expect(codes(issuesOf([object]))).toEqual(['schema.unknown-field /metadata/annotation']);
  });

  it('accepts anything below x-kubernetes-preserve-unknown-fields', () => {
    const policy = {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'require-labels' },
      spec: {
        rules: [
          {
            name: 'check-team',
            match: { any: [{ resources: { kinds: ['Pod'] } }] },
            validate: {
              message: 'team label required',
              pattern: { metadata: { labels: { team: '?*' } }, anything: [1, 2] },
            },
          },
        ],
      },
    };
    expect(issuesOf([policy])).toEqual([]);
    const misspelt = structuredClone(policy);
    (misspelt.spec.rules[0] as Record<string, unknown>)['validat'] = {};
    expect(codes(issuesOf([misspelt]))).toEqual(['schema.unknown-field /spec/rules/0/validat']);
  });

  it('validates x-kubernetes-embedded-resource: apiVersion, kind and ObjectMeta metadata are allowed', () => {
    const composition = {
      apiVersion: 'apiextensions.crossplane.io/v1',
      kind: 'Composition',
      metadata: { name: 'xdatabases' },
      spec: {
        compositeTypeRef: { apiVersion: 'platform.example.com/v1alpha1', kind: 'XDatabase' },
        mode: 'Pipeline',
        pipeline: [
          {
            step: 'patch-and-transform',
            functionRef: { name: 'function-patch-and-transform' },
            input: {
              apiVersion: 'pt.fn.crossplane.io/v1beta1',
              kind: 'Resources',
              metadata: { name: 'input', labels: { a: 'b' } },
              resources: [{ name: 'db', base: { apiVersion: 'rds.aws.upbound.io/v1beta1', kind: 'Instance' } }],
            },
          },
        ],
      },
    };
    expect(issuesOf([composition])).toEqual([]);
    const badMetadata = structuredClone(composition);
    (badMetadata.spec.pipeline[0]!.input.metadata as Record<string, unknown>)['nmae'] = 'x';
    expect(codes(issuesOf([badMetadata]))).toEqual(['schema.unknown-field /spec/pipeline/0/input/metadata/nmae']);
  });

  it('finds errors deep inside large CRDs, which are compiled piece by piece', () => {
    const store = (provider: Record<string, unknown>): unknown => ({
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'vault' },
      spec: { provider },
    });
    const vault = {
      server: 'https://vault.example.com',
      path: 'secret',
      version: 'v2',
      auth: { kubernetes: { mountPath: 'kubernetes', role: 'eso' } },
    };
    expect(issuesOf([store({ vault })])).toEqual([]);
    // role is required; mountPath is required too but defaults to `kubernetes`, as the API server applies.
    const typo = store({ vault: { ...vault, auth: { kubernetes: { mountPath: 'kubernetes', rle: 'eso' } } } });
    const issues = issuesOf([typo]);
    expect(codes(issues)).toEqual([
      'schema.unknown-field /spec/provider/vault/auth/kubernetes/rle',
      'schema.required /spec/provider/vault/auth/kubernetes/role',
    ]);
    expect(issues[0]?.hint).toBe("did you mean 'role'?");
    const defaulted = store({ vault: { ...vault, auth: { kubernetes: { role: 'eso' } } } });
    expect(issuesOf([defaulted])).toEqual([]);
    // The provider object allows exactly one provider.
    const two = issuesOf([store({ vault, fake: { data: [{ key: 'a', value: 'b' }] } })]);
    expect(two).toMatchObject([
      { code: 'schema.limit', pointer: '/spec/provider', expected: 'at most 1 entries', found: '2 entries' },
    ]);
  });

  it('reports versions that are not served and warns about deprecated ones', () => {
    const externalSecret = {
      apiVersion: 'external-secrets.io/v1beta1',
      kind: 'ExternalSecret',
      metadata: { name: 'db', namespace: 'shop' },
      spec: {},
    };
    expect(issuesOf([externalSecret])).toMatchObject([
      { code: 'schema.not-served', severity: 'error', hint: 'use apiVersion external-secrets.io/v1' },
    ]);
    const exception = {
      apiVersion: 'kyverno.io/v2beta1',
      kind: 'PolicyException',
      metadata: { name: 'allow', namespace: 'shop' },
      spec: {
        exceptions: [{ policyName: 'p', ruleNames: ['r'] }],
        match: { any: [{ resources: { kinds: ['Pod'] } }] },
      },
    };
    const report = validateManifests([manifest(exception)]);
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(1);
    expect(report.issues[0]).toMatchObject({ code: 'schema.deprecated', severity: 'warning' });
  });
});

describe('formatIssue', () => {
  it('renders one stable line with tier, file, pointer, expected/found, construct path and hint', () => {
    const [issue] = validateManifests([
      manifest(deployment({ replicas: '3' }), { constructPath: 'platform/dev/web/deployment' }),
    ]).issues;
    expect(issue).toBeDefined();
    expect(formatIssue(issue!)).toBe(
      'error   dev environments/dev/object.yaml /spec/replicas: \'replicas\' has the wrong type (expected integer, found string "3") [construct platform/dev/web/deployment]',
    );
    const [unknown] = validateManifests([
      manifest(deployment({ replica: 1 }), { tier: undefined, file: 'shared/a.yaml' }),
    ]).issues;
    expect(formatIssue(unknown!)).toBe(
      "error   - shared/a.yaml /spec/replica: unknown field 'replica' — did you mean 'replicas'?",
    );
  });

  it('numbers the documents of multi-document files', () => {
    const report = validateManifests([
      manifest(deployment(), { file: 'all.yaml' }),
      manifest(deployment({ replicas: 'x' }, { name: 'api' }), { file: 'all.yaml' }),
    ]);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]?.document).toBe(2);
    expect(formatIssue(report.issues[0]!)).toContain('all.yaml#2 /spec/replicas');
  });

  it('reports the same without document numbers when told every object has a file of its own (as synth writes)', () => {
    const manifests = [
      manifest(deployment(), { file: 'a.yaml' }),
      manifest(deployment({ replicas: 'x' }, { name: 'api' }), { file: 'b.yaml' }),
    ];
    const told = validateManifests(manifests, { oneObjectPerFile: true });
    expect(told).toEqual(validateManifests(manifests));
    expect(told.files).toBe(2);
    expect(told.issues[0]?.document).toBeUndefined();
  });
});
