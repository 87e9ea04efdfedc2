import type { IConstruct } from 'constructs';
import type { Environments, Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart, type FolderChartProps } from './folder-chart.js';
import type { Repository } from './repository.js';
import { TierScope } from './tier-scope.js';

const PLATFORM = Symbol.for('cdk8s-gitops.Platform');

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
 * What construct families see of the program they are part of (implemented by `GitOpsApp`):
 * the tier catalogue, the tier scopes, the well-known folders and where the tree lives in git.
 *
 * Families get it with {@link Platform.of}, so they never depend on the app layer.
 */
export interface IPlatform<N extends string = string> extends IConstruct {
  /** The catalogue of tiers. */
  readonly environments: Environments<N>;
  /** One scope per tier, in promotion order. */
  readonly tiers: readonly TierScope<N>[];
  /** The platform-wide Crossplane folders. */
  readonly platformCore: PlatformCoreFolders;
  /** Folders shared by every tier. */
  readonly shared: SharedFolders;
  /** Bootstrap folders for Argo CD and Flux. */
  readonly bootstrap: BootstrapFolders;
  /** Where the tree lives in git. @default - not set; constructs that need it throw a clear error */
  readonly repository?: Repository;
  /** The scope of tier `name`. */
  tier(name: N): TierScope<N>;
  /** A folder outside any tier, e.g. `shared/monitoring`. */
  folder(path: string, options?: Omit<FolderChartProps, 'path'> & { readonly id?: string }): FolderChart;
}

/** Finds the platform a construct belongs to, and the tier a construct is in. */
export const Platform = {
  /** Marks `app` as the platform of its construct tree (called by `GitOpsApp`). */
  register(app: IPlatform): void {
    Object.defineProperty(app, PLATFORM, { value: true });
  },

  /** The platform (`GitOpsApp`) `scope` belongs to, or undefined outside one. */
  tryOf(scope: IConstruct): IPlatform | undefined {
    const root = scope.node.root;
    return PLATFORM in root ? (root as unknown as IPlatform) : undefined;
  },

  /** The platform (`GitOpsApp`) `scope` belongs to; a clear error outside one. */
  of(scope: IConstruct): IPlatform {
    const platform = Platform.tryOf(scope);
    if (!platform) {
      throw new GitOpsError('this construct must be created inside a GitOpsApp', {
        code: 'PLATFORM_MISSING',
        constructPath: scope.node.path,
        hint: 'create it below `new GitOpsApp({ environments })` (a tier scope or one of its folders)',
      });
    }
    return platform;
  },

  /** The repository setting; a clear error naming `what` needs it when it is not set. */
  repositoryOf(scope: IConstruct, what: string): Repository {
    const repository = Platform.of(scope).repository;
    if (!repository) {
      throw new GitOpsError(`${what} needs to know where the tree lives in git`, {
        code: 'REPOSITORY_MISSING',
        constructPath: scope.node.path,
        field: 'repository',
        hint: "set new GitOpsApp({ repository: { url: 'https://github.com/acme/platform.git' } })",
      });
    }
    return repository;
  },

  /** The tier `scope` is in (its folder's tier or its TierScope), if any. */
  tierOf(scope: IConstruct): Tier | undefined {
    for (let c: IConstruct | undefined = scope; c; c = c.node.scope) {
      if (FolderChart.isFolderChart(c) && c.tier) return c.tier;
      if (c instanceof TierScope) return c.tier;
    }
    return undefined;
  },
};
