import { Construct } from 'constructs';
import type {
  Application as ApplicationObject,
  ApplicationSpec,
  ApplicationSpecIgnoreDifferences,
} from '../../imports/argocd-application.js';
import type { SyncPolicy, Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { Platform, SyncCoverage, TierScope, type Repository } from '../tree/index.js';
import { ArgoCdChecks } from './checks.js';
import { checkName } from './names.js';
import { toSource, type Source, type SourceInput } from './source.js';
import {
  ARGOCD_NAMESPACE,
  RESOURCES_FINALIZER,
  renderAutomated,
  renderRetry,
  renderSyncOptions,
  SYNC_WAVE_ANNOTATION,
  type RetryOptions,
  type SyncOptions,
} from './sync-options.js';
import type * as ArgocdApplicationModule from '../../imports/argocd-application.js';
import { generatedModule } from '../lazy/index.js';

const argocdApplicationModule = generatedModule<typeof ArgocdApplicationModule>('argocd-application');

/** Where an Application deploys to. */
export interface DestinationProps {
  /** The tier whose cluster it deploys to. @default - the tier of the source folder */
  readonly tier?: TierScope | Tier;
  /** Namespace for objects without one. @default - the source folder's namespace */
  readonly namespace?: string;
  /** Cluster API server URL (must be a tier's cluster). @default - the tier's cluster */
  readonly server?: string;
}

/** Something that names an Argo CD project (an {@link AppProject} construct, or a project name). */
export interface IProjectRef {
  readonly projectName: string;
}

/** Props of an {@link Application}. */
export interface ApplicationProps {
  /** Name of the Application (DNS-1123). @default - the construct id */
  readonly name?: string;
  /** What to sync: a folder chart, a tier scope (its whole folder, recursively) or a {@link Source}. */
  readonly source?: SourceInput;
  /** Several sources (multi-source Application). Exactly one of source and sources. */
  readonly sources?: readonly SourceInput[];
  /** Argo CD project. @default - the tier's project (named like the tier), else 'default' */
  readonly project?: IProjectRef | string;
  /** Where it deploys. @default - the source folder's tier cluster and namespace */
  readonly destination?: DestinationProps;
  /** Automated (prune, self-heal) or manual sync. @default - the tier's sync policy (`tier.sync`) */
  readonly sync?: SyncPolicy;
  /** Retry failed syncs with backoff; `false` for none. @default - 5 retries, 5s doubling up to 3m */
  readonly retry?: RetryOptions | false;
  /** Sync options. @default - CreateNamespace=true */
  readonly syncOptions?: SyncOptions;
  /** Fields Argo CD ignores when comparing. @default - none */
  readonly ignoreDifferences?: readonly ApplicationSpecIgnoreDifferences[];
  /** Delete the Application's resources when the Application is deleted (resources finalizer). @default true */
  readonly deleteResourcesWithApplication?: boolean;
  /** Sync wave of the Application in its parent's sync (app-of-apps ordering). @default - none */
  readonly syncWave?: number;
  /** Informational links and notes shown in the UI. @default - none */
  readonly info?: Readonly<Record<string, string>>;
  /** Labels. @default - the tier's labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Namespace the Application object lives in. @default 'argocd' */
  readonly argocdNamespace?: string;
  /** Revision history kept. @default - Argo CD's default (10) */
  readonly revisionHistoryLimit?: number;
}

/**
 * An Argo CD Application that syncs a folder of this program's tree (passed as its chart or tier scope,
 * so moving the folder moves the path), another git repository or a Helm chart.
 *
 * Destination, project and sync policy come from the folder's tier; the folder is claimed for the
 * sync coverage check (every folder synced by exactly one Application).
 */
export class Application extends Construct implements IProjectRef {
  /** The Application's name. */
  public readonly name: string;
  /** Namespace of the Application object. */
  public readonly argocdNamespace: string;
  /** The tier it deploys to, if any. */
  public readonly tier?: Tier;
  /** Its project's name. */
  public readonly projectName: string;
  /** The sources. */
  public readonly sources: readonly Source[];
  /** The generated Application object. */
  public readonly resource: ApplicationObject;

  public constructor(scope: Construct, id: string, props: ApplicationProps) {
    super(scope, id);
    const path = this.node.path;
    this.name = props.name ?? id;
    this.argocdNamespace = props.argocdNamespace ?? ARGOCD_NAMESPACE;
    const inputs = props.sources ?? (props.source ? [props.source] : []);
    if (inputs.length === 0 || (props.source && props.sources)) {
      throw new GitOpsError(`Application '${this.name}' needs exactly one of source and sources`, {
        code: 'APPLICATION_SOURCE_MISSING',
        constructPath: path,
        field: 'source',
        hint: 'pass the folder to sync: source: tier.application(name), or sources: [...]',
      });
    }
    this.sources = inputs.map(toSource);
    const destinationTier = props.destination?.tier;
    this.tier =
      destinationTier instanceof TierScope
        ? destinationTier.tier
        : (destinationTier ?? this.sources.find((s) => s.tier)?.tier ?? Platform.tierOf(this));
    checkName('Application', this.name, { constructPath: path, tier: this.tier?.name });
    const platform = Platform.of(this);
    const repository = this.sources.some((s) => s.inTree)
      ? Platform.repositoryOf(this, `Application '${this.name}'`)
      : platform.repository;
    this.projectName =
      typeof props.project === 'string'
        ? props.project
        : (props.project?.projectName ?? (this.tier ? this.tier.name : 'default'));
    const destination = this.destination(props.destination, platform.environments.tiers);
    const sync = props.sync ?? this.tier?.sync;
    const ignore = props.ignoreDifferences ?? [];
    const spec: ApplicationSpec = {
      project: this.projectName,
      ...this.renderSources(repository),
      destination,
      syncPolicy: {
        automated: sync ? renderAutomated(sync) : undefined,
        retry: props.retry === false ? undefined : renderRetry(props.retry ?? {}),
        syncOptions: renderSyncOptions(props.syncOptions ?? {}, ignore.length > 0),
      },
      ignoreDifferences: ignore.length > 0 ? [...ignore] : undefined,
      info: props.info ? Object.entries(props.info).map(([name, value]) => ({ name, value })) : undefined,
      revisionHistoryLimit: props.revisionHistoryLimit,
    };
    this.resource = new (argocdApplicationModule().Application)(this, 'Resource', {
      metadata: {
        name: this.name,
        namespace: this.argocdNamespace,
        labels: { ...this.tier?.labels, ...props.labels },
        annotations: {
          ...(props.syncWave !== undefined ? { [SYNC_WAVE_ANNOTATION]: String(props.syncWave) } : {}),
          ...props.annotations,
        },
        finalizers: (props.deleteResourcesWithApplication ?? true) ? [RESOURCES_FINALIZER] : undefined,
      },
      spec,
    });
    for (const source of this.sources) {
      if (!source.folder) continue;
      SyncCoverage.of(this).claim({
        folder: source.folder,
        recurse: source.recurse,
        by: `Application ${this.argocdNamespace}/${this.name}`,
        constructPath: path,
        tier: this.tier?.name,
      });
    }
    ArgoCdChecks.of(this).own(this.resource);
  }

  private renderSources(repository: Repository | undefined): Pick<ApplicationSpec, 'source' | 'sources'> {
    const rendered = this.sources.map((s) => s.render(repository));
    return rendered.length === 1 ? { source: rendered[0] } : { sources: rendered };
  }

  private destination(
    props: DestinationProps | undefined,
    tiers: readonly Tier[],
  ): { server: string; namespace?: string } {
    const server = props?.server ?? this.tier?.cluster.server;
    if (!server) {
      throw new GitOpsError(`Application '${this.name}' has no destination: its source is in no tier`, {
        code: 'APPLICATION_DESTINATION_MISSING',
        constructPath: this.node.path,
        field: 'destination',
        hint: "say which tier it deploys to: destination: { tier: app.tier('dev') }",
      });
    }
    if (!tiers.some((t) => t.cluster.server === server)) {
      throw new GitOpsError(`Application '${this.name}' deploys to ${server}, a cluster no tier declares`, {
        code: 'APPLICATION_DESTINATION_UNKNOWN',
        constructPath: this.node.path,
        tier: this.tier?.name,
        field: 'destination.server',
        hint: `deploy to a tier's cluster (${tiers.map((t) => `${t.name}: ${t.cluster.server}`).join(', ')}) or add the cluster to a tier`,
      });
    }
    const namespace =
      props?.namespace ?? this.sources.find((s) => s.namespace)?.namespace ?? this.tier?.infrastructureNamespace;
    return { server, ...(namespace ? { namespace } : {}) };
  }
}
