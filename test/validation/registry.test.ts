import { describe, expect, it } from 'vitest';
import { GitOpsError } from '../../src/errors/index.js';
import { SchemaRegistry, validateManifests } from '../../src/validation/index.js';
import { codes, customResourceDefinition, issuesOf, manifest } from './helpers.js';

const serviceMonitor = {
  apiVersion: 'telemetry.example.com/v1',
  kind: 'TelemetryMonitor',
  metadata: { name: 'web', namespace: 'shop' },
  spec: { endpoints: [{ port: 'http' }], selector: { matchLabels: { app: 'web' } } },
};

const serviceMonitorCrd = customResourceDefinition({
  group: 'telemetry.example.com',
  kind: 'TelemetryMonitor',
  plural: 'telemetrymonitors',
  spec: {
    type: 'object',
    required: ['selector'],
    properties: {
      endpoints: {
        type: 'array',
        items: { type: 'object', properties: { port: { type: 'string' }, interval: { type: 'string' } } },
      },
      selector: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    },
  },
});

/** A v1 Crossplane XRD (LegacyCluster by default) offering a claim. */
const databaseXrd = {
  apiVersion: 'apiextensions.crossplane.io/v1',
  kind: 'CompositeResourceDefinition',
  metadata: { name: 'xpostgresqls.platform.example.com' },
  spec: {
    group: 'platform.example.com',
    names: { kind: 'XPostgreSQL', plural: 'xpostgresqls' },
    claimNames: { kind: 'PostgreSQL', plural: 'postgresqls' },
    versions: [
      {
        name: 'v1alpha1',
        served: true,
        referenceable: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['storageGB'],
                properties: {
                  storageGB: { type: 'integer', minimum: 10 },
                  version: { type: 'string', enum: ['15', '16'] },
                },
              },
            },
          },
        },
      },
    ],
  },
};

function claim(spec: Record<string, unknown>): unknown {
  return {
    apiVersion: 'platform.example.com/v1alpha1',
    kind: 'PostgreSQL',
    metadata: { name: 'orders-db', namespace: 'shop' },
    spec,
  };
}

describe('kinds without a shipped schema', () => {
  it('are an error (schema.no-schema) with a way out in the hint', () => {
    const issues = issuesOf([serviceMonitor]);
    expect(codes(issues)).toEqual(['schema.no-schema ']);
    expect(issues[0]?.message).toBe('no schema for telemetry.example.com/v1 TelemetryMonitor');
    expect(issues[0]?.hint).toContain('--external');
  });

  it('validate against a CRD emitted in the same run, registered before the other objects', () => {
    // The CRD comes after the object that uses it: registration happens first anyway.
    const report = validateManifests([
      manifest(serviceMonitor, { file: 'a.yaml' }),
      manifest(serviceMonitorCrd, { file: 'crds/servicemonitor.yaml', tier: undefined }),
    ]);
    expect(report.issues).toEqual([]);
    const bad = validateManifests([
      manifest({ ...serviceMonitor, spec: { endpoints: [{ port: 80 }] } }, { file: 'a.yaml' }),
      manifest(serviceMonitorCrd, { file: 'crds/servicemonitor.yaml', tier: undefined }),
    ]);
    expect(codes(bad.issues)).toEqual(['schema.type /spec/endpoints/0/port', 'schema.required /spec/selector']);
  });

  it('validate against CRDs passed in options (user CRD files)', () => {
    expect(issuesOf([serviceMonitor], { crds: [serviceMonitorCrd] })).toEqual([]);
  });

  it('skip schema and scope checks when declared external, by kind, apiVersion, group or glob', () => {
    for (const pattern of [
      'telemetry.example.com/v1/TelemetryMonitor',
      'telemetry.example.com/v1',
      'telemetry.example.com',
      'telemetry.example.com/*',
      '*.example.com/*',
    ]) {
      expect(issuesOf([{ ...serviceMonitor, metadata: { name: 'web' } }], { external: [pattern] }), pattern).toEqual(
        [],
      );
    }
    expect(codes(issuesOf([serviceMonitor], { external: ['example.com/*'] }))).toEqual(['schema.no-schema ']);
  });

  it('still get the name and secret checks when external', () => {
    const issues = issuesOf([{ ...serviceMonitor, metadata: { name: 'Web_Monitor', namespace: 'shop' } }], {
      external: ['telemetry.example.com'],
    });
    expect(codes(issues)).toEqual(['name.invalid /metadata/name']);
  });
});

