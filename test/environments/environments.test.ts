import { describe, expect, it } from 'vitest';
import { defineEnvironments, GitOpsError, GitOpsErrors, Sync, TIER_LABEL } from '../../src/index.js';

const cluster = (name: string) => ({ name, server: `https://${name}.example.com` });

/** Runs `fn`, expecting it to throw; returns every GitOpsError it carried. */
function problems(fn: () => unknown): GitOpsError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof GitOpsErrors) return [...e.errors];
    if (e instanceof GitOpsError) return [e];
    throw e;
  }
  throw new Error('expected an error');
}

describe('defineEnvironments', () => {
  it('orders tiers by promotion, whatever the declaration order', () => {
    const envs = defineEnvironments({
      tiers: {
        production: { promotesFrom: 'staging', cluster: cluster('prod') },
        dev: { cluster: cluster('dev') },
        staging: { promotesFrom: 'qa', cluster: cluster('staging') },
        qa: { promotesFrom: 'dev', cluster: cluster('qa') },
      },
    });
    expect(envs.names).toEqual(['dev', 'qa', 'staging', 'production']);
    expect(envs.tiers.map((t) => t.index)).toEqual([0, 1, 2, 3]);
    expect(envs.entryTiers.map((t) => t.name)).toEqual(['dev']);
    expect(envs.promotesTo('dev').map((t) => t.name)).toEqual(['qa']);
  });

  it('applies defaults: automated sync, namespaces, tier label, production flag, Kubernetes version', () => {
    const envs = defineEnvironments({
      tiers: {
        dev: { cluster: cluster('dev'), labels: { team: 'platform' } },
        production: { promotesFrom: 'dev', cluster: cluster('prod'), sync: Sync.manual() },
      },
    });
    const dev = envs.tier('dev');
    expect(dev.sync).toEqual({ mode: 'automated', prune: true, selfHeal: true, allowEmpty: false });
    expect(dev.infrastructureNamespace).toBe('dev');
    expect(dev.applicationNamespace('user-service')).toBe('user-service-dev');
    expect(dev.labels).toEqual({ team: 'platform', [TIER_LABEL]: 'dev' });
    expect(dev.production).toBe(false);
    expect(dev.kubernetesVersion).toBe('1.33.0');
    expect(envs.tier('production').production).toBe(true);
    expect(envs.tier('production').sync).toEqual({ mode: 'manual' });
  });

  it('expands custom namespace conventions', () => {
    const envs = defineEnvironments({
      tiers: {
        dev: { cluster: cluster('dev'), namespaces: { infrastructure: 'infra-{tier}', applications: '{tier}-{app}' } },
      },
    });
    expect(envs.tier('dev').infrastructureNamespace).toBe('infra-dev');
    expect(envs.tier('dev').applicationNamespace('api')).toBe('dev-api');
  });

  it('rejects an empty catalogue', () => {
    const [p] = problems(() => defineEnvironments({ tiers: {} }));
    expect(p?.code).toBe('TIERS_EMPTY');
    expect(p?.message).toBe('the environments catalogue has no tiers');
  });

  it('rejects names that are not DNS-1123 labels', () => {
    const [p] = problems(() => defineEnvironments({ tiers: { Prod_EU: { cluster: cluster('x') } } }));
    expect(p?.code).toBe('TIER_INVALID_NAME');
    expect(p?.location.tier).toBe('Prod_EU');
    expect(p?.message).toMatch(/^tier name 'Prod_EU' is not a DNS-1123 label/);
  });

  it('rejects an unknown promotesFrom with a suggestion', () => {
    const [p] = problems(() =>
      defineEnvironments({
        tiers: {
          dev: { cluster: cluster('dev') },
          staging: { promotesFrom: 'devv' as 'dev', cluster: cluster('staging') },
        },
      }),
    );
    expect(p?.code).toBe('TIER_UNKNOWN_PROMOTES_FROM');
    expect(p?.location).toMatchObject({ tier: 'staging', field: 'tiers.staging.promotesFrom' });
    expect(p?.hint).toContain("did you mean 'dev'?");
  });

  it('rejects promotion cycles and names the cycle', () => {
    const all = problems(() =>
      defineEnvironments({
        tiers: {
          a: { promotesFrom: 'c', cluster: cluster('a') },
          b: { promotesFrom: 'a', cluster: cluster('b') },
          c: { promotesFrom: 'b', cluster: cluster('c') },
        },
      }),
    );
    const cycle = all.find((p) => p.code === 'TIER_PROMOTION_CYCLE');
    expect(cycle?.message).toBe('promotion cycle: a → b → c → a');
  });

  it('rejects a tier promoting from itself', () => {
    const [p] = problems(() =>
      defineEnvironments({ tiers: { dev: { promotesFrom: 'dev', cluster: cluster('dev') } } }),
    );
    expect(p?.code).toBe('TIER_PROMOTES_FROM_SELF');
  });

  it('rejects two tiers deploying to the same cluster and namespace', () => {
    const same = { name: 'in-cluster', server: 'https://kubernetes.default.svc' };
    const all = problems(() =>
      defineEnvironments({
        tiers: {
          dev: { cluster: same, namespaces: { infrastructure: 'shared' } },
          qa: { promotesFrom: 'dev', cluster: same, namespaces: { infrastructure: 'shared' } },
        },
      }),
    );
    expect(all.map((p) => p.code)).toEqual(['TIER_OVERLAP']);
    expect(all[0]?.message).toBe(
      "tiers 'dev' and 'qa' both deploy infrastructure to namespace 'shared' on https://kubernetes.default.svc",
    );
  });

  it('allows tiers on one cluster when the namespaces differ', () => {
    const same = { name: 'in-cluster', server: 'https://kubernetes.default.svc' };
    const envs = defineEnvironments({ tiers: { dev: { cluster: same }, qa: { promotesFrom: 'dev', cluster: same } } });
    expect(envs.names).toEqual(['dev', 'qa']);
  });

  it('reports every problem at once', () => {
    const all = problems(() =>
      defineEnvironments({
        tiers: {
          Dev: { cluster: { name: 'x', server: 'http://insecure' } },
          prod: {
            promotesFrom: 'stage' as never,
            cluster: cluster('prod'),
            freezeWindows: [{ schedule: '61 * * * *', duration: 'two hours' }],
          },
        },
      }),
    );
    expect(all.map((p) => p.code).sort()).toEqual([
      'TIER_CLUSTER_BAD_SERVER',
      'TIER_FREEZE_BAD_CRON',
      'TIER_FREEZE_BAD_DURATION',
      'TIER_INVALID_NAME',
      'TIER_UNKNOWN_PROMOTES_FROM',
    ]);
  });

  it('rejects bad namespace templates', () => {
    const codes = problems(() =>
      defineEnvironments({
        tiers: {
          dev: { cluster: cluster('dev'), namespaces: { infrastructure: '{app}', applications: 'apps-{tier}' } },
        },
      }),
    ).map((p) => p.code);
    expect(codes).toEqual(['TIER_NAMESPACE_PLACEHOLDER', 'TIER_NAMESPACE_NO_APP']);
  });

  it('accepts valid freeze windows', () => {
    const envs = defineEnvironments({
      tiers: { prod: { cluster: cluster('p'), freezeWindows: [{ schedule: '0 18 * * 5', duration: '2h30m' }] } },
    });
    expect(envs.tier('prod').freezeWindows).toHaveLength(1);
  });

  it('names unknown tiers with a suggestion', () => {
    const envs = defineEnvironments({
      tiers: { dev: { cluster: cluster('dev') }, production: { cluster: cluster('p') } },
    });
    const [p] = problems(() => envs.tier('prod' as 'dev'));
    expect(p?.message).toBe("unknown tier 'prod'");
    expect(p?.hint).toContain("did you mean 'production'?");
  });
});

