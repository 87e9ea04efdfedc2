import type { AnalysisProps } from './analysis.js';
import type { CanaryStep } from './canary-step.js';
import type { TrafficRouting } from './traffic-routing.js';

/** Props of a canary {@link RolloutStrategy}. */
export interface CanaryStrategyProps {
  /** Steps, in order. @default - none: the canary is promoted at once (upstream) */
  readonly steps?: readonly CanaryStep[];
  /** How traffic is shifted. @default - by replica counts only */
  readonly trafficRouting?: TrafficRouting;
  /** Extra pods during an update: a number or a percentage. @default '25%' (upstream) */
  readonly maxSurge?: number | string;
  /** Pods that may be unavailable during an update: a number or a percentage. @default 0 here (upstream 25%) */
  readonly maxUnavailable?: number | string;
  /** Seconds before an aborted canary is scaled down (traffic routing only). @default 30 (upstream) */
  readonly abortScaleDownDelaySeconds?: number;
  /** Seconds before the old stable ReplicaSet is scaled down (traffic routing only). @default 30 (upstream) */
  readonly scaleDownDelaySeconds?: number;
  /** An analysis running in the background from `startingStep` until the Rollout completes. @default - none */
  readonly backgroundAnalysis?: AnalysisProps & { readonly startingStep?: number };
}

/** Props of a blue-green {@link RolloutStrategy}. */
export interface BlueGreenStrategyProps {
  /** Promote the preview to active without waiting for a person. @default true (upstream) */
  readonly autoPromotionEnabled?: boolean;
  /** Promote automatically after this many seconds. @default - none */
  readonly autoPromotionSeconds?: number;
  /** Analysis that must pass before promotion. @default - none */
  readonly prePromotionAnalysis?: AnalysisProps;
  /** Analysis run after promotion; failure rolls back. @default - none */
  readonly postPromotionAnalysis?: AnalysisProps;
  /** Seconds the old ReplicaSet keeps running after promotion. @default 30 (upstream) */
  readonly scaleDownDelaySeconds?: number;
  /** Replicas of the preview before promotion. @default - full size */
  readonly previewReplicaCount?: number;
  /** Seconds before an aborted preview is scaled down. @default 30 (upstream) */
  readonly abortScaleDownDelaySeconds?: number;
  /** Create a preview Service. @default true */
  readonly previewService?: boolean;
}

/** How a Rollout replaces pods: canary (weights and steps) or blue-green (active and preview Services). */
export class RolloutStrategy {
  /** A canary: traffic or replicas shift to the new version step by step. */
  public static canary(props: CanaryStrategyProps = {}): RolloutStrategy {
    return new RolloutStrategy('canary', props, undefined);
  }

  /** Blue-green: the new version runs beside the old one behind a preview Service until promoted. */
  public static blueGreen(props: BlueGreenStrategyProps = {}): RolloutStrategy {
    return new RolloutStrategy('blueGreen', undefined, props);
  }

  private constructor(
    /** The kind of strategy. */
    public readonly type: 'canary' | 'blueGreen',
    /** Canary settings. */
    public readonly canary: CanaryStrategyProps | undefined,
    /** Blue-green settings. */
    public readonly blueGreen: BlueGreenStrategyProps | undefined,
  ) {}
}
