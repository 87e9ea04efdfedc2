import type { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type {
  Kustomization as KustomizationL1,
  KustomizationSpecPostBuildSubstituteFromKind,
} from '../../imports/flux-kustomization.js';
import type { Tier, TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import {
  FolderChart,
  normalizeFolder,
  Platform,
  SyncCoverage,
  type IConfigMapSource,
  type ISecretSource,
} from '../tree/index.js';
import { FluxCheck } from './flux-check.js';
import { checkDuration, sourceRefOf, valueForScope, type IFluxSource } from './source.js';
import type * as FluxKustomizationModule from '../../imports/flux-kustomization.js';
import { generatedModule } from '../lazy/index.js';

const fluxKustomizationModule = generatedModule<typeof FluxKustomizationModule>('flux-kustomization');

/** A ConfigMap or Secret whose keys `postBuild` substitutes into the manifests (`${var}`). */
export interface SubstituteFrom {
  /** The ConfigMap or Secret, as the construct that makes it exist. */
  readonly source: IConfigMapSource | ISecretSource;
  /** Missing source is not an error. @default false */
  readonly optional?: boolean;
}

/** Props of a {@link Kustomization}. */
export interface KustomizationProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** The source holding the tree (GitRepository or OCIRepository construct). */
  readonly source: IFluxSource;
  /**
   * The folder of the tree to apply, as its chart; or a folder path of the tree (`environments/edge`) when
   * it spans several charts. Flux applies the folder and its sub-folders.
   */
  readonly folder: FolderChart | string;
  /** Reconcile interval. @default '10m' */
  readonly interval?: TierValue<string, string>;
  /** Timeout of apply and health checks. @default '5m' */
  readonly timeout?: TierValue<string, string>;
  /** Retry interval after a failed reconciliation. @default '2m' */
  readonly retryInterval?: TierValue<string, string>;
  /** Garbage-collect objects removed from the folder. @default true */
  readonly prune?: TierValue<string, boolean>;
  /** Wait for every applied object to become ready. @default true */
  readonly wait?: TierValue<string, boolean>;
  /** Kustomizations that must be ready first (same cluster). @default - none */
  readonly dependsOn?: readonly Kustomization[];
  /** ConfigMaps and Secrets substituted into the manifests after build. @default - none */
  readonly substituteFrom?: readonly SubstituteFrom[];
  /** Objects whose health gates readiness (with `wait: false`). @default - none */
  readonly healthChecks?: readonly ApiObject[];
  /** Namespace set on every namespaced object. @default - as in the manifests */
  readonly targetNamespace?: string;
  /** Tier whose values are used, when the construct is not in a tier folder. @default - the enclosing tier */
  readonly tier?: Tier;
}

/**
 * A Flux `Kustomization` (kustomize.toolkit.fluxcd.io/v1) syncing one folder of the synthesized tree.
 *
 * The path comes from the folder chart and the source (`./dist/environments/dev/infrastructure` for the
 * git repository of the tree); the folder is claimed in the sync coverage (a folder is synced by Argo CD
 * or Flux, not both); dependencies are constructs. At synth, a dependsOn cycle, a dependency on a
 * Kustomization that is not in the cluster, and a folder that holds no objects are errors naming the chain.
 */
export class Kustomization extends Construct {
  /** The generated object. */
  public readonly resource: KustomizationL1;
  /** `metadata.name`. */
  public readonly name: string;
  /** `metadata.namespace`. */
  public readonly namespace?: string;
  /** The tree folder it applies. */
  public readonly folder: string;
  /** `spec.path`, relative to the source's root (`./dist/...`). */
  public readonly path: string;
  private readonly dependencies: Kustomization[] = [];

  public constructor(scope: Construct, id: string, props: KustomizationProps) {
    super(scope, id);
    if (!props.source) {
      throw new GitOpsError('a Flux Kustomization needs a source', {
        code: 'FLUX_SOURCE_MISSING',
        constructPath: this.node.path,
        field: 'source',
        hint: 'pass a GitRepository or OciRepository construct as `source`',
      });
    }
    const interval = valueForScope(this, props.interval ?? '10m', 'interval', props.tier);
    const timeout = valueForScope(this, props.timeout ?? '5m', 'timeout', props.tier);
    const retryInterval = valueForScope(this, props.retryInterval ?? '2m', 'retryInterval', props.tier);
    checkDuration(this, interval, 'interval');
    checkDuration(this, timeout, 'timeout');
    checkDuration(this, retryInterval, 'retryInterval');
    this.folder = FolderChart.isFolderChart(props.folder)
      ? props.folder.path
      : normalizeFolder(props.folder, this.node.path);
    const root = props.source.treeRoot ?? '';
    this.path = `./${root === '' ? this.folder : `${root}/${this.folder}`}`;
    this.dependencies.push(...(props.dependsOn ?? []));

    this.resource = new (fluxKustomizationModule().Kustomization)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        sourceRef: sourceRefOf(props.source, FolderChart.tryOf(this)?.namespace) as never,
        path: this.path,
        interval,
        timeout,
        retryInterval,
        prune: valueForScope(this, props.prune ?? true, 'prune', props.tier),
        wait: valueForScope(this, props.wait ?? true, 'wait', props.tier),
        ...(props.targetNamespace ? { targetNamespace: props.targetNamespace } : {}),
      },
    });
    this.name = this.resource.name;
    this.namespace = this.resource.metadata.namespace;
    const self = this;
    // Resolved at synth: dependencies may be added after construction.
    const originalToJson = this.resource.toJson.bind(this.resource);
    this.resource.toJson = () => {
      const json = originalToJson() as { spec: Record<string, unknown> };
      const dependsOn = self.dependencies.map((d) => ({
        name: d.name,
        ...(d.namespace && d.namespace !== self.namespace ? { namespace: d.namespace } : {}),
      }));
      if (dependsOn.length > 0) json.spec.dependsOn = dependsOn;
      if (props.substituteFrom?.length) {
        json.spec.postBuild = {
          substituteFrom: props.substituteFrom.map((s) => ({
            kind:
              'secretName' in s.source
                ? fluxKustomizationModule().KustomizationSpecPostBuildSubstituteFromKind.SECRET
                : fluxKustomizationModule().KustomizationSpecPostBuildSubstituteFromKind.CONFIG_MAP,
            name: 'secretName' in s.source ? s.source.secretName : s.source.configMapName,
            ...(s.optional ? { optional: true } : {}),
          })),
        };
      }
      if (props.healthChecks?.length) {
        json.spec.healthChecks = props.healthChecks.map((o) => ({
          apiVersion: o.apiVersion,
          kind: o.kind,
          name: o.name,
          ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
        }));
      }
      // Keep spec keys in the generated (alphabetical) order.
      json.spec = Object.fromEntries(Object.entries(json.spec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return json;
    };

    const tier = props.tier ?? Platform.tierOf(this);
    FluxCheck.of(this).track(this);
    SyncCoverage.of(this).claim({
      folder: this.folder,
      recurse: true,
      by: `Flux Kustomization ${this.namespace ?? 'default'}/${this.name}`,
      constructPath: this.node.path,
      tier: tier?.name,
      // FluxCheck reports a missing folder with the dependency chain.
      mustExist: false,
    });
  }

  /** Adds Kustomizations that must be ready before this one. */
  public addDependsOn(...kustomizations: Kustomization[]): void {
    this.dependencies.push(...kustomizations);
  }

  /** The Kustomizations this one waits for. */
  public get dependsOn(): readonly Kustomization[] {
    return [...this.dependencies];
  }
}
