import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * GitRepository is the Schema for the gitrepositories API.
 *
 * @schema GitRepository
 */
export declare class GitRepository extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GitRepository"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GitRepository".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: GitRepositoryProps): any;
    /**
     * Defines a "GitRepository" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: GitRepositoryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * GitRepository is the Schema for the gitrepositories API.
 *
 * @schema GitRepository
 */
export interface GitRepositoryProps {
    /**
     * @schema GitRepository#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * GitRepositorySpec specifies the required configuration to produce an
     * Artifact for a Git repository.
     *
     * @schema GitRepository#spec
     */
    readonly spec?: GitRepositorySpec;
}
/**
 * Converts an object of type 'GitRepositoryProps' to JSON representation.
 */
export declare function toJson_GitRepositoryProps(obj: GitRepositoryProps | undefined): Record<string, any> | undefined;
/**
 * GitRepositorySpec specifies the required configuration to produce an
 * Artifact for a Git repository.
 *
 * @schema GitRepositorySpec
 */
export interface GitRepositorySpec {
    /**
     * Ignore overrides the set of excluded patterns in the .sourceignore format
     * (which is the same as .gitignore). If not provided, a default will be used,
     * consult the documentation for your version to find out what those are.
     *
     * @schema GitRepositorySpec#ignore
     */
    readonly ignore?: string;
    /**
     * Include specifies a list of GitRepository resources which Artifacts
     * should be included in the Artifact produced for this GitRepository.
     *
     * @schema GitRepositorySpec#include
     */
    readonly include?: GitRepositorySpecInclude[];
    /**
     * Interval at which the GitRepository URL is checked for updates.
     * This interval is approximate and may be subject to jitter to ensure
     * efficient use of resources.
     *
     * @schema GitRepositorySpec#interval
     */
    readonly interval: string;
    /**
     * Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.
     * When not specified, defaults to 'generic'.
     *
     * @schema GitRepositorySpec#provider
     */
    readonly provider?: GitRepositorySpecProvider;
    /**
     * ProxySecretRef specifies the Secret containing the proxy configuration
     * to use while communicating with the Git server.
     *
     * @schema GitRepositorySpec#proxySecretRef
     */
    readonly proxySecretRef?: GitRepositorySpecProxySecretRef;
    /**
     * RecurseSubmodules enables the initialization of all submodules within
     * the GitRepository as cloned from the URL, using their default settings.
     *
     * @schema GitRepositorySpec#recurseSubmodules
     */
    readonly recurseSubmodules?: boolean;
    /**
     * Reference specifies the Git reference to resolve and monitor for
     * changes, defaults to the 'master' branch.
     *
     * @schema GitRepositorySpec#ref
     */
    readonly ref?: GitRepositorySpecRef;
    /**
     * SecretRef specifies the Secret containing authentication credentials for
     * the GitRepository.
     * For HTTPS repositories the Secret must contain 'username' and 'password'
     * fields for basic auth or 'bearerToken' field for token auth.
     * For SSH repositories the Secret must contain 'identity'
     * and 'known_hosts' fields.
     *
     * @schema GitRepositorySpec#secretRef
     */
    readonly secretRef?: GitRepositorySpecSecretRef;
    /**
     * ServiceAccountName is the name of the Kubernetes ServiceAccount used to
     * authenticate to the GitRepository. This field is only supported for 'azure' and 'aws' providers.
     *
     * @schema GitRepositorySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * SparseCheckout specifies a list of directories to checkout when cloning
     * the repository. If specified, only these directories are included in the
     * Artifact produced for this GitRepository.
     *
     * @schema GitRepositorySpec#sparseCheckout
     */
    readonly sparseCheckout?: string[];
    /**
     * Suspend tells the controller to suspend the reconciliation of this
     * GitRepository.
     *
     * @schema GitRepositorySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * Timeout for Git operations like cloning, defaults to 60s.
     *
     * @schema GitRepositorySpec#timeout
     */
    readonly timeout?: string;
    /**
     * URL specifies the Git repository URL, it can be an HTTP/S or SSH address.
     *
     * @schema GitRepositorySpec#url
     */
    readonly url: string;
    /**
     * Verification specifies the configuration to verify the Git commit
     * signature(s).
     *
     * @schema GitRepositorySpec#verify
     */
    readonly verify?: GitRepositorySpecVerify;
}
/**
 * Converts an object of type 'GitRepositorySpec' to JSON representation.
 */
export declare function toJson_GitRepositorySpec(obj: GitRepositorySpec | undefined): Record<string, any> | undefined;
/**
 * GitRepositoryInclude specifies a local reference to a GitRepository which
 * Artifact (sub-)contents must be included, and where they should be placed.
 *
 * @schema GitRepositorySpecInclude
 */
export interface GitRepositorySpecInclude {
    /**
     * FromPath specifies the path to copy contents from, defaults to the root
     * of the Artifact.
     *
     * @schema GitRepositorySpecInclude#fromPath
     */
    readonly fromPath?: string;
    /**
     * GitRepositoryRef specifies the GitRepository which Artifact contents
     * must be included.
     *
     * @schema GitRepositorySpecInclude#repository
     */
    readonly repository: GitRepositorySpecIncludeRepository;
    /**
     * ToPath specifies the path to copy contents to, defaults to the name of
     * the GitRepositoryRef.
     *
     * @schema GitRepositorySpecInclude#toPath
     */
    readonly toPath?: string;
}
/**
 * Converts an object of type 'GitRepositorySpecInclude' to JSON representation.
 */
