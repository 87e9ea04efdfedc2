import {
  ClusterSecretStore,
  ExternalSecret,
  Platform,
  StoreProvider,
  type FolderChart,
  type GitOpsApp,
  type IPlatform,
  type PerTier,
  type TierScope,
} from '../../src/index.js';
import { environments, type Tier } from '../../environments.js';
import type { ServiceSpec } from './services.js';

/** The secret stores of the platform, and which one each tier reads from. */
export interface SecretStores {
  /** AWS Secrets Manager, in every tier's cluster (`shared/secrets/`). */
  readonly aws: ClusterSecretStore;
  /** Vault, only in the dev cluster (`environments/dev/infrastructure/`): developers manage dev secrets there. */
  readonly devVault: ClusterSecretStore;
  /** The store each tier reads from. */
  readonly perTier: PerTier<Tier, ClusterSecretStore>;
}

const stores = new WeakMap<IPlatform, SecretStores>();

/** The platform's secret stores (created on first use, once per program). */
export function secretStores(app: GitOpsApp<Tier>): SecretStores {
  let s = stores.get(app);
  if (!s) {
    const aws = new ClusterSecretStore(app.shared.secrets, 'aws-secrets-manager', {
      provider: StoreProvider.awsSecretsManager({
        region: 'eu-central-1',
        serviceAccount: { name: 'external-secrets', namespace: 'external-secrets' },
      }),
    });
    const devVault = new ClusterSecretStore(app.tier('dev').infrastructure, 'vault', {
      provider: StoreProvider.vault({
        server: 'https://vault.company.com:8200',
        path: 'secret',
        kubernetesAuth: {
          role: 'external-secrets',
          serviceAccount: { name: 'external-secrets', namespace: 'external-secrets' },
        },
      }),
    });
    s = { aws, devVault, perTier: environments.perTier({ dev: devVault, staging: aws, production: aws }) };
    stores.set(app, s);
  }
  return s;
}

/**
 * The database credentials of a service in one tier: Secret `<database>-credentials` with
 * `DATABASE_USER` and `DATABASE_PASSWORD`, fetched from the tier's store (Vault in dev, AWS elsewhere),
 * refreshed every 15 minutes in production and hourly elsewhere.
 */
export function databaseCredentials(scope: FolderChart, tier: TierScope<Tier>, service: ServiceSpec): ExternalSecret {
  const db = service.database;
  const app = Platform.of(scope) as GitOpsApp<Tier>;
  const remoteKey = `${tier.name}/${service.name}/database`;
  return new ExternalSecret(scope, 'db-credentials', {
    name: `${db.name}-credentials`,
    secretName: `${db.name}-credentials`,
    store: secretStores(app).perTier,
    refreshInterval: (t) => (t.production ? '15m' : '1h'),
    data: [
      { secretKey: 'DATABASE_USER', remoteKey, property: 'username' },
      { secretKey: 'DATABASE_PASSWORD', remoteKey, property: 'password' },
    ],
  });
}
