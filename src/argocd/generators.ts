import { FolderChart, Layout, TierScope, type Repository } from '../tree/index.js';

/** What a generator needs to render itself: where the tree lives in git. */
export interface GeneratorContext {
  readonly repository: Repository;
}

/** An ApplicationSet generator: renders to the JSON Argo CD reads (`{ list: {...} }`, `{ git: {...} }` …). */
export interface IGenerator {
  /** The generator as it is written into `spec.generators`. */
  render(context: GeneratorContext): Record<string, unknown>;
}

/** A folder of the tree (its chart or tier scope) or a glob relative to the tree's root, e.g. `environments/*\/applications/*`. */
export type TreePathPattern = FolderChart | TierScope | string;

/** A label selector over cluster labels (Argo CD cluster secrets). */
export interface ClusterSelector {
  /** Labels that must all match. @default - none */
  readonly matchLabels?: Readonly<Record<string, string>>;
  /** Expressions that must all match. @default - none */
  readonly matchExpressions?: ReadonlyArray<{
    readonly key: string;
    readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    readonly values?: readonly string[];
  }>;
}

/** Props of {@link Generator.clusters}. */
export interface ClustersGeneratorProps {
  /** Only clusters whose labels match. An empty selector also matches the local `in-cluster`. @default - every cluster */
  readonly selector?: ClusterSelector;
  /** Extra parameters, `values.<key>`; values may use the cluster's parameters. @default - none */
  readonly values?: Readonly<Record<string, string>>;
}

/** Props of {@link Generator.gitDirectories}. */
export interface GitDirectoriesGeneratorProps {
  /** Folders (or globs relative to the tree) that produce one parameter set each. */
  readonly directories: readonly TreePathPattern[];
  /** Folders (or globs) left out, even when a directory pattern matches them. @default - none */
  readonly exclude?: readonly TreePathPattern[];
  /** Extra parameters, `values.<key>`. @default - none */
  readonly values?: Readonly<Record<string, string>>;
}

/** Props of {@link Generator.gitFiles}. */
export interface GitFilesGeneratorProps {
  /** JSON or YAML files (globs relative to the tree) whose fields become parameters. */
  readonly files: readonly string[];
  /** Files left out. @default - none */
  readonly exclude?: readonly string[];
  /** Extra parameters, `values.<key>`. @default - none */
  readonly values?: Readonly<Record<string, string>>;
}

/** Typed ApplicationSet generators over this program's tree and tier catalogue. */
export const Generator = {
  /** One parameter set per element. */
  list(elements: ReadonlyArray<Readonly<Record<string, unknown>>>): IGenerator {
    return { render: () => ({ list: { elements: elements.map((e) => ({ ...e })) } }) };
  },

  /** One parameter set per cluster Argo CD knows (`name`, `server`, `metadata.labels.<key>` …). */
  clusters(props: ClustersGeneratorProps = {}): IGenerator {
    return {
      render: () => {
        const selector = props.selector
          ? {
              ...(props.selector.matchLabels ? { matchLabels: { ...props.selector.matchLabels } } : {}),
              ...(props.selector.matchExpressions
                ? {
                    matchExpressions: props.selector.matchExpressions.map((e) => ({
                      key: e.key,
                      operator: e.operator,
                      ...(e.values ? { values: [...e.values] } : {}),
                    })),
                  }
                : {}),
            }
          : undefined;
        return {
          clusters: { ...(selector ? { selector } : {}), ...(props.values ? { values: { ...props.values } } : {}) },
        };
      },
    };
  },

  /** One parameter set per folder of the tree matching `directories` (`path`, `path.basename`, `path[n]` …). */
  gitDirectories(props: GitDirectoriesGeneratorProps): IGenerator {
    return {
      render: ({ repository }) => ({
        git: {
          repoURL: repository.url,
          revision: repository.revision,
          directories: [
            ...props.directories.map((d) => ({ path: repository.pathOf(treePath(d)) })),
            ...(props.exclude ?? []).map((d) => ({ path: repository.pathOf(treePath(d)), exclude: true })),
          ],
          ...(props.values ? { values: { ...props.values } } : {}),
        },
      }),
    };
  },

  /** One parameter set per JSON/YAML file of the tree matching `files`: its fields, plus `path` … */
  gitFiles(props: GitFilesGeneratorProps): IGenerator {
    return {
      render: ({ repository }) => ({
        git: {
          repoURL: repository.url,
          revision: repository.revision,
          files: [
            ...props.files.map((f) => ({ path: repository.pathOf(f) })),
            ...(props.exclude ?? []).map((f) => ({ path: repository.pathOf(f), exclude: true })),
          ],
          ...(props.values ? { values: { ...props.values } } : {}),
        },
      }),
    };
  },

  /** Every combination of the two generators' parameter sets; the second may use the first's parameters. */
  matrix(first: IGenerator, second: IGenerator): IGenerator {
    return { render: (c) => ({ matrix: { generators: [first.render(c), second.render(c)] } }) };
  },

  /** The first generator's parameter sets, overridden by later generators' sets with equal `mergeKeys`. */
  merge(mergeKeys: readonly string[], ...generators: IGenerator[]): IGenerator {
    return {
      render: (c) => ({ merge: { mergeKeys: [...mergeKeys], generators: generators.map((g) => g.render(c)) } }),
    };
  },
} as const;

/** The tree-relative path of a folder reference or glob. */
export function treePath(p: TreePathPattern): string {
  if (typeof p === 'string') return p.replace(/^\/+|\/+$/g, '');
  if (p instanceof TierScope) return Layout.tier(p.name);
  return p.path;
}
