import { describe, expectTypeOf, it } from 'vitest';
import { defineEnvironments, type PerTier, type TierName } from '../../src/index.js';

const cluster = { name: 'c', server: 'https://c.example.com' };
const envs = defineEnvironments({
  tiers: {
    dev: { cluster },
    staging: { promotesFrom: 'dev', cluster },
    production: { promotesFrom: 'staging', cluster },
  },
});

describe('tier names are types', () => {
  it('infers the union of tier names', () => {
    expectTypeOf<TierName<typeof envs>>().toEqualTypeOf<'dev' | 'staging' | 'production'>();
    expectTypeOf(envs.perTier({ dev: 1, staging: 2, production: 3 })).toEqualTypeOf<
      PerTier<'dev' | 'staging' | 'production', number>
    >();
  });

  it('makes a forgotten tier a compile error', () => {
    // @ts-expect-error production is missing
    envs.perTier({ dev: 1, staging: 2 });
    // @ts-expect-error 'prodction' is not a tier
    envs.perTier({ dev: 1, staging: 2, production: 3, prodction: 4 });
    // With a default, tiers may be left out.
    envs.perTier({ production: 3 }, { default: 1 });
  });

  it('makes an unknown tier a compile error where a tier is named', () => {
    // @ts-expect-error 'qa' is not a tier
    envs.tier('qa');
    const values = envs.perTier({ dev: 'a', staging: 'b', production: 'c' });
    // @ts-expect-error 'qa' is not a tier
    values.of('qa');
  });

  it('checks promotesFrom against the declared tiers', () => {
    defineEnvironments({
      tiers: {
        dev: { cluster },
        // @ts-expect-error 'stage' is not a tier
        production: { promotesFrom: 'stage', cluster },
      },
    });
  });
});