describe('SchemaRegistry', () => {
  it('knows the scope of built-in kinds, shipped CRDs and registered kinds', () => {
    const registry = new SchemaRegistry();
    expect(registry.scopeOf('apps/v1', 'Deployment')).toBe('Namespaced');
    expect(registry.scopeOf('v1', 'Namespace')).toBe('Cluster');
    expect(registry.scopeOf('rbac.authorization.k8s.io/v1', 'ClusterRole')).toBe('Cluster');
    expect(registry.scopeOf('storage.k8s.io/v1', 'StorageClass')).toBe('Cluster');
    expect(registry.scopeOf('argoproj.io/v1alpha1', 'Application')).toBe('Namespaced');
    expect(registry.scopeOf('kyverno.io/v1', 'ClusterPolicy')).toBe('Cluster');
    expect(registry.scopeOf('telemetry.example.com/v1', 'TelemetryMonitor')).toBeUndefined();
    expect(registry.has('telemetry.example.com/v1', 'TelemetryMonitor')).toBe(false);
    expect(registry.registerCrd(serviceMonitorCrd)).toEqual(['telemetry.example.com/v1/TelemetryMonitor']);
    expect(registry.has('telemetry.example.com/v1', 'TelemetryMonitor')).toBe(true);
    expect(registry.scopeOf('telemetry.example.com/v1', 'TelemetryMonitor')).toBe('Namespaced');
  });

  it('reports built-in kinds per Kubernetes version', () => {
    const registry = new SchemaRegistry();
    expect(registry.kubernetesVersions).toEqual(['1.28.0', '1.33.0', '1.36.0']);
    expect(registry.has('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.28.0')).toBe(true);
    expect(registry.has('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.33.0')).toBe(false);
    // Unshipped versions use the newest shipped version not newer than them.
    expect(registry.pickVersion('1.30.2')).toBe('1.28.0');
    expect(registry.pickVersion('1.40.0')).toBe('1.36.0');
    expect(registry.pickVersion('1.20.0')).toBe('1.28.0');
  });

  it('marks external kinds without giving them a schema', () => {
    const registry = new SchemaRegistry();
    registry.markExternal('example.com/*');
    expect(registry.isExternal('example.com/v1', 'Thing')).toBe(true);
    expect(registry.isExternal('other.com/v1', 'Thing')).toBe(false);
    expect(registry.has('example.com/v1', 'Thing')).toBe(false);
  });

  it('rejects objects that are not usable definitions', () => {
    const registry = new SchemaRegistry();
    expect(() => registry.registerCrd({ apiVersion: 'v1', kind: 'ConfigMap' })).toThrow(GitOpsError);
    expect(() =>
      registry.registerCrd({ ...serviceMonitorCrd, spec: { ...serviceMonitorCrd.spec, scope: 'Everywhere' } }),
    ).toThrow(/spec.scope must be Namespaced or Cluster/);
    expect(() => registry.registerXrd({ ...databaseXrd, spec: { names: { kind: 'X' } } })).toThrow(
      /spec.group is missing/,
    );
  });
});

describe('Crossplane XRDs', () => {
  it('define the XR and, for v1 with claimNames, the namespaced claim', () => {
    const registry = new SchemaRegistry();
    expect(registry.registerXrd(databaseXrd)).toEqual([
      'platform.example.com/v1alpha1/XPostgreSQL',
      'platform.example.com/v1alpha1/PostgreSQL',
    ]);
    expect(registry.scopeOf('platform.example.com/v1alpha1', 'XPostgreSQL')).toBe('Cluster');
    expect(registry.scopeOf('platform.example.com/v1alpha1', 'PostgreSQL')).toBe('Namespaced');
  });

  it('validate claims against the XRD schema plus the fields Crossplane adds', () => {
    const ok = claim({
      storageGB: 20,
      version: '16',
      compositionSelector: { matchLabels: { provider: 'aws' } },
      writeConnectionSecretToRef: { name: 'orders-db-conn' },
    });
    // The v1 XRD itself only draws a deprecation warning.
    expect(codes(issuesOf([databaseXrd, ok]))).toEqual(['schema.deprecated /apiVersion']);
    const bad = claim({ storageGB: 5, version: '14', compositionSelecter: {} });
    expect(codes(issuesOf([databaseXrd, bad]))).toEqual([
      'schema.deprecated /apiVersion',
      'schema.unknown-field /spec/compositionSelecter',
      'schema.limit /spec/storageGB',
      'schema.enum /spec/version',
    ]);
    expect(codes(issuesOf([databaseXrd, claim({})]))).toEqual([
      'schema.deprecated /apiVersion',
      'schema.required /spec/storageGB',
    ]);
  });

  it('v2 XRs are namespaced by default and carry Crossplane fields under spec.crossplane', () => {
    const v2 = {
      ...databaseXrd,
      apiVersion: 'apiextensions.crossplane.io/v2',
      spec: { ...databaseXrd.spec, claimNames: undefined },
    };
    const registry = new SchemaRegistry();
    expect(registry.registerXrd(v2)).toEqual(['platform.example.com/v1alpha1/XPostgreSQL']);
    expect(registry.scopeOf('platform.example.com/v1alpha1', 'XPostgreSQL')).toBe('Namespaced');
    const xr = (spec: Record<string, unknown>): unknown => ({
      apiVersion: 'platform.example.com/v1alpha1',
      kind: 'XPostgreSQL',
      metadata: { name: 'orders-db', namespace: 'shop' },
      spec,
    });
    expect(issuesOf([v2, xr({ storageGB: 20, crossplane: { compositionRef: { name: 'aws' } } })])).toEqual([]);
    expect(codes(issuesOf([v2, xr({ storageGB: 20, compositionRef: { name: 'aws' } })]))).toEqual([
      'schema.unknown-field /spec/compositionRef',
    ]);
    // XR names become label values: at most 63 characters.
    const long = { ...(xr({ storageGB: 20 }) as object), metadata: { name: 'x'.repeat(64), namespace: 'shop' } };
    expect(codes(issuesOf([v2, long]))).toEqual(['schema.limit /metadata/name']);
  });
});
