import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { Tier } from '../environments/index.js';
import { Platform, TierScope } from '../tree/index.js';
import { CLUSTER_SECRET_LABEL } from './checks.js';
import { ARGOCD_NAMESPACE } from './sync-options.js';

/** Props of a {@link ClusterSecret}. */
export interface ClusterSecretProps {
  /** The tier whose cluster it registers. */
  readonly tier: TierScope | Tier;
  /** Extra labels for cluster generators' selectors. @default - the tier's labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default 'argocd' */
  readonly argocdNamespace?: string;
}

/**
 * An Argo CD cluster secret for a tier's cluster, carrying the tier's labels so that `clusters`
 * generators can select tiers (e.g. `gitops.cdk8s.io/tier: production`).
 *
 * It holds only the cluster's name and API server URL, never credentials: those are added to the cluster
 * by other means (`argocd cluster add`, or an ExternalSecret that writes `config` into a Secret of the
 * same name). Because a `v1` Secret with `stringData` fails synth's secret check, the object carries a
 * waiver annotation saying exactly that.
 */
export class ClusterSecret extends Construct {
  /** One per tier cluster (tiers sharing a cluster get one secret, labelled for the first tier). */
  public static forTiers(scope: Construct): ClusterSecret[] {
    const seen = new Set<string>();
    return Platform.of(scope)
      .tiers.filter((t) => !seen.has(t.tier.cluster.server) && seen.add(t.tier.cluster.server))
      .map((t) => new ClusterSecret(scope, `cluster-${t.tier.cluster.name}`, { tier: t }));
  }

  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: ClusterSecretProps) {
    super(scope, id);
    const tier = props.tier instanceof TierScope ? props.tier.tier : props.tier;
    this.resource = new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: `cluster-${tier.cluster.name}`,
        namespace: props.argocdNamespace ?? ARGOCD_NAMESPACE,
        labels: { ...tier.labels, ...props.labels, [CLUSTER_SECRET_LABEL]: 'cluster' },
        annotations: {
          'gitops.cdk8s.io/waive': 'secret.plaintext: Argo CD cluster secret with name and server only, no credentials',
        },
      },
      type: 'Opaque',
      stringData: { name: tier.cluster.name, server: tier.cluster.server },
    });
  }
}
