import { describe, expect, it } from 'vitest';
import { ENGINE_UNAVAILABLE, PolicyGate, StandardPolicies, type KubeObject } from '../../src/index.js';
import { localEvaluator } from '../../src/kyverno/local-evaluator.js';
import { captureOutput, tempDir, testApp } from '../helpers.js';
import { k8s } from 'cdk8s-plus-28';

const policy: KubeObject = {
  apiVersion: 'kyverno.io/v1',
  kind: 'ClusterPolicy',
  metadata: { name: 'p' },
  spec: {
    rules: [
      { name: 'pods', match: { any: [{ resources: { kinds: ['Pod'] } }] }, validate: { pattern: {} } },
      {
        name: 'services',
        match: { any: [{ resources: { kinds: ['Service'], namespaces: ['web-*'] } }] },
        exclude: { any: [{ resources: { names: ['internal'] } }] },
        validate: { pattern: {} },
      },
    ],
  },
};
const object = (kind: string, name: string, namespace = 'web-dev'): KubeObject => ({
  apiVersion: 'v1',
  kind,
  metadata: { name, namespace },
});

describe('the gate evaluator without the engine', () => {
  const compiled = localEvaluator.compile(policy, []);

  it('indexes the policy under its kinds and the auto-gen controllers', () => {
    expect(compiled.kinds).toEqual(expect.arrayContaining(['Pod', 'Service', 'Deployment', 'CronJob', 'Rollout']));
  });

  it('reports each applicable rule as skip with the reason, under its auto-gen name on controllers, never pass', () => {
    expect(compiled.evaluate(object('Pod', 'a'), {})).toEqual([
      { rule: 'pods', status: 'skip', message: ENGINE_UNAVAILABLE },
    ]);
    expect(compiled.evaluate(object('Deployment', 'a'), {}).map((r) => r.rule)).toEqual(['autogen-pods']);
    expect(compiled.evaluate(object('CronJob', 'a'), {}).map((r) => r.rule)).toEqual(['autogen-cronjob-pods']);
    expect(compiled.evaluate(object('Service', 'a'), {}).map((r) => r.rule)).toEqual(['services']);
    expect(compiled.evaluate(object('Service', 'internal'), {})).toEqual([]);
    expect(compiled.evaluate(object('Service', 'a', 'other'), {})).toEqual([]);
  });

  it('synth warns how many results were not evaluated', () => {
    const app = testApp(tempDir());
    new StandardPolicies(app.tier('dev'), 'policies');
    new k8s.KubeDeployment(app.tier('dev').application('web'), 'web', {
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'x:1' }] } },
      },
    });
    const output = captureOutput();
    app.synth({ output, check: false, quiet: false });
    const n = PolicyGate.of(app).summary.skip;
    // 8 default policies, disallow-latest-tag with two rules
    expect(n).toBe(9);
    expect(output.text()).toContain(`policy gate: ${n} rule results skipped (${ENGINE_UNAVAILABLE})`);
  });
});
