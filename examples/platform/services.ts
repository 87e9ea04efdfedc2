import { Delivery, type PerTier } from '../../src/index.js';
import { environments, type Tier } from '../../environments.js';

const perTier = environments.perTier.bind(environments);

/** The Prometheus the canary analyses query. */
export const prometheusAddress = 'http://prometheus.monitoring:9090';

/**
 * How services are delivered in each tier: a plain Deployment in dev, a short canary in staging, and in
 * production a 10/50/100 canary that checks the 5xx error rate against Prometheus after each pause.
 * A new tier does not compile until it gets a strategy here.
 */
export const delivery: PerTier<Tier, Delivery> = perTier({
  dev: Delivery.rolling(),
  staging: Delivery.canary({ weights: [25, 50, 100], pause: '30s' }),
  production: Delivery.canary({
    weights: [10, 50, 100],
    pause: '5m',
    analysis: { prometheusAddress, maxErrorRate: 0.05 },
  }),
});

/** A PostgreSQL database owned by one service. */
export interface DatabaseSpec {
  readonly name: string;
  readonly databaseName: string;
  readonly storage: PerTier<Tier, string>;
  readonly replicas: PerTier<Tier, number>;
  readonly backup: PerTier<Tier, boolean>;
}

/** One service of the platform, with everything that differs per tier. */
export interface ServiceSpec {
  /** Application name; its image per tier is pinned in releases.yaml. */
  readonly name: string;
  readonly replicas: PerTier<Tier, number>;
  readonly port: number;
  readonly cpu: PerTier<Tier, string>;
  readonly memory: PerTier<Tier, string>;
  readonly database: DatabaseSpec;
}

/** The platform's services: what the reference documents deploy. */
export const services: readonly ServiceSpec[] = [
  {
    name: 'user-service',
    replicas: perTier({ dev: 1, staging: 2, production: 3 }),
    port: 8080,
    cpu: perTier({ production: '500m' }, { default: '250m', field: 'cpu' }),
    memory: perTier({ production: '512Mi' }, { default: '256Mi', field: 'memory' }),
    database: {
      name: 'user-database',
      databaseName: 'users',
      storage: perTier({ dev: '10Gi', staging: '50Gi', production: '100Gi' }),
      replicas: perTier({ dev: 1, staging: 2, production: 3 }),
      backup: perTier({ dev: false, staging: true, production: true }),
    },
  },
  {
    name: 'payment-service',
    replicas: perTier({ dev: 1, staging: 2, production: 4 }),
    port: 8443,
    cpu: perTier({ production: '1' }, { default: '250m', field: 'cpu' }),
    memory: perTier({ production: '1Gi' }, { default: '512Mi', field: 'memory' }),
    database: {
      name: 'payment-database',
      databaseName: 'payments',
      storage: perTier({ dev: '10Gi', staging: '50Gi', production: '200Gi' }),
      replicas: perTier({ dev: 1, staging: 2, production: 3 }),
      backup: perTier({ dev: false, staging: true, production: true }),
    },
  },
];

/** The session cache shared by the services of a tier. */
export const sessionCache = {
  name: 'user-session-cache',
  version: '7.0',
  size: perTier({ dev: 'small', staging: 'medium', production: 'large' } as const),
  backup: perTier({ dev: false, staging: true, production: true }),
  highAvailability: perTier({ production: true }, { default: false, field: 'highAvailability' }),
} as const;
