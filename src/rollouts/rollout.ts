import type { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type {
  Rollout as RolloutResource,
  RolloutSpecStrategyCanaryMaxSurge,
  RolloutSpecStrategyCanaryMaxUnavailable,
  RolloutProps as RolloutResourceProps,
  RolloutSpecStrategy,
} from '../../imports/rollouts-rollout.js';
import { analysisJson } from './analysis.js';
import { canaryStepsJson } from './canary-step.js';
import { constructError } from './errors.js';
import { RolloutChecks } from './rollout-checks.js';
import type { RolloutStrategy } from './strategy.js';
import type * as RolloutsRolloutModule from '../../imports/rollouts-rollout.js';
import { generatedModule, once } from '../lazy/index.js';

const rolloutsRolloutModule = generatedModule<typeof RolloutsRolloutModule>('rollouts-rollout');

/** A Deployment a Rollout takes its pod template from (`spec.workloadRef`). */
export interface WorkloadRef {
  /** The Deployment (any ApiObject of kind Deployment, e.g. `k8s.KubeDeployment`). */
  readonly deployment: ApiObject;
  /** What Rollouts does with the Deployment's pods: `never`, `onsuccess` or `progressively`. @default 'progressively' */
  readonly scaleDown?: 'never' | 'onsuccess' | 'progressively';
}

/** Props of a {@link Rollout}. */
export interface RolloutProps {
  /** `metadata.name`. @default - from the construct id */
  readonly name?: string;
  /** Canary or blue-green. */
  readonly strategy: RolloutStrategy;
  /** Inline pod template. Give this or `workloadRef`. */
  readonly template?: k8s.PodTemplateSpec;
  /** A Deployment to take the pod template from. Give this or `template`. */
  readonly workloadRef?: WorkloadRef;
  /** Pod labels the Rollout (and its Services) select. @default - the template's labels */
  readonly selector?: Readonly<Record<string, string>>;
  /** Pods. @default - unset (1 upstream, or set by an autoscaler) */
  readonly replicas?: number;
  /**
   * Ports of the Services the Rollout creates: stable and canary Services for a canary, active and preview
   * Services for blue-green. @default - no Services (allowed for a canary without traffic routing only)
   */
  readonly ports?: readonly k8s.ServicePort[];
  /** Name of the stable (canary) or active (blue-green) Service. @default - the Rollout's name */
  readonly serviceName?: string;
  /** Labels of the Rollout and its Services. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations of the Rollout. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Old ReplicaSets kept for rollback. @default 10 (upstream) */
  readonly revisionHistoryLimit?: number;
  /** Seconds a new pod must be ready before it counts as available. @default 0 (upstream) */
  readonly minReadySeconds?: number;
  /** Seconds before an update without progress counts as failed. @default 600 (upstream) */
  readonly progressDeadlineSeconds?: number;
  /** The Ingress routing to the stable Service, used by nginx traffic routing. @default - none */
  readonly stableIngress?: ApiObject;
}

/**
 * The generated Rollout, with the pod template written as given (the generated mapper would drop typed
 * int-or-string fields). Defined on first use, when the generated module is loaded.
 */
const rolloutObject = once(
  () =>
    class RolloutObject extends rolloutsRolloutModule().Rollout {
      public constructor(
        scope: Construct,
        id: string,
        props: RolloutResourceProps,
        private readonly template: Record<string, unknown> | undefined,
      ) {
        super(scope, id, props);
      }

      public override toJson(): any {
        const json = super.toJson();
        if (!this.template) return json;
        const spec = { ...json.spec, template: this.template };
        return {
          ...json,
          spec: Object.fromEntries(
            Object.keys(spec)
              .sort()
              .map((k) => [k, spec[k]]),
          ),
        };
      }
    },
);

/**
 * An Argo Rollouts Rollout with its Services: canary (typed steps, stable and canary Services, nginx/Istio/SMI
 * traffic routing, background analysis) or blue-green (active and preview Services, promotion analyses).
 *
 * Checked when built: steps (weights strictly increasing, valid pauses), analyses against their templates'
 * arguments, the selector against the pod labels, and the Services a strategy needs.
 */
export class Rollout extends Construct {
  /** `metadata.name`. */
  public readonly name: string;
  /** The generated L1 object. */
  public readonly resource: RolloutResource;
  /** Stable Service (canary) or active Service (blue-green). @default - none without ports */
  public stableService?: k8s.KubeService;
  /** Canary Service (canary) or preview Service (blue-green). @default - none without ports */
  public canaryService?: k8s.KubeService;
  /** Pod labels the Rollout selects. */
  public readonly selector: Readonly<Record<string, string>>;

  public constructor(scope: Construct, id: string, props: RolloutProps) {
    super(scope, id);
    RolloutChecks.of(this);
    if (!props.template === !props.workloadRef) {
      throw constructError(
        this,
        'ROLLOUT_NO_TEMPLATE',
        'a Rollout needs exactly one of template and workloadRef',
        'template',
        'give an inline pod template, or workloadRef: { deployment }',
      );
    }
    const podLabels = props.template?.metadata?.labels ?? {};
    const selector = props.selector ?? podLabels;
    if (Object.keys(selector).length === 0) {
      throw constructError(
        this,
        'ROLLOUT_NO_SELECTOR',
        'the Rollout has no selector',
        'selector',
        'give pod labels in the template, or a selector matching the Deployment’s pod labels',
      );
    }
    if (props.template) {
      const mismatch = Object.entries(selector).filter(([k, v]) => podLabels[k] !== v);
      if (mismatch.length > 0) {
        throw constructError(
          this,
          'ROLLOUT_SELECTOR_MISMATCH',
          `the Rollout's selector does not match its pod labels (${mismatch.map(([k, v]) => `${k}=${v}`).join(', ')} not on the pods)`,
          '/spec/selector/matchLabels',
          'make the selector a subset of template.metadata.labels',
        );
      }
    }
    this.selector = { ...selector };
    const ports = props.ports ?? [];
    const names = new Set<string>();
    ports.forEach((p, i) => {
      if (p.name && names.has(p.name)) {
        throw constructError(
          this,
          'ROLLOUT_DUPLICATE_PORT_NAME',
          `two Service ports are named '${p.name}'`,
          `ports/${i}/name`,
          'give every port its own name',
        );
      }
      if (p.name) names.add(p.name);
    });

    const deployment = props.workloadRef?.deployment;
    const spec: { -readonly [K in keyof RolloutResourceProps['spec']]: RolloutResourceProps['spec'][K] } = {
      replicas: props.replicas,
      selector: { matchLabels: { ...selector } },
      workloadRef: deployment
        ? {
            apiVersion: deployment.apiVersion,
            kind: deployment.kind,
            name: deployment.name,
            scaleDown: props.workloadRef?.scaleDown ?? 'progressively',
          }
        : undefined,
      revisionHistoryLimit: props.revisionHistoryLimit,
      minReadySeconds: props.minReadySeconds,
      progressDeadlineSeconds: props.progressDeadlineSeconds,
    };
    this.resource = new (rolloutObject())(
      this,
      'Resource',
      {
        metadata: {
          ...(props.name ? { name: props.name } : {}),
          labels: props.labels ? { ...props.labels } : undefined,
          annotations: props.annotations ? { ...props.annotations } : undefined,
        },
        spec,
      },
      props.template ? (sortKeys(k8s.toJson_PodTemplateSpec(props.template)) as Record<string, unknown>) : undefined,
    );
    this.name = this.resource.name;
    // The strategy names the Services, which are named after the Rollout: filled in now (props are kept by reference).
    spec.strategy = this.strategyJson(props, ports);
  }

  private strategyJson(props: RolloutProps, ports: readonly k8s.ServicePort[]): RolloutSpecStrategy {
    const strategy = props.strategy;
    const serviceName = (suffix: string): string => `${props.serviceName ?? this.name}${suffix}`;
    const service = (sid: string, name: string): k8s.KubeService =>
      new k8s.KubeService(this, sid, {
        metadata: { name, labels: props.labels ? { ...props.labels } : undefined },
        spec: { selector: { ...this.selector }, ports: ports.map((p) => ({ ...p })) },
      });
    if (strategy.type === 'canary') {
      const c = strategy.canary ?? {};
      if (c.trafficRouting && ports.length === 0) {
        throw constructError(
          this,
          'ROLLOUT_TRAFFIC_NEEDS_SERVICES',
          `${c.trafficRouting.provider} traffic routing needs stable and canary Services`,
          'ports',
          'give the Rollout ports, so it creates the Services',
        );
      }
      if (ports.length > 0) {
        this.stableService = service('stable-service', serviceName(''));
        this.canaryService = service('canary-service', serviceName('-canary'));
      }
      const field = '/spec/strategy/canary';
      const json: RolloutSpecStrategy = {
        canary: {
          steps: c.steps ? canaryStepsJson(this, c.steps, `${field}/steps`) : undefined,
          stableService: this.stableService?.name,
          canaryService: this.canaryService?.name,
          trafficRouting: c.trafficRouting?._toJson(this, `${field}/trafficRouting`, {
            stableIngress: props.stableIngress,
          }),
          maxSurge: intOrString(c.maxSurge, rolloutsRolloutModule().RolloutSpecStrategyCanaryMaxSurge),
          maxUnavailable: intOrString(
            c.maxUnavailable,
            rolloutsRolloutModule().RolloutSpecStrategyCanaryMaxUnavailable,
          ),
          abortScaleDownDelaySeconds: c.abortScaleDownDelaySeconds,
          scaleDownDelaySeconds: c.scaleDownDelaySeconds,
          analysis: c.backgroundAnalysis
            ? {
                ...analysisJson(this, c.backgroundAnalysis, `${field}/analysis`),
                startingStep: c.backgroundAnalysis.startingStep,
              }
            : undefined,
        },
      };
      if (
        c.backgroundAnalysis?.startingStep !== undefined &&
        c.backgroundAnalysis.startingStep >= (c.steps?.length ?? 0)
      ) {
        throw constructError(
          this,
          'ROLLOUT_INVALID_STARTING_STEP',
          `background analysis starts at step ${c.backgroundAnalysis.startingStep}, but the canary has ${c.steps?.length ?? 0} steps`,
          `${field}/analysis/startingStep`,
          'use the index of an existing step',
        );
      }
      return json;
    } else {
      const b = strategy.blueGreen ?? {};
      if (ports.length === 0) {
        throw constructError(
          this,
          'ROLLOUT_NO_ACTIVE_SERVICE',
          'a blue-green Rollout needs an active Service',
          'ports',
          'give the Rollout ports, so it creates the active (and preview) Service',
        );
      }
      this.stableService = service('active-service', serviceName(''));
      if (b.previewService !== false) this.canaryService = service('preview-service', serviceName('-preview'));
      const field = '/spec/strategy/blueGreen';
      return {
        blueGreen: {
          activeService: this.stableService.name,
          previewService: this.canaryService?.name,
          autoPromotionEnabled: b.autoPromotionEnabled,
          autoPromotionSeconds: b.autoPromotionSeconds,
          scaleDownDelaySeconds: b.scaleDownDelaySeconds,
          abortScaleDownDelaySeconds: b.abortScaleDownDelaySeconds,
          previewReplicaCount: b.previewReplicaCount,
          prePromotionAnalysis: b.prePromotionAnalysis
            ? analysisJson(this, b.prePromotionAnalysis, `${field}/prePromotionAnalysis`)
            : undefined,
          postPromotionAnalysis: b.postPromotionAnalysis
            ? analysisJson(this, b.postPromotionAnalysis, `${field}/postPromotionAnalysis`)
            : undefined,
        },
      };
    }
  }
}

function intOrString<T>(
  value: number | string | undefined,
  type: { fromNumber(n: number): T; fromString(s: string): T },
): T | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? type.fromNumber(value) : type.fromString(value);
}

/** `value` with object keys sorted at every level, as cdk8s writes objects. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])]),
    );
  }
  return value;
}
