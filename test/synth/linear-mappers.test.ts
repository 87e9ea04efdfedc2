import { ApiObject, App, Chart, JsonPatch, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { environments } from '../../environments.js';
import { REPOSITORY } from '../../examples/platform/argocd.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { GitOpsApp } from '../../src/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { installLinearMappers, linearFilters, resolvingMapper } from '../../src/synth/linear-mappers.js';

/**
 * Every ApiObject's toJson() under `root`, as JSON text (key order counts): cdk8s's own, with linear mappers,
 * or with resolving mappers (which take the props unresolved; `sortKeys` as CDK8S_DISABLE_SORT says).
 */
function allJson(root: IConstruct, linear: boolean | 'resolving', sortKeys = true): string[] {
  const restore =
    linear === 'resolving'
      ? installLinearMappers({ resolving: { sortKeys } })
      : linear
        ? installLinearMappers()
        : () => undefined;
  try {
    return root.node
      .findAll()
      .filter(ApiObject.isApiObject)
      .map((o) => JSON.stringify(o.toJson()));
  } finally {
    restore();
  }
}

/** L1 objects that exercise every kind of field the generated mappers handle. */
function richChart(): Chart {
  const chart = new Chart(new App({ outdir: 'unused' }), 'c', { namespace: 'ns' });
  new k8s.KubeService(chart, 'svc', {
    metadata: { labels: { clusterIp: 'stays' }, annotations: {} },
    spec: {
      clusterIp: '10.0.0.1', // renamed to clusterIP
      externalIPs: ['1.2.3.4'],
      ports: [
        { port: 80, targetPort: k8s.IntOrString.fromString('http'), name: undefined },
        { port: 81, targetPort: k8s.IntOrString.fromNumber(8081) },
      ],
      selector: { app: 'a', gone: undefined as unknown as string },
    },
  });
  new k8s.KubePod(chart, 'pod', {
    spec: {
      hostPid: true, // renamed to hostPID
      containers: [
        {
          name: 'c',
          image: 'i',
          resources: { limits: { cpu: k8s.Quantity.fromString('1'), memory: k8s.Quantity.fromNumber(5) } },
          env: [{ name: 'A', value: 'x' }, { name: 'B' }],
        },
      ],
    },
  });
  new k8s.KubeCustomResourceDefinition(chart, 'crd', {
    metadata: { name: 'things.example.com' },
    spec: {
      group: 'example.com',
      names: { kind: 'Thing', plural: 'things' },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: {
            openApiv3Schema: {
              type: 'object',
              xKubernetesPreserveUnknownFields: true, // renamed to x-kubernetes-preserve-unknown-fields
              properties: { spec: { type: 'object', ref: '#/x' }, list: { type: 'array', items: { type: 'string' } } },
            },
          },
        },
      ],
    },
  });
  return chart;
}

/** An implicit token, as cdk8s resolves any object with a `resolve()` method. */
const token = <T>(value: T): T => ({ resolve: () => value }) as unknown as T;