describe('perTier', () => {
  const envs = defineEnvironments({
    tiers: {
      dev: { cluster: cluster('dev') },
      staging: { promotesFrom: 'dev', cluster: cluster('staging') },
      production: { promotesFrom: 'staging', cluster: cluster('prod') },
    },
  });

  it('gives each tier its value, in promotion order', () => {
    const replicas = envs.perTier({ production: 3, dev: 1, staging: 2 });
    expect(replicas.of('staging')).toBe(2);
    expect(replicas.of(envs.tier('production'))).toBe(3);
    expect(replicas.entries()).toEqual([
      ['dev', 1],
      ['staging', 2],
      ['production', 3],
    ]);
    expect(replicas.map((n) => n * 2).toObject()).toEqual({ dev: 2, staging: 4, production: 6 });
  });

  it('fills left-out tiers from the default', () => {
    const cpu = envs.perTier({ production: '1' }, { default: '250m' });
    expect(cpu.toObject()).toEqual({ dev: '250m', staging: '250m', production: '1' });
  });

  it('keeps a falsy value given for a tier over the default', () => {
    expect(envs.perTier({ dev: false }, { default: true }).of('dev')).toBe(false);
  });

  it('fails at run time when a tier is missing through a cast', () => {
    const [p] = problems(() => envs.perTier({ dev: 1, staging: 2 } as never));
    expect(p?.message).toBe("perTier() has no value for tier 'production'");
    expect(p?.location.tier).toBe('production');
  });

  it('fails at run time on an unknown tier through a cast', () => {
    const [p] = problems(() => envs.perTier({ dev: 1, staging: 2, prodction: 3 } as never));
    expect(p?.message).toBe("perTier() has a value for unknown tier 'prodction'");
    expect(p?.hint).toContain("did you mean 'production'?");
  });
});
