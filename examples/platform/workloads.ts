import { EnvValue, Probe, WebService, type AppRelease, type TierScope } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { databaseClaim } from './crossplane.js';
import { databaseCredentials } from './secrets.js';
import { delivery, type ServiceSpec } from './services.js';

/**
 * Everything one service runs in one tier: its workload (image pinned in releases.yaml), its database claim
 * and its credentials (an ExternalSecret from the tier's store, taken by reference so its keys are checked).
 */
export function deployService(tier: TierScope<Tier>, service: ServiceSpec, release: AppRelease<Tier>): void {
  const scope = tier.application(service.name);
  databaseClaim(scope, service.database);
  const credentials = databaseCredentials(scope, tier, service);

  new WebService<Tier>(scope, service.name, {
    image: release.image, // pinned per tier in releases.yaml
    replicas: service.replicas,
    ports: [{ name: 'http', containerPort: service.port, servicePort: 80 }],
    env: {
      DATABASE_USER: EnvValue.fromSecret(credentials, 'DATABASE_USER'),
      DATABASE_PASSWORD: EnvValue.fromSecret(credentials, 'DATABASE_PASSWORD'),
    },
    resources: (t) => ({
      cpu: { request: service.cpu.of(t) },
      memory: { request: service.memory.of(t), limit: service.memory.of(t) },
    }),
    readiness: Probe.http('/healthz'),
    delivery,
  });
}