/** L1 objects whose props hold what the resolving mappers must resolve as they read: lazies, tokens, nulls. */
function unresolvedChart(): Chart {
  const chart = richChart();
  new k8s.KubeDeployment(chart, 'deploy', {
    metadata: { labels: { z: 'last', a: token('first') }, annotations: { note: Lazy.any({ produce: () => 'late' }) } },
    spec: Lazy.any({
      produce: () => ({
        replicas: token(2),
        selector: { matchLabels: { b: '2', a: '1', gone: null } },
        template: {
          metadata: { labels: { b: '2', a: '1' } },
          spec: {
            nodeSelector: token({ zone: 'b', disk: 'ssd' }),
            containers: [
              {
                name: 'c',
                image: Lazy.any({ produce: () => 'img' }),
                args: [token('--b'), '--a'],
                ports: token([{ containerPort: 80, name: 'http', protocol: null }]),
                resources: {
                  limits: { memory: k8s.Quantity.fromString('1Gi'), cpu: token(k8s.Quantity.fromNumber(1)) },
                  requests: { cpu: k8s.Quantity.fromString('100m'), dropped: null },
                },
                env: [
                  { name: 'B', value: token('2') },
                  { name: 'A', valueFrom: { fieldRef: { fieldPath: 'x' } } },
                ],
                unknownField: { kept: 'never: the mapper drops unknown fields' },
                livenessProbe: null,
              },
            ],
          },
        },
        strategy: {
          rollingUpdate: {
            maxSurge: k8s.IntOrString.fromString('25%'),
            maxUnavailable: token(k8s.IntOrString.fromNumber(0)),
          },
        },
      }),
    }) as never,
  });
  const patched = new k8s.KubeConfigMap(chart, 'patched', { data: { b: 'x', a: Lazy.any({ produce: () => 'y' }) } });
  patched.addJsonPatch(JsonPatch.add('/data/c', 'z'));
  new k8s.KubeConfigMap(chart, 'empty', { data: {}, binaryData: undefined, immutable: token(true) });
  return chart;
}

