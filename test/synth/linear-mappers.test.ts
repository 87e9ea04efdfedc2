import { ApiObject, App, Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { environments } from '../../environments.js';
import { REPOSITORY } from '../../examples/platform/argocd.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { GitOpsApp } from '../../src/index.js';
import { readdirSync, readFileSync } from 'node:fs';
import { installLinearMappers, linearFilters } from '../../src/synth/linear-mappers.js';

/** Every ApiObject's toJson() under `root`, as JSON text (key order counts), with or without linear mappers. */
function allJson(root: IConstruct, linear: boolean): string[] {
  const restore = linear ? installLinearMappers() : () => undefined;
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
