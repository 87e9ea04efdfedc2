import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../src/validation/index.js';
import { codes, customResourceDefinition, issuesOf, manifest } from './helpers.js';

function gitRepository(spec: Record<string, unknown>): unknown {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: 'platform', namespace: 'flux-system' },
    spec: { interval: '5m', url: 'https://git.example.com/platform.git', ...spec },
  };
}

function xrd(apiVersion: string, spec: Record<string, unknown>): unknown {
  return {
    apiVersion,
    kind: 'CompositeResourceDefinition',
    metadata: { name: 'xdatabases.platform.example.com' },
    spec: {
      group: 'platform.example.com',
      names: { kind: 'XDatabase', plural: 'xdatabases' },
      versions: [
        {
          name: 'v1alpha1',
          served: true,
          referenceable: true,
          schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object' } } } },
        },
      ],
      ...spec,
    },
  };
}

/** A CRD whose only version carries CEL rules exercising the evaluator. */
function celCrd(): unknown {
  return customResourceDefinition({
    group: 'example.com',
    kind: 'Widget',
    plural: 'widgets',
    spec: {
      type: 'object',
      properties: {
        replicas: { type: 'integer' },
        maxReplicas: { type: 'integer', default: 5 },
        namespace: { type: 'string' },
        memory: { type: 'string' },
        ports: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, port: { type: 'integer' } },
            'x-kubernetes-validations': [{ rule: 'self.port > 1024', message: 'ports must be unprivileged' }],
          },
        },
      },
      'x-kubernetes-validations': [
        {
          rule: 'self.replicas <= self.maxReplicas',
          messageExpression: "'replicas ' + string(self.replicas) + ' exceed ' + string(self.maxReplicas)",
        },
        {
          rule: "!has(self.__namespace__) || self.__namespace__ != 'kube-system'",
          fieldPath: '.namespace',
        },
        { rule: 'self == oldSelf', message: 'immutable' },
        { rule: "!has(self.memory) || quantity(self.memory).isLessThan(quantity('1Gi'))" },
      ],
    },
  });
}

function widget(spec: Record<string, unknown>): unknown {
  return { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'shop' }, spec };
}

