/**
 * Our side of the bench platform: the tiers of bench/platform.ts as environments, and a GitOpsApp
 * with one `tier.application(name)` folder per service per tier.
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index.js';
import type { GitOpsApp } from '../src/index.js';
import { BENCH_TIERS, buildServices, type BenchTier } from './platform.js';

/**
 * Our library as users get it: the compiled `lib/` named by BENCH_LIB (set by `npm run bench`, which
 * builds it first), else the TypeScript sources (BENCH_SOURCE=1), which run slower under tsx.
 */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../src/index.js'
)) as typeof Library;
const { defineEnvironments, Sync } = library;

const [dev, staging, production] = BENCH_TIERS;

export const benchEnvironments = defineEnvironments({
  tiers: {
    dev: { cluster: dev.cluster, labels: dev.labels, sync: Sync.automated({ prune: true, selfHeal: true }) },
    staging: { promotesFrom: 'dev', cluster: staging.cluster, labels: staging.labels },
    production: {
      promotesFrom: 'staging',
      cluster: production.cluster,
      labels: production.labels,
      sync: Sync.manual(),
    },
  },
});

/** Our side: a GitOpsApp, one `tier.application(name)` folder per service per tier. */
export function buildOurs(n: number, outdir?: string, validate = true): GitOpsApp<BenchTier> {
  const app = new library.GitOpsApp({
    environments: benchEnvironments,
    ...(outdir ? { outdir } : {}),
    ...(validate ? {} : { validation: false as const }),
  });
  buildServices(n, (tier, name) => app.tier(tier).application(name));
  return app;
}
