import { k8s } from 'cdk8s-plus-28';
import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  CanaryStep,
  ClusterAnalysisTemplate,
  GitOpsError,
  Rollout,
  RolloutStrategy,
  TrafficRouting,
} from '../../src/index.js';
import { tempDir, testApp } from '../helpers.js';
import { errorRate, httpPorts, objectOf, podTemplate, synthFailure, synthTree } from './helpers.js';

const dir = (): string => tempDir();

function errorOf(fn: () => unknown): GitOpsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GitOpsError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('canary Rollout', () => {
  it('emits typed steps, stable and canary Services, nginx routing and background analysis; validates', () => {
    const out = dir();
    const app = testApp(out);
    const scope = app.tier('staging').application('shop');
    const template = errorRate(scope);
    const ingress = new k8s.KubeIngress(scope, 'ingress', {
      metadata: { name: 'shop' },
      spec: {
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                { path: '/', pathType: 'Prefix', backend: { service: { name: 'shop', port: { name: 'http' } } } },
              ],
            },
          },
        ],
      },
    });
    new Rollout(scope, 'rollout', {
      name: 'shop',
      template: podTemplate('shop'),
      ports: httpPorts,
      replicas: 4,
      strategy: RolloutStrategy.canary({
        steps: [
          CanaryStep.setWeight(10),
          CanaryStep.pause('1m'),
          CanaryStep.setCanaryScale({ replicas: 2 }),
          CanaryStep.analysis({ templates: [template], args: { 'service-name': 'shop' } }),
          CanaryStep.experiment({ duration: '5m', templates: [{ name: 'canary', specRef: 'canary' }] }),
          CanaryStep.setWeight(50),
          CanaryStep.pause(),
          CanaryStep.setWeight(100),
        ],
        trafficRouting: TrafficRouting.nginx({ stableIngress: ingress }),
        maxSurge: '25%',
        maxUnavailable: 0,
        abortScaleDownDelaySeconds: 60,
        backgroundAnalysis: { templates: [template], args: { 'service-name': 'shop' }, startingStep: 1 },
      }),
    });
    const tree = synthTree(app, out);
    const base = 'environments/staging/applications/shop';
    const rollout = objectOf(tree, `${base}/rollout-shop.yaml`);
    expect(rollout.spec.strategy.canary.steps).toEqual([
      { setWeight: 10 },
      { pause: { duration: '1m' } },
      { setCanaryScale: { replicas: 2 } },
      { analysis: { templates: [{ templateName: 'error-rate' }], args: [{ name: 'service-name', value: 'shop' }] } },
      { experiment: { duration: '5m', templates: [{ name: 'canary', specRef: 'canary' }] } },
      { setWeight: 50 },
      { pause: {} },
      { setWeight: 100 },
    ]);
    expect(rollout.spec.strategy.canary).toMatchObject({
      stableService: 'shop',
      canaryService: 'shop-canary',
      trafficRouting: { nginx: { stableIngress: 'shop' } },
      maxSurge: '25%',
      maxUnavailable: 0,
      abortScaleDownDelaySeconds: 60,
      analysis: { startingStep: 1, templates: [{ templateName: 'error-rate' }] },
    });
    // The inline template keeps int-or-string fields the generated mapper would drop.
    expect(rollout.spec.template.spec.containers[0].readinessProbe.httpGet.port).toBe('http');
    expect(rollout.spec.selector.matchLabels).toEqual({ app: 'shop' });
    expect(objectOf(tree, `${base}/service-shop-canary.yaml`).spec.selector).toEqual({ app: 'shop' });
    expect(objectOf(tree, `${base}/service-shop.yaml`).spec.ports[0].name).toBe('http');
  });

  it('supports Istio and SMI routing', () => {
    const out = dir();
    const app = testApp(out);
    const scope = app.tier('dev').application('a');
    new Rollout(scope, 'istio', {
      name: 'istio',
      template: podTemplate('istio'),
      ports: httpPorts,
      strategy: RolloutStrategy.canary({
        steps: [CanaryStep.setWeight(20)],
        trafficRouting: TrafficRouting.istio({ virtualService: 'istio-vs', routes: ['primary'] }),
      }),
    });
    new Rollout(scope, 'smi', {
      name: 'smi',
      template: podTemplate('smi'),
      ports: httpPorts,
      strategy: RolloutStrategy.canary({ steps: [CanaryStep.setWeight(20)], trafficRouting: TrafficRouting.smi() }),
    });
    const tree = synthTree(app, out);
    const base = 'environments/dev/applications/a';
    expect(objectOf(tree, `${base}/rollout-istio.yaml`).spec.strategy.canary.trafficRouting).toEqual({
      istio: { virtualService: { name: 'istio-vs', routes: ['primary'] } },
    });
    expect(objectOf(tree, `${base}/rollout-smi.yaml`).spec.strategy.canary.trafficRouting).toEqual({ smi: {} });
  });

  it('refers to a Deployment by workloadRef', () => {
    const out = dir();
    const app = testApp(out);
    const scope = app.tier('dev').application('a');
    const deployment = new k8s.KubeDeployment(scope, 'web', {
      metadata: { name: 'web' },
      spec: { replicas: 0, selector: { matchLabels: { app: 'web' } }, template: podTemplate('web') },
    });
    new Rollout(scope, 'rollout', {
      name: 'web',
      workloadRef: { deployment },
      selector: { app: 'web' },
      strategy: RolloutStrategy.canary({ steps: [CanaryStep.setWeight(50), CanaryStep.pause(30)] }),
    });
    const rollout = objectOf(synthTree(app, out), 'environments/dev/applications/a/rollout-web.yaml');
    expect(rollout.spec.workloadRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      scaleDown: 'progressively',
    });
    expect(rollout.spec.template).toBeUndefined();
    expect(rollout.spec.strategy.canary.steps[1]).toEqual({ pause: { duration: 30 } });
  });
});

