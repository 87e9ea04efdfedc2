/**
 * The workloads family in the bench: the same services the bench platform hand-builds (ServiceAccount,
 * ConfigMap, Deployment, Service, PodDisruptionBudget, HorizontalPodAutoscaler per service per tier),
 * emitted by the `WebService` construct instead, so `npm run bench` measures the construct.
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../../src/index.js';
import type { Delivery, GitOpsApp, Tier } from '../../src/index.js';

/** The library the bench measures (the compiled `lib/` named by BENCH_LIB, else the sources), as in bench/platform.ts. */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../../src/index.js'
)) as typeof Library;
const { Delivery: DeliveryClass, Probe, WebService } = library;

type BenchTier = 'dev' | 'staging' | 'production';

const perTier = {
  replicas: { dev: 1, staging: 2, production: 3 },
  cpu: { dev: '100m', staging: '250m', production: '500m' },
  memory: { dev: '128Mi', staging: '256Mi', production: '512Mi' },
  maxReplicas: { dev: 2, staging: 4, production: 10 },
  logLevel: { dev: 'debug', staging: 'info', production: 'warn' },
} as const;

/** Options of {@link addWorkloads}. */
export interface AddWorkloadsOptions {
  /** Delivery in every tier. @default rolling (a Deployment, as the hand-built bench services) */
  readonly delivery?: (tier: Tier) => Delivery;
}

/**
 * Adds one `WebService` per name in `services` to every tier of `app`, in `tier.application(name)`, with
 * the bench's per-tier replicas, resources, autoscaling, config and a disruption budget in every tier.
 */
export function addWorkloads(
  app: GitOpsApp<string>,
  services: readonly string[],
  options: AddWorkloadsOptions = {},
): void {
  for (const scope of app.tiers) {
    const tier = scope.tier as Tier<BenchTier>;
    const t = tier.name;
    services.forEach((name, i) => {
      const port = 8000 + (i % 1000);
      const upstream = services[(i + 1) % services.length] as string;
      new WebService(scope.application(name), name, {
        image: { repository: `ghcr.io/example/${name}`, tag: `1.${i % 17}.${i % 5}` },
        ports: [{ name: 'http', containerPort: port, servicePort: 80 }],
        config: {
          LOG_LEVEL: perTier.logLevel[t],
          HTTP_PORT: String(port),
          UPSTREAM_URL: `http://${upstream}.${upstream}-${t}.svc:80`,
          FEATURE_FLAGS: `search=${i % 2 === 0},beta=${t === 'dev'}`,
          'application.yaml': `server:\n  port: ${port}\nlogging:\n  level: ${perTier.logLevel[t]}\n`,
        },
        resources: {
          cpu: { request: perTier.cpu[t] },
          memory: { request: perTier.memory[t], limit: perTier.memory[t] },
        },
        autoscaling: { minReplicas: perTier.replicas[t], maxReplicas: perTier.maxReplicas[t], cpuUtilization: 75 },
        disruptionBudget: { minAvailable: 1 },
        readiness: Probe.http('/healthz'),
        liveness: Probe.http('/livez'),
        delivery: options.delivery ?? (() => DeliveryClass.rolling()),
      });
    });
  }
}
