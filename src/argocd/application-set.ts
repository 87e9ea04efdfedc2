import { Construct } from 'constructs';
import type {
  ApplicationSet as ApplicationSetObject,
  ApplicationSetProps as ApplicationSetObjectProps,
  ApplicationSetSpecTemplateSpec,
  ApplicationSetSpecTemplateSpecIgnoreDifferences,
  ApplicationSetSpecTemplateSpecSource,
} from '../../imports/argocd-applicationset.js';
import type { SyncPolicy, Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { Platform, SyncCoverage, type Repository } from '../tree/index.js';
import type { IProjectRef } from './application.js';
import { ArgoCdChecks } from './checks.js';
import type { IGenerator } from './generators.js';
import { checkName } from './names.js';
import { Source } from './source.js';
import {
  ARGOCD_NAMESPACE,
  RESOURCES_FINALIZER,
  renderAutomated,
  renderRetry,
  renderSyncOptions,
  type RetryOptions,
  type SyncOptions,
} from './sync-options.js';
import type * as ArgocdApplicationsetModule from '../../imports/argocd-applicationset.js';
import { generatedModule, once } from '../lazy/index.js';

const argocdApplicationsetModule = generatedModule<typeof ArgocdApplicationsetModule>('argocd-applicationset');

/** A source of the Application template: paths and values may use generator parameters. */
export interface TemplateSourceProps {
  /** Repository path, e.g. `{{.path.path}}`. */
  readonly path: string;
  /** @default - this program's repository */
  readonly repoUrl?: string;
  /** @default - this program's revision */
  readonly revision?: string;
  /** Include sub-folders. @default false */
  readonly recurse?: boolean;
  /** @default - none */
  readonly include?: string;
  /** @default - none */
  readonly exclude?: string;
  /** @default - none */
  readonly kustomize?: ApplicationSetSpecTemplateSpecSource['kustomize'];
  /** @default - none */
  readonly helm?: ApplicationSetSpecTemplateSpecSource['helm'];
  /** @default - none */
  readonly name?: string;
}

/** The Application each parameter set produces. Strings may use parameters (`{{.name}}` or `{{name}}`). */
export interface ApplicationTemplate {
  /** Name of each Application, e.g. `{{.path.basename}}-{{.tier}}`. */
  readonly name: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Project (may be a parameter). */
  readonly project: IProjectRef | string;
  /** One source (a template source, or a fixed {@link Source}). Exactly one of source and sources. */
  readonly source?: TemplateSourceProps | Source;
  /** Several sources. */
  readonly sources?: ReadonlyArray<TemplateSourceProps | Source>;
  /** Destination: cluster server (or name) and namespace, usually parameters. */
  readonly destination: { readonly server?: string; readonly name?: string; readonly namespace: string };
  /** Automated or manual sync. @default - manual (put tier-specific policy in a templatePatch) */
  readonly sync?: SyncPolicy;
  /** @default - 5 retries with backoff */
  readonly retry?: RetryOptions | false;
  /** @default - CreateNamespace=true */
  readonly syncOptions?: SyncOptions;
  /** @default - none */
  readonly ignoreDifferences?: readonly ApplicationSetSpecTemplateSpecIgnoreDifferences[];
  /** @default - none */
  readonly info?: Readonly<Record<string, string>>;
  /** @default true */
  readonly deleteResourcesWithApplication?: boolean;
}

/** One step of a progressive RollingSync: Applications whose labels match, at most `maxUpdate` at a time. */
export interface RollingSyncStep {
  readonly matchExpressions: ReadonlyArray<{
    readonly key: string;
    readonly operator: 'In' | 'NotIn';
    readonly values: readonly string[];
  }>;
  /** How many (or what percentage) at a time. @default - all */
  readonly maxUpdate?: number | string;
}

/** Props of an {@link ApplicationSet}. */
export interface ApplicationSetProps {
  /** @default - the construct id */
  readonly name?: string;
  /** Generators; their parameter sets are concatenated. */
  readonly generators: readonly IGenerator[];
  /** The Application template. */
  readonly template: ApplicationTemplate;
  /** Go templates (`{{.path.basename}}`) rather than the default style (`{{path.basename}}`). @default true */
  readonly goTemplate?: boolean;
  /** Go template options. @default ['missingkey=error'] (with goTemplate) */
  readonly goTemplateOptions?: readonly string[];
  /** A Go template rendering to YAML merged over the template (goTemplate only). @default - none */
  readonly templatePatch?: string;
  /** Keep the Applications' resources when the ApplicationSet (or one of its Applications) is deleted. @default true */
  readonly preserveResourcesOnDeletion?: boolean;
  /** Progressive sync: steps over Application labels. @default - all at once */
  readonly rollingSync?: readonly RollingSyncStep[];
  /** @default 'argocd' */
  readonly argocdNamespace?: string;
}

/** RollingSync steps, one per tier in promotion order, matching the tier label of the generated Applications. */
export function rollingSyncByTier(tiers: readonly Tier[], label = 'gitops.cdk8s.io/tier'): RollingSyncStep[] {
  return [...tiers]
    .sort((a, b) => a.index - b.index)
    .map((t) => ({ matchExpressions: [{ key: label, operator: 'In', values: [t.name] }] }));
}

/**
 * An Argo CD ApplicationSet with typed generators. The Applications it generates are expanded at synth
 * against the tree and the tier catalogue: their folders count for sync coverage, and a parameter no
 * generator provides, a path outside the tree or a destination no tier declares fails synth.
 */
export class ApplicationSet extends Construct {
  public readonly name: string;
  public readonly argocdNamespace: string;
  /** The generated ApplicationSet object. */
  public readonly resource: ApplicationSetObject;

  public constructor(scope: Construct, id: string, props: ApplicationSetProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.argocdNamespace = props.argocdNamespace ?? ARGOCD_NAMESPACE;
    const path = this.node.path;
    checkName('ApplicationSet', this.name, { constructPath: path });
    const repository = Platform.repositoryOf(this, `ApplicationSet '${this.name}'`);
    const goTemplate = props.goTemplate ?? true;
    if (props.templatePatch !== undefined && !goTemplate) {
      throw new GitOpsError(`ApplicationSet '${this.name}' has a templatePatch but no goTemplate`, {
        code: 'APPSET_INVALID',
        constructPath: path,
        field: 'templatePatch',
        hint: 'templatePatch is a Go template: leave goTemplate at its default (true)',
      });
    }
    if (props.generators.length === 0) {
      throw new GitOpsError(`ApplicationSet '${this.name}' has no generators`, {
        code: 'APPSET_INVALID',
        constructPath: path,
        field: 'generators',
        hint: 'add a generator, e.g. Generator.list([...]) or Generator.gitDirectories({...})',
      });
    }
    const generators = props.generators.map((g) => g.render({ repository }));
    const t = props.template;
    const objectProps: ApplicationSetObjectProps = {
      metadata: { name: this.name, namespace: this.argocdNamespace },
      spec: {
        goTemplate,
        goTemplateOptions: goTemplate ? [...(props.goTemplateOptions ?? ['missingkey=error'])] : undefined,
        generators: [],
        template: {
          metadata: {
            name: t.name,
            labels: t.labels ? { ...t.labels } : undefined,
            annotations: t.annotations ? { ...t.annotations } : undefined,
            finalizers: (t.deleteResourcesWithApplication ?? true) ? [RESOURCES_FINALIZER] : undefined,
          },
          spec: renderTemplateSpec(t, repository, path),
        },
        templatePatch: props.templatePatch,
        syncPolicy: { preserveResourcesOnDeletion: props.preserveResourcesOnDeletion ?? true },
        strategy: props.rollingSync
          ? {
              type: 'RollingSync',
              rollingSync: {
                steps: props.rollingSync.map((s) => ({
                  matchExpressions: s.matchExpressions.map((e) => ({
                    key: e.key,
                    operator: e.operator,
                    values: [...e.values],
                  })),
                  maxUpdate: s.maxUpdate === undefined ? undefined : (s.maxUpdate as never),
                })),
              },
            }
          : undefined,
      },
    };
    this.resource = new (generatorsObject())(this, 'Resource', objectProps, generators);
    const checks = ArgoCdChecks.of(this);
    SyncCoverage.of(this).claim((context) => checks.claimsOf(context, this.argocdNamespace, this.name, path));
  }
}

/**
 * The generated ApplicationSet class, with `spec.generators` written as Argo CD reads them: nested
 * matrix/merge generators are untyped in the CRD (`x-kubernetes-preserve-unknown-fields`), so the typed
 * generators render their own JSON. Defined on first use, when the generated module is loaded.
 */
const generatorsObject = once(
  () =>
    class GeneratorsObject extends argocdApplicationsetModule().ApplicationSet {
      public constructor(
        scope: Construct,
        id: string,
        props: ApplicationSetObjectProps,
        private readonly generatorsJson: ReadonlyArray<Record<string, unknown>>,
      ) {
        super(scope, id, props);
      }

      public override toJson(): any {
        const json = super.toJson() as { spec: Record<string, unknown> };
        const spec: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(json.spec))
          spec[k] = k === 'generators' ? structuredClone(this.generatorsJson) : v;
        return { ...json, spec };
      }
    },
);

