import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import type {
  AppProject as AppProjectObject,
  AppProjectSpecDestinations,
  AppProjectSpecRoles,
  AppProjectSpecSyncWindows,
} from '../../imports/argocd-appproject.js';
import { cronProblem, durationProblem, timeZoneProblem, type FreezeWindow, type Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { ClusterKinds, Platform, TierScope } from '../tree/index.js';
import type { IProjectRef } from './application.js';
import { checkName } from './names.js';
import { ARGOCD_NAMESPACE } from './sync-options.js';
import type * as ArgocdAppprojectModule from '../../imports/argocd-appproject.js';
import { generatedModule } from '../lazy/index.js';

const argocdAppprojectModule = generatedModule<typeof ArgocdAppprojectModule>('argocd-appproject');

/** An API group and kind, e.g. `{ group: '', kind: 'Namespace' }`; `*` matches any. */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

/** A sync window: when Applications of the project may (allow) or may not (deny) sync. */
export interface SyncWindow {
  /** `allow` or `deny`. @default 'deny' */
  readonly kind?: 'allow' | 'deny';
  /** Start, a five-field cron expression, e.g. `0 18 * * 5`. */
  readonly schedule: string;
  /** Length, a Go duration, e.g. `62h`. */
  readonly duration: string;
  /** IANA time zone of the schedule. @default 'UTC' */
  readonly timeZone?: string;
  /** Allow syncing by hand while the window is active. @default false */
  readonly manualSync?: boolean;
  /** Applications it applies to (globs). @default ['*'] when no namespaces or clusters are given */
  readonly applications?: readonly string[];
  /** Namespaces it applies to. @default - none */
  readonly namespaces?: readonly string[];
  /** Clusters it applies to. @default - none */
  readonly clusters?: readonly string[];
  /** Shown to people who try to sync. @default - none */
  readonly description?: string;
}

/** A project role: RBAC policies for a group of people or CI tokens. */
export interface ProjectRole {
  readonly name: string;
  /** @default - none */
  readonly description?: string;
  /** Casbin policy lines, e.g. `p, proj:dev:ci, applications, sync, dev/*, allow`. @default - none */
  readonly policies?: readonly string[];
  /** SSO groups bound to the role. @default - none */
  readonly groups?: readonly string[];
}

/** Props of an {@link AppProject}. */
export interface AppProjectProps {
  /** Project name (DNS-1123). @default - the tier's name, else the construct id */
  readonly name?: string;
  /** The tier the project is for: destinations, sync windows and strictness come from it. @default - none */
  readonly tier?: TierScope | Tier;
  /** @default - "Everything deployed to the <tier> tier" */
  readonly description?: string;
  /** Repositories Applications may sync from. @default - this program's repository */
  readonly sourceRepos?: readonly string[];
  /**
   * Where Applications may deploy. @default - the tier's cluster, in the namespaces of the tier's folders
   * (its infrastructure namespace and each application's namespace)
   */
  readonly destinations?: ReadonlyArray<{
    readonly server?: string;
    readonly name?: string;
    readonly namespace: string;
  }>;
  /**
   * Cluster-scoped kinds Applications may create.
   * @default - production tiers: only Namespace; other tiers: any
   */
  readonly clusterResourceWhitelist?: readonly GroupKind[];
  /** Cluster-scoped kinds they may not create. @default - none */
  readonly clusterResourceBlacklist?: readonly GroupKind[];
  /** Namespaced kinds they may create. @default - any */
  readonly namespaceResourceWhitelist?: readonly GroupKind[];
  /**
   * Namespaced kinds they may not create.
   * @default - production tiers: ResourceQuota, LimitRange and NetworkPolicy (owned by the platform); other tiers: none
   */
  readonly namespaceResourceBlacklist?: readonly GroupKind[];
  /** Roles. @default - none */
  readonly roles?: readonly ProjectRole[];
  /** Sync windows, in addition to the tier's freeze windows. @default - none */
  readonly syncWindows?: readonly SyncWindow[];
  /** Turn the tier's freeze windows into deny windows. @default true */
  readonly freezeWindows?: boolean;
  /** Namespace the AppProject lives in. @default 'argocd' */
  readonly argocdNamespace?: string;
}

/**
 * An Argo CD AppProject, by default one per tier: the tier's cluster and namespaces as destinations, this
 * program's repository as the only source, the tier's freeze windows as deny sync windows, and, for
 * production tiers, no cluster-scoped kinds beyond Namespace.
 */
export class AppProject extends Construct implements IProjectRef {
  /** One project per tier, in `scope` (usually `app.bootstrap.argocd`), with the defaults of {@link AppProjectProps}. */
  public static forTiers(scope: Construct, props: Omit<AppProjectProps, 'tier' | 'name'> = {}): AppProject[] {
    return Platform.of(scope).tiers.map((t) => new AppProject(scope, `project-${t.name}`, { ...props, tier: t }));
  }

  public readonly projectName: string;
  /** The tier, if the project is a tier's. */
  public readonly tier?: Tier;
  /** The generated AppProject object. */
  public readonly resource: AppProjectObject;

  public constructor(scope: Construct, id: string, props: AppProjectProps = {}) {
    super(scope, id);
    const tierScope = props.tier instanceof TierScope ? props.tier : undefined;
    this.tier = props.tier instanceof TierScope ? props.tier.tier : props.tier;
    this.projectName = props.name ?? this.tier?.name ?? id;
    const path = this.node.path;
    checkName('AppProject', this.projectName, { constructPath: path, tier: this.tier?.name });
    const platform = Platform.of(this);
    const scopeOfTier = tierScope ?? (this.tier ? platform.tier(this.tier.name) : undefined);
    const production = this.tier?.production ?? false;
    const windows = [
      ...((props.freezeWindows ?? true) ? (this.tier?.freezeWindows ?? []).map(freezeToWindow) : []),
      ...(props.syncWindows ?? []),
    ];
    const syncWindows = windows.map((w, i) => renderWindow(w, i, { constructPath: path, tier: this.tier?.name }));
    const sourceRepos = props.sourceRepos ?? [Platform.repositoryOf(this, `AppProject '${this.projectName}'`).url];
    const destinations: AppProjectSpecDestinations[] | undefined = props.destinations
      ? props.destinations.map((d) => ({ ...d }))
      : this.tier && scopeOfTier
        ? (Lazy.any({ produce: () => tierDestinations(scopeOfTier) }) as unknown as AppProjectSpecDestinations[])
        : undefined;
    if (!destinations) {
      throw new GitOpsError(`AppProject '${this.projectName}' has no destinations`, {
        code: 'APPPROJECT_DESTINATIONS_MISSING',
        constructPath: path,
        field: 'destinations',
        hint: "give the tier it is for (tier: app.tier('dev')) or list destinations",
      });
    }
    this.resource = new (argocdAppprojectModule().AppProject)(this, 'Resource', {
      metadata: {
        name: this.projectName,
        namespace: props.argocdNamespace ?? ARGOCD_NAMESPACE,
        labels: { ...this.tier?.labels },
      },
      spec: {
        description: props.description ?? (this.tier ? `Everything deployed to the ${this.tier.name} tier` : undefined),
        sourceRepos: [...sourceRepos],
        destinations,
        clusterResourceWhitelist: [
          ...(props.clusterResourceWhitelist ??
            (production
              ? [{ group: '', kind: 'Namespace' }, ...ClusterKinds.of(this).of(this.tier?.name ?? '')]
              : [{ group: '*', kind: '*' }])),
        ],
        clusterResourceBlacklist: props.clusterResourceBlacklist ? [...props.clusterResourceBlacklist] : undefined,
        namespaceResourceWhitelist: props.namespaceResourceWhitelist
          ? [...props.namespaceResourceWhitelist]
          : undefined,
        namespaceResourceBlacklist: (() => {
          const list =
            props.namespaceResourceBlacklist ??
            (production
              ? [
                  { group: '', kind: 'ResourceQuota' },
                  { group: '', kind: 'LimitRange' },
                  { group: 'networking.k8s.io', kind: 'NetworkPolicy' },
                ]
              : []);
          return list.length > 0 ? [...list] : undefined;
        })(),
        roles: props.roles?.map((r): AppProjectSpecRoles => ({
          name: r.name,
          description: r.description,
          policies: r.policies ? [...r.policies] : undefined,
          groups: r.groups ? [...r.groups] : undefined,
        })),
        syncWindows: syncWindows.length > 0 ? syncWindows : undefined,
      },
    });
  }
}

/** The tier's cluster, in the namespaces its folders use (sorted, at synth time). */
function tierDestinations(scope: TierScope): AppProjectSpecDestinations[] {
  const namespaces = new Set<string>([scope.tier.infrastructureNamespace]);
  for (const name of scope.applicationNames) {
    const ns = scope.application(name).namespace;
    if (ns) namespaces.add(ns);
  }
  return [...namespaces].sort().map((namespace) => ({ server: scope.tier.cluster.server, namespace }));
}

function freezeToWindow(w: FreezeWindow): SyncWindow {
  return {
    kind: 'deny',
    schedule: w.schedule,
    duration: w.duration,
    timeZone: w.timeZone,
    manualSync: w.manualSync ?? false,
    description: w.reason,
  };
}

function renderWindow(
  w: SyncWindow,
  index: number,
  location: { readonly constructPath: string; readonly tier?: string },
): AppProjectSpecSyncWindows {
  const problems: Array<[string, string | undefined, string]> = [
    ['schedule', cronProblem(w.schedule), "a five-field cron expression, e.g. '0 18 * * 5'"],
    ['duration', durationProblem(w.duration), 'a Go duration such as 1h or 62h'],
    [
      'timeZone',
      w.timeZone === undefined ? undefined : timeZoneProblem(w.timeZone),
      'an IANA time zone, e.g. Europe/Berlin',
    ],
  ];
  for (const [field, problem, hint] of problems) {
    if (!problem) continue;
    throw new GitOpsError(`sync window ${index}: ${problem}`, {
      code: 'SYNC_WINDOW_INVALID',
      ...location,
      field: `syncWindows[${index}].${field}`,
      hint: `use ${hint}`,
    });
  }
  const targeted = (w.applications?.length ?? 0) + (w.namespaces?.length ?? 0) + (w.clusters?.length ?? 0) > 0;
  return {
    kind: w.kind ?? 'deny',
    schedule: w.schedule,
    duration: w.duration,
    timeZone: w.timeZone ?? 'UTC',
    manualSync: w.manualSync ?? false,
    applications: w.applications ? [...w.applications] : targeted ? undefined : ['*'],
    namespaces: w.namespaces ? [...w.namespaces] : undefined,
    clusters: w.clusters ? [...w.clusters] : undefined,
    description: w.description,
  };
}