describe('linear mappers for generated L1 classes', () => {
  it('give byte for byte what the generated mappers give, renamed fields, unions and maps included', () => {
    const chart = richChart();
    const expected = allJson(chart, false);
    expect(expected.join()).toContain('"clusterIP":"10.0.0.1"');
    expect(expected.join()).toContain('"x-kubernetes-preserve-unknown-fields":true');
    expect(allJson(chart, true)).toEqual(expected);
  });

  it('give what the generated mappers give for every object of the reference platform', () => {
    const app = new GitOpsApp({ environments, outdir: 'unused', repository: REPOSITORY });
    buildPlatform(app);
    const expected = allJson(app, false);
    expect(expected.length).toBeGreaterThan(40);
    expect(allJson(app, true)).toEqual(expected);
  });

  it('resolving as they map give byte for byte what cdk8s gives: lazies, tokens, nulls, unions, patches, unsorted maps', () => {
    const chart = unresolvedChart();
    const expected = allJson(chart, false);
    expect(expected.join()).toContain('"image":"img"');
    expect(expected.join()).toContain('"maxUnavailable":0');
    expect(allJson(chart, 'resolving')).toEqual(expected);
  });

  it('resolving as they map keep the props’ key order when CDK8S_DISABLE_SORT is set, as cdk8s does', () => {
    const chart = unresolvedChart();
    const saved = process.env.CDK8S_DISABLE_SORT;
    process.env.CDK8S_DISABLE_SORT = '1';
    try {
      const expected = allJson(chart, false);
      expect(expected.join()).toContain('"nodeSelector":{"zone":"b","disk":"ssd"}');
      expect(allJson(chart, 'resolving', false)).toEqual(expected);
      expect(allJson(chart, 'resolving', true)).not.toEqual(expected);
    } finally {
      if (saved === undefined) delete process.env.CDK8S_DISABLE_SORT;
      else process.env.CDK8S_DISABLE_SORT = saved;
    }
  });

  it('resolving as they map give what cdk8s gives for every object of the reference platform', () => {
    const app = new GitOpsApp({ environments, outdir: 'unused', repository: REPOSITORY });
    buildPlatform(app);
    expect(allJson(app, 'resolving')).toEqual(allJson(app, false));
  });

  it('resolving as they map report an unrenderable value as cdk8s does', () => {
    const chart = new Chart(new App({ outdir: 'unused' }), 'c');
    new k8s.KubePod(chart, 'pod', {
      spec: { containers: [{ name: 'c', image: new Date(0) as never }] },
    });
    const message = (linear: boolean | 'resolving') => {
      try {
        allJson(chart, linear);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message(false)).toContain("can't render non-simple object of type 'Date'");
    expect(message('resolving')).toBe(message(false));
  });

  it('resolving as they map cover every mapper of the k8s module, and refuse forms they do not know', () => {
    const restore = installLinearMappers({ resolving: { sortKeys: true } });
    try {
      // The module falls back to plain linear mappers when any of its mappers cannot be rewritten.
      expect(k8s.KubeDeployment.prototype.toJson.name).toBe('resolvingToJson');
    } finally {
      restore();
    }
    const mapper = (field: string) =>
      `function toJson_X(obj) {\n    if (obj === undefined) {\n        return undefined;\n    }\n    const result = {\n        ${field}\n    };\n    // filter undefined values\n    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});\n}`;
    expect(resolvingMapper(mapper("'a': obj.a,"))).toContain("'a': __deep(obj.a),");
    expect(resolvingMapper(mapper("'a': obj.a?.map(y => toJson_Y(y)),"))).toContain('__shallow(obj.a)?.map(');
    expect(resolvingMapper(mapper("'a': obj.a.toUpperCase(),"))).toBeUndefined();
    expect(
      resolvingMapper(mapper("'a': obj.a,").replace('// filter', 'console.log(obj);\n    // filter')),
    ).toBeUndefined();
  });

  it('replace the toJson of generated classes only, and restore it', () => {
    const original = k8s.KubeDeployment.prototype.toJson;
    const baseToJson = ApiObject.prototype.toJson;
    const restore = installLinearMappers();
    try {
      expect(k8s.KubeDeployment.prototype.toJson).not.toBe(original);
      expect(ApiObject.prototype.toJson).toBe(baseToJson);
    } finally {
      restore();
    }
    expect(k8s.KubeDeployment.prototype.toJson).toBe(original);
  });

  it('are used by synth of a large tree, which writes what a small one writes for the same objects', () => {
    const build = (extra: number) => {
      const app = new GitOpsApp({ environments, outdir: 'unused' });
      const folder = app.tier('dev').application('web');
      new k8s.KubeService(folder, 'svc', {
        spec: {
          clusterIp: 'None',
          ports: [{ port: 80, targetPort: k8s.IntOrString.fromString('http') }],
          selector: { app: 'web' },
        },
      });
      for (let i = 0; i < extra; i++) new k8s.KubeConfigMap(folder, `cm-${i}`, { data: { i: String(i) } });
      return app.render({ validate: false }).manifests.find((m) => m.object.kind === 'Service')?.object;
    };
    // Above 500 objects synth switches to the linear mappers part-way: the Service comes out the same.
    expect(build(600)).toEqual(build(0));
    expect(JSON.stringify(build(600))).toContain('"clusterIP":"None"');
  });

  it('rewrite a generated module to give the same objects, and imports/ is generated that way', () => {
    const generated = `
      function toJson_Inner(obj) {
        if (obj === undefined) { return undefined; }
        const result = { 'b': obj.b, 'a': obj.a, 'map': ((obj.map) === undefined) ? undefined : (Object.entries(obj.map).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})) };
        return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
      }
      function toJson_Outer(obj) {
        const result = { 'inner': toJson_Inner(obj.inner), 'list': obj.list?.map(y => toJson_Inner(y)), 'quantities': ((obj.q) === undefined) ? undefined : (Object.entries(obj.q).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})) };
        return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
      }
      return toJson_Outer;`;
    const linear = linearFilters(generated);
    expect(linear).not.toBe(generated);
    expect(linear).not.toContain('...r');
    const original = new Function(generated)() as (o: unknown) => unknown;
    const rewritten = new Function(linear.replace('return toJson_Outer;', '') + '\nreturn toJson_Outer;')() as (
      o: unknown,
    ) => unknown;
    const input = {
      inner: { a: 1, b: undefined, map: { z: 'last', y: undefined, x: 'first' } },
      list: [{ b: 'x' }, { a: 0, map: {} }],
      q: { cpu: { value: '1' }, memory: undefined },
    };
    expect(JSON.stringify(rewritten(input))).toBe(JSON.stringify(original(input)));
    for (const file of readdirSync('imports').filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(`imports/${file}`, 'utf8'), file).not.toContain('({ ...r, [i[0]]');
    }
  });
});
