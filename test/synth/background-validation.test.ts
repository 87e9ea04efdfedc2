import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { BackgroundValidation, BACKGROUND_VALIDATION_THRESHOLD } from '../../src/app/background-validation.js';
import { createValidation } from '../../src/app/validation-hook.js';
import { collectManifests, SynthFailedError } from '../../src/index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';

/** An app above the threshold: config maps spread over applications and tiers, one of them broken. */
function largeApp(outdir: string, broken: boolean) {
  const app = testApp(outdir);
  const perTier = Math.ceil(BACKGROUND_VALIDATION_THRESHOLD / 3) + 10;
  for (const tier of app.tiers) {
    for (let i = 0; i < perTier; i++) {
      new k8s.KubeConfigMap(tier.application(`app-${i % 20}`), `cm-${i}`, { data: { index: String(i) } });
    }
  }
  if (broken) {
    new ApiObject(app.tier('staging').application('app-3'), 'bad', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { n: 1 },
    } as never);
  }
  return app;
}

describe('validation on a worker thread (large trees)', () => {
  it('gives the same outcome as validating on the main thread', () => {
    const app = largeApp(tempDir(), true);
    const validation = createValidation({});
    const { manifests } = collectManifests(app, { scopeOf: validation.scopeOf, defaultKubernetesVersion: '1.33.0' });
    expect(manifests.length).toBeGreaterThanOrEqual(BACKGROUND_VALIDATION_THRESHOLD);
    const inline = validation.validate?.(manifests);
    const background = new BackgroundValidation({});
    let ranOnMainThread = false;
    const wait = background.start(manifests, () => {
      ranOnMainThread = true;
      return { errors: [], warnings: [] };
    });
    const outcome = wait();
    expect(ranOnMainThread).toBe(false);
    expect(outcome).toEqual(inline);
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatch(
      /^error {3}staging environments\/staging\/applications\/app-3\/configmap-bad.yaml \/data\/n: /,
    );
  });

  it('blocks the write of a large tree with an error, leaving the outdir untouched', () => {
    const outdir = tempDir();
    largeApp(outdir, false).synth({ output: captureOutput() });
    const before = readTree(outdir);
    expect(before.size).toBeGreaterThan(BACKGROUND_VALIDATION_THRESHOLD);
    expect(() => largeApp(outdir, true).synth({ output: captureOutput() })).toThrow(SynthFailedError);
    expect(readTree(outdir)).toEqual(before);
  });
});
