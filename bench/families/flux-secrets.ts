/**
 * The Flux, secrets and monitoring families in the benchmark platform: an AWS Secrets Manager
 * ClusterSecretStore for every tier and a Vault one for dev, one ExternalSecret per service per tier
 * (store chosen per tier, keys consumed by reference), GitOps alert rules per tier (production pages),
 * and a Flux bootstrap per tier cluster syncing the folders these families fill.
 *
 * The app needs the repository setting (`new GitOpsApp({ repository: { url, path } })`).
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../../src/index.js';
import type { ClusterSecretStore, GitOpsApp, Tier } from '../../src/index.js';

/** The library as the bench loads it (compiled `lib/` under BENCH_LIB, else the sources). */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../../src/index.js'
)) as typeof Library;
const { ClusterSecretStore: Store, ExternalSecret, FluxBootstrap, GitOpsAlerts, StoreProvider } = library;

/** Options of {@link addFluxSecrets}. */
export interface FluxSecretsOptions {
  /**
   * What Flux syncs: `own` the folders these families fill (tier infrastructure, shared/secrets; use it
   * with a family that syncs the application folders, e.g. Argo CD), `all` those and every application
   * folder, `none` nothing. @default 'own'
   */
  readonly flux?: 'own' | 'all' | 'none';
}

/** Adds stores, one ExternalSecret per service per tier, alert rules per tier and the Flux bootstrap. */
export function addFluxSecrets(app: GitOpsApp, services: readonly string[], options: FluxSecretsOptions = {}): void {
  const aws = new Store(app.shared.secrets, 'aws-secrets-manager', {
    provider: StoreProvider.awsSecretsManager({
      region: 'eu-central-1',
      serviceAccount: { name: 'external-secrets', namespace: 'external-secrets' },
    }),
  });
  const first = app.tiers[0];
  const vault = first
    ? new Store(first.infrastructure, 'vault', {
        provider: StoreProvider.vault({ server: 'https://vault.example.com:8200', kubernetesAuth: { role: 'eso' } }),
      })
    : undefined;
  const storeOf = (tier: Tier): ClusterSecretStore => (vault && tier.name === first?.name ? vault : aws);
  for (const t of app.tiers) {
    for (const service of services) {
      new ExternalSecret(t.application(service), 'credentials', {
        name: `${service}-credentials`,
        store: storeOf,
        refreshInterval: (tier) => (tier.production ? '15m' : '1h'),
        data: [
          { secretKey: 'DATABASE_USER', remoteKey: `${t.name}/${service}/database`, property: 'username' },
          { secretKey: 'DATABASE_PASSWORD', remoteKey: `${t.name}/${service}/database`, property: 'password' },
        ],
        template: {
          data: {
            DATABASE_URL: `postgres://{{ .DATABASE_USER }}:{{ .DATABASE_PASSWORD }}@${service}-db:5432/app`,
            DATABASE_USER: '{{ .DATABASE_USER }}',
            DATABASE_PASSWORD: '{{ .DATABASE_PASSWORD }}',
          },
        },
      });
    }
    new GitOpsAlerts(t.infrastructure, 'gitops-health', { alertLabels: { team: 'platform' } });
  }
  const mode = options.flux ?? 'own';
  if (mode === 'none') return;
  new FluxBootstrap(app, 'flux', {
    clusters: app.tiers.map((t, i) => ({
      name: t.name,
      tier: t,
      infrastructure: [t.infrastructure],
      ...(i === 0 ? { platform: [app.shared.secrets] } : {}),
      ...(mode === 'all' ? { apps: services.map((s) => t.application(s)) } : {}),
    })),
  });
}
