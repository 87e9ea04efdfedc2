import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import {
  AutoReady,
  byProduction,
  Claim,
  CrossplaneFunction,
  defineCompositeApi,
  GoTemplating,
  HealthChecks,
  PatchAndTransform,
  Patches,
  PipelineComposition,
  preserveUnknown,
  Transforms,
  withDefault,
  Xrd,
} from '../../src/index.js';
import { tempDir, testApp, testEnvironments } from '../helpers.js';
import { Cache, Database } from './fixtures.js';
import { synthObjects, thrown } from './helpers.js';

const perTier = testEnvironments.perTier.bind(testEnvironments);
const params = (api: { xrd(): Record<string, unknown> }, version = 0): Record<string, any> =>
  (api.xrd() as any).spec.versions[version].schema.openAPIV3Schema.properties.spec.properties.parameters;

describe('schema → XRD', () => {
  it('emits a v2 namespaced XRD named <plural>.<group>', () => {
    const xrd = Database.xrd() as any;
    expect(xrd.apiVersion).toBe('apiextensions.crossplane.io/v2');
    expect(xrd.metadata.name).toBe('xdatabases.platform.example.com');
    expect(xrd.spec.scope).toBe('Namespaced');
    expect(xrd.spec.claimNames).toBeUndefined();
    expect(xrd.spec.versions).toHaveLength(1);
    expect(xrd.spec.versions[0]).toMatchObject({ name: 'v1alpha1', served: true, referenceable: true });
  });

  it('turns each field kind into its structural schema', () => {
    const p = params(Database);
    expect(p.required).toEqual(['size']);
    // enum (union of literals) with a type and the description
    expect(p.properties.size).toEqual({
      type: 'string',
      enum: ['small', 'medium', 'large'],
      description: 'Instance size.',
    });
    // default + pattern, optional
    expect(p.properties.storage).toEqual({
      type: 'string',
      pattern: '^[0-9]+Gi$',
      description: 'Disk size.',
      default: '10Gi',
    });
    // min/max + default
    expect(p.properties.replicas).toEqual({ type: 'integer', minimum: 1, maximum: 5, default: 1 });
    // nested object with its own required field
    expect(p.properties.backup).toEqual({
      type: 'object',
      required: ['enabled'],
      properties: { enabled: { type: 'boolean' }, retentionDays: { type: 'integer', minimum: 1, maximum: 35 } },
    });
    // array
    expect(p.properties.extensions).toEqual({ type: 'array', items: { type: 'string' }, maxItems: 10 });
    // map
    expect(p.properties.tags).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    // free-form
    expect(p.properties.providerConfig).toEqual({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true });
  });

  it('converts enums, consts, nullable unions and exclusive bounds', () => {
    const api = defineCompositeApi({
      group: 'x.example.com',
      kind: 'XThing',
      plural: 'xthings',
      parameters: Type.Object({
        mode: Type.Enum(['a', 'b']),
        fixed: Type.Literal(3),
        maybe: Type.Union([Type.String(), Type.Null()]),
        ratio: Type.Number({ exclusiveMinimum: 0 }),
        anything: Type.Optional(preserveUnknown()),
      }),
    });
    const p = params(api).properties;
    expect(p.mode).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(p.fixed).toEqual({ type: 'number', enum: [3] });
    expect(p.maybe).toEqual({ type: 'string', nullable: true });
    expect(p.ratio).toEqual({ type: 'number', minimum: 0, exclusiveMinimum: true });
  });

  it('rejects a union the structural schema cannot express, naming the field', () => {
    const [e] = thrown(() =>
      defineCompositeApi({
        group: 'x.example.com',
        kind: 'XThing',
        plural: 'xthings',
        parameters: Type.Object({ port: Type.Union([Type.String(), Type.Integer()]) }),
      }),
    );
    expect(e?.code).toBe('XRD_SCHEMA_UNSUPPORTED');
    expect(e?.location.field).toBe('XThing.v1alpha1.parameters.port');
  });

  it('emits a v1 XRD with claim names and connection secret keys for Crossplane 1.x', () => {
    const api = defineCompositeApi({
      crossplane: 'v1',
      group: 'x.example.com',
      kind: 'XQueue',
      plural: 'xqueues',
      connectionSecretKeys: ['url'],
      parameters: Type.Object({ fifo: withDefault(Type.Boolean(), false) }),
    });
    const xrd = api.xrd() as any;
    expect(xrd.apiVersion).toBe('apiextensions.crossplane.io/v1');
    expect(xrd.spec.scope).toBeUndefined();
    expect(xrd.spec.claimNames).toEqual({ kind: 'Queue', plural: 'queues' });
    expect(xrd.spec.connectionSecretKeys).toEqual(['url']);
    expect(api.claimKind).toBe('Queue');
  });

  it('supports several versions, one referenceable, each with its parameters', () => {
    const api = defineCompositeApi({
      group: 'x.example.com',
      kind: 'XThing',
      plural: 'xthings',
      versions: [
        {
          name: 'v1alpha1',
          deprecated: true,
          deprecationWarning: 'use v1beta1',
          parameters: Type.Object({ old: Type.String() }),
        },
        { name: 'v1beta1', referenceable: true },
      ],
      parameters: Type.Object({ size: Type.String() }),
    });
    expect(api.version).toBe('v1beta1');
    const xrd = api.xrd() as any;
    expect(xrd.spec.versions.map((v: any) => [v.name, v.referenceable, v.deprecated ?? false])).toEqual([
      ['v1alpha1', false, true],
      ['v1beta1', true, false],
    ]);
    expect(Object.keys(params(api, 0).properties)).toEqual(['old']);
    expect(Object.keys(params(api, 1).properties)).toEqual(['size']);
  });

  it("reports every name that breaks Crossplane's rules at once", () => {
    const errors = thrown(() =>
      defineCompositeApi({
        crossplane: 'v1',
        group: 'x.example.com',
        kind: 'XThing',
        plural: 'XThings',
        claimKind: 'XThing',
        versions: [
          { name: 'v1', referenceable: true },
          { name: 'v2', referenceable: true },
        ],
        parameters: Type.Object({}),
      }),
    );
    expect(errors.map((e) => e.code)).toEqual([
      'XRD_INVALID_PLURAL',
      'XRD_CLAIM_KIND_SAME',
      'XRD_REFERENCEABLE_VERSIONS',
    ]);
    expect(errors[1]?.message).toBe("claim kind 'XThing' is the same as the composite kind");
    expect(errors[1]?.location.field).toBe('claimKind');
    expect(errors[1]?.hint).toContain("claim 'Thing'");
  });

  it('refuses claims on a v2 XRD', () => {
    const [e] = thrown(() =>
      defineCompositeApi({
        group: 'x.example.com',
        kind: 'XThing',
        plural: 'xthings',
        claimKind: 'Thing',
        parameters: Type.Object({}),
      }),
    );
    expect(e?.code).toBe('XRD_CLAIMS_NEED_V1');
  });
});

