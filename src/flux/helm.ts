import { Construct } from 'constructs';
import type { HelmRelease as HelmReleaseL1 } from '../../imports/flux-helmrelease.js';
import type { HelmRepository as HelmRepositoryL1, HelmRepositorySpecType } from '../../imports/flux-helmrepository.js';
import type { Tier, TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart, type ISecretSource } from '../tree/index.js';
import type { OciRepository } from './oci-repository.js';
import { checkDuration, sourceRefOf, valueForScope, type IFluxSource } from './source.js';
import type * as FluxHelmreleaseModule from '../../imports/flux-helmrelease.js';
import type * as FluxHelmrepositoryModule from '../../imports/flux-helmrepository.js';
import { generatedModule } from '../lazy/index.js';

const fluxHelmreleaseModule = generatedModule<typeof FluxHelmreleaseModule>('flux-helmrelease');
const fluxHelmrepositoryModule = generatedModule<typeof FluxHelmrepositoryModule>('flux-helmrepository');

/** Props of a {@link HelmRepository}. */
export interface HelmRepositoryProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** Chart repository URL: `https://…` or, for an OCI registry, `oci://…`. */
  readonly url: string;
  /** How often the index is fetched. @default '1h' */
  readonly interval?: string;
  /** Credentials for the repository. @default - none */
  readonly credentials?: ISecretSource;
}

/** A Flux `HelmRepository` (source.toolkit.fluxcd.io/v1); `oci://` URLs get `type: oci`. */
export class HelmRepository extends Construct implements IFluxSource {
  public readonly sourceKind = 'HelmRepository';
  public readonly sourceName: string;
  public readonly sourceNamespace?: string;
  /** The generated object. */
  public readonly resource: HelmRepositoryL1;

  public constructor(scope: Construct, id: string, props: HelmRepositoryProps) {
    super(scope, id);
    if (!/^(https?|oci):\/\/.+/.test(props.url)) {
      throw new GitOpsError(`HelmRepository url '${props.url}' is neither http(s):// nor oci://`, {
        code: 'FLUX_HELM_URL_INVALID',
        constructPath: this.node.path,
        field: 'url',
        hint: "e.g. 'https://charts.bitnami.com/bitnami' or 'oci://ghcr.io/stefanprodan/charts'",
      });
    }
    const interval = props.interval ?? '1h';
    checkDuration(this, interval, 'interval');
    this.resource = new (fluxHelmrepositoryModule().HelmRepository)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        url: props.url,
        interval,
        ...(props.url.startsWith('oci://') ? { type: fluxHelmrepositoryModule().HelmRepositorySpecType.OCI } : {}),
        ...(props.credentials ? { secretRef: { name: props.credentials.secretName } } : {}),
      },
    });
    this.sourceName = this.resource.name;
    this.sourceNamespace = this.resource.metadata.namespace;
  }
}

/** The chart of a HelmRelease: a chart of a Helm repository, or an OCI artifact holding the chart. */
export type HelmChartSource =
  | { readonly repository: HelmRepository; readonly chart: string; readonly version?: string }
  | { readonly ociRepository: OciRepository };

/** Props of a {@link HelmRelease}. */
export interface HelmReleaseProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** Where the chart comes from. Required: a HelmRelease without a source is an error. */
  readonly chart: HelmChartSource;
  /** Values passed to the chart. @default - none */
  readonly values?: Readonly<Record<string, unknown>>;
  /** Reconcile interval. @default '10m' */
  readonly interval?: TierValue<string, string>;
  /** Timeout of Helm actions. @default '5m' */
  readonly timeout?: TierValue<string, string>;
  /** Namespace the release is installed into. @default - the HelmRelease's namespace */
  readonly targetNamespace?: string;
  /** HelmReleases that must be ready first. @default - none */
  readonly dependsOn?: readonly HelmRelease[];
  /** Tier whose values are used, when the construct is not in a tier folder. @default - the enclosing tier */
  readonly tier?: Tier;
}

/** A Flux `HelmRelease` (helm.toolkit.fluxcd.io/v2), its chart given by source construct. */
export class HelmRelease extends Construct {
  /** The generated object. */
  public readonly resource: HelmReleaseL1;
  /** `metadata.name`. */
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: HelmReleaseProps) {
    super(scope, id);
    const chart = props.chart as Partial<{
      repository: HelmRepository;
      chart: string;
      version: string;
      ociRepository: OciRepository;
    }>;
    if (!chart || (!chart.repository && !chart.ociRepository)) {
      throw new GitOpsError('HelmRelease has no chart source', {
        code: 'FLUX_HELMRELEASE_NO_SOURCE',
        constructPath: this.node.path,
        field: 'chart',
        hint: "give `chart: { repository: helmRepository, chart: 'podinfo', version: '6.x' }` or `chart: { ociRepository }`",
      });
    }
    if (chart.repository && !chart.chart) {
      throw new GitOpsError('HelmRelease names a Helm repository but no chart', {
        code: 'FLUX_HELMRELEASE_NO_SOURCE',
        constructPath: this.node.path,
        field: 'chart.chart',
        hint: "name the chart in the repository, e.g. `chart: 'podinfo'`",
      });
    }
    const interval = valueForScope(this, props.interval ?? '10m', 'interval', props.tier);
    const timeout = valueForScope(this, props.timeout ?? '5m', 'timeout', props.tier);
    checkDuration(this, interval, 'interval');
    checkDuration(this, timeout, 'timeout');
    const source = (chart.repository ?? chart.ociRepository) as IFluxSource;
    this.resource = new (fluxHelmreleaseModule().HelmRelease)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        interval,
        timeout,
        ...(chart.repository
          ? {
              chart: {
                spec: {
                  chart: chart.chart as string,
                  ...(chart.version ? { version: chart.version } : {}),
                  sourceRef: sourceRefOf(source, FolderChart.tryOf(this)?.namespace) as never,
                },
              },
            }
          : { chartRef: sourceRefOf(source, FolderChart.tryOf(this)?.namespace) as never }),
        ...(props.values ? { values: props.values } : {}),
        ...(props.targetNamespace ? { targetNamespace: props.targetNamespace } : {}),
        ...(props.dependsOn?.length ? { dependsOn: props.dependsOn.map((d) => ({ name: d.name })) } : {}),
      },
    });
    this.name = this.resource.name;
  }
}
