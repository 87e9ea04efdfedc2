import { Construct } from 'constructs';
import type { GitRepository as GitRepositoryL1 } from '../../imports/flux-gitrepository.js';
import { Platform } from '../tree/index.js';
import { checkDuration, type IFluxSource } from './source.js';
import type * as FluxGitrepositoryModule from '../../imports/flux-gitrepository.js';
import { generatedModule } from '../lazy/index.js';

const fluxGitrepositoryModule = generatedModule<typeof FluxGitrepositoryModule>('flux-gitrepository');

/** Which revision a GitRepository checks out; exactly one field. */
export type GitRef =
  | { readonly branch: string }
  | { readonly tag: string }
  | { readonly semver: string }
  | { readonly commit: string }
  | { readonly name: string };

/** Props of a {@link GitRepository}. */
export interface GitRepositoryProps {
  /** Object name. @default 'flux-system' */
  readonly name?: string;
  /** Clone URL. @default - the program's repository setting (`new GitOpsApp({ repository })`) */
  readonly url?: string;
  /**
   * Revision to check out. @default - from the repository setting's revision: a 40-hex commit, a
   * `refs/...` name, or a branch; `HEAD` becomes the branch `defaultBranch`
   */
  readonly ref?: GitRef;
  /** Branch used when the repository setting's revision is `HEAD`. @default 'main' */
  readonly defaultBranch?: string;
  /** How often the source is fetched. @default '1m' */
  readonly interval?: string;
  /** Secret with the git credentials (in the source's namespace). @default - none (public repository) */
  readonly secretName?: string;
  /** Folder of the tree inside the repository. @default - the repository setting's path */
  readonly treeRoot?: string;
}

/**
 * A Flux `GitRepository` (source.toolkit.fluxcd.io/v1) on the repository that holds the synthesized tree.
 * Kustomizations take it as their source and get their paths from the folder charts they sync.
 */
export class GitRepository extends Construct implements IFluxSource {
  public readonly sourceKind = 'GitRepository';
  public readonly sourceName: string;
  public readonly sourceNamespace?: string;
  public readonly treeRoot: string;
  /** The generated object. */
  public readonly resource: GitRepositoryL1;

  public constructor(scope: Construct, id: string, props: GitRepositoryProps = {}) {
    super(scope, id);
    const interval = props.interval ?? '1m';
    checkDuration(this, interval, 'interval');
    const repository = props.url === undefined ? Platform.repositoryOf(this, 'a Flux GitRepository') : undefined;
    const url = props.url ?? (repository?.url as string);
    this.treeRoot = props.treeRoot ?? repository?.path ?? Platform.tryOf(this)?.repository?.path ?? '';
    const ref = props.ref ?? refOf(repository?.revision ?? 'HEAD', props.defaultBranch ?? 'main');
    this.sourceName = props.name ?? 'flux-system';
    this.resource = new (fluxGitrepositoryModule().GitRepository)(this, 'Resource', {
      metadata: { name: this.sourceName },
      spec: {
        url,
        interval,
        ref,
        ...(props.secretName ? { secretRef: { name: props.secretName } } : {}),
      },
    });
    this.sourceNamespace = this.resource.metadata.namespace;
  }
}

/** The GitRef of a revision string (`HEAD`, a commit, `refs/...`, or a branch name). */
export function refOf(revision: string, defaultBranch: string): GitRef {
  if (revision === 'HEAD') return { branch: defaultBranch };
  if (/^[0-9a-f]{40}$/.test(revision)) return { commit: revision };
  if (revision.startsWith('refs/')) return { name: revision };
  return { branch: revision };
}
