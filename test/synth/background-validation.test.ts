import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { BackgroundValidation, BACKGROUND_VALIDATION_THRESHOLD } from '../../src/app/background-validation.js';
import { createValidation } from '../../src/app/validation-hook.js';
import { collectManifests, SynthFailedError, type KubeObject, type Manifest } from '../../src/index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';
import { customResourceDefinition } from '../validation/helpers.js';

/** A CRD the program emits itself, for a kind no shipped schema knows. */
const WIDGET_CRD = customResourceDefinition({
  group: 'example.com',
  kind: 'Widget',
  plural: 'widgets',
  names: { singular: 'widget', listKind: 'WidgetList' },
  spec: { type: 'object', properties: { size: { type: 'string' } } },
});

/**
 * An app above the threshold: config maps spread over applications and tiers. Broken, it also has a
 * config map with a number, a Widget (defined by a CRD that comes last in the tree) with a number
 * where its CRD wants a string, and the same config map twice in one tier (in two folders).
 */
function largeApp(outdir: string, broken: boolean) {
  const app = testApp(outdir);
  const perTier = Math.ceil(BACKGROUND_VALIDATION_THRESHOLD / 3) + 10;
  for (const tier of app.tiers) {
    for (let i = 0; i < perTier; i++) {
      new k8s.KubeConfigMap(tier.application(`app-${i % 20}`), `cm-${i}`, { data: { index: String(i) } });
    }
  }
  if (broken) {
    const staging = app.tier('staging');
    new ApiObject(staging.application('app-3'), 'bad', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { n: 1 },
    } as never);
    new ApiObject(staging.application('app-4'), 'widget', {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w' },
      spec: { size: 3 },
    });
    for (const name of ['app-5', 'app-6']) {
      new k8s.KubeConfigMap(staging.application(name), 'twice', { metadata: { name: 'twice', namespace: 'shop' } });
    }
    new ApiObject(staging.infrastructure, 'widgets-crd', WIDGET_CRD);
  }
  return app;
}

describe('validation on a worker thread (large trees)', () => {
  it('gives the same outcome, fed object by object while objects are placed, as validating on the main thread', () => {
    const app = largeApp(tempDir(), true);
    const validation = createValidation({});
    const background = new BackgroundValidation({});
    const defined: KubeObject[] = [];
    const placedBeforeDefinitions: Manifest[] = [];
    const placed: Manifest[] = [];
    const { manifests, errors } = collectManifests(app, {
      scopeOf: validation.scopeOf,
      defaultKubernetesVersion: '1.33.0',
      define: (objects) => {
        defined.push(...objects);
        placedBeforeDefinitions.push(...placed);
        validation.define(objects);
        background.define(objects);
      },
      onPlaced: (manifest) => {
        placed.push(manifest);
        background.add(manifest);
      },
    });
    expect(errors).toEqual([]);
    // The CRD comes last in the tree, but is defined before any object is placed.
    expect(defined.map((d) => d.metadata?.name)).toEqual(['widgets.example.com']);
    expect(placedBeforeDefinitions).toEqual([]);
    expect(placed).toEqual(manifests);
    expect(manifests.length).toBeGreaterThanOrEqual(BACKGROUND_VALIDATION_THRESHOLD);

    const inline = validation.validate?.(manifests);
    let ranOnMainThread = false;
    const wait = background.finish(() => {
      ranOnMainThread = true;
      return { errors: [], warnings: [] };
    });
    const outcome = wait();
    expect(ranOnMainThread).toBe(false);
    expect(outcome).toEqual(inline);
    expect(outcome.errors).toHaveLength(3);
    expect(outcome.errors.join('\n')).toMatch(
      /^error {3}staging environments\/staging\/applications\/app-3\/configmap-bad.yaml \/data\/n: /m,
    );
    expect(outcome.errors.join('\n')).toMatch(/^error {3}staging .*\/app-4\/widget-w.yaml \/spec\/size: /m);
    expect(outcome.errors.join('\n')).toMatch(
      /^error {3}staging .*\/app-6\/configmap-twice_shop.yaml \/metadata\/name: ConfigMap shop\/twice is defined twice in tier staging: here and in .*\/app-5\/configmap-twice_shop.yaml/m,
    );
  });

  it('falls back to the main thread when the worker is gone', () => {
    const background = new BackgroundValidation({});
    background.stop(); // the worker is gone before it answered
    const wait = background.finish(() => ({ errors: ['from the main thread'], warnings: [] }));
    expect(wait().errors).toEqual(['from the main thread']);
  });

  it('blocks the write of a large tree with an error, leaving the outdir untouched', () => {
    const outdir = tempDir();
    largeApp(outdir, false).synth({ output: captureOutput() });
    const before = readTree(outdir);
    expect(before.size).toBeGreaterThan(BACKGROUND_VALIDATION_THRESHOLD);
    let failure: unknown;
    try {
      largeApp(outdir, true).synth({ output: captureOutput() });
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(SynthFailedError);
    expect((failure as SynthFailedError).message).toMatch(/\/spec\/size: /);
    expect(readTree(outdir)).toEqual(before);
  });
});
