import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export declare class OciRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "OCIRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "OCIRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: OciRepositoryProps): any;
    /**
     * Defines a "OCIRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: OciRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * OCIRepository is the Schema for the ocirepositories API
 *
 * @schema OCIRepository
 */
export interface OciRepositoryProps {
    /**
     * @schema OCIRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * OCIRepositorySpec defines the desired state of OCIRepository
     *
     * @schema OCIRepository#spec
     */
    readonly spec?: OciRepositorySpec;
}
/**
 * Converts an object of type 'OciRepositoryProps' to JSON representation.
 */
export declare function toJson_OciRepositoryProps(obj: OciRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * OCIRepositorySpec defines the desired state of OCIRepository
 *
 * @schema OciRepositorySpec
 */
export interface OciRepositorySpec {
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
     * @schema OciRepositorySpec#certSecretRef
     */
    readonly certSecretRef?: OciRepositorySpecCertSecretRef;
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema OciRepositorySpec#ignore
     */
    readonly ignore?: string;
    /**
     * Insecure allows connecting to a non-TLS HTTP container registry.
     *
     * @schema OciRepositorySpec#insecure
     */
    readonly insecure?: boolean;
    /**
     * Interval at which the OCIRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema OciRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * LayerSelector specifies which layer should be extracted from the OCI artifact.
     * When not specified, the first layer found in the artifact is selected.
     *
     * @schema OciRepositorySpec#layerSelector
     */
    readonly layerSelector?: OciRepositorySpecLayerSelector;
    /**
     * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema OciRepositorySpec#provider
     */
    readonly provider?: OciRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the container registry.
     *
     * @schema OciRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: OciRepositorySpecProxySecretRef;
    /**
     * The OCI reference to pull and monitor for changes,
     * defaults to the latest tag.
     *
     * @schema OciRepositorySpec#ref
     */
    readonly ref?: OciRepositorySpecRef;
    /**
     * SecretRef contains the secret name containing the registry login
     * credentials to resolve image metadata.
     * The secret must be of type kubernetes.io/dockerconfigjson.
     *
     * @schema OciRepositorySpec#secretRef
     */
    readonly secretRef?: OciRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to authenticate
     * the image pull if the service account has attached pull secrets. For more information:
     * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#add-imagepullsecrets-to-a-service-account
     *
     * @schema OciRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * This flag tells the controller to suspend the reconciliation of this source.
     *
     * @schema OciRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * The timeout for remote OCI Repository operations like pulling, defaults to 60s.
     *
     * @schema OciRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * URL is a reference to an OCI artifact repository hosted
     * on a remote container registry.
     *
     * @schema OciRepositorySpec#url
     */
    readonly url: string;
    /**
     * Verify contains the secret name containing the trusted public keys
     * used to verify the signature and specifies which provider to use to check
     * whether OCI image is authentic.
     *
     * @schema OciRepositorySpec#verify
     */
    readonly verify?: OciRepositorySpecVerify;
}
/**
 * Converts an object of type 'OciRepositorySpec' to JSON representation.
 */
export declare function toJson_OciRepositorySpec(obj: OciRepositorySpec | undefined): Record<string, any> | undefined;
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
 * @schema OciRepositorySpecCertSecretRef
 */
export interface OciRepositorySpecCertSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecCertSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecCertSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecCertSecretRef(obj: OciRepositorySpecCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * LayerSelector specifies which layer should be extracted from the OCI artifact.
 * When not specified, the first layer found in the artifact is selected.
 *
 * @schema OciRepositorySpecLayerSelector
 */
export interface OciRepositorySpecLayerSelector {
    /**
     * MediaType specifies the OCI media type of the layer
     * which should be extracted from the OCI Artifact. The
     * first layer matching this type is selected.
     *
     * @schema OciRepositorySpecLayerSelector#mediaType
     */
    readonly mediaType?: string;
    /**
     * Operation specifies how the selected layer should be processed.
     * By default, the layer compressed content is extracted to storage.
     * When the operation is set to 'copy', the layer compressed content
     * is persisted to storage as it is.
     *
     * @schema OciRepositorySpecLayerSelector#operation
     */
    readonly operation?: OciRepositorySpecLayerSelectorOperation;
}
/**
 * Converts an object of type 'OciRepositorySpecLayerSelector' to JSON representation.
 */
export declare function toJson_OciRepositorySpecLayerSelector(obj: OciRepositorySpecLayerSelector | undefined): Record<string, any> | undefined;
/**
 * The provider used for authentication, can be 'aws', 'azure', 'gcp' or 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema OciRepositorySpecProvider
 */
export declare enum OciRepositorySpecProvider {
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
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the container registry.
 *
 * @schema OciRepositorySpecProxySecretRef
 */
export interface OciRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecProxySecretRef(obj: OciRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * The OCI reference to pull and monitor for changes,
 * defaults to the latest tag.
 *
 * @schema OciRepositorySpecRef
 */
export interface OciRepositorySpecRef {
    /**
     * Digest is the image digest to pull, takes precedence over SemVer.
     * The value should be in the format 'sha256:<HASH>'.
     *
     * @schema OciRepositorySpecRef#digest
     */
    readonly digest?: string;
    /**
     * SemVer is the range of tags to pull selecting the latest within
     * the range, takes precedence over Tag.
     *
     * @schema OciRepositorySpecRef#semver
     */
    readonly semver?: string;
    /**
     * SemverFilter is a regex pattern to filter the tags within the SemVer range.
     *
     * @schema OciRepositorySpecRef#semverFilter
     */
    readonly semverFilter?: string;
    /**
     * Tag is the image tag to pull, defaults to latest.
     *
     * @schema OciRepositorySpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'OciRepositorySpecRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecRef(obj: OciRepositorySpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the secret name containing the registry login
 * credentials to resolve image metadata.
 * The secret must be of type kubernetes.io/dockerconfigjson.
 *
 * @schema OciRepositorySpecSecretRef
 */
export interface OciRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecSecretRef(obj: OciRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verify contains the secret name containing the trusted public keys
 * used to verify the signature and specifies which provider to use to check
 * whether OCI image is authentic.
 *
 * @schema OciRepositorySpecVerify
 */
export interface OciRepositorySpecVerify {
    /**
     * MatchOIDCIdentity specifies the identity matching criteria to use
     * while verifying an OCI artifact which was signed using Cosign keyless
     * signing. The artifact's identity is deemed to be verified if any of the
     * specified matchers match against the identity.
     *
     * @schema OciRepositorySpecVerify#matchOIDCIdentity
     */
    readonly matchOidcIdentity?: OciRepositorySpecVerifyMatchOidcIdentity[];
    /**
     * Provider specifies the technology used to sign the OCI Artifact.
     *
     * @schema OciRepositorySpecVerify#provider
     */
    readonly provider: OciRepositorySpecVerifyProvider;
    /**
     * SecretRef specifies the Kubernetes Secret containing the
     * trusted public keys.
     *
     * @schema OciRepositorySpecVerify#secretRef
     */
    readonly secretRef?: OciRepositorySpecVerifySecretRef;
    /**
     * TrustedRootSecretRef specifies the Kubernetes Secret containing a
     * Sigstore trusted_root.json file. This enables verification against
     * self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted
     * Rekor instance). The Secret must contain a key named "trusted_root.json".
     *
     * @schema OciRepositorySpecVerify#trustedRootSecretRef
     */
    readonly trustedRootSecretRef?: OciRepositorySpecVerifyTrustedRootSecretRef;
}
/**
 * Converts an object of type 'OciRepositorySpecVerify' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerify(obj: OciRepositorySpecVerify | undefined): Record<string, any> | undefined;
/**
 * Operation specifies how the selected layer should be processed.
 * By default, the layer compressed content is extracted to storage.
 * When the operation is set to 'copy', the layer compressed content
 * is persisted to storage as it is.
 *
 * @schema OciRepositorySpecLayerSelectorOperation
 */
export declare enum OciRepositorySpecLayerSelectorOperation {
    /** extract */
    EXTRACT = "extract",
    /** copy */
    COPY = "copy"
}
/**
 * OIDCIdentityMatch specifies options for verifying the certificate identity,
 * i.e. the issuer and the subject of the certificate.
 *
 * @schema OciRepositorySpecVerifyMatchOidcIdentity
 */
export interface OciRepositorySpecVerifyMatchOidcIdentity {
    /**
     * Issuer specifies the regex pattern to match against to verify
     * the OIDC issuer in the Fulcio certificate. The pattern must be a
     * valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#issuer
     */
    readonly issuer: string;
    /**
     * Subject specifies the regex pattern to match against to verify
     * the identity subject in the Fulcio certificate. The pattern must
     * be a valid Go regular expression.
     *
     * @schema OciRepositorySpecVerifyMatchOidcIdentity#subject
     */
    readonly subject: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifyMatchOidcIdentity' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifyMatchOidcIdentity(obj: OciRepositorySpecVerifyMatchOidcIdentity | undefined): Record<string, any> | undefined;
/**
 * Provider specifies the technology used to sign the OCI Artifact.
 *
 * @schema OciRepositorySpecVerifyProvider
 */
export declare enum OciRepositorySpecVerifyProvider {
    /** cosign */
    COSIGN = "cosign",
    /** notation */
    NOTATION = "notation"
}
/**
 * SecretRef specifies the Kubernetes Secret containing the
 * trusted public keys.
 *
 * @schema OciRepositorySpecVerifySecretRef
 */
export interface OciRepositorySpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifySecretRef(obj: OciRepositorySpecVerifySecretRef | undefined): Record<string, any> | undefined;
/**
 * TrustedRootSecretRef specifies the Kubernetes Secret containing a
 * Sigstore trusted_root.json file. This enables verification against
 * self-hosted Sigstore infrastructure (custom Fulcio CA, self-hosted
 * Rekor instance). The Secret must contain a key named "trusted_root.json".
 *
 * @schema OciRepositorySpecVerifyTrustedRootSecretRef
 */
export interface OciRepositorySpecVerifyTrustedRootSecretRef {
    /**
     * Name of the referent.
     *
     * @schema OciRepositorySpecVerifyTrustedRootSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'OciRepositorySpecVerifyTrustedRootSecretRef' to JSON representation.
 */
export declare function toJson_OciRepositorySpecVerifyTrustedRootSecretRef(obj: OciRepositorySpecVerifyTrustedRootSecretRef | undefined): Record<string, any> | undefined;
