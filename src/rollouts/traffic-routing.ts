import type { ApiObject } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { RolloutSpecStrategyCanaryTrafficRouting } from '../../imports/rollouts-rollout.js';
import { constructError } from './errors.js';

/** Props of {@link TrafficRouting.nginx}. */
export interface NginxTrafficRoutingProps {
  /** The Ingress that routes to the stable Service; Rollouts creates a canary Ingress from it. @default - given by the WebService that owns the Rollout */
  readonly stableIngress?: ApiObject;
  /** Annotation prefix of the controller. @default 'nginx.ingress.kubernetes.io' (upstream) */
  readonly annotationPrefix?: string;
  /** Extra canary annotations, e.g. `canary-by-header`. @default - none */
  readonly additionalIngressAnnotations?: Readonly<Record<string, string>>;
}

/** Props of {@link TrafficRouting.istio}. */
export interface IstioTrafficRoutingProps {
  /** Name of the VirtualService whose routes Rollouts reweights. */
  readonly virtualService: string;
  /** Routes of the VirtualService to reweight. @default - its only HTTP route */
  readonly routes?: readonly string[];
  /** A DestinationRule with stable and canary subsets, for subset-level splitting. @default - host-level splitting */
  readonly destinationRule?: {
    readonly name: string;
    readonly stableSubsetName: string;
    readonly canarySubsetName: string;
  };
}

/** Props of {@link TrafficRouting.smi}. */
export interface SmiTrafficRoutingProps {
  /** Root Service of the TrafficSplit. @default - the stable Service */
  readonly rootService?: string;
  /** Name of the TrafficSplit Rollouts manages. @default - the Rollout's name */
  readonly trafficSplitName?: string;
}

/**
 * How a canary Rollout shifts traffic: by nginx canary Ingress annotations, by Istio VirtualService weights,
 * or by an SMI TrafficSplit. All need the stable and canary Services the Rollout creates.
 */
export class TrafficRouting {
  /** ingress-nginx: a canary copy of the stable Ingress with weight annotations. */
  public static nginx(props: NginxTrafficRoutingProps = {}): TrafficRouting {
    return new TrafficRouting('nginx', (scope, field, context) => {
      const ingress = props.stableIngress ?? context.stableIngress;
      if (!ingress) {
        throw constructError(
          scope,
          'ROLLOUT_NGINX_NO_INGRESS',
          'nginx traffic routing needs the stable Ingress',
          `${field}/nginx/stableIngress`,
          'pass TrafficRouting.nginx({ stableIngress }), or give the WebService an ingress',
        );
      }
      return {
        nginx: {
          stableIngress: ingress.name,
          annotationPrefix: props.annotationPrefix,
          additionalIngressAnnotations: props.additionalIngressAnnotations
            ? { ...props.additionalIngressAnnotations }
            : undefined,
        },
      };
    });
  }

  /** Istio: Rollouts sets the weights of a VirtualService's routes (and DestinationRule subsets). */
  public static istio(props: IstioTrafficRoutingProps): TrafficRouting {
    return new TrafficRouting('istio', () => ({
      istio: {
        virtualService: { name: props.virtualService, routes: props.routes ? [...props.routes] : undefined },
        destinationRule: props.destinationRule ? { ...props.destinationRule } : undefined,
      },
    }));
  }

  /** SMI: Rollouts manages a TrafficSplit between the stable and canary Services. */
  public static smi(props: SmiTrafficRoutingProps = {}): TrafficRouting {
    return new TrafficRouting('smi', () => ({
      smi: { rootService: props.rootService, trafficSplitName: props.trafficSplitName },
    }));
  }

  private constructor(
    /** Which mesh or controller routes traffic. */
    public readonly provider: 'nginx' | 'istio' | 'smi',
    private readonly build: (
      scope: IConstruct,
      field: string,
      context: TrafficRoutingContext,
    ) => RolloutSpecStrategyCanaryTrafficRouting,
  ) {}

  /** @internal */
  public _toJson(
    scope: IConstruct,
    field: string,
    context: TrafficRoutingContext,
  ): RolloutSpecStrategyCanaryTrafficRouting {
    return this.build(scope, field, context);
  }
}

/** What the owner of a Rollout knows about routing (e.g. the WebService's Ingress). */
export interface TrafficRoutingContext {
  readonly stableIngress?: ApiObject;
}