function renderTemplateSpec(
  t: ApplicationTemplate,
  repository: Repository,
  path: string,
): ApplicationSetSpecTemplateSpec {
  const inputs = t.sources ?? (t.source ? [t.source] : []);
  if (inputs.length === 0 || (t.source && t.sources)) {
    throw new GitOpsError('the ApplicationSet template needs exactly one of source and sources', {
      code: 'APPSET_INVALID',
      constructPath: path,
      field: 'template.source',
      hint: "e.g. source: { path: '{{.path.path}}' }",
    });
  }
  const sources = inputs.map((s): ApplicationSetSpecTemplateSpecSource => {
    if (s instanceof Source) return s.render(repository) as ApplicationSetSpecTemplateSpecSource;
    const directory =
      s.recurse || s.include || s.exclude
        ? { recurse: s.recurse || undefined, include: s.include, exclude: s.exclude }
        : undefined;
    return {
      repoUrl: s.repoUrl ?? repository.url,
      targetRevision: s.revision ?? repository.revision,
      path: s.path,
      directory: s.kustomize || s.helm ? undefined : directory,
      kustomize: s.kustomize,
      helm: s.helm,
      name: s.name,
    };
  });
  const ignore = t.ignoreDifferences ?? [];
  return {
    project: typeof t.project === 'string' ? t.project : t.project.projectName,
    ...(sources.length === 1 ? { source: sources[0] } : { sources }),
    destination: { ...t.destination },
    syncPolicy: {
      automated: t.sync ? renderAutomated(t.sync) : undefined,
      retry: t.retry === false ? undefined : renderRetry(t.retry ?? {}),
      syncOptions: renderSyncOptions(t.syncOptions ?? {}, ignore.length > 0),
    },
    ignoreDifferences: ignore.length > 0 ? [...ignore] : undefined,
    info: t.info ? Object.entries(t.info).map(([name, value]) => ({ name, value })) : undefined,
  };
}