describe('blue-green Rollout', () => {
  it('creates active and preview Services and promotion analyses with a cluster template', () => {
    const out = dir();
    const app = testApp(out);
    const shared = app.folder('shared/rollouts');
    const cluster = new ClusterAnalysisTemplate(shared, 'smoke', {
      name: 'smoke',
      args: ['service-name'],
      metrics: [
        {
          name: 'up',
          address: 'http://prometheus:9090',
          query: 'up{service="{{args.service-name}}"}',
          successCondition: 'result[0] == 1',
        },
      ],
    });
    const scope = app.tier('production').application('pay');
    new Rollout(scope, 'rollout', {
      name: 'pay',
      template: podTemplate('pay'),
      ports: httpPorts,
      strategy: RolloutStrategy.blueGreen({
        autoPromotionEnabled: false,
        scaleDownDelaySeconds: 60,
        prePromotionAnalysis: { templates: [cluster], args: { 'service-name': 'pay-preview' } },
        postPromotionAnalysis: { templates: [cluster], args: { 'service-name': 'pay' } },
      }),
    });
    const tree = synthTree(app, out);
    const rollout = objectOf(tree, 'environments/production/applications/pay/rollout-pay.yaml');
    expect(rollout.spec.strategy.blueGreen).toEqual({
      activeService: 'pay',
      previewService: 'pay-preview',
      autoPromotionEnabled: false,
      scaleDownDelaySeconds: 60,
      prePromotionAnalysis: {
        templates: [{ templateName: 'smoke', clusterScope: true }],
        args: [{ name: 'service-name', value: 'pay-preview' }],
      },
      postPromotionAnalysis: {
        templates: [{ templateName: 'smoke', clusterScope: true }],
        args: [{ name: 'service-name', value: 'pay' }],
      },
    });
    expect(tree.has('environments/production/applications/pay/service-pay-preview.yaml')).toBe(true);
    const clusterTemplate = [...tree.entries()].find(([f]) => f.startsWith('shared/rollouts/'));
    expect(clusterTemplate?.[1]).toContain('kind: ClusterAnalysisTemplate');
    expect(clusterTemplate?.[1]).not.toContain('namespace:');
  });
});

