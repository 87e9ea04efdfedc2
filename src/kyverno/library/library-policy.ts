import type { Construct } from 'constructs';
import type { TierValue } from '../../environments/index.js';
import { ClusterPolicy } from '../cluster-policy.js';
import type { ResourceFilter } from '../match.js';
import type { FailureAction, PolicyRule } from '../rule.js';

/** Options every policy of the standard library takes. */
export interface LibraryPolicyOptions<N extends string = string> {
  /** Policy name. @default - the policy's usual name, e.g. `disallow-latest-tag` */
  readonly name?: string;
  /**
   * What a failure does, per tier.
   * @default - Audit in non-production tiers, Enforce in production (and in `shared/policies`)
   */
  readonly failureAction?: TierValue<N, FailureAction>;
  /** Namespaces the policy leaves alone (wildcards allowed), e.g. `['kube-system']`. @default - none */
  readonly excludeNamespaces?: readonly string[];
  /** Also check existing resources in the background. @default true */
  readonly background?: boolean;
}

/** What a library policy is, besides its options. */
export interface LibraryPolicyDefinition {
  readonly name: string;
  readonly title: string;
  readonly category: string;
  readonly severity: 'low' | 'medium' | 'high';
  readonly description: string;
  readonly rules: readonly PolicyRule[];
  /** Controllers auto-gen covers (`none` to turn it off). @default - Kyverno's default */
  readonly autogenControllers?: string;
}

/**
 * A ClusterPolicy of the standard library: the definition with the user's options applied. Created like any
 * ClusterPolicy: on the app (one copy per tier), a tier, a tier's folder or `app.shared.policies`.
 */
export class LibraryPolicy<N extends string = string> extends ClusterPolicy<N> {
  public constructor(
    scope: Construct,
    id: string,
    definition: LibraryPolicyDefinition,
    options: LibraryPolicyOptions<N>,
  ) {
    const exclude: ResourceFilter | undefined =
      options.excludeNamespaces && options.excludeNamespaces.length > 0
        ? { namespaces: options.excludeNamespaces }
        : undefined;
    super(scope, id, {
      name: options.name ?? definition.name,
      title: definition.title,
      category: definition.category,
      severity: definition.severity,
      description: definition.description,
      ...(definition.autogenControllers
        ? { annotations: { 'pod-policies.kyverno.io/autogen-controllers': definition.autogenControllers } }
        : {}),
      failureAction: options.failureAction,
      background: options.background,
      rules: definition.rules.map((r) => (exclude ? { ...r, exclude: { any: [exclude] } } : r)),
    });
  }
}

/** Matches Pods; Kyverno's auto-gen extends the rule to Deployments, StatefulSets, DaemonSets, Jobs, CronJobs. */
export const PODS = { any: [{ kinds: ['Pod'] }] } as const;

/**
 * A pattern requiring `container` of every container list of a Pod spec: `containers` must match, and
 * init and ephemeral containers too when present.
 */
export function everyContainer(container: Record<string, unknown>): Record<string, unknown> {
  return {
    '=(ephemeralContainers)': [container],
    '=(initContainers)': [container],
    containers: [container],
  };
}
