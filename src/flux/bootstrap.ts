import { Construct } from 'constructs';
import type { TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart, Layout, Platform, type TierScope } from '../tree/index.js';
import { GitRepository } from './git-repository.js';
import { Kustomization } from './kustomization.js';
import { NotificationAlert, NotificationProvider, type NotificationProviderProps } from './notification.js';
import { OciRepository, type OciRepositoryProps } from './oci-repository.js';
import type { IFluxSource } from './source.js';

/** The folders of the staged chain: infrastructure → platform → apps (reference: multi-stage deployments). */
export interface FluxStages {
  /** Stage 1: core infrastructure (claims, namespaces, secret stores). @default - none */
  readonly infrastructure?: readonly FolderChart[];
  /** Stage 2: platform services, applied once infrastructure is ready. @default - none */
  readonly platform?: readonly FolderChart[];
  /** Stage 3: applications, applied once the platform is ready. @default - none */
  readonly apps?: readonly FolderChart[];
}

/**
 * One cluster Flux bootstraps with stages you choose: a tier's cluster (`tier`), or a cluster that is not
 * a tier (e.g. an edge cluster set). Objects outside tiers count as one cluster for validation, so a
 * program has at most one bootstrap cluster that is not a tier.
 */
export interface FluxClusterProps extends FluxStages {
  /** Cluster name; its bootstrap folder is `clusters/<name>/` (or `bootstrap/flux/<name>/`). */
  readonly name: string;
  /** The tier whose cluster this is (its values apply, its objects are the tier's). @default - not a tier */
  readonly tier?: TierScope;
}

/** Props of a {@link FluxBootstrap}. */
export interface FluxBootstrapProps {
  /**
   * Tiers whose clusters Flux syncs, each with its own bootstrap folder: stage 1 is the tier's
   * infrastructure folder, stage 3 its application folders. @default - none when `clusters` is given, else every tier
   */
  readonly tiers?: readonly TierScope[];
  /** Stage 2 folders of every tier cluster. @default - none */
  readonly platform?: readonly FolderChart[];
  /** Clusters that are not tiers, with their stages. @default - none */
  readonly clusters?: readonly FluxClusterProps[];
  /** `clusters` writes `clusters/<name>/`, `bootstrap` writes `bootstrap/flux/<name>/`. @default 'clusters' */
  readonly layout?: 'clusters' | 'bootstrap';
  /** Pull the tree from an OCI artifact instead of git. @default - the git repository setting */
  readonly oci?: OciRepositoryProps;
  /** Reconcile interval of the stages. @default - '10m' in production tiers, '5m' elsewhere */
  readonly interval?: TierValue<string, string>;
  /** Send reconciliation failures of every Kustomization and source here. @default - no notifications */
  readonly notifications?: NotificationProviderProps;
}

/** What one cluster's bootstrap emitted. */
export interface FluxClusterBootstrap {
  readonly name: string;
  readonly folder: FolderChart;
  readonly source: IFluxSource;
  /** `flux-system`: syncs the bootstrap folder itself. */
  readonly root: Kustomization;
  readonly infrastructure: readonly Kustomization[];
  readonly platform: readonly Kustomization[];
  readonly apps: readonly Kustomization[];
}

/**
 * Flux bootstrap of a program, per tier or per cluster: a folder `clusters/<name>/` (namespace
 * `flux-system`) with the source of the tree, a `flux-system` Kustomization that syncs the folder itself,
 * and the staged chain infrastructure → platform → apps as Kustomizations that depend on the stage before.
 * Every Kustomization claims its folder in the sync coverage, so a folder Argo CD also syncs is an error.
 *
 * Create it after the folders it syncs have their objects.
 */
export class FluxBootstrap extends Construct {
  /** One entry per bootstrapped cluster, tiers first. */
  public readonly clusters: readonly FluxClusterBootstrap[];

  public constructor(scope: Construct, id: string, props: FluxBootstrapProps = {}) {
    super(scope, id);
    const platform = Platform.of(this);
    const tiers = props.tiers ?? (props.clusters ? [] : platform.tiers);
    const out: FluxClusterBootstrap[] = [];
    for (const t of tiers) {
      const infrastructure = t.node.tryFindChild('infrastructure');
      out.push(
        this.cluster(props, t.name, t, {
          infrastructure: infrastructure && FolderChart.isFolderChart(infrastructure) ? [infrastructure] : [],
          platform: props.platform ?? [],
          apps: t.applicationNames.map((name) => t.application(name)),
        }),
      );
    }
    for (const c of props.clusters ?? []) out.push(this.cluster(props, c.name, c.tier, c));
    this.clusters = out;
  }

  private cluster(
    props: FluxBootstrapProps,
    name: string,
    tier: TierScope | undefined,
    stages: FluxStages,
  ): FluxClusterBootstrap {
    const platform = Platform.of(this);
    const path = props.layout === 'bootstrap' ? `${Layout.flux}/${name}` : `clusters/${name}`;
    const folder = platform.folder(path, { namespace: 'flux-system', tier: tier?.tier, id: `flux-${name}` });
    if (folder.node.tryFindChild('flux-system')) {
      throw new GitOpsError(`Flux cluster '${name}' is bootstrapped twice`, {
        code: 'FLUX_CLUSTER_TWICE',
        constructPath: this.node.path,
        field: 'clusters',
        hint: 'give every tier or cluster one FluxBootstrap entry',
      });
    }
    const source: IFluxSource = props.oci
      ? new OciRepository(folder, 'source', props.oci)
      : new GitRepository(folder, 'source', {});
    const common = {
      source,
      tier: tier?.tier,
      interval: props.interval ?? ((t: { production: boolean }) => (t.production ? '10m' : '5m')),
    };
    const plain = tier
      ? common
      : { ...common, interval: typeof common.interval === 'string' ? common.interval : '10m' };
    const root = new Kustomization(folder, 'flux-system', { ...plain, name: 'flux-system', folder });
    const chain: Kustomization[][] = [];
    let previous: Kustomization[] = [];
    for (const stage of ['infrastructure', 'platform', 'apps'] as const) {
      const folders = stages[stage] ?? [];
      const made = folders.map(
        (f) =>
          new Kustomization(folder, folders.length === 1 ? stage : `${stage}-${f.path.split('/').pop()}`, {
            ...plain,
            folder: f,
            dependsOn: previous,
          }),
      );
      chain.push(made);
      if (made.length > 0) previous = made;
    }
    if (props.notifications) {
      const provider = new NotificationProvider(folder, 'notifications', props.notifications);
      new NotificationAlert(folder, 'reconciliation-failures', {
        provider,
        eventSeverity: 'error',
        eventSources: [
          { kind: 'GitRepository' },
          { kind: 'OCIRepository' },
          { kind: 'Kustomization' },
          { kind: 'HelmRelease' },
        ],
        summary: `Flux reconciliation failed on ${name}`,
      });
    }
    return {
      name,
      folder,
      source,
      root,
      infrastructure: chain[0] ?? [],
      platform: chain[1] ?? [],
      apps: chain[2] ?? [],
    };
  }
}
