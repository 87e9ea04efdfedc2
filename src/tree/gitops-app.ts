import { App, type AppProps } from 'cdk8s';
import type { Environments } from '../environments/index.js';
import { FolderChart, type FolderChartProps } from './folder-chart.js';
import { Layout } from './layout.js';
import { TierScope } from './tier-scope.js';

/** Props of a {@link GitOpsApp}. */
export interface GitOpsAppProps<N extends string> extends Pick<AppProps, 'resolvers'> {
  /** The catalogue of tiers. */
  readonly environments: Environments<N>;
  /** Where `synth()` writes the tree. @default - $CDK8S_OUTDIR, else 'dist' */
  readonly outdir?: string;
  /** Kubernetes version of folders outside any tier (platform-core, shared, bootstrap). @default '1.33.0' */
  readonly kubernetesVersion?: string;
  /** Append cdk8s hash suffixes to generated names in the built-in folders. @default false */
  readonly hashSuffixes?: boolean;
}

/** The platform-wide folders: Crossplane APIs. */
export interface PlatformCoreFolders {
  /** `platform-core/xrds/` */
  readonly xrds: FolderChart;
  /** `platform-core/compositions/` */
  readonly compositions: FolderChart;
}

/** Folders shared by every tier. */
export interface SharedFolders {
  /** `shared/policies/` */
  readonly policies: FolderChart;
  /** `shared/secrets/` (secret stores; never plaintext secrets) */
  readonly secrets: FolderChart;
}

/** Folders the GitOps controllers start from. */
export interface BootstrapFolders {
  /** `bootstrap/argocd/` in namespace `argocd`: root app-of-apps, AppProjects, ApplicationSets. */
  readonly argocd: FolderChart;
  /** `bootstrap/flux/` in namespace `flux-system`: sources and Kustomizations. */
  readonly flux: FolderChart;
}

/**
 * One program, all tiers: a cdk8s `App` that gives each tier its scope and lays out the output tree.
 *
 * Folders are created on first use, so a program only gets the folders it fills.
 */
export class GitOpsApp<N extends string = string> extends App {
  /** The catalogue of tiers. */
  public readonly environments: Environments<N>;
  /** One scope per tier, in promotion order. */
  public readonly tiers: readonly TierScope<N>[];
  /** Kubernetes version of folders outside any tier. */
  public readonly kubernetesVersion: string;
  /** The platform-wide Crossplane folders. */
  public readonly platformCore: PlatformCoreFolders;
  /** Folders shared by every tier. */
  public readonly shared: SharedFolders;
  /** Bootstrap folders for Argo CD and Flux. */
  public readonly bootstrap: BootstrapFolders;
  private readonly hashSuffixes: boolean;
  private readonly folders = new Map<string, FolderChart>();

  public constructor(props: GitOpsAppProps<N>) {
    super({ outdir: props.outdir, resolvers: props.resolvers });
    this.environments = props.environments;
    this.kubernetesVersion = props.kubernetesVersion ?? '1.33.0';
    this.hashSuffixes = props.hashSuffixes ?? false;
    this.tiers = props.environments.tiers.map((tier) => new TierScope<N>(this, tier));
    const lazy = (id: string, path: string, namespace?: string): (() => FolderChart) => {
      return () => this.folder(path, { id, namespace });
    };
    this.platformCore = lazyFolders<PlatformCoreFolders>({
      xrds: lazy('platform-core-xrds', Layout.xrds),
      compositions: lazy('platform-core-compositions', Layout.compositions),
    });
    this.shared = lazyFolders<SharedFolders>({
      policies: lazy('shared-policies', Layout.policies),
      secrets: lazy('shared-secrets', Layout.secrets),
    });
    this.bootstrap = lazyFolders<BootstrapFolders>({
      argocd: lazy('bootstrap-argocd', Layout.argocd, 'argocd'),
      flux: lazy('bootstrap-flux', Layout.flux, 'flux-system'),
    });
  }

  /** The scope of tier `name`. */
  public tier(name: N): TierScope<N> {
    const tier = this.environments.tier(name);
    return this.tiers[tier.index] as TierScope<N>;
  }

  /** Runs `fn` once per tier, in promotion order. */
  public forEachTier(fn: (scope: TierScope<N>) => void): void {
    for (const scope of this.tiers) fn(scope);
  }

  /**
   * A folder outside any tier, e.g. `shared/monitoring`. The same chart is returned for the same path.
   * Options only apply on first creation.
   */
  public folder(path: string, options: Omit<FolderChartProps, 'path'> & { readonly id?: string } = {}): FolderChart {
    const existing = this.folders.get(path);
    if (existing) return existing;
    const { id, ...props } = options;
    const chart = new FolderChart(this, id ?? path.replace(/\//g, '-'), {
      hashSuffixes: this.hashSuffixes,
      ...props,
      path,
    });
    this.folders.set(path, chart);
    return chart;
  }
}

function lazyFolders<T extends object>(getters: Record<keyof T, () => FolderChart>): T {
  const result = {} as T;
  for (const [key, get] of Object.entries(getters) as Array<[string, () => FolderChart]>) {
    Object.defineProperty(result, key, { get, enumerable: true });
  }
  return Object.freeze(result);
}
