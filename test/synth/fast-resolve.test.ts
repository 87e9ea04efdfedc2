import { ApiObject, App, Chart, JsonPatch, Lazy, type IResolver, type ResolutionContext } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import * as plus from 'cdk8s-plus-28';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { environments } from '../../environments.js';
import { REPOSITORY } from '../../examples/platform/argocd.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { GitOpsApp } from '../../src/index.js';
import { withFastToJson } from '../../src/synth/fast-resolve.js';
import { sortedKeys } from '../../src/synth/resolve-value.js';

/** Every ApiObject's toJson() under `root`, with cdk8s's own implementation or the fast path. */
function allJson(root: IConstruct, fast: boolean): unknown[] {
  const run = () =>
    root.node
      .findAll()
      .filter(ApiObject.isApiObject)
      .map((o) => JSON.parse(JSON.stringify(o.toJson())) as unknown);
  return fast ? withFastToJson(root, run) : run();
}

describe('fast toJson', () => {
  it('gives exactly what cdk8s gives for the reference platform', () => {
    const app = new GitOpsApp({ environments, outdir: 'unused', repository: REPOSITORY });
    buildPlatform(app);
    const expected = allJson(app, false);
    expect(expected.length).toBeGreaterThan(40);
    expect(allJson(app, true)).toEqual(expected);
  });

  it('gives what cdk8s gives, key order included, also once L1 classes map as they resolve (past 500 objects)', () => {
    const app = new GitOpsApp({ environments, outdir: 'unused', repository: REPOSITORY });
    // The padding comes first in tree order, so the platform's objects are resolved past the switch.
    const folder = app.tier('dev').application('padding');
    for (let i = 0; i < 500; i++) new k8s.KubeConfigMap(folder, `cm-${i}`, { data: { b: String(i), a: 'x' } });
    buildPlatform(app);
    const text = (fast: boolean) => {
      const run = () =>
        app.node
          .findAll()
          .filter(ApiObject.isApiObject)
          .map((o) => JSON.stringify(o.toJson()));
      return fast ? withFastToJson(app, run) : run();
    };
    const expected = text(false);
    expect(expected.length).toBeGreaterThan(600);
    expect(text(true)).toEqual(expected);
  });

  it('handles lazies, tokens, int-or-string unions, JSON patches, nulls, empty values and cdk8s+ constructs', () => {
    const app = new App({ outdir: 'unused' });
    const chart = new Chart(app, 'c', { namespace: 'ns', labels: { team: 'a' } });
    const lazy = new ApiObject(chart, 'lazy', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { b: Lazy.any({ produce: () => 'late' }), a: null, c: undefined, nested: { z: [], y: {}, x: [null, 1] } },
    } as never);
    lazy.addJsonPatch(JsonPatch.add('/data/patched', 'yes'), JsonPatch.remove('/data/nested/y'));
    lazy.metadata.addAnnotation('k', 'v');
    new k8s.KubeService(chart, 'svc', {
      spec: {
        ports: [
          { port: 80, targetPort: k8s.IntOrString.fromString('http') },
          { port: 81, targetPort: k8s.IntOrString.fromNumber(8081) },
        ],
      },
    });
    new k8s.KubeDeployment(chart, 'deploy', {
      spec: {
        selector: {},
        template: {
          spec: {
            containers: [
              {
                name: 'c',
                image: 'i',
                resources: { limits: { cpu: k8s.Quantity.fromString('1'), memory: k8s.Quantity.fromNumber(5) } },
              },
            ],
          },
        },
      },
    });
    const deployment = new plus.Deployment(chart, 'plus', { containers: [{ image: 'nginx', portNumber: 80 }] });
    deployment.exposeViaService();
    new plus.ConfigMap(chart, 'plus-cm', { data: { key: 'value' } });
    expect(allJson(app, true)).toEqual(allJson(app, false));
  });

  it('reports unrenderable values as cdk8s does', () => {
    const app = new App({ outdir: 'unused' });
    const chart = new Chart(app, 'c');
    new ApiObject(chart, 'bad', { apiVersion: 'v1', kind: 'ConfigMap', data: { when: new Date(0) } } as never);
    const message = (fast: boolean) => {
      try {
        allJson(app, fast);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(message(true)).toBe(message(false));
    expect(message(true)).toContain("can't render non-simple object of type 'Date'");
  });

  it('keeps cdk8s’s implementation for apps with their own resolvers', () => {
    class Upper implements IResolver {
      public resolve(context: ResolutionContext): void {
        const value: unknown = context.value;
        if (typeof value === 'string' && value !== value.toUpperCase() && context.key.includes('data')) {
          context.replaceValue(value.toUpperCase());
        }
      }
    }
    const app = new App({ outdir: 'unused', resolvers: [new Upper()] });
    new ApiObject(new Chart(app, 'c'), 'cm', { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'x' } } as never);
    expect(allJson(app, true)).toEqual(allJson(app, false));
    expect((allJson(app, true)[0] as { data: { a: string } }).data.a).toBe('X');
  });

  it('restores cdk8s’s implementation afterwards, also when the walk throws', () => {
    const original = ApiObject.prototype.toJson;
    const app = new App({ outdir: 'unused' });
    expect(() =>
      withFastToJson(app, () => {
        expect(ApiObject.prototype.toJson).not.toBe(original);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(ApiObject.prototype.toJson).toBe(original);
  });
});

describe('sortedKeys', () => {
  it('orders keys exactly as Object.keys(...).sort() does, small and large, in order or not', () => {
    const pool = ['b', 'a', 'A', '_x', 'app.kubernetes.io/name', 'z', '10', '9', '0', '-', 'é', 'e', 'Z9', 'a b', 'ä'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      const record: Record<string, number> = {};
      const size = Math.floor(next() * 40);
      for (let i = 0; i < size; i++) record[`${pool[Math.floor(next() * pool.length)]}${Math.floor(next() * 30)}`] = i;
      if (round % 3 === 0) for (const key of pool) record[key] = 1;
      expect(sortedKeys(record)).toEqual(Object.keys(record).sort());
    }
    const ordered = Object.fromEntries(['a', 'b', 'c'].map((k) => [k, 1]));
    expect(sortedKeys(ordered)).toEqual(['a', 'b', 'c']);
    expect(sortedKeys({})).toEqual([]);
  });
});
