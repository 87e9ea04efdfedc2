import { describe, it } from 'vitest';
import { defineEnvironments, Delivery, GitOpsApp, WebService, type PerTier } from '../../src/index.js';

const cluster = { name: 'c', server: 'https://c.example.com' };
const envs = defineEnvironments({
  tiers: {
    dev: { cluster },
    qa: { promotesFrom: 'dev', cluster },
    production: { promotesFrom: 'qa', cluster },
  },
});
type N = 'dev' | 'qa' | 'production';

describe('the delivery policy is per tier', () => {
  it('makes a tier without a strategy a compile error', () => {
    // @ts-expect-error the new tier 'qa' has no delivery strategy yet
    const incomplete: PerTier<N, Delivery> = envs.perTier({ dev: Delivery.rolling(), production: Delivery.canary() });
    const complete: PerTier<N, Delivery> = envs.perTier({
      dev: Delivery.rolling(),
      qa: Delivery.canary({ weights: [50, 100], pause: '30s' }),
      production: Delivery.canary({ weights: [10, 50, 100], pause: '5m' }),
    });
    const app = new GitOpsApp({ environments: envs });
    new WebService<N>(app.tier('dev').application('a'), 'a', {
      image: { repository: 'a', tag: '1.0.0' },
      delivery: complete,
    });
    void incomplete;
  });
});