describe('claims', () => {
  it('resolves per-tier parameters, takes namespace and tier from the folder, and validates at synth', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    Xrd.define(app, Database);
    const fns = CrossplaneFunction.inPlatformCore(app);
    const standard = new PipelineComposition(app.platformCore.compositions, 'database-aws', {
      api: Database,
      labels: { class: 'standard' },
      steps: [
        PatchAndTransform.step({
          function: fns.patchAndTransform,
          resources: [
            {
              name: 'instance',
              base: {
                apiVersion: 'rds.aws.m.upbound.io/v1beta1',
                kind: 'Instance',
                spec: { forProvider: { engine: 'postgres' } },
              },
              patches: [
                Patches.fromParameter(
                  Database,
                  'storage',
                  'spec.forProvider.allocatedStorage',
                  Transforms.convert('float64', 'quantity'),
                ),
                Patches.fromParameter(
                  Database,
                  'size',
                  'spec.forProvider.instanceClass',
                  Transforms.map({ small: 'db.t4g.small' }),
                ),
                Patches.combineFromComposite(
                  '%s-%s',
                  ['metadata.namespace', 'metadata.name'],
                  'spec.forProvider.dbName',
                ),
                Patches.toComposite('status.atProvider.address', 'status.endpoint'),
                Patches.fromEnvironment('data.region', 'spec.forProvider.region'),
              ],
              connectionDetails: [{ name: 'port', type: 'FromValue', value: '5432' }],
              readinessChecks: [{ type: 'MatchCondition', matchCondition: { type: 'Ready', status: 'True' } }],
            },
          ],
        }),
        GoTemplating.step({ function: fns.goTemplating, template: '{{ $xr := .observed.composite.resource }}' }),
        AutoReady.step({ function: fns.autoReady }),
      ],
    });
    new PipelineComposition(app.platformCore.compositions, 'database-aws-production', {
      api: Database,
      labels: { class: 'production' },
      steps: [AutoReady.step({ function: fns.autoReady })],
    });
    const claims = app.tiers.map(
      (t) =>
        new Claim(t.tier.production ? t.infrastructure : t.application('orders'), 'orders-db', {
          api: Database,
          compositionSelector: t.tier.production ? { class: 'production' } : undefined,
          composition: t.tier.production ? undefined : standard,
          parameters: {
            size: perTier({ dev: 'small', staging: 'medium', production: 'large' } as const),
            replicas: (tier) => (tier.production ? 3 : 1),
            backup: {
              enabled: byProduction(true, false),
              retentionDays: byProduction<number | undefined>(30, undefined),
            },
          },
        }),
    );
    const objects = synthObjects(app, outdir);
    const dev = objects.get('environments/dev/applications/orders/xdatabase-orders-db.yaml');
    expect(dev).toMatchObject({
      apiVersion: 'platform.example.com/v1alpha1',
      kind: 'XDatabase',
      metadata: { name: 'orders-db', namespace: 'orders-dev' },
      spec: {
        crossplane: { compositionRef: { name: 'database-aws' } },
        parameters: { size: 'small', replicas: 1, backup: { enabled: false } },
        writeConnectionSecretToRef: { name: 'orders-db-connection' },
      },
    });
    expect(dev?.spec.parameters.backup).toEqual({ enabled: false });
    const prod = objects.get('environments/production/infrastructure/xdatabase-orders-db.yaml');
    expect(prod?.metadata.namespace).toBe('production');
    expect(prod?.spec.crossplane).toEqual({ compositionSelector: { matchLabels: { class: 'production' } } });
    expect(prod?.spec.parameters).toEqual({ size: 'large', replicas: 3, backup: { enabled: true, retentionDays: 30 } });
    // The connection secret as a secret source for workloads.
    expect(claims[0]?.secretName).toBe('orders-db-connection');
    expect(claims[0]?.secretNamespace).toBe('orders-dev');
    expect(claims[0]?.secretKeys).toEqual(['username', 'password', 'endpoint', 'port']);
    const composition = objects.get('platform-core/compositions/composition-database-aws.yaml');
    expect(composition?.spec.compositeTypeRef).toEqual({
      apiVersion: 'platform.example.com/v1alpha1',
      kind: 'XDatabase',
    });
    expect(composition?.spec.pipeline.map((s: any) => [s.step, s.functionRef.name])).toEqual([
      ['patch-and-transform', 'function-patch-and-transform'],
      ['go-templating', 'function-go-templating'],
      ['auto-ready', 'function-auto-ready'],
    ]);
    expect(composition?.spec.pipeline[1].input).toEqual({
      apiVersion: 'gotemplating.fn.crossplane.io/v1beta1',
      kind: 'GoTemplate',
      source: 'Inline',
      inline: { template: '{{ $xr := .observed.composite.resource }}' },
    });
    expect(objects.get('platform-core/functions/function-function-auto-ready.yaml')?.spec.package).toMatch(
      /^xpkg\.crossplane\.io\/crossplane-contrib\/function-auto-ready:v/,
    );
  });

  it('writes a v1 claim with machinery under spec and registers health checks for XR and claim kinds', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const api = defineCompositeApi({
      crossplane: 'v1',
      group: 'x.example.com',
      kind: 'XQueue',
      plural: 'xqueues',
      connectionSecretKeys: ['url'],
      parameters: Type.Object({ fifo: withDefault(Type.Boolean(), false) }),
    });
    Xrd.define(app, api);
    new PipelineComposition(app.platformCore.compositions, 'queue', {
      api,
      labels: { tier: 'any' },
      steps: [AutoReady.step()],
    });
    app.forEachTier(
      (t) =>
        new Claim(t.infrastructure, 'jobs', { api, compositionSelector: { tier: 'any' }, parameters: { fifo: true } }),
    );
    const objects = synthObjects(app, outdir);
    expect(objects.get('environments/dev/infrastructure/queue-jobs.yaml')).toEqual({
      apiVersion: 'x.example.com/v1alpha1',
      kind: 'Queue',
      metadata: { name: 'jobs', namespace: 'dev', labels: { 'gitops.cdk8s.io/tier': 'dev' } },
      spec: {
        compositionSelector: { matchLabels: { tier: 'any' } },
        parameters: { fifo: true },
        writeConnectionSecretToRef: { name: 'jobs-connection' },
      },
    });
    const checks = HealthChecks.of(app).all.map((c) => `${c.group}/${c.kind}`);
    expect(checks).toEqual(['x.example.com/Queue', 'x.example.com/XQueue']);
    const lua = HealthChecks.of(app).all[1]?.lua ?? '';
    expect(lua).toContain('if condition.type == "Ready" then');
    expect(lua).toContain('health_status.status = "Degraded"');
    expect(lua).toContain('"XQueue is ready"');
  });

  it('checks parameters at construction, naming tier and field (enum, range, type, required in one tier)', () => {
    const app = testApp(tempDir());
    const cases: Array<[unknown, string, string]> = [
      [{ size: 'huge' }, 'parameters.size', 'must be one of "small", "medium", "large"'],
      [{ size: 'small', replicas: 9 }, 'parameters.replicas', 'must be <= 5'],
      [{ size: 'small', replicas: 'two' }, 'parameters.replicas', 'must be integer'],
      [{ size: 'small', storage: '10GB' }, 'parameters.storage', 'must match pattern'],
      [{ size: 'small', backup: {} }, 'parameters.backup.enabled', 'required field is missing'],
    ];
    for (const [i, [parameters, field, message]] of cases.entries()) {
      const [e] = thrown(
        () =>
          new Claim(app.tier('staging').infrastructure, `c${i}`, { api: Database, parameters: parameters as never }),
      );
      expect(e?.code).toBe('CLAIM_INVALID_PARAMETER');
      expect(e?.location).toMatchObject({ tier: 'staging', field, constructPath: `staging/infrastructure/c${i}` });
      expect(e?.message).toContain(`XDatabase 'c${i}' in tier staging: ${field} ${message}`);
    }
    // A required field missing in production only (a function returning undefined through a cast).
    const [missing] = thrown(() =>
      app.forEachTier(
        (t) =>
          new Claim(t.infrastructure, 'cache', {
            api: Cache,
            parameters: { size: ((tier: { production: boolean }) => (tier.production ? undefined : 'small')) as never },
          }),
      ),
    );
    expect(missing?.location).toMatchObject({ tier: 'production', field: 'parameters.size' });
    expect(missing?.message).toBe("XCache 'cache' in tier production: parameters.size required field is missing");
  });

  it('reports several bad parameters of one claim together', () => {
    const app = testApp(tempDir());
    const errors = thrown(
      () =>
        new Claim(app.tier('dev').infrastructure, 'db', {
          api: Database,
          parameters: { size: 'x', replicas: 0 } as never,
        }),
    );
    expect(errors.map((e) => e.location.field)).toEqual(['parameters.size', 'parameters.replicas']);
  });

  it('refuses a per-tier value outside a tier, and a Composition of another kind', () => {
    const app = testApp(tempDir());
    const [outside] = thrown(
      () =>
        new Claim(app.folder('shared/data'), 'db', {
          api: Database,
          parameters: { size: perTier({ dev: 'small', staging: 'small', production: 'large' } as const) },
        }),
    );
    expect(outside?.code).toBe('CLAIM_PER_TIER_OUTSIDE_TIER');
    expect(outside?.location.field).toBe('parameters.size');
    const cacheComposition = new PipelineComposition(app.platformCore.compositions, 'cache', {
      api: Cache,
      steps: [AutoReady.step()],
    });
    const [wrong] = thrown(
      () =>
        new Claim(app.tier('dev').infrastructure, 'db', {
          api: Database,
          composition: cacheComposition as never,
          parameters: { size: 'small' },
        }),
    );
    expect(wrong?.code).toBe('CLAIM_COMPOSITION_WRONG_KIND');
  });

  it('says when a claim has no connection secret to consume', () => {
    const app = testApp(tempDir());
    const claim = new Claim(app.tier('dev').infrastructure, 'cache', { api: Cache, parameters: { size: 'small' } });
    const [e] = thrown(() => claim.secretName);
    expect(e?.code).toBe('CLAIM_NO_CONNECTION_SECRET');
    expect(
      new Claim(app.tier('dev').infrastructure, 'cache2', {
        api: Cache,
        connectionSecret: 'c2',
        parameters: { size: 'small' },
      }).secretName,
    ).toBe('c2');
  });
});
