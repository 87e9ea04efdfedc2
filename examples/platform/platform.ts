import type { GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { defineArgoBootstrap } from './argocd.js';
import { sessionCacheClaim } from './crossplane.js';
import { defineFluxEdge } from './flux.js';
import { defineAlerts } from './monitoring.js';
import { definePlatformCore } from './platform-core.js';
import { services } from './services.js';
import { defineShared } from './shared.js';
import { deployService } from './workloads.js';

/** Builds the whole reference platform into `app`. */
export function buildPlatform(app: GitOpsApp<Tier>): void {
  definePlatformCore(app);
  defineShared(app);
  app.forEachTier((tier) => {
    sessionCacheClaim(tier.infrastructure);
    for (const service of services) deployService(tier, service, app.release(service.name));
  });
  defineAlerts(app);
  defineArgoBootstrap(app);
  // After Argo CD: the edge folders are Flux's (see flux.ts for the split).
  defineFluxEdge(app);
}
