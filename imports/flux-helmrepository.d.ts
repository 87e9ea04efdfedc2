import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * HelmRepository is the Schema for the helmrepositories API.
 *
 * @schema HelmRepository
 */
export declare class HelmRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "HelmRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "HelmRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: HelmRepositoryProps): any;
    /**
     * Defines a "HelmRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: HelmRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * HelmRepository is the Schema for the helmrepositories API.
 *
 * @schema HelmRepository
 */
export interface HelmRepositoryProps {
    /**
     * @schema HelmRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * HelmRepositorySpec specifies the required configuration to produce an
     * Artifact for a Helm repository index YAML.
     *
     * @schema HelmRepository#spec
     */
    readonly spec?: HelmRepositorySpec;
}
/**
 * Converts an object of type 'HelmRepositoryProps' to JSON representation.
 */
export declare function toJson_HelmRepositoryProps(obj: HelmRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * HelmRepositorySpec specifies the required configuration to produce an
 * Artifact for a Helm repository index YAML.
 *
 * @schema HelmRepositorySpec
 */
export interface HelmRepositorySpec {
    /**
     * AccessFrom specifies an Access Control List for allowing cross-namespace
     * references to this object.
     * NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092
     *
     * @schema HelmRepositorySpec#accessFrom
     */
    readonly accessFrom?: HelmRepositorySpecAccessFrom;
    /**
     * CertSecretRef can be given the name of a Secret containing
     * either or both of
     *
     * - a PEM-encoded client certificate (`tls.crt`) and private
     * key (`tls.key`);
     * - a PEM-encoded CA certificate (`ca.crt`)
     *
     * and whichever are supplied, will be used for connecting to the
     * registry. The client cert and key are useful if you are
     * authenticating with a certificate; the CA cert is useful if
     * you are using a self-signed server certificate. The Secret must
     * be of type `Opaque` or `kubernetes.io/tls`.
     *
     * It takes precedence over the values specified in the Secret referred
     * to by `.spec.secretRef`.
     *
     * @schema HelmRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: HelmRepositorySpecCertSecretRef;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     * This field is only taken into account if the .spec.type field is set to 'oci'.
     *
     * @schema HelmRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the HelmRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema HelmRepositorySpec#interval
     */
    readonly interval?: string;
    /**
     * PassCredentials allows the credentials from the SecretRef to be passed
     * on to a host that does not match the host as defined in URL.
     * This may be required if the host of the advertised chart URLs in the
     * index differ from the defined URL.
     * Enabling this should be done with caution, as it can potentially result
     * in credentials getting stolen in a MITM-attack.
     *
     * @schema HelmRepositorySpec#passCredentials
     */
    readonly passCredentials?: boolean;
    /**
     * Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
     * When not specified, defaults to 'generic'.
     *
     * @schema HelmRepositorySpec#provider
     */
    readonly provider?: HelmRepositorySpecProvider;
    /**
     * SecretRef specifies the Secret containing authentication credentials
     * for the HelmRepository.
     * For HTTP/S basic auth the secret must contain 'username' and 'password'
     * fields.
     * Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
     * keys is deprecated. Please use `.spec.certSecretRef` instead.
     *
     * @schema HelmRepositorySpec#secretRef
     */
    readonly secretRef?: HelmRepositorySpecSecretRef;
    /**
     * Suspend tells the controller to suspend the reconciliation of this
     * HelmRepository.
     *
     * @schema HelmRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout is used for the index fetch operation for an HTTPS helm repository,
     * and for remote OCI Repository operations like pulling for an OCI helm
     * chart by the associated HelmChart.
     * Its default value is 60s.
     *
     * @schema HelmRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * Type of the HelmRepository.
     * When this field is set to  "oci", the URL field value must be prefixed with "oci://".
     *
     * @schema HelmRepositorySpec#type
     */
    readonly type?: HelmRepositorySpecType;
    /**
     * URL of the Helm repository, a valid URL contains at least a protocol and
     * host.
     *
     * @schema HelmRepositorySpec#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'HelmRepositorySpec' to JSON representation.
 */
export declare function toJson_HelmRepositorySpec(obj: HelmRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * AccessFrom specifies an Access Control List for allowing cross-namespace
 * references to this object.
 * NOTE: Not implemented, provisional as of https://github.com/fluxcd/flux2/pull/2092
 *
 * @schema HelmRepositorySpecAccessFrom
 */
export interface HelmRepositorySpecAccessFrom {
    /**
     * NamespaceSelectors is the list of namespace selectors to which this ACL applies.
     * Items in this list are evaluated using a logical OR operation.
     *
     * @schema HelmRepositorySpecAccessFrom#namespaceSelectors
     */
    readonly namespaceSelectors: HelmRepositorySpecAccessFromNamespaceSelectors[];
}
/**
 * Converts an object of type 'HelmRepositorySpecAccessFrom' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecAccessFrom(obj: HelmRepositorySpecAccessFrom | undefined): Record<string, any> | undefined;
/**
 * CertSecretRef can be given the name of a Secret containing
 * either or both of
 *
 * - a PEM-encoded client certificate (`tls.crt`) and private
 * key (`tls.key`);
 * - a PEM-encoded CA certificate (`ca.crt`)
 *
 * and whichever are supplied, will be used for connecting to the
 * registry. The client cert and key are useful if you are
 * authenticating with a certificate; the CA cert is useful if
 * you are using a self-signed server certificate. The Secret must
 * be of type `Opaque` or `kubernetes.io/tls`.
 *
 * It takes precedence over the values specified in the Secret referred
 * to by `.spec.secretRef`.
 *
 * @schema HelmRepositorySpecCertSecretRef
 */
export interface HelmRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema HelmRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HelmRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecCertSecretRef(obj: HelmRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * This field is optional, and only taken into account if the .spec.type field is set to 'oci'.
 * When not specified, defaults to 'generic'.
 *
 * @schema HelmRepositorySpecProvider
 */
export declare enum HelmRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** gcp */
    GCP = "gcp"
}
/**
 * SecretRef specifies the Secret containing authentication credentials
 * for the HelmRepository.
 * For HTTP/S basic auth the secret must contain 'username' and 'password'
 * fields.
 * Support for TLS auth using the 'certFile' and 'keyFile', and/or 'caFile'
 * keys is deprecated. Please use `.spec.certSecretRef` instead.
 *
 * @schema HelmRepositorySpecSecretRef
 */
export interface HelmRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema HelmRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'HelmRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecSecretRef(obj: HelmRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Type of the HelmRepository.
 * When this field is set to  "oci", the URL field value must be prefixed with "oci://".
 *
 * @schema HelmRepositorySpecType
 */
export declare enum HelmRepositorySpecType {
    /** default */
    DEFAULT = "default",
    /** oci */
    OCI = "oci"
}
/**
 * NamespaceSelector selects the namespaces to which this ACL applies.
 * An empty map of MatchLabels matches all namespaces in a cluster.
 *
 * @schema HelmRepositorySpecAccessFromNamespaceSelectors
 */
export interface HelmRepositorySpecAccessFromNamespaceSelectors {
    /**
     * MatchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema HelmRepositorySpecAccessFromNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'HelmRepositorySpecAccessFromNamespaceSelectors' to JSON representation.
 */
export declare function toJson_HelmRepositorySpecAccessFromNamespaceSelectors(obj: HelmRepositorySpecAccessFromNamespaceSelectors | undefined): Record<string, any> | undefined;
