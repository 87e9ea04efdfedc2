import type { IConstruct } from 'constructs';
import type { RolloutSpecStrategyCanarySteps } from '../../imports/rollouts-rollout.js';
import type { RolloutSpecStrategyCanaryStepsPauseDuration } from '../../imports/rollouts-rollout.js';
import { analysisJson, type AnalysisProps } from './analysis.js';
import type { IAnalysisTemplate } from './analysis-template-spec.js';
import { rolloutDurationProblem } from './duration.js';
import { constructError } from './errors.js';
import type * as RolloutsRolloutModule from '../../imports/rollouts-rollout.js';
import { generatedModule } from '../lazy/index.js';

const rolloutsRolloutModule = generatedModule<typeof RolloutsRolloutModule>('rollouts-rollout');

/** Props of {@link CanaryStep.setCanaryScale}: exactly one of the fields. */
export interface CanaryScaleProps {
  /** Canary replicas as a percentage of `spec.replicas`. */
  readonly weight?: number;
  /** Explicit number of canary replicas. */
  readonly replicas?: number;
  /** Scale the canary to the traffic weight again. */
  readonly matchTrafficWeight?: boolean;
}

/** One ReplicaSet an experiment runs. */
export interface ExperimentTemplate {
  /** Name in the experiment. */
  readonly name: string;
  /** Which pod template it runs: the stable or the canary one. */
  readonly specRef: 'stable' | 'canary';
  /** Replicas. @default 1 (upstream) */
  readonly replicas?: number;
  /** Traffic weight for the experiment's pods (with traffic routing). @default - none */
  readonly weight?: number;
}

/** Props of {@link CanaryStep.experiment}. */
export interface ExperimentStepProps {
  /** How long the experiment runs, a Go duration. @default - until its analyses finish */
  readonly duration?: string;
  /** ReplicaSets to run; at least one. */
  readonly templates: readonly ExperimentTemplate[];
  /** Analyses run during the experiment. @default - none */
  readonly analyses?: ReadonlyArray<{
    readonly name: string;
    readonly template: IAnalysisTemplate;
    readonly args?: AnalysisProps['args'];
  }>;
}

type StepJson = RolloutSpecStrategyCanarySteps;

/**
 * A step of a canary Rollout: `setWeight`, `pause`, `analysis`, `setCanaryScale`, `experiment`.
 * Steps are checked when the Rollout is built: weights strictly increasing and at most 100, valid durations,
 * analyses whose templates declare the arguments given.
 */
export class CanaryStep {
  /** Sends `weight` percent of traffic (or replicas, without traffic routing) to the canary. */
  public static setWeight(weight: number): CanaryStep {
    return new CanaryStep('setWeight', weight, (scope, field) => {
      if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
        throw constructError(
          scope,
          'ROLLOUT_INVALID_WEIGHT',
          `canary weight ${weight} is not a whole percentage from 0 to 100`,
          field,
          'use a weight from 0 to 100',
        );
      }
      return { setWeight: weight };
    });
  }

  /** Pauses for `duration` (a Go duration or seconds), or until promoted by hand when omitted. */
  public static pause(duration?: string | number): CanaryStep {
    return new CanaryStep('pause', undefined, (scope, field) => {
      if (duration === undefined) return { pause: {} };
      const problem = rolloutDurationProblem(duration);
      if (problem) {
        throw constructError(
          scope,
          'ROLLOUT_INVALID_PAUSE',
          `pause duration ${problem}`,
          `${field}/pause/duration`,
          "use a duration such as '30s', '5m' or '1h', a number of seconds, or no duration to wait for promotion",
        );
      }
      return {
        pause: {
          duration:
            typeof duration === 'number'
              ? rolloutsRolloutModule().RolloutSpecStrategyCanaryStepsPauseDuration.fromNumber(duration)
              : rolloutsRolloutModule().RolloutSpecStrategyCanaryStepsPauseDuration.fromString(duration),
        },
      };
    });
  }

  /** Runs an analysis and waits for it; a failed analysis aborts the Rollout. */
  public static analysis(props: AnalysisProps): CanaryStep {
    return new CanaryStep('analysis', undefined, (scope, field) => ({
      analysis: analysisJson(scope, props, `${field}/analysis`),
    }));
  }

  /** Scales the canary independently of the traffic weight. */
  public static setCanaryScale(props: CanaryScaleProps): CanaryStep {
    return new CanaryStep('setCanaryScale', undefined, (scope, field) => {
      const given = [props.weight, props.replicas, props.matchTrafficWeight].filter((x) => x !== undefined);
      if (given.length !== 1) {
        throw constructError(
          scope,
          'ROLLOUT_INVALID_CANARY_SCALE',
          'setCanaryScale needs exactly one of weight, replicas or matchTrafficWeight',
          `${field}/setCanaryScale`,
          'give one of them',
        );
      }
      return { setCanaryScale: { ...props } };
    });
  }

  /** Runs an experiment: extra ReplicaSets of the stable or canary template, with analyses. */
  public static experiment(props: ExperimentStepProps): CanaryStep {
    return new CanaryStep('experiment', undefined, (scope, field) => {
      const problem = props.duration === undefined ? undefined : rolloutDurationProblem(props.duration);
      if (problem)
        throw constructError(
          scope,
          'ROLLOUT_INVALID_PAUSE',
          `experiment duration ${problem}`,
          `${field}/experiment/duration`,
          "use a duration such as '10m'",
        );
      if (props.templates.length === 0)
        throw constructError(
          scope,
          'ROLLOUT_EXPERIMENT_EMPTY',
          'an experiment needs at least one template',
          `${field}/experiment/templates`,
          "add { name: 'canary', specRef: 'canary' }",
        );
      return {
        experiment: {
          duration: props.duration,
          templates: props.templates.map((t) => ({ ...t })),
          analyses: props.analyses?.map((a, i) => {
            const json = analysisJson(
              scope,
              { templates: [a.template], args: a.args },
              `${field}/experiment/analyses/${i}`,
            );
            return {
              name: a.name,
              templateName: a.template.templateName,
              clusterScope: a.template.clusterScope || undefined,
              args: json.args,
            };
          }),
        },
      };
    });
  }

  private constructor(
    /** What the step does. */
    public readonly type: 'setWeight' | 'pause' | 'analysis' | 'setCanaryScale' | 'experiment',
    /** The weight of a `setWeight` step. */
    public readonly weight: number | undefined,
    private readonly build: (scope: IConstruct, field: string) => StepJson,
  ) {}

  /** @internal The step's JSON, checked; errors name `field` (e.g. `/spec/strategy/canary/steps/2`). */
  public _toJson(scope: IConstruct, field: string): StepJson {
    return this.build(scope, field);
  }
}

/** The steps' JSON, checked one by one and for strictly increasing weights. */
export function canaryStepsJson(scope: IConstruct, steps: readonly CanaryStep[], field: string): StepJson[] {
  let last: { weight: number; index: number } | undefined;
  return steps.map((step, i) => {
    const json = step._toJson(scope, `${field}/${i}`);
    if (step.weight !== undefined) {
      if (last && step.weight <= last.weight) {
        throw constructError(
          scope,
          'ROLLOUT_WEIGHTS_NOT_INCREASING',
          `canary weight ${step.weight} (step ${i}) is not above the previous weight ${last.weight} (step ${last.index})`,
          `${field}/${i}/setWeight`,
          'make setWeight steps strictly increasing, e.g. 10, 50, 100',
        );
      }
      last = { weight: step.weight, index: i };
    }
    return json;
  });
}
