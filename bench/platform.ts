/**
 * The generated platform the benchmark synthesizes: N services × every tier, six objects per service
 * per tier (Deployment, Service, ServiceAccount, ConfigMap, PodDisruptionBudget, HorizontalPodAutoscaler).
 *
 * The same function builds the tree for both implementations; only the folder chart differs
 * (a `tier.application(name)` FolderChart for ours, a plain cdk8s `Chart` with the same id, namespace
 * and labels for bare cdk8s).
 */
import { App, Chart, YamlOutputType } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index.js';
import type { GitOpsApp, Tier, TierName } from '../src/index.js';

/**
 * Our library as users get it: the compiled `lib/` named by BENCH_LIB (set by `npm run bench`, which
 * builds it first), else the TypeScript sources (BENCH_SOURCE=1), which run slower under tsx.
 */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../src/index.js'
)) as typeof Library;
const { defineEnvironments, Sync } = library;

export const benchEnvironments = defineEnvironments({
  tiers: {
    dev: {
      cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
      sync: Sync.automated({ prune: true, selfHeal: true }),
      labels: { 'platform.example.com/environment': 'dev' },
    },
    staging: {
      promotesFrom: 'dev',
      cluster: { name: 'staging', server: 'https://staging.k8s.example.com' },
      labels: { 'platform.example.com/environment': 'staging' },
    },
    production: {
      promotesFrom: 'staging',
      cluster: { name: 'production', server: 'https://production.k8s.example.com' },
      sync: Sync.manual(),
      labels: { 'platform.example.com/environment': 'production' },
    },
  },
});

/** `'dev' | 'staging' | 'production'` */
export type BenchTier = TierName<typeof benchEnvironments>;

/** Objects generated per service per tier. */
export const OBJECTS_PER_SERVICE = 6;

/** Label the application folder puts on its objects (the same as `tier.application(name)` does). */
const PART_OF = 'app.kubernetes.io/part-of';

/** The chart of service `name` in `tier`. */
export type FolderOf = (tier: Tier<BenchTier>, name: string) => Chart;

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
  for (const tier of benchEnvironments.tiers) {
    for (let i = 0; i < n; i++) addService(folderOf(tier, serviceName(i)), tier, serviceName(i), i);
  }
}

function addService(scope: Construct, tier: Tier<BenchTier>, name: string, i: number): void {
  const t = tier.name;
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

/** Our side: a GitOpsApp, one `tier.application(name)` folder per service per tier. */
export function buildOurs(n: number, outdir: string, validate = true): GitOpsApp<BenchTier> {
  const app = new library.GitOpsApp({
    environments: benchEnvironments,
    outdir,
    ...(validate ? {} : { validation: false as const }),
  });
  buildServices(n, (tier, name) => app.tier(tier.name).application(name));
  return app;
}

/**
 * Bare cdk8s: a plain App with one construct per tier and, under it, one Chart per service with the
 * same id, namespace and labels as the FolderChart `tier.application(name)` creates.
 */
export function buildCdk8s(n: number, outdir: string): App {
  const app = new App({ outdir, yamlOutputType: YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE });
  const tierScopes = new Map<string, Construct>();
  buildServices(n, (tier, name) => {
    let scope = tierScopes.get(tier.name);
    if (!scope) {
      scope = new Construct(app, tier.name);
      tierScopes.set(tier.name, scope);
    }
    return new Chart(scope, `applications-${name}`, {
      namespace: tier.applicationNamespace(name),
      labels: { ...tier.labels, [PART_OF]: name },
      disableResourceNameHashes: true,
    });
  });
  return app;
}
