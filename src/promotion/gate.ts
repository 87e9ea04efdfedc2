import type { Environments } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { compareSemver, imageVersion } from './image-ref.js';
import type { Releases } from './releases.js';
import type { ReleasesRevision } from './history.js';

/** Options of {@link promotionGate}. */
export interface PromotionGateOptions {
  /** Now, for the age of hotfixes. @default new Date() */
  readonly now?: Date;
  /** Days a hotfix may stay un-back-ported before synth fails. @default 14 */
  readonly hotfixMaxAgeDays?: number;
  /** Git history of the releases file, read only when a pin is not explained otherwise. @default - none */
  readonly history?: () => readonly ReleasesRevision[];
}

/** What the gate found. */
export interface PromotionGateResult {
  readonly errors: GitOpsError[];
  readonly warnings: Array<{ readonly message: string; readonly tier: string }>;
}

/**
 * A tier may only run what the tier it promotes from runs, or ran: the same image, an older semantic
 * version of it, or one that the lower tier's pin held in the releases file's git history. A pin that
 * skips this must be a hotfix with a reason; while its version is not back-ported to the lower tiers
 * synth warns, and once it is older than `hotfixMaxAgeDays` synth fails.
 */
export function promotionGate<N extends string>(
  releases: Releases<N>,
  environments: Environments<N>,
  options: PromotionGateOptions = {},
): PromotionGateResult {
  const now = options.now ?? new Date();
  const maxAge = options.hotfixMaxAgeDays ?? 14;
  const errors: GitOpsError[] = [];
  const warnings: Array<{ message: string; tier: string }> = [];
  let history: readonly ReleasesRevision[] | undefined;
  const ranBefore = (app: string, tier: string, image: string): boolean => {
    history ??= options.history?.() ?? [];
    return history.some((r) => r.images.get(`${app}/${tier}`) === image);
  };
  for (const app of releases.apps) {
    const release = releases.app(app);
    for (const tier of environments.tiers) {
      const from = tier.promotesFrom;
      if (!from) continue;
      const pin = release.pin(tier.name);
      const lower = release.pin(from);
      const field = `apps.${app}.${tier.name}.image`;
      if (pin.hotfix) {
        const lowerTiers = lowerTiersOf(environments, tier.name).filter((t) => release.pin(t).image !== pin.image);
        if (lowerTiers.length === 0) continue;
        const ageDays = Math.floor((now.getTime() - Date.parse(`${pin.hotfix.since}T00:00:00Z`)) / 86_400_000);
        const message = `hotfix ${app} ${imageVersion(pin.imageRef)} in ${tier.name} (${pin.hotfix.reason}) is not back-ported to ${lowerTiers.join(', ')} after ${ageDays} day(s)`;
        if (ageDays > maxAge) {
          errors.push(
            new GitOpsError(`${message}; hotfixes may stay ${maxAge} days`, {
              code: 'PROMOTION_HOTFIX_EXPIRED',
              tier: tier.name,
              file: releases.file,
              field,
              hint: `pin ${pin.image} in ${lowerTiers.join(', ')} too (or a newer version promoted through them), then drop the hotfix mark`,
            }),
          );
        } else {
          warnings.push({ message: `${message} (synth fails after ${maxAge} days)`, tier: tier.name });
        }
        continue;
      }
      if (pin.image === lower.image) continue;
      if (
        pin.imageRef.repository === lower.imageRef.repository &&
        pin.imageRef.tag &&
        lower.imageRef.tag &&
        !pin.imageRef.digest
      ) {
        const order = compareSemver(pin.imageRef.tag, lower.imageRef.tag);
        if (order !== undefined && order <= 0) continue; // lagging behind the lower tier is fine
      }
      if (ranBefore(app, from, pin.image)) continue;
      errors.push(
        new GitOpsError(
          `${tier.name} runs ${app} ${imageVersion(pin.imageRef)}, which ${from} does not run and never ran (${from} runs ${imageVersion(lower.imageRef)})`,
          {
            code: 'PROMOTION_GATE',
            tier: tier.name,
            file: releases.file,
            field,
            hint: `promote it through ${from} first (cdk8s-gitops promote ${app} --to ${from}), or mark the pin as a hotfix: hotfix: { reason: "…", since: ${now.toISOString().slice(0, 10)} }`,
          },
        ),
      );
    }
  }
  return { errors, warnings };
}

/** Tiers below `tier` in its promotion chain, nearest first. */
export function lowerTiersOf<N extends string>(environments: Environments<N>, tier: N): N[] {
  const result: N[] = [];
  for (let t = environments.tier(tier).promotesFrom; t; t = environments.tier(t).promotesFrom) result.push(t);
  return result;
}
