import type { Construct } from 'constructs';
import type { Tier } from '../environments/index.js';
import {
  CanaryStep,
  HttpAnalysis,
  RolloutStrategy,
  SERVICE_NAME_ARG,
  type AnalysisProps,
  type BlueGreenStrategyProps,
  type CanaryStrategyProps,
  type IAnalysisTemplate,
  type TrafficRouting,
} from '../rollouts/index.js';

/** What a delivery strategy knows about the service it delivers. */
export interface DeliveryContext {
  /** The WebService (scope for the analysis templates it needs). */
  readonly scope: Construct;
  /** The service's name (its Service and workload). */
  readonly serviceName: string;
  /** The tier. */
  readonly tier: Tier;
}

/** Metric analysis of a canary against Prometheus, with the {@link HttpAnalysis} templates. */
export interface CanaryAnalysisProps {
  /** Prometheus base URL, e.g. `http://prometheus.monitoring:9090`. */
  readonly prometheusAddress: string;
  /** Highest acceptable share of 5xx responses. @default 0.05 */
  readonly maxErrorRate?: number;
  /** Also check the p99 latency against this many seconds. @default - latency not checked */
  readonly maxLatencySeconds?: number;
  /** Time between measurements. @default '1m' */
  readonly interval?: string;
  /** Measurements per analysis. @default 5 */
  readonly count?: number;
  /** Failed measurements tolerated. @default 2 */
  readonly failureLimit?: number;
}

/** Props of {@link Delivery.rolling}. */
export interface RollingDeliveryProps {
  /** Extra pods during an update. @default '25%' (upstream) */
  readonly maxSurge?: number | string;
  /** Pods that may be unavailable during an update. @default 0 (upstream: 25%) */
  readonly maxUnavailable?: number | string;
}

/** Props of {@link Delivery.canary}. */
export interface CanaryDeliveryProps extends Omit<CanaryStrategyProps, 'steps' | 'backgroundAnalysis'> {
  /** Traffic weights, strictly increasing, ending at 100. @default [25, 50, 100] */
  readonly weights?: readonly number[];
  /** Pause after each weight below 100: a duration, or `'manual'` to wait for promotion. @default '1m' */
  readonly pause?: string | number;
  /** Analysis after each pause (error rate, optionally latency). @default - none */
  readonly analysis?: CanaryAnalysisProps;
  /** Explicit steps instead of weights/pause/analysis. @default - from weights, pause and analysis */
  readonly steps?: readonly CanaryStep[] | ((context: DeliveryContext) => readonly CanaryStep[]);
  /** Analysis in the background for the whole canary. @default - none */
  readonly backgroundAnalysis?: (context: DeliveryContext) => AnalysisProps & { readonly startingStep?: number };
}

/** Props of {@link Delivery.blueGreen}. */
export interface BlueGreenDeliveryProps extends Omit<
  BlueGreenStrategyProps,
  'prePromotionAnalysis' | 'postPromotionAnalysis'
> {
  /** Analysis that must pass before promotion (error rate). @default - none */
  readonly prePromotionAnalysis?: CanaryAnalysisProps;
  /** Analysis after promotion (error rate). @default - none */
  readonly postPromotionAnalysis?: CanaryAnalysisProps;
}

/**
 * How a WebService delivers a new version in a tier: a rolling Deployment, or an Argo Rollouts canary or
 * blue-green. Give one per tier as a `PerTier` (a new tier is then a compile error until it has one):
 *
 * ```ts
 * delivery: environments.perTier({
 *   dev: Delivery.rolling(),
 *   staging: Delivery.canary({ weights: [25, 50, 100], pause: '30s' }),
 *   production: Delivery.canary({ weights: [10, 50, 100], pause: '5m', analysis: { prometheusAddress } }),
 * })
 * ```
 */
