import type {
  ApplicationSpecSource,
  ApplicationSpecSourceHelm,
  ApplicationSpecSourceKustomize,
} from '../../imports/argocd-application.js';
import type { Tier } from '../environments/index.js';
import { FolderChart, Layout, TierScope, type Repository } from '../tree/index.js';

/** Plain-directory options of a source (`spec.source.directory`). */
export interface DirectoryOptions {
  /** Include sub-folders. @default false (true for a tier scope) */
  readonly recurse?: boolean;
  /** Only files matching this glob, e.g. `*.yaml` or `{a.yaml,b.yaml}`. @default - all */
  readonly include?: string;
  /** Leave out files matching this glob. @default - none */
  readonly exclude?: string;
}

/** Options of {@link Source.folder}. */
export interface FolderSourceOptions extends DirectoryOptions {
  /** Kustomize options (the folder holds a kustomization). @default - none */
  readonly kustomize?: ApplicationSpecSourceKustomize;
  /** Name of the source in a multi-source Application. @default - none */
  readonly name?: string;
  /** Reference name other sources use (`$ref/…`, e.g. for Helm value files). @default - none */
  readonly ref?: string;
}

/** Props of {@link Source.git}: a folder of another git repository. */
export interface GitSourceProps extends DirectoryOptions {
  readonly repoUrl: string;
  readonly path: string;
  /** @default 'HEAD' */
  readonly revision?: string;
  /** @default - none */
  readonly kustomize?: ApplicationSpecSourceKustomize;
  /** Helm options when the folder is a chart. @default - none */
  readonly helm?: ApplicationSpecSourceHelm;
  /** @default - none */
  readonly name?: string;
  /** @default - none */
  readonly ref?: string;
}

/** Props of {@link Source.helm}: a chart from a Helm repository. */
export interface HelmSourceProps {
  /** Helm repository URL, e.g. `https://charts.bitnami.com/bitnami` (or an OCI registry). */
  readonly repoUrl: string;
  readonly chart: string;
  /** Chart version (a semver constraint is allowed). */
  readonly version: string;
  /** Values, value files, parameters, release name. @default - none */
  readonly helm?: ApplicationSpecSourceHelm;
  /** @default - none */
  readonly name?: string;
}

/** Where an Application's manifests come from: a folder of this tree, another git repo, or a Helm chart. */
export class Source {
  /** A folder of this program's tree (given as its chart), or a whole tier (its scope, recursively). */
  public static folder(folder: FolderChart | TierScope, options: FolderSourceOptions = {}): Source {
    const isTier = folder instanceof TierScope;
    const path = isTier ? Layout.tier(folder.name) : folder.path;
    const tier = folder.tier;
    const namespace = isTier ? folder.tier.infrastructureNamespace : folder.namespace;
    return new Source({ folder: path, tier, namespace, recurse: options.recurse ?? isTier, options });
  }

  /** A folder of another git repository (not checked against this tree). */
  public static git(props: GitSourceProps): Source {
    return new Source({ git: props, recurse: props.recurse ?? false, options: props });
  }

  /** A Helm chart from a Helm (or OCI) repository. */
  public static helm(props: HelmSourceProps): Source {
    return new Source({ helm: props, recurse: false, options: {} });
  }

  /** Folder of this tree the source syncs (tree-relative), if it is one. */
  public readonly folder?: string;
  /** Tier of that folder. */
  public readonly tier?: Tier;
  /** Namespace of that folder's objects. */
  public readonly namespace?: string;
  /** Whether sub-folders are synced too. */
  public readonly recurse: boolean;
  private readonly git?: GitSourceProps;
  private readonly helmChart?: HelmSourceProps;
  private readonly options: FolderSourceOptions | GitSourceProps;

  private constructor(props: {
    folder?: string;
    tier?: Tier;
    namespace?: string;
    git?: GitSourceProps;
    helm?: HelmSourceProps;
    recurse: boolean;
    options: FolderSourceOptions | GitSourceProps;
  }) {
    this.folder = props.folder;
    this.tier = props.tier;
    this.namespace = props.namespace;
    this.git = props.git;
    this.helmChart = props.helm;
    this.recurse = props.recurse;
    this.options = props.options;
  }

  /** Whether the source is a folder of this program's tree. */
  public get inTree(): boolean {
    return this.folder !== undefined;
  }

  /** The repository URL (this program's for tree folders). */
  public repoUrl(repository: Repository | undefined): string {
    return this.helmChart?.repoUrl ?? this.git?.repoUrl ?? (repository as Repository).url;
  }

  /** The source as the Application spec has it. */
  public render(repository: Repository | undefined): ApplicationSpecSource {
    if (this.helmChart) {
      const h = this.helmChart;
      return { repoUrl: h.repoUrl, chart: h.chart, targetRevision: h.version, helm: h.helm, name: h.name };
    }
    const o = this.options;
    const directory =
      o.recurse || o.include || o.exclude
        ? { recurse: o.recurse || undefined, include: o.include, exclude: o.exclude }
        : undefined;
    const common = {
      directory: o.kustomize || (o as GitSourceProps).helm ? undefined : directory,
      kustomize: o.kustomize,
      helm: (o as GitSourceProps).helm,
      name: o.name,
      ref: o.ref,
    };
    if (this.git) {
      return { repoUrl: this.git.repoUrl, path: this.git.path, targetRevision: this.git.revision ?? 'HEAD', ...common };
    }
    const repo = repository as Repository;
    return {
      repoUrl: repo.url,
      path: repo.pathOf(this.folder as string),
      targetRevision: repo.revision,
      ...common,
      directory: o.kustomize ? undefined : this.recurse ? { ...directory, recurse: true } : directory,
    };
  }
}

/** A source given as a folder chart or tier scope, or a {@link Source}. */
export type SourceInput = Source | FolderChart | TierScope;

/** `input` as a {@link Source}. */
export function toSource(input: SourceInput): Source {
  return input instanceof Source ? input : Source.folder(input);
}
