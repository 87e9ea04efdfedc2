import { Construct } from 'constructs';
import type { OciRepository as OciRepositoryL1 } from '../../imports/flux-ocirepository.js';
import { GitOpsError } from '../errors/index.js';
import { checkDuration, type IFluxSource } from './source.js';
import type * as FluxOcirepositoryModule from '../../imports/flux-ocirepository.js';
import { generatedModule } from '../lazy/index.js';

const fluxOcirepositoryModule = generatedModule<typeof FluxOcirepositoryModule>('flux-ocirepository');

/** Which artifact an OCIRepository pulls; exactly one field. */
export type OciRef = { readonly tag: string } | { readonly semver: string } | { readonly digest: string };

/** Props of an {@link OciRepository}. */
export interface OciRepositoryProps {
  /** Object name. @default 'flux-system' */
  readonly name?: string;
  /** Artifact URL, `oci://registry/repository`. */
  readonly url: string;
  /** Tag, semver range or digest to pull. @default { tag: 'latest' } */
  readonly ref?: OciRef;
  /** How often the registry is polled. @default '5m' */
  readonly interval?: string;
  /** Secret with registry credentials. @default - none */
  readonly secretName?: string;
  /**
   * Folder of the tree inside the artifact. @default '' (the artifact is the tree, pushed with
   * `flux push artifact oci://… --path=dist`)
   */
  readonly treeRoot?: string;
}

/**
 * A Flux `OCIRepository` (source.toolkit.fluxcd.io/v1): the synthesized tree pushed as an OCI artifact
 * by CI, for clusters that should not pull from git.
 */
export class OciRepository extends Construct implements IFluxSource {
  public readonly sourceKind = 'OCIRepository';
  public readonly sourceName: string;
  public readonly sourceNamespace?: string;
  public readonly treeRoot: string;
  /** The generated object. */
  public readonly resource: OciRepositoryL1;

  public constructor(scope: Construct, id: string, props: OciRepositoryProps) {
    super(scope, id);
    if (!/^oci:\/\/[^/]+\/.+/.test(props.url)) {
      throw new GitOpsError(`OCIRepository url '${props.url}' is not an oci:// URL`, {
        code: 'FLUX_OCI_URL_INVALID',
        constructPath: this.node.path,
        field: 'url',
        hint: "write it as 'oci://ghcr.io/acme/platform-manifests'",
      });
    }
    const interval = props.interval ?? '5m';
    checkDuration(this, interval, 'interval');
    this.sourceName = props.name ?? 'flux-system';
    this.treeRoot = props.treeRoot ?? '';
    this.resource = new (fluxOcirepositoryModule().OciRepository)(this, 'Resource', {
      metadata: { name: this.sourceName },
      spec: {
        url: props.url,
        interval,
        ref: props.ref ?? { tag: 'latest' },
        ...(props.secretName ? { secretRef: { name: props.secretName } } : {}),
      },
    });
    this.sourceNamespace = this.resource.metadata.namespace;
  }
}
