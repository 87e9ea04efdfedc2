/** A Kubernetes object as written to the tree: plain JSON with apiVersion, kind and metadata. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** One file of the output tree and where it came from. */
export interface Manifest {
  /** Path relative to the outdir, with `/` separators, e.g. `environments/dev/applications/user-service/deployment-user-service.yaml`. */
  readonly file: string;
  /** The object, keys in output order. */
  readonly object: KubeObject;
  /** Construct path of the ApiObject that produced it. @default - unknown (read from a tree on disk) */
  readonly constructPath?: string;
  /** Tier the file belongs to. @default - none (platform-core, shared, bootstrap) */
  readonly tier?: string;
  /** Kubernetes version of the cluster the object is applied to, e.g. `1.33.0`. */
  readonly kubernetesVersion: string;
  /**
   * Checks waived for this object, by check code, with the reason the user gave
   * (e.g. `{ 'secret.plaintext': 'test fixture' }`, see `ISSUE_CODES`). @default - none
   */
  readonly waivers?: Readonly<Record<string, string>>;
  /**
   * The object has no `null` members (synth guarantees it: cdk8s drops them), so validation need not
   * look for them. @default false
   */
  readonly nullFree?: boolean;
}