export class Delivery {
  /** A plain Deployment with a rolling update. */
  public static rolling(props: RollingDeliveryProps = {}): Delivery {
    return new Delivery('rolling', props, () => undefined);
  }

  /** An Argo Rollouts canary: weights with pauses (and analysis), or explicit steps. */
  public static canary(props: CanaryDeliveryProps = {}): Delivery {
    return new Delivery('canary', {}, (context) => {
      const steps =
        typeof props.steps === 'function' ? props.steps(context) : (props.steps ?? weightSteps(context, props));
      return RolloutStrategy.canary({
        steps,
        trafficRouting: props.trafficRouting,
        maxSurge: props.maxSurge,
        maxUnavailable: props.maxUnavailable ?? 0,
        abortScaleDownDelaySeconds: props.abortScaleDownDelaySeconds,
        scaleDownDelaySeconds: props.scaleDownDelaySeconds,
        backgroundAnalysis: props.backgroundAnalysis?.(context),
      });
    });
  }

  /** An Argo Rollouts blue-green: active and preview Services, promotion with optional analysis. */
  public static blueGreen(props: BlueGreenDeliveryProps = {}): Delivery {
    return new Delivery('blueGreen', {}, (context) =>
      RolloutStrategy.blueGreen({
        ...props,
        prePromotionAnalysis: props.prePromotionAnalysis
          ? errorRateAnalysis(context, props.prePromotionAnalysis)
          : undefined,
        postPromotionAnalysis: props.postPromotionAnalysis
          ? errorRateAnalysis(context, props.postPromotionAnalysis)
          : undefined,
      }),
    );
  }

  private constructor(
    /** `rolling` (Deployment) or a Rollout strategy. */
    public readonly type: 'rolling' | 'canary' | 'blueGreen',
    /** Rolling-update settings. */
    public readonly rolling: RollingDeliveryProps,
    private readonly build: (context: DeliveryContext) => RolloutStrategy | undefined,
  ) {}

  /** @internal The Rollout strategy, creating the analysis templates it needs in `context.scope`. */
  public _strategy(context: DeliveryContext): RolloutStrategy | undefined {
    return this.build(context);
  }
}

function weightSteps(context: DeliveryContext, props: CanaryDeliveryProps): CanaryStep[] {
  const weights = props.weights ?? [25, 50, 100];
  const pause = props.pause ?? '1m';
  const analysis = props.analysis ? errorRateAnalysis(context, props.analysis) : undefined;
  const steps: CanaryStep[] = [];
  for (const weight of weights) {
    steps.push(CanaryStep.setWeight(weight));
    if (weight >= 100) continue;
    steps.push(pause === 'manual' ? CanaryStep.pause() : CanaryStep.pause(pause));
    if (analysis) steps.push(CanaryStep.analysis(analysis));
  }
  return steps;
}

/** The error-rate (and latency) templates of the service, created once per service and reused. */
function errorRateAnalysis(context: DeliveryContext, props: CanaryAnalysisProps): AnalysisProps {
  const { scope, serviceName } = context;
  const common = {
    prometheusAddress: props.prometheusAddress,
    interval: props.interval,
    count: props.count,
    failureLimit: props.failureLimit,
  };
  const templates: IAnalysisTemplate[] = [
    (scope.node.tryFindChild('error-rate') as IAnalysisTemplate | undefined) ??
      HttpAnalysis.errorRate(scope, 'error-rate', {
        ...common,
        name: `${serviceName}-error-rate`,
        maxErrorRate: props.maxErrorRate,
      }),
  ];
  if (props.maxLatencySeconds !== undefined) {
    templates.push(
      (scope.node.tryFindChild('latency') as IAnalysisTemplate | undefined) ??
        HttpAnalysis.latency(scope, 'latency', {
          ...common,
          name: `${serviceName}-latency`,
          maxLatencySeconds: props.maxLatencySeconds,
        }),
    );
  }
  return { templates, args: { [SERVICE_NAME_ARG]: serviceName } };
}
