import { defineEnvironments, Sync } from '../src/index.js';

/** A small three-tier catalogue for tests. */
export const testEnvironments = defineEnvironments({
  tiers: {
    dev: { cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' } },
    staging: { promotesFrom: 'dev', cluster: { name: 'staging', server: 'https://staging.example.com' } },
    production: {
      promotesFrom: 'staging',
      cluster: { name: 'production', server: 'https://production.example.com' },
      sync: Sync.manual(),
    },
  },
});
