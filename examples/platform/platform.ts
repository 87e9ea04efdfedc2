import type { GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { defineArgoBootstrap } from './argocd.js';
import { claim } from './crossplane.js';
import { defineFluxEdge } from './flux.js';
import { defineAlerts } from './monitoring.js';
import { definePlatformCore } from './platform-core.js';
import { services, sessionCache } from './services.js';
import { defineShared } from './shared.js';
import { deployService } from './workloads.js';

/** Builds the whole reference platform into `app`. */
export function buildPlatform(app: GitOpsApp<Tier>): void {
  definePlatformCore(app);
  defineShared(app);
  app.forEachTier((tier) => {
    claim(tier.infrastructure, 'XRedisCache', sessionCache.name, {
      size: tier.value(sessionCache.size),
      version: sessionCache.version,
      backup: tier.value(sessionCache.backup),
      highAvailability: tier.value(sessionCache.highAvailability),
    });
    for (const service of services) deployService(tier, service);
  });
  defineAlerts(app);
  defineArgoBootstrap(app);
  // After Argo CD: the edge folders are Flux's (see flux.ts for the split).
  defineFluxEdge(app);
}
