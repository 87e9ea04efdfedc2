import type { IConstruct } from 'constructs';
import { resolveTierValue, type Tier, type TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart, Platform, TierScope } from '../tree/index.js';
import type { FailureAction } from './rule.js';

/** One copy of a policy: the folder it is written to, the tier it is for, and its failure action. */
export interface PolicyCopy {
  /** Folder the copy is written to. */
  readonly folder: FolderChart;
  /** Tier the copy is for. @default - every tier (a folder outside the tiers, e.g. `shared/policies`) */
  readonly tier?: Tier;
  /** The copy's failure action. */
  readonly failureAction: FailureAction;
}

/**
 * The default failure action: Enforce in production tiers, Audit elsewhere. A policy outside the tiers
 * (`shared/policies`) reaches every tier's cluster, production included, so it enforces.
 */
export function defaultFailureAction(tier: Tier | undefined): FailureAction {
  return tier === undefined || tier.production ? 'Enforce' : 'Audit';
}

/**
 * Where the copies of a policy created in `scope` go:
 *
 * - `scope` is a folder of a tier (or inside one): one copy there, with that tier's failure action;
 * - `scope` is a folder outside the tiers, such as `app.shared.policies`: one cluster-wide copy synced to every
 *   tier's cluster, so its failure action must be the same for every tier;
 * - `scope` is a tier scope: one copy in the tier's `infrastructure` folder;
 * - `scope` is the app (or another construct outside any folder): one copy per tier, each in the tier's
 *   `infrastructure` folder (each tier has its own cluster), each with the tier's failure action.
 */
export function policyCopies(
  scope: IConstruct,
  failureAction: TierValue<string, FailureAction> | undefined,
  what: string,
): PolicyCopy[] {
  const resolve = (tier: Tier | undefined): FailureAction => {
    if (failureAction === undefined) return defaultFailureAction(tier);
    if (typeof failureAction === 'string') return failureAction;
    if (tier === undefined) return 'Enforce';
    return resolveTierValue(failureAction, tier);
  };
  const folder = FolderChart.tryOf(scope);
  if (folder) {
    if (folder.tier) return [{ folder, tier: folder.tier, failureAction: resolve(folder.tier) }];
    const platform = Platform.tryOf(scope);
    if (failureAction === undefined || typeof failureAction === 'string' || !platform) {
      return [{ folder, failureAction: resolve(undefined) }];
    }
    const actions = new Set(platform.tiers.map((t) => resolve(t.tier)));
    if (actions.size > 1) {
      throw new GitOpsError(
        `${what} is in '${folder.path}', shared by every tier, but its failureAction differs per tier`,
        {
          code: 'KYVERNO_SHARED_ACTION_DIFFERS',
          constructPath: scope.node.path,
          field: 'failureAction',
          hint: 'a shared policy reaches every cluster with one failureAction: set one value, or create the policy on the app to get a copy per tier',
        },
      );
    }
    return [{ folder, failureAction: [...actions][0] as FailureAction }];
  }
  const tier = Platform.tierOf(scope);
  const platform = Platform.of(scope);
  const scopes: readonly TierScope[] = tier ? [platform.tier(tier.name)] : platform.tiers;
  return scopes.map((s) => ({ folder: s.infrastructure, tier: s.tier, failureAction: resolve(s.tier) }));
}
