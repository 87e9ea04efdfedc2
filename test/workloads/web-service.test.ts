import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import {
  CanaryStep,
  Delivery,
  EnvValue,
  GitOpsApp,
  GitOpsError,
  Probe,
  TrafficRouting,
  WebService,
  type FolderChart,
  type IConfigMapSource,
  type WebServiceProps,
} from '../../src/index.js';
import { tempDir, testApp, testEnvironments } from '../helpers.js';
import { objectOf } from '../rollouts/helpers.js';
import { synthFailure, synthTree, TestSecret } from './helpers.js';

type T = 'dev' | 'staging' | 'production';
const prometheusAddress = 'http://prometheus.monitoring:9090';

/** The reference policy: dev rolling, staging short canary, production 10/50/100 with analysis. */
const policy = testEnvironments.perTier({
  dev: Delivery.rolling(),
  staging: Delivery.canary({ weights: [25, 50, 100], pause: '30s' }),
  production: Delivery.canary({ weights: [10, 50, 100], pause: '5m', analysis: { prometheusAddress } }),
});

function errorOf(fn: () => unknown): GitOpsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GitOpsError) return e;
    throw e;
  }
  throw new Error('no error');
}

function build(app: GitOpsApp<T>, extra: (scope: FolderChart) => Partial<WebServiceProps<T>> = () => ({})): void {
  app.forEachTier((tier) => {
    const scope = tier.application('orders');
    const db = new TestSecret(scope, 'orders-db', ['DATABASE_USER', 'DATABASE_PASSWORD']);
    new WebService<T>(scope, 'orders', {
      image: testEnvironments.perTier({
        dev: { repository: 'ghcr.io/acme/orders', tag: '2.0.0-rc.1' },
        staging: { repository: 'ghcr.io/acme/orders', tag: '1.9.0' },
        production: { repository: 'ghcr.io/acme/orders', digest: `sha256:${'a'.repeat(64)}` },
      }),
      ports: [{ name: 'http', containerPort: 8080, servicePort: 80 }],
      env: { LOG_LEVEL: 'info', DATABASE_PASSWORD: EnvValue.fromSecret(db, 'DATABASE_PASSWORD') },
      envFrom: [db],
      readiness: Probe.http('/ready'),
      liveness: Probe.http('/live', { periodSeconds: 20 }),
      startup: Probe.tcp({ failureThreshold: 30 }),
      delivery: policy,
      ...extra(scope),
    });
  });
}

