import { Construct } from 'constructs';
import { FolderChart, Layout, Platform, type IPlatform, type TierScope } from '../tree/index.js';
import { AppProject, type AppProjectProps } from './app-project.js';
import { Application } from './application.js';
import { ApplicationSet } from './application-set.js';
import { ClusterSecret } from './cluster-secret.js';
import { Generator } from './generators.js';
import { ArgoCdSettings, type ArgoCdSettingsProps } from './settings.js';
import { Source } from './source.js';
import { SYNC_WAVE_ANNOTATION, SyncWave } from './sync-options.js';
import { applicationTierMatrix } from './tier-matrix.js';

/** Props of {@link ArgoCdBootstrap}. */
export interface ArgoCdBootstrapProps {
  /**
   * How application folders are synced: one child Application per application and tier, or the
   * application × tier matrix ApplicationSet. @default 'applications'
   */
  readonly applications?: 'applications' | 'matrix';
  /** With `applications: 'matrix'`: roll out tier by tier (RollingSync). @default false */
  readonly progressive?: boolean;
  /** The tier whose cluster runs Argo CD. @default - the tier on https://kubernetes.default.svc, else the first tier */
  readonly controlPlane?: TierScope;
  /** Settings of the per-tier AppProjects. @default - the AppProject defaults */
  readonly projects?: Omit<AppProjectProps, 'tier' | 'name'>;
  /** `argocd-cm` (health checks from `HealthChecks`); `false` to leave Argo CD's settings alone. @default - emitted */
  readonly settings?: ArgoCdSettingsProps | false;
  /** Emit a cluster secret (name, server and tier labels, no credentials) per tier cluster. @default false */
  readonly clusterSecrets?: boolean;
}

/** Name of the project of the bootstrap itself and of the folders every tier shares. */
export const PLATFORM_PROJECT = 'platform';

/**
 * The app-of-apps, emitted from the tier catalogue. Create it after the program has declared its folders.
 *
 * ```
 * bootstrap/argocd/            root (syncs this folder), AppProjects, argocd-cm, one root per tier, 'platform'
 * bootstrap/argocd/platform/   ApplicationSets: each shared folder (platform-core/*, shared/*) on every tier
 *                              cluster, and the application × tier matrix (with applications: 'matrix')
 * bootstrap/argocd/<tier>/     <tier>-infrastructure, and <app>-<tier> per application
 * ```
 *
 * Sync waves order each parent's sync: namespaces, CRDs and XRDs first, then Compositions and policies,
 * then claims (tier infrastructure), then workloads. Apply `bootstrap/argocd/` once by hand
 * (`kubectl apply -n argocd -f bootstrap/argocd/`); from then on the root keeps everything in sync.
 */
export class ArgoCdBootstrap extends Construct {
  /** The root Application. */
  public readonly root: Application;
  /** Per-tier AppProjects. */
  public readonly projects: readonly AppProject[];

