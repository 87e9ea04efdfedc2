/** A Kubernetes ServiceAccount an external-secrets store authenticates as. */
export interface StoreServiceAccount {
  readonly name: string;
  /** Namespace (ClusterSecretStore only). @default - the ExternalSecret's namespace */
  readonly namespace?: string;
  /** Token audiences. @default - none */
  readonly audiences?: readonly string[];
}

/** Props of {@link StoreProvider.awsSecretsManager}. */
export interface AwsSecretsManagerProps {
  /** AWS region, e.g. `eu-central-1`. */
  readonly region: string;
  /** IAM role to assume. @default - none */
  readonly role?: string;
  /** Authenticate with IRSA through this ServiceAccount. @default - the controller's own credentials */
  readonly serviceAccount?: StoreServiceAccount;
  /** Use Parameter Store instead of Secrets Manager. @default false */
  readonly parameterStore?: boolean;
}

/** Props of {@link StoreProvider.vault}. */
export interface VaultProps {
  /** Vault address, `https://vault.example.com:8200`. */
  readonly server: string;
  /** Mount path of the KV engine. @default 'secret' */
  readonly path?: string;
  /** KV engine version. @default 'v2' */
  readonly version?: 'v1' | 'v2';
  /** Vault namespace (Enterprise). @default - none */
  readonly namespace?: string;
  /** Kubernetes auth: mount path, role and ServiceAccount. */
  readonly kubernetesAuth: {
    readonly mountPath?: string;
    readonly role: string;
    readonly serviceAccount?: StoreServiceAccount;
  };
}

/** Props of {@link StoreProvider.gcpSecretManager}. */
export interface GcpSecretManagerProps {
  /** GCP project holding the secrets. */
  readonly projectId: string;
  /** Secret location for regional secrets. @default - global secrets */
  readonly location?: string;
  /** Workload Identity: the GKE cluster and the Kubernetes ServiceAccount bound to a GCP service account. */
  readonly workloadIdentity?: {
    readonly clusterLocation: string;
    readonly clusterName: string;
    readonly serviceAccount: StoreServiceAccount;
  };
}

const serviceAccountRef = (sa: StoreServiceAccount): Record<string, unknown> => ({
  name: sa.name,
  ...(sa.namespace ? { namespace: sa.namespace } : {}),
  ...(sa.audiences?.length ? { audiences: [...sa.audiences] } : {}),
});

/**
 * The backend of a SecretStore or ClusterSecretStore: AWS Secrets Manager (or Parameter Store), HashiCorp
 * Vault, or GCP Secret Manager, as `spec.provider` of the external-secrets.io/v1 CRDs.
 */
export class StoreProvider {
  /** AWS Secrets Manager (or Parameter Store), with IRSA through a ServiceAccount. */
  public static awsSecretsManager(props: AwsSecretsManagerProps): StoreProvider {
    return new StoreProvider('aws', {
      aws: {
        service: props.parameterStore ? 'ParameterStore' : 'SecretsManager',
        region: props.region,
        ...(props.role ? { role: props.role } : {}),
        ...(props.serviceAccount
          ? { auth: { jwt: { serviceAccountRef: serviceAccountRef(props.serviceAccount) } } }
          : {}),
      },
    });
  }

  /** HashiCorp Vault KV with Kubernetes auth. */
  public static vault(props: VaultProps): StoreProvider {
    return new StoreProvider('vault', {
      vault: {
        server: props.server,
        path: props.path ?? 'secret',
        version: props.version ?? 'v2',
        ...(props.namespace ? { namespace: props.namespace } : {}),
        auth: {
          kubernetes: {
            mountPath: props.kubernetesAuth.mountPath ?? 'kubernetes',
            role: props.kubernetesAuth.role,
            ...(props.kubernetesAuth.serviceAccount
              ? { serviceAccountRef: serviceAccountRef(props.kubernetesAuth.serviceAccount) }
              : {}),
          },
        },
      },
    });
  }

  /** GCP Secret Manager, with Workload Identity. */
  public static gcpSecretManager(props: GcpSecretManagerProps): StoreProvider {
    const wi = props.workloadIdentity;
    return new StoreProvider('gcpsm', {
      gcpsm: {
        projectId: props.projectId,
        ...(props.location ? { location: props.location } : {}),
        ...(wi
          ? {
              auth: {
                workloadIdentity: {
                  clusterLocation: wi.clusterLocation,
                  clusterName: wi.clusterName,
                  serviceAccountRef: serviceAccountRef(wi.serviceAccount),
                },
              },
            }
          : {}),
      },
    });
  }

  private constructor(
    /** Provider key in `spec.provider`: `aws`, `vault`, `gcpsm`. */
    public readonly type: string,
    /** `spec.provider`. */
    public readonly spec: Readonly<Record<string, unknown>>,
  ) {}
}