describe('WebService and the tier delivery policy', () => {
  it('emits a Deployment in dev, a canary in staging and an analysed canary in production; all validate', () => {
    const out = tempDir();
    const app = testApp(out);
    build(app);
    const tree = synthTree(app, out);
    const files = (tier: string) =>
      [...tree.keys()].filter((f) => f.startsWith(`environments/${tier}/`)).map((f) => f.split('/').pop());
    expect(files('dev')).toEqual([
      'deployment-orders.yaml',
      'externalsecret-orders-db.yaml',
      'service-orders.yaml',
      'serviceaccount-orders.yaml',
    ]);
    expect(files('staging')).toEqual([
      'externalsecret-orders-db.yaml',
      'rollout-orders.yaml',
      'service-orders-canary.yaml',
      'service-orders.yaml',
      'serviceaccount-orders.yaml',
    ]);
    expect(files('production')).toEqual([
      'analysistemplate-orders-error-rate.yaml',
      'externalsecret-orders-db.yaml',
      'poddisruptionbudget-orders.yaml',
      'rollout-orders.yaml',
      'service-orders-canary.yaml',
      'service-orders.yaml',
      'serviceaccount-orders.yaml',
    ]);
    const staging = objectOf(tree, 'environments/staging/applications/orders/rollout-orders.yaml');
    expect(staging.spec.strategy.canary.steps).toEqual([
      { setWeight: 25 },
      { pause: { duration: '30s' } },
      { setWeight: 50 },
      { pause: { duration: '30s' } },
      { setWeight: 100 },
    ]);
    const production = objectOf(tree, 'environments/production/applications/orders/rollout-orders.yaml');
    const analysis = {
      analysis: {
        templates: [{ templateName: 'orders-error-rate' }],
        args: [{ name: 'service-name', value: 'orders' }],
      },
    };
    expect(production.spec.strategy.canary.steps).toEqual([
      { setWeight: 10 },
      { pause: { duration: '5m' } },
      analysis,
      { setWeight: 50 },
      { pause: { duration: '5m' } },
      analysis,
      { setWeight: 100 },
    ]);
    expect(production.spec.replicas).toBe(2);
    expect(production.spec.template.spec.containers[0].image).toBe(`ghcr.io/acme/orders@sha256:${'a'.repeat(64)}`);
    const dev = objectOf(tree, 'environments/dev/applications/orders/deployment-orders.yaml');
    expect(dev.spec.replicas).toBe(1);
    expect(dev.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } });
    const pdb = objectOf(tree, 'environments/production/applications/orders/poddisruptionbudget-orders.yaml');
    expect(pdb.spec).toEqual({
      maxUnavailable: 1,
      selector: {
        matchLabels: { 'app.kubernetes.io/name': 'orders', 'app.kubernetes.io/instance': 'orders-production' },
      },
    });
  });

  it('pods are secure by default and carry app.kubernetes.io labels', () => {
    const out = tempDir();
    const app = testApp(out);
    build(app);
    const dev = objectOf(synthTree(app, out), 'environments/dev/applications/orders/deployment-orders.yaml');
    const pod = dev.spec.template;
    expect(pod.metadata.labels).toEqual({
      'app.kubernetes.io/name': 'orders',
      'app.kubernetes.io/instance': 'orders-dev',
      'app.kubernetes.io/component': 'server',
      'app.kubernetes.io/managed-by': 'cdk8s-gitops',
      'app.kubernetes.io/version': '2.0.0-rc.1',
    });
    expect(pod.spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const container = pod.spec.containers[0];
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } });
    expect(container.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 'http' } });
    expect(container.livenessProbe).toEqual({ httpGet: { path: '/live', port: 'http' }, periodSeconds: 20 });
    expect(container.startupProbe).toEqual({ tcpSocket: { port: 'http' }, failureThreshold: 30 });
    expect(container.env).toEqual([
      { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-db', key: 'DATABASE_PASSWORD' } } },
      { name: 'LOG_LEVEL', value: 'info' },
    ]);
    expect(container.envFrom).toEqual([{ secretRef: { name: 'orders-db' } }]);
    expect(pod.spec.serviceAccountName).toBe('orders');
  });

  it('config, autoscaling, ingress with nginx canary routing, and explicit steps', () => {
    const out = tempDir();
    const app = testApp(out);
    build(app, () => ({
      config: testEnvironments.perTier({ production: { LOG_FORMAT: 'json' } }, { default: { LOG_FORMAT: 'text' } }),
      autoscaling: { minReplicas: 2, maxReplicas: 6, cpuUtilization: 60 },
      ingress: { host: 'orders.example.com' },
      delivery: Delivery.canary({
        steps: [CanaryStep.setWeight(5), CanaryStep.pause()],
        trafficRouting: TrafficRouting.nginx(),
      }),
    }));
    const tree = synthTree(app, out);
    const base = 'environments/staging/applications/orders';
    const rollout = objectOf(tree, `${base}/rollout-orders.yaml`);
    expect(rollout.spec.replicas).toBeUndefined();
    expect(rollout.spec.strategy.canary.trafficRouting).toEqual({ nginx: { stableIngress: 'orders' } });
    expect(rollout.spec.template.spec.containers[0].envFrom[0]).toEqual({ configMapRef: { name: 'orders-config' } });
    expect(objectOf(tree, `${base}/configmap-orders-config.yaml`).data).toEqual({ LOG_FORMAT: 'text' });
    expect(objectOf(tree, `${base}/horizontalpodautoscaler-orders.yaml`).spec.scaleTargetRef).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      name: 'orders',
    });
    expect(objectOf(tree, `${base}/ingress-orders.yaml`).spec.rules[0].http.paths[0].backend).toEqual({
      service: { name: 'orders', port: { name: 'http' } },
    });
  });

  it('blue-green delivery with pre-promotion analysis', () => {
    const out = tempDir();
    const app = testApp(out);
    build(app, () => ({
      delivery: Delivery.blueGreen({
        autoPromotionEnabled: false,
        prePromotionAnalysis: { prometheusAddress, maxLatencySeconds: 0.5 },
      }),
    }));
    const tree = synthTree(app, out);
    const rollout = objectOf(tree, 'environments/dev/applications/orders/rollout-orders.yaml');
    expect(rollout.spec.strategy.blueGreen).toMatchObject({
      activeService: 'orders',
      previewService: 'orders-preview',
      autoPromotionEnabled: false,
      prePromotionAnalysis: { templates: [{ templateName: 'orders-error-rate' }, { templateName: 'orders-latency' }] },
    });
  });

  it('an HTTPRoute is emitted when its kind is declared external', () => {
    const out = tempDir();
    const app = new GitOpsApp({
      environments: testEnvironments,
      outdir: out,
      validation: { externalKinds: ['gateway.networking.k8s.io/v1/HTTPRoute'] },
    });
    build(app, () => ({
      httpRoute: { gateway: { name: 'public', namespace: 'gateways' }, hostnames: ['orders.example.com'] },
    }));
    const route = objectOf(synthTree(app, out), 'environments/dev/applications/orders/httproute-orders.yaml');
    expect(route.spec.rules[0].backendRefs).toEqual([{ name: 'orders', port: 80 }]);
    expect(route.spec.parentRefs).toEqual([{ name: 'public', namespace: 'gateways' }]);
  });
});