export declare function toJson_GitRepositorySpecInclude(obj: GitRepositorySpecInclude | undefined): Record<string, any> | undefined;
/**
 * Provider used for authentication, can be 'aws', 'azure', 'github', 'generic'.
 * When not specified, defaults to 'generic'.
 *
 * @schema GitRepositorySpecProvider
 */
export declare enum GitRepositorySpecProvider {
    /** generic */
    GENERIC = "generic",
    /** aws */
    AWS = "aws",
    /** azure */
    AZURE = "azure",
    /** github */
    GITHUB = "github"
}
/**
 * ProxySecretRef specifies the Secret containing the proxy configuration
 * to use while communicating with the Git server.
 *
 * @schema GitRepositorySpecProxySecretRef
 */
export interface GitRepositorySpecProxySecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecProxySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecProxySecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecProxySecretRef(obj: GitRepositorySpecProxySecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference specifies the Git reference to resolve and monitor for
 * changes, defaults to the 'master' branch.
 *
 * @schema GitRepositorySpecRef
 */
export interface GitRepositorySpecRef {
    /**
     * Branch to check out, defaults to 'master' if no other field is defined.
     *
     * @schema GitRepositorySpecRef#branch
     */
    readonly branch?: string;
    /**
     * Commit SHA to check out, takes precedence over all reference fields.
     *
     * This can be combined with Branch to shallow clone the branch, in which
     * the commit is expected to exist.
     *
     * @schema GitRepositorySpecRef#commit
     */
    readonly commit?: string;
    /**
     * Name of the reference to check out; takes precedence over Branch, Tag and SemVer.
     *
     * It must be a valid Git reference: https://git-scm.com/docs/git-check-ref-format#_description
     * Examples: "refs/heads/main", "refs/tags/v0.1.0", "refs/pull/420/head", "refs/merge-requests/1/head"
     *
     * @schema GitRepositorySpecRef#name
     */
    readonly name?: string;
    /**
     * SemVer tag expression to check out, takes precedence over Tag.
     *
     * @schema GitRepositorySpecRef#semver
     */
    readonly semver?: string;
    /**
     * Tag to check out, takes precedence over Branch.
     *
     * @schema GitRepositorySpecRef#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'GitRepositorySpecRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecRef(obj: GitRepositorySpecRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef specifies the Secret containing authentication credentials for
 * the GitRepository.
 * For HTTPS repositories the Secret must contain 'username' and 'password'
 * fields for basic auth or 'bearerToken' field for token auth.
 * For SSH repositories the Secret must contain 'identity'
 * and 'known_hosts' fields.
 *
 * @schema GitRepositorySpecSecretRef
 */
export interface GitRepositorySpecSecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecSecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecSecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecSecretRef(obj: GitRepositorySpecSecretRef | undefined): Record<string, any> | undefined;
/**
 * Verification specifies the configuration to verify the Git commit
 * signature(s).
 *
 * @schema GitRepositorySpecVerify
 */
export interface GitRepositorySpecVerify {
    /**
     * Mode specifies which Git object(s) should be verified.
     *
     * The variants "head" and "HEAD" both imply the same thing, i.e. verify
     * the commit that the HEAD of the Git repository points to. The variant
     * "head" solely exists to ensure backwards compatibility.
     *
     * @schema GitRepositorySpecVerify#mode
     */
    readonly mode?: GitRepositorySpecVerifyMode;
    /**
     * SecretRef specifies the Secret containing the public keys of trusted Git
     * authors. PGP public keys must be stored under keys with the .asc suffix,
     * and SSH public keys must be stored under keys with the .sshpub suffix.
     *
     * @schema GitRepositorySpecVerify#secretRef
     */
    readonly secretRef: GitRepositorySpecVerifySecretRef;
}
/**
 * Converts an object of type 'GitRepositorySpecVerify' to JSON representation.
 */
export declare function toJson_GitRepositorySpecVerify(obj: GitRepositorySpecVerify | undefined): Record<string, any> | undefined;
/**
 * GitRepositoryRef specifies the GitRepository which Artifact contents
 * must be included.
 *
 * @schema GitRepositorySpecIncludeRepository
 */
export interface GitRepositorySpecIncludeRepository {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecIncludeRepository#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecIncludeRepository' to JSON representation.
 */
export declare function toJson_GitRepositorySpecIncludeRepository(obj: GitRepositorySpecIncludeRepository | undefined): Record<string, any> | undefined;
/**
 * Mode specifies which Git object(s) should be verified.
 *
 * The variants "head" and "HEAD" both imply the same thing, i.e. verify
 * the commit that the HEAD of the Git repository points to. The variant
 * "head" solely exists to ensure backwards compatibility.
 *
 * @schema GitRepositorySpecVerifyMode
 */
export declare enum GitRepositorySpecVerifyMode {
    /** head */
    HEAD = "head",
    /** Tag */
    TAG = "Tag",
    /** TagAndHEAD */
    TAG_AND_HEAD = "TagAndHEAD"
}
/**
 * SecretRef specifies the Secret containing the public keys of trusted Git
 * authors. PGP public keys must be stored under keys with the .asc suffix,
 * and SSH public keys must be stored under keys with the .sshpub suffix.
 *
 * @schema GitRepositorySpecVerifySecretRef
 */
export interface GitRepositorySpecVerifySecretRef {
    /**
     * Name of the referent.
     *
     * @schema GitRepositorySpecVerifySecretRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GitRepositorySpecVerifySecretRef' to JSON representation.
 */
export declare function toJson_GitRepositorySpecVerifySecretRef(obj: GitRepositorySpecVerifySecretRef | undefined): Record<string, any> | undefined;
