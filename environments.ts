/**
 * The reference platform's environment catalogue: three tiers, promoted dev → staging → production.
 *
 * Add a tier (e.g. `qa: { promotesFrom: 'dev', cluster: … }` and point staging at it) and the compiler
 * lists every `perTier({...})` in the program that now lacks a value for it.
 */
import { defineEnvironments, Sync, type TierName } from './src/index.js';

export const environments = defineEnvironments({
  tiers: {
    dev: {
      cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
      sync: Sync.automated({ prune: true, selfHeal: true }),
      labels: { 'platform.company.com/environment': 'dev' },
    },
    staging: {
      promotesFrom: 'dev',
      cluster: { name: 'staging', server: 'https://staging.k8s.company.com' },
      sync: Sync.automated({ prune: true, selfHeal: true }),
      labels: { 'platform.company.com/environment': 'staging' },
    },
    production: {
      promotesFrom: 'staging',
      cluster: { name: 'production', server: 'https://production.k8s.company.com' },
      sync: Sync.manual(),
      labels: { 'platform.company.com/environment': 'production' },
      freezeWindows: [{ schedule: '0 18 * * 5', duration: '62h', timeZone: 'Europe/Berlin', reason: 'weekend freeze' }],
    },
  },
});

/** `'dev' | 'staging' | 'production'` */
export type Tier = TierName<typeof environments>;