describe('bad input', () => {
  const scope = () => testApp(tempDir()).tier('production').application('a');
  const image = { repository: 'ghcr.io/acme/a', tag: '1.0.0' };

  it('an image with :latest or no tag in a production tier', () => {
    for (const bad of [{ repository: 'ghcr.io/acme/a', tag: 'latest' }, { repository: 'ghcr.io/acme/a' }]) {
      const e = errorOf(() => new WebService(scope(), 'a', { image: bad }));
      expect(e.code).toBe('IMAGE_NOT_PINNED');
      expect(e.location.tier).toBe('production');
      expect(e.location.field).toBe('image/tag');
    }
    // Allowed outside production.
    expect(
      () => new WebService(testApp(tempDir()).tier('dev').application('a'), 'a', { image: { repository: 'a' } }),
    ).not.toThrow();
    expect(errorOf(() => new WebService(scope(), 'a', { image: { repository: 'ghcr.io/acme/a:1.0.0' } })).code).toBe(
      'IMAGE_TAG_IN_REPOSITORY',
    );
  });

  it('two ports with the same name', () => {
    const e = errorOf(
      () =>
        new WebService(scope(), 'a', {
          image,
          ports: [
            { name: 'http', containerPort: 8080 },
            { name: 'http', containerPort: 9090 },
          ],
        }),
    );
    expect(e.code).toBe('WORKLOAD_DUPLICATE_PORT_NAME');
    expect(e.message).toBe("ports 0 and 1 are both named 'http'");
    expect(e.location.field).toBe('ports/1/name');
  });

  it('a Secret key the source does not have, or a source in another namespace', () => {
    const s = scope();
    const db = new TestSecret(s, 'db', ['DATABASE_PASSWORD']);
    const e = errorOf(() => new WebService(s, 'a', { image, env: { PASSWORD: EnvValue.fromSecret(db, 'password') } }));
    expect(e.code).toBe('WORKLOAD_SECRET_KEY_MISSING');
    expect(e.message).toBe("Secret 'db' has no key 'password' (it has 'DATABASE_PASSWORD')");
    const other = new TestSecret(s, 'other', ['X'], { namespace: 'elsewhere' });
    expect(errorOf(() => new WebService(s, 'b', { image, envFrom: [other] })).code).toBe(
      'WORKLOAD_SOURCE_OTHER_NAMESPACE',
    );
  });

  it('ConfigMap sources: keys are checked, envFrom gives configMapRef', () => {
    const s = scope();
    const settings = new k8s.KubeConfigMap(s, 'settings', { metadata: { name: 'settings' }, data: { REGION: 'eu' } });
    const source: IConfigMapSource = Object.assign(new Construct(s, 'settings-source'), {
      configMapName: settings.name,
      configMapKeys: ['REGION'],
    });
    const e = errorOf(() => new WebService(s, 'a', { image, env: { ZONE: EnvValue.fromConfigMap(source, 'ZONE') } }));
    expect(e.code).toBe('WORKLOAD_CONFIGMAP_KEY_MISSING');
    expect(e.message).toBe("ConfigMap 'settings' has no key 'ZONE' (it has 'REGION')");
    const ok = new WebService(s, 'b', {
      image,
      envFrom: [source],
      env: { REGION: EnvValue.fromConfigMap(source, 'REGION') },
    });
    const json = (ok.deployment as k8s.KubeDeployment).toJson();
    expect(json.spec.template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: 'settings' } }]);
    expect(json.spec.template.spec.containers[0].env).toEqual([
      { name: 'REGION', valueFrom: { configMapKeyRef: { name: 'settings', key: 'REGION' } } },
    ]);
  });

  it('a Secret nothing in the tier produces is a synth error', () => {
    const app = testApp(tempDir());
    const s = app.tier('production').application('a');
    const missing = new TestSecret(s, 'not-produced', ['TOKEN'], { emit: false });
    new WebService(s, 'a', { image, env: { TOKEN: EnvValue.fromSecret(missing, 'TOKEN') } });
    expect(synthFailure(app)).toMatch(
      /Deployment 'a' refers to Secret 'not-produced' in namespace 'a-production', which nothing in the tree provides/,
    );
  });

  it('a canary policy with decreasing weights fails when the tier builds it', () => {
    const e = errorOf(
      () => new WebService(scope(), 'a', { image, delivery: Delivery.canary({ weights: [50, 20, 100] }) }),
    );
    expect(e.code).toBe('ROLLOUT_WEIGHTS_NOT_INCREASING');
    expect(e.location.constructPath).toBe('production/applications-a/a/rollout');
  });

  it('outside a tier', () => {
    const app = testApp(tempDir());
    expect(errorOf(() => new WebService(app.folder('shared/x'), 'a', { image })).code).toBe('WORKLOAD_NO_TIER');
  });
});