  public constructor(scope: Construct, id: string, props: ArgoCdBootstrapProps = {}) {
    super(scope, id);
    const platform = Platform.of(this);
    const top = platform.bootstrap.argocd;
    const controlPlane =
      props.controlPlane ??
      platform.tiers.find((t) => t.tier.cluster.server === 'https://kubernetes.default.svc') ??
      (platform.tiers[0] as TierScope);
    const folder = (path: string): FolderChart => platform.folder(path, { namespace: top.namespace });
    const shared = sharedFolders(platform);

    new AppProject(top, 'project-platform', {
      name: PLATFORM_PROJECT,
      description: 'The Argo CD bootstrap and the folders every tier shares',
      destinations: distinctClusters(platform).map((t) => ({ server: t.tier.cluster.server, namespace: '*' })),
      clusterResourceWhitelist: [{ group: '*', kind: '*' }],
      syncWindows: platform.tiers.flatMap((t) =>
        t.tier.freezeWindows.map((w) => ({
          kind: 'deny' as const,
          schedule: w.schedule,
          duration: w.duration,
          timeZone: w.timeZone,
          manualSync: w.manualSync ?? false,
          clusters: [t.tier.cluster.name],
          description: w.reason,
        })),
      ),
    });
    this.projects = platform.tiers.map((t) => new AppProject(top, `project-${t.name}`, { ...props.projects, tier: t }));
    if (props.settings !== false) new ArgoCdSettings(top, 'argocd-cm', props.settings || {});
    if (props.clusterSecrets) ClusterSecret.forTiers(top);

    const atControlPlane = { server: controlPlane.tier.cluster.server, namespace: top.namespace };
    this.root = new Application(top, 'root', {
      source: top,
      project: PLATFORM_PROJECT,
      destination: atControlPlane,
      sync: { mode: 'automated', prune: true, selfHeal: true, allowEmpty: false },
    });

    // Shared folders, on every tier cluster.
    const platformFolder = folder(`${Layout.argocd}/platform`);
    const clusters = distinctClusters(platform);
    for (const f of shared) {
      const wave = f.path === Layout.xrds ? SyncWave.apis : SyncWave.platform;
      const name = f.path.replace(/\//g, '-');
      const set = new ApplicationSet(platformFolder, name, {
        generators: [
          Generator.list(
            clusters.map((t) => ({
              cluster: t.tier.cluster.name,
              server: t.tier.cluster.server,
              automated: t.tier.sync.mode === 'automated',
              prune: t.tier.sync.mode === 'automated' && t.tier.sync.prune,
              selfHeal: t.tier.sync.mode === 'automated' && t.tier.sync.selfHeal,
            })),
          ),
        ],
        template: {
          name: `${name}-{{.cluster}}`,
          annotations: { [SYNC_WAVE_ANNOTATION]: String(wave) },
          project: PLATFORM_PROJECT,
          source: Source.folder(f),
          destination: { server: '{{.server}}', namespace: f.namespace ?? 'default' },
        },
        templatePatch: AUTOMATED_PATCH,
      });
      set.resource.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
    }
    if (props.applications === 'matrix') {
      const matrix = applicationTierMatrix(platformFolder, { progressive: props.progressive });
      matrix.resource.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(SyncWave.workloads));
    }
    new Application(top, PLATFORM_PROJECT, {
      source: platformFolder,
      project: PLATFORM_PROJECT,
      destination: atControlPlane,
      sync: { mode: 'automated', prune: true, selfHeal: true, allowEmpty: false },
      syncWave: SyncWave.apis,
    });

    // One root per tier: its infrastructure and (without the matrix) its applications.
    for (const t of platform.tiers) {
      const children: Array<() => void> = [];
      const tierFolder = (): FolderChart => folder(`${Layout.argocd}/${t.name}`);
      const infrastructure = t.node.tryFindChild('infrastructure');
      if (infrastructure && FolderChart.isFolderChart(infrastructure)) {
        children.push(() => {
          new Application(tierFolder(), `${t.name}-infrastructure`, {
            source: infrastructure,
            syncWave: SyncWave.infrastructure,
          });
        });
      }
      if (props.applications !== 'matrix') {
        for (const app of t.applicationNames) {
          children.push(() => {
            new Application(tierFolder(), `${app}-${t.name}`, {
              source: t.application(app),
              syncWave: SyncWave.workloads,
            });
          });
        }
      }
      if (children.length === 0) continue;
      for (const add of children) add();
      new Application(top, `root-${t.name}`, {
        source: tierFolder(),
        project: PLATFORM_PROJECT,
        destination: atControlPlane,
        sync: { mode: 'automated', prune: true, selfHeal: true, allowEmpty: false },
        syncWave: SyncWave.platform,
      });
    }
  }
}

/** A templatePatch that turns on automated sync when the parameter set says so. */
const AUTOMATED_PATCH = [
  '{{- if .automated }}',
  'spec:',
  '  syncPolicy:',
  '    automated:',
  '      prune: {{ .prune }}',
  '      selfHeal: {{ .selfHeal }}',
  '{{- end }}',
  '',
].join('\n');

/** Folders outside any tier and outside bootstrap/ (platform-core/*, shared/*, app.folder(...)). */
function sharedFolders(platform: IPlatform): FolderChart[] {
  return platform.node.children
    .filter((c): c is FolderChart => FolderChart.isFolderChart(c))
    .filter((f) => !f.tier && !f.path.startsWith('bootstrap/') && !f.path.startsWith('environments/'))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** One tier per cluster (the first in promotion order). */
function distinctClusters(platform: IPlatform): TierScope[] {
  const seen = new Set<string>();
  return platform.tiers.filter((t) => !seen.has(t.tier.cluster.server) && seen.add(t.tier.cluster.server));
}