describe('bad input', () => {
  const scopeOf = () => testApp(dir()).tier('dev').application('a');
  const canary = (steps: CanaryStep[]) => RolloutStrategy.canary({ steps });

  it('canary weights must increase strictly', () => {
    const e = errorOf(
      () =>
        new Rollout(scopeOf(), 'r', {
          template: podTemplate('r'),
          strategy: canary([CanaryStep.setWeight(50), CanaryStep.pause('1m'), CanaryStep.setWeight(50)]),
        }),
    );
    expect(e.code).toBe('ROLLOUT_WEIGHTS_NOT_INCREASING');
    expect(e.message).toBe('canary weight 50 (step 2) is not above the previous weight 50 (step 0)');
    expect(e.location.field).toBe('/spec/strategy/canary/steps/2/setWeight');
    expect(e.location.tier).toBe('dev');
    expect(e.location.constructPath).toBe('dev/applications-a/r');
    expect(e.hint).toMatch(/strictly increasing/);
  });

  it('canary weights must not exceed 100', () => {
    const e = errorOf(
      () => new Rollout(scopeOf(), 'r', { template: podTemplate('r'), strategy: canary([CanaryStep.setWeight(120)]) }),
    );
    expect(e.code).toBe('ROLLOUT_INVALID_WEIGHT');
    expect(e.message).toMatch(/120/);
  });

  it('pause durations must be durations', () => {
    for (const bad of ['5 minutes', '1d', '-1s', 1.5, -3]) {
      const e = errorOf(
        () => new Rollout(scopeOf(), 'r', { template: podTemplate('r'), strategy: canary([CanaryStep.pause(bad)]) }),
      );
      expect(e.code).toBe('ROLLOUT_INVALID_PAUSE');
      expect(e.location.field).toBe('/spec/strategy/canary/steps/0/pause/duration');
    }
  });

  it('an analysis must not pass an argument no template declares, and must give required ones', () => {
    const scope = scopeOf();
    const template = errorRate(scope);
    const unknown = errorOf(
      () =>
        new Rollout(scope, 'r1', {
          template: podTemplate('r'),
          strategy: canary([
            CanaryStep.analysis({ templates: [template], args: { 'service-name': 'x', service: 'x' } }),
          ]),
        }),
    );
    expect(unknown.code).toBe('ANALYSIS_UNKNOWN_ARG');
    expect(unknown.message).toMatch(/'service'/);
    expect(unknown.hint).toMatch(/service-name, threshold/);
    const missing = errorOf(
      () =>
        new Rollout(scope, 'r2', {
          template: podTemplate('r'),
          strategy: canary([CanaryStep.analysis({ templates: [template] })]),
        }),
    );
    expect(missing.code).toBe('ANALYSIS_ARG_MISSING');
    expect(missing.message).toMatch(/'service-name'/);
  });

  it('blue-green needs an active Service', () => {
    const e = errorOf(
      () => new Rollout(scopeOf(), 'r', { template: podTemplate('r'), strategy: RolloutStrategy.blueGreen() }),
    );
    expect(e.code).toBe('ROLLOUT_NO_ACTIVE_SERVICE');
  });

  it('the selector must match the pod labels', () => {
    const e = errorOf(
      () =>
        new Rollout(scopeOf(), 'r', {
          template: podTemplate('r'),
          selector: { app: 'other' },
          strategy: canary([CanaryStep.setWeight(10)]),
        }),
    );
    expect(e.code).toBe('ROLLOUT_SELECTOR_MISMATCH');
    expect(e.message).toMatch(/app=other/);
  });

  it('a workloadRef selector that does not match the Deployment is a synth error', () => {
    const app = testApp(dir());
    const scope = app.tier('dev').application('a');
    const deployment = new k8s.KubeDeployment(scope, 'web', {
      metadata: { name: 'web' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: podTemplate('web') },
    });
    new Rollout(scope, 'rollout', {
      name: 'web',
      workloadRef: { deployment },
      selector: { app: 'web', track: 'stable' },
      strategy: canary([CanaryStep.setWeight(50)]),
    });
    const text = synthFailure(app);
    expect(text).toMatch(
      /ROLLOUT_SELECTOR_MISMATCH|selects track=stable, which the pods of Deployment 'web' do not have/,
    );
  });

  it('a hand-written Rollout naming a template or Service that does not exist is a synth error', () => {
    const app = testApp(dir());
    const scope = app.tier('dev').application('a');
    new ApiObject(scope, 'rollout', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'hand' },
      spec: {
        selector: { matchLabels: { app: 'hand' } },
        template: {
          metadata: { labels: { app: 'hand' } },
          spec: { containers: [{ name: 'hand', image: 'hand:1.0.0' }] },
        },
        strategy: {
          canary: {
            stableService: 'hand-stable',
            steps: [{ setWeight: 10 }, { analysis: { templates: [{ templateName: 'missing-template' }] } }],
          },
        },
      },
    });
    const text = synthFailure(app);
    expect(text).toMatch(
      /Rollout 'hand' refers to AnalysisTemplate 'missing-template' in namespace 'a-dev', which nothing in the tree provides/,
    );
    expect(text).toMatch(/Rollout 'hand' refers to Service 'hand-stable'/);
    expect(text).toMatch(/field: \/spec\/strategy\/canary\/steps\/1\/analysis\/templates\/0/);
  });

  it('nginx routing needs the stable Ingress, and traffic routing needs Services', () => {
    const noIngress = errorOf(
      () =>
        new Rollout(scopeOf(), 'r', {
          template: podTemplate('r'),
          ports: httpPorts,
          strategy: RolloutStrategy.canary({
            steps: [CanaryStep.setWeight(10)],
            trafficRouting: TrafficRouting.nginx(),
          }),
        }),
    );
    expect(noIngress.code).toBe('ROLLOUT_NGINX_NO_INGRESS');
    const noPorts = errorOf(
      () =>
        new Rollout(scopeOf(), 'r', {
          template: podTemplate('r'),
          strategy: RolloutStrategy.canary({ steps: [CanaryStep.setWeight(10)], trafficRouting: TrafficRouting.smi() }),
        }),
    );
    expect(noPorts.code).toBe('ROLLOUT_TRAFFIC_NEEDS_SERVICES');
  });

  it('setCanaryScale takes exactly one field', () => {
    const e = errorOf(
      () =>
        new Rollout(scopeOf(), 'r', {
          template: podTemplate('r'),
          strategy: canary([CanaryStep.setCanaryScale({ weight: 10, replicas: 2 })]),
        }),
    );
    expect(e.code).toBe('ROLLOUT_INVALID_CANARY_SCALE');
  });
});

describe('analysis templates across tiers', () => {
  it('a template of another tier (namespace) is an error', () => {
    const app = testApp(tempDir());
    const production = errorRate(app.tier('production').application('a'));
    const e = errorOf(
      () =>
        new Rollout(app.tier('staging').application('a'), 'r', {
          template: podTemplate('r'),
          strategy: RolloutStrategy.canary({
            steps: [CanaryStep.analysis({ templates: [production], args: { 'service-name': 'a' } })],
          }),
        }),
    );
    expect(e.code).toBe('ANALYSIS_TEMPLATE_OTHER_NAMESPACE');
    expect(e.message).toBe(
      "AnalysisTemplate 'error-rate' is in namespace 'a-production', but the Rollout is in 'a-staging'",
    );
  });
});
