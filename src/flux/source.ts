import type { IConstruct } from 'constructs';
import type { Tier, TierValue } from '../environments/index.js';
import { PerTier, resolveTierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { Platform } from '../tree/index.js';

/** API group of Flux's source-controller. */
export const FLUX_SOURCE_GROUP = 'source.toolkit.fluxcd.io';

/**
 * A Flux source (GitRepository, OCIRepository, HelmRepository) that Kustomizations and HelmReleases
 * refer to by reference, never by name.
 */
export interface IFluxSource extends IConstruct {
  /** Kind of the source object, e.g. `GitRepository`. */
  readonly sourceKind: 'GitRepository' | 'OCIRepository' | 'HelmRepository' | 'Bucket';
  /** `metadata.name` of the source object. */
  readonly sourceName: string;
  /** `metadata.namespace` of the source object. */
  readonly sourceNamespace?: string;
  /**
   * Where the synthesized tree's root is inside the source's artifact, `/`-separated, `''` for the root
   * (e.g. `dist` for the git repository holding the tree in `dist/`, `''` for an OCI artifact of the tree).
   * Undefined for sources that do not carry the tree (Helm repositories).
   */
  readonly treeRoot?: string;
}

/** `sourceRef` of a Kustomization or HelmRelease pointing at `source` from `namespace`. */
export function sourceRefOf(
  source: IFluxSource,
  namespace: string | undefined,
): { kind: string; name: string; namespace?: string } {
  return {
    kind: source.sourceKind,
    name: source.sourceName,
    ...(source.sourceNamespace && source.sourceNamespace !== namespace ? { namespace: source.sourceNamespace } : {}),
  };
}

/**
 * A per-tier value resolved for the tier `scope` is in. Outside a tier a plain value is used as is; a
 * per-tier value there is an error naming `field`.
 */
export function valueForScope<T>(scope: IConstruct, value: TierValue<string, T>, field: string, tier?: Tier): T {
  const t = tier ?? Platform.tierOf(scope);
  if (t) return resolveTierValue(value, t);
  if (typeof value === 'function' || value instanceof PerTier) {
    throw new GitOpsError(`'${field}' is given per tier, but this construct is not in a tier`, {
      code: 'FLUX_TIER_VALUE_OUTSIDE_TIER',
      constructPath: scope.node.path,
      field,
      hint: 'give a plain value here, or create the construct in a tier folder (or pass `tier`)',
    });
  }
  return value as T;
}

/** Flux duration check (`1m`, `10m30s`, `1h`): Go's time.ParseDuration units as the CRDs accept them. */
export function checkDuration(scope: IConstruct, value: string | undefined, field: string): void {
  if (value === undefined) return;
  if (/^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$/.test(value)) return;
  throw new GitOpsError(`'${field}' is '${value}', not a duration`, {
    code: 'FLUX_DURATION_INVALID',
    constructPath: scope.node.path,
    field,
    hint: "write a Go duration such as '30s', '5m' or '1h30m'",
  });
}