describe('CEL rules (x-kubernetes-validations)', () => {
  it('fails a Flux GitRepository rule with the rule message at the schema node', () => {
    const issues = issuesOf([gitRepository({ serviceAccountName: 'flux' })]);
    expect(issues).toMatchObject([
      {
        code: 'cel.failed',
        severity: 'error',
        pointer: '/spec',
        message: "serviceAccountName can only be set when provider is 'azure' or 'aws'",
      },
    ]);
  });

  it('passes the same rule when it holds', () => {
    expect(issuesOf([gitRepository({ serviceAccountName: 'flux', provider: 'aws' })])).toEqual([]);
    expect(issuesOf([gitRepository({})])).toEqual([]);
  });

  it("evaluates Crossplane's XRD rules: claims are rejected in v2", () => {
    const issues = issuesOf([
      xrd('apiextensions.crossplane.io/v2', { claimNames: { kind: 'Database', plural: 'databases' } }),
    ]);
    expect(issues).toMatchObject([
      { code: 'cel.failed', pointer: '/spec', message: "Claims aren't supported in apiextensions.crossplane.io/v2" },
    ]);
  });

  it('applies schema defaults before evaluating (v1 XRD scope defaults to LegacyCluster)', () => {
    const report = validateManifests([
      manifest(xrd('apiextensions.crossplane.io/v1', { claimNames: { kind: 'Database', plural: 'databases' } })),
    ]);
    // Only the deprecation warning of the v1 XRD: the claimNames rule passes because scope defaults.
    expect(report.issues.map((issue) => issue.code)).toEqual(['schema.deprecated']);
    const cluster = validateManifests([
      manifest(
        xrd('apiextensions.crossplane.io/v1', {
          scope: 'Cluster',
          claimNames: { kind: 'Database', plural: 'databases' },
        }),
      ),
    ]);
    expect(cluster.issues.filter((issue) => issue.code === 'cel.failed')).toMatchObject([
      { pointer: '/spec', message: 'Only LegacyCluster composite resources can offer claims' },
    ]);
  });

  it('uses messageExpression, fieldPath, escaped reserved names, defaults and rules on array items', () => {
    const report = validateManifests([
      manifest(celCrd(), { file: 'crds/widget.yaml', tier: undefined }),
      manifest(
        widget({
          replicas: 7,
          namespace: 'kube-system',
          ports: [
            { name: 'a', port: 8080 },
            { name: 'b', port: 80 },
          ],
        }),
      ),
    ]);
    expect(codes(report.issues)).toEqual([
      'cel.failed /spec',
      'cel.failed /spec/namespace',
      'cel.failed /spec/ports/1',
    ]);
    expect(report.issues.map((issue) => issue.message)).toEqual([
      'replicas 7 exceed 5',
      "failed rule: !has(self.__namespace__) || self.__namespace__ != 'kube-system'",
      'ports must be unprivileged',
    ]);
  });

  it('passes the same rules for a conforming object; transition rules are skipped', () => {
    const report = validateManifests([
      manifest(celCrd(), { file: 'crds/widget.yaml', tier: undefined }),
      manifest(widget({ replicas: 3, namespace: 'shop', ports: [{ name: 'a', port: 8080 }] })),
    ]);
    expect(report.issues).toEqual([]);
    // 'self == oldSelf' is not counted (skipped); the quantity() rule is (unsupported function).
    expect(report.notEvaluated).toEqual({ 'example.com/v1/Widget': 1 });
  });

  it('counts rules the evaluator cannot run instead of reporting them', () => {
    const report = validateManifests([
      manifest(celCrd(), { file: 'crds/widget.yaml', tier: undefined }),
      manifest(widget({ replicas: 1, memory: '2Gi' }), { file: 'a.yaml', tier: 'dev' }),
      manifest(widget({ replicas: 1, memory: '512Mi' }), { file: 'b.yaml', tier: 'staging' }),
    ]);
    expect(report.issues).toEqual([]);
    // One distinct rule (quantity() is a Kubernetes extension), however many objects hit it.
    expect(report.notEvaluated).toEqual({ 'example.com/v1/Widget': 1 });
  });

  it('provides the simple Kubernetes list and string functions (isSorted, sum, replace)', () => {
    const crd = customResourceDefinition({
      group: 'example.com',
      kind: 'Gadget',
      plural: 'gadgets',
      scope: 'Cluster',
      spec: {
        type: 'object',
        properties: {
          versions: { type: 'array', items: { type: 'string' } },
          weights: { type: 'array', items: { type: 'integer' } },
          slug: { type: 'string' },
        },
        'x-kubernetes-validations': [
          { rule: 'self.versions.isSorted()', message: 'versions must be sorted' },
          { rule: 'self.weights.sum() == 100', message: 'weights must add up to 100' },
          {
            rule: "self.slug.replace('-', '') == self.slug.lowerAscii().replace('-', '')",
            message: 'slug must be lowercase',
          },
        ],
      },
    });
    const gadget = (spec: Record<string, unknown>): unknown => ({
      apiVersion: 'example.com/v1',
      kind: 'Gadget',
      metadata: { name: 'g' },
      spec,
    });
    const good = validateManifests([
      manifest(crd, { file: 'crd.yaml' }),
      manifest(gadget({ versions: ['a', 'b'], weights: [60, 40], slug: 'my-gadget' })),
    ]);
    expect(good.issues).toEqual([]);
    expect(good.notEvaluated).toEqual({});
    const bad = validateManifests([
      manifest(crd, { file: 'crd.yaml' }),
      manifest(gadget({ versions: ['b', 'a'], weights: [60, 50], slug: 'My-Gadget' })),
    ]);
    expect(bad.issues.map((issue) => issue.message)).toEqual([
      'slug must be lowercase',
      'versions must be sorted',
      'weights must add up to 100',
    ]);
  });

  it('can be turned off', () => {
    expect(issuesOf([gitRepository({ serviceAccountName: 'flux' })], { cel: false })).toEqual([]);
  });
});
