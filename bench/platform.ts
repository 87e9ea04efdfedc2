/**
 * The generated platform the benchmark synthesizes: N services × every tier, six core objects per
 * service per tier (Deployment, Service, ServiceAccount, ConfigMap, PodDisruptionBudget,
 * HorizontalPodAutoscaler) plus the objects construct families add in {@link FAMILY_OBJECTS}.
 *
 * The same function builds the tree for both implementations; only the folder chart differs
 * (a `tier.application(name)` FolderChart for ours, see bench/platform-ours.ts, and a plain cdk8s
 * `Chart` with the same id, namespace and labels for bare cdk8s). This module does not load our
 * library, so the bare cdk8s program pays nothing for it.
 */
import { App, Chart, YamlOutputType } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';

/** The tiers of the bench platform, as plain data (bench/platform-ours.ts turns them into environments). */
export const BENCH_TIERS = [
  {
    name: 'dev',
    cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
    labels: { 'platform.example.com/environment': 'dev' },
  },
  {
    name: 'staging',
    cluster: { name: 'staging', server: 'https://staging.k8s.example.com' },
    labels: { 'platform.example.com/environment': 'staging' },
  },
  {
    name: 'production',
    cluster: { name: 'production', server: 'https://production.k8s.example.com' },
    labels: { 'platform.example.com/environment': 'production' },
  },
] as const;

/** `'dev' | 'staging' | 'production'` */
export type BenchTier = (typeof BENCH_TIERS)[number]['name'];

/** What a service's objects are built from. */
export interface ServiceContext {
  /** The tier. */
  readonly tier: BenchTier;
  /** Service name, e.g. `svc-0042`. */
  readonly name: string;
  /** Index of the service (0..N-1), for variety. */
  readonly index: number;
}

/**
 * Objects construct families add to every service in every tier, on both sides of the comparison.
 * Add one entry per family: `objects` is how many ApiObjects `add` creates (the bench checks that both
 * sides wrote N × tiers × {@link OBJECTS_PER_SERVICE} files). Build the objects with cdk8s L1 classes
 * (cdk8s-plus-28's `k8s` or the generated classes in imports/), so bare cdk8s can build the same ones.
 */
export const FAMILY_OBJECTS: ReadonlyArray<{
  readonly family: string;
  readonly objects: number;
  readonly add: (scope: Construct, service: ServiceContext) => void;
}> = [];

/** Core objects per service per tier (see `addService`). */
const CORE_OBJECTS = 6;

/** Objects generated per service per tier. */
export const OBJECTS_PER_SERVICE = CORE_OBJECTS + FAMILY_OBJECTS.reduce((sum, f) => sum + f.objects, 0);

/** Label the application folder puts on its objects (the same as `tier.application(name)` does). */
const PART_OF = 'app.kubernetes.io/part-of';

/** The chart of service `name` in `tier`. */
export type FolderOf = (tier: BenchTier, name: string) => Chart;

export function serviceName(i: number): string {
  return `svc-${String(i).padStart(4, '0')}`;
}

const perTier = {
  replicas: { dev: 1, staging: 2, production: 3 },
  cpu: { dev: '100m', staging: '250m', production: '500m' },
  memory: { dev: '128Mi', staging: '256Mi', production: '512Mi' },
  maxReplicas: { dev: 2, staging: 4, production: 10 },
  logLevel: { dev: 'debug', staging: 'info', production: 'warn' },
} as const;

/** Builds every service of the platform, tier by tier, into the charts `folderOf` gives. */
export function buildServices(n: number, folderOf: FolderOf): void {
  for (const { name: tier } of BENCH_TIERS) {
    for (let i = 0; i < n; i++) {
      const scope = folderOf(tier, serviceName(i));
      addService(scope, tier, serviceName(i), i);
      for (const family of FAMILY_OBJECTS) family.add(scope, { tier, name: serviceName(i), index: i });
    }
  }
}

function addService(scope: Construct, t: BenchTier, name: string, i: number): void {
  const version = `1.${i % 17}.${i % 5}`;
  const labels = { 'app.kubernetes.io/name': name };
  const versioned = { ...labels, 'app.kubernetes.io/version': version };
  const port = 8000 + (i % 1000);

  new k8s.KubeServiceAccount(scope, 'service-account', { metadata: { name } });

  new k8s.KubeConfigMap(scope, 'config', {
    metadata: { name: `${name}-config`, labels },
    data: {
      LOG_LEVEL: perTier.logLevel[t],
      HTTP_PORT: String(port),
      UPSTREAM_URL: `http://${serviceName((i + 1) % 1000)}.${serviceName((i + 1) % 1000)}-${t}.svc:80`,
      FEATURE_FLAGS: `search=${i % 2 === 0},beta=${t === 'dev'}`,
      'application.yaml': `server:\n  port: ${port}\nlogging:\n  level: ${perTier.logLevel[t]}\n`,
    },
  });

  new k8s.KubeDeployment(scope, 'deployment', {
    metadata: { name, labels: versioned },
    spec: {
      replicas: perTier.replicas[t],
      selector: { matchLabels: labels },
      template: {
        metadata: { labels: versioned },
        spec: {
          serviceAccountName: name,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name,
              image: `ghcr.io/example/${name}:${version}`,
              ports: [{ name: 'http', containerPort: port }],
              envFrom: [{ configMapRef: { name: `${name}-config` } }],
              resources: {
                requests: {
                  cpu: k8s.Quantity.fromString(perTier.cpu[t]),
                  memory: k8s.Quantity.fromString(perTier.memory[t]),
                },
                limits: { memory: k8s.Quantity.fromString(perTier.memory[t]) },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') } },
              livenessProbe: { httpGet: { path: '/livez', port: k8s.IntOrString.fromString('http') } },
            },
          ],
        },
      },
    },
  });

  new k8s.KubeService(scope, 'service', {
    metadata: { name, labels },
    spec: {
      selector: labels,
      ports: [{ name: 'http', port: 80, targetPort: k8s.IntOrString.fromString('http') }],
    },
  });

  new k8s.KubePodDisruptionBudget(scope, 'pdb', {
    metadata: { name },
    spec: { minAvailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: labels } },
  });

  new k8s.KubeHorizontalPodAutoscalerV2(scope, 'hpa', {
    metadata: { name },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: perTier.replicas[t],
      maxReplicas: perTier.maxReplicas[t],
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 75 } },
        },
      ],
    },
  });
}

/** The tier label our TierScope puts on every object (`TIER_LABEL` of src/environments). */
const TIER_LABEL = 'gitops.cdk8s.io/tier';

/**
 * Bare cdk8s: a plain App with one construct per tier and, under it, one Chart per service with the
 * same id, namespace and labels as the FolderChart `tier.application(name)` creates (the bench's
 * digest check proves the objects are the same).
 */
export function buildCdk8s(n: number, outdir?: string): App {
  const app = new App({ outdir, yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
  const tierScopes = new Map<string, Construct>();
  const labels = new Map<string, Record<string, string>>(
    BENCH_TIERS.map((t) => [t.name, { ...t.labels, [TIER_LABEL]: t.name }]),
  );
  buildServices(n, (tier, name) => {
    let scope = tierScopes.get(tier);
    if (!scope) {
      scope = new Construct(app, tier);
      tierScopes.set(tier, scope);
    }
    return new Chart(scope, `applications-${name}`, {
      namespace: `${name}-${tier}`,
      labels: { ...labels.get(tier), [PART_OF]: name },
      disableResourceNameHashes: true,
    });
  });
  return app;
}
