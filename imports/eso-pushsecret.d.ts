import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * PushSecret is the Schema for the PushSecrets API that enables pushing Kubernetes secrets to external secret providers.
 *
 * @schema PushSecret
 */
export declare class PushSecret extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PushSecret"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PushSecret".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: PushSecretProps): any;
    /**
     * Defines a "PushSecret" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: PushSecretProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * PushSecret is the Schema for the PushSecrets API that enables pushing Kubernetes secrets to external secret providers.
 *
 * @schema PushSecret
 */
export interface PushSecretProps {
    /**
     * @schema PushSecret#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * PushSecretSpec configures the behavior of the PushSecret.
     *
     * @schema PushSecret#spec
     */
    readonly spec?: PushSecretSpec;
}
/**
 * Converts an object of type 'PushSecretProps' to JSON representation.
 */
export declare function toJson_PushSecretProps(obj: PushSecretProps | undefined): Record<string, any> | undefined;
/**
 * PushSecretSpec configures the behavior of the PushSecret.
 *
 * @schema PushSecretSpec
 */
export interface PushSecretSpec {
    /**
     * Secret Data that should be pushed to providers
     *
     * @schema PushSecretSpec#data
     */
    readonly data?: PushSecretSpecData[];
    /**
     * DataTo defines bulk push rules that expand source Secret keys into provider entries.
     *
     * @schema PushSecretSpec#dataTo
     */
    readonly dataTo?: PushSecretSpecDataTo[];
    /**
     * Deletion Policy to handle Secrets in the provider.
     *
     * @schema PushSecretSpec#deletionPolicy
     */
    readonly deletionPolicy?: PushSecretSpecDeletionPolicy;
    /**
     * The Interval to which External Secrets will try to push a secret definition
     *
     * @schema PushSecretSpec#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * @schema PushSecretSpec#secretStoreRefs
     */
    readonly secretStoreRefs: PushSecretSpecSecretStoreRefs[];
    /**
     * The Secret Selector (k8s source) for the Push Secret
     *
     * @schema PushSecretSpec#selector
     */
    readonly selector: PushSecretSpecSelector;
    /**
     * Template defines a blueprint for the created Secret resource.
     *
     * @schema PushSecretSpec#template
     */
    readonly template?: PushSecretSpecTemplate;
    /**
     * UpdatePolicy to handle Secrets in the provider.
     *
     * @schema PushSecretSpec#updatePolicy
     */
    readonly updatePolicy?: PushSecretSpecUpdatePolicy;
}
/**
 * Converts an object of type 'PushSecretSpec' to JSON representation.
 */
export declare function toJson_PushSecretSpec(obj: PushSecretSpec | undefined): Record<string, any> | undefined;
/**
 * PushSecretData defines data to be pushed to the provider and associated metadata.
 *
 * @schema PushSecretSpecData
 */
export interface PushSecretSpecData {
    /**
     * Used to define a conversion Strategy for the secret keys
     *
     * @schema PushSecretSpecData#conversionStrategy
     */
    readonly conversionStrategy?: PushSecretSpecDataConversionStrategy;
    /**
     * Match a given Secret Key to be pushed to the provider.
     *
     * @schema PushSecretSpecData#match
     */
    readonly match: PushSecretSpecDataMatch;
    /**
     * Metadata is metadata attached to the secret.
     * The structure of metadata is provider specific, please look it up in the provider documentation.
     *
     * @schema PushSecretSpecData#metadata
     */
    readonly metadata?: any;
}
/**
 * Converts an object of type 'PushSecretSpecData' to JSON representation.
 */
export declare function toJson_PushSecretSpecData(obj: PushSecretSpecData | undefined): Record<string, any> | undefined;
/**
 * PushSecretDataTo defines how to bulk-push secrets to providers without explicit per-key mappings.
 *
 * @schema PushSecretSpecDataTo
 */
export interface PushSecretSpecDataTo {
    /**
     * Used to define a conversion Strategy for the secret keys
     *
     * @schema PushSecretSpecDataTo#conversionStrategy
     */
    readonly conversionStrategy?: PushSecretSpecDataToConversionStrategy;
    /**
     * Match pattern for selecting keys from the source Secret.
     * If not specified, all keys are selected.
     *
     * @schema PushSecretSpecDataTo#match
     */
    readonly match?: PushSecretSpecDataToMatch;
    /**
     * Metadata is metadata attached to the secret.
     * The structure of metadata is provider specific, please look it up in the provider documentation.
     *
     * @schema PushSecretSpecDataTo#metadata
     */
    readonly metadata?: any;
    /**
     * RemoteKey is the name of the single provider secret that will receive ALL
     * matched keys bundled as a JSON object (e.g. {"DB_HOST":"...","DB_USER":"..."}).
     * When set, per-key expansion is skipped and a single push is performed.
     * The provider's store prefix (if any) is still prepended to this value.
     * When not set, each matched key is pushed as its own individual provider secret.
     *
     * @schema PushSecretSpecDataTo#remoteKey
     */
    readonly remoteKey?: string;
    /**
     * Rewrite operations to transform keys before pushing to the provider.
     * Operations are applied sequentially.
     *
     * @schema PushSecretSpecDataTo#rewrite
     */
    readonly rewrite?: PushSecretSpecDataToRewrite[];
    /**
     * StoreRef specifies which SecretStore to push to. Required.
     *
     * @schema PushSecretSpecDataTo#storeRef
     */
    readonly storeRef?: PushSecretSpecDataToStoreRef;
}
/**
 * Converts an object of type 'PushSecretSpecDataTo' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataTo(obj: PushSecretSpecDataTo | undefined): Record<string, any> | undefined;
/**
 * Deletion Policy to handle Secrets in the provider.
 *
 * @schema PushSecretSpecDeletionPolicy
 */
export declare enum PushSecretSpecDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** None */
    NONE = "None"
}
/**
 * PushSecretStoreRef contains a reference on how to sync to a SecretStore.
 *
 * @schema PushSecretSpecSecretStoreRefs
 */
export interface PushSecretSpecSecretStoreRefs {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     *
     * @schema PushSecretSpecSecretStoreRefs#kind
     */
    readonly kind?: PushSecretSpecSecretStoreRefsKind;
    /**
     * Optionally, sync to secret stores with label selector
     *
     * @schema PushSecretSpecSecretStoreRefs#labelSelector
     */
    readonly labelSelector?: PushSecretSpecSecretStoreRefsLabelSelector;
    /**
     * Optionally, sync to the SecretStore of the given name
     *
     * @schema PushSecretSpecSecretStoreRefs#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'PushSecretSpecSecretStoreRefs' to JSON representation.
 */
export declare function toJson_PushSecretSpecSecretStoreRefs(obj: PushSecretSpecSecretStoreRefs | undefined): Record<string, any> | undefined;
/**
 * The Secret Selector (k8s source) for the Push Secret
 *
 * @schema PushSecretSpecSelector
 */
export interface PushSecretSpecSelector {
    /**
     * Point to a generator to create a Secret.
     *
     * @schema PushSecretSpecSelector#generatorRef
     */
    readonly generatorRef?: PushSecretSpecSelectorGeneratorRef;
    /**
     * Select a Secret to Push.
     *
     * @schema PushSecretSpecSelector#secret
     */
    readonly secret?: PushSecretSpecSelectorSecret;
}
/**
 * Converts an object of type 'PushSecretSpecSelector' to JSON representation.
 */
export declare function toJson_PushSecretSpecSelector(obj: PushSecretSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Template defines a blueprint for the created Secret resource.
 *
 * @schema PushSecretSpecTemplate
 */
export interface PushSecretSpecTemplate {
    /**
     * @schema PushSecretSpecTemplate#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * EngineVersion specifies the template engine version
     * that should be used to compile/execute the
     * template specified in .data and .templateFrom[].
     *
     * @schema PushSecretSpecTemplate#engineVersion
     */
    readonly engineVersion?: PushSecretSpecTemplateEngineVersion;
    /**
     * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
     *
     * @schema PushSecretSpecTemplate#mergePolicy
     */
    readonly mergePolicy?: PushSecretSpecTemplateMergePolicy;
    /**
     * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
     *
     * @schema PushSecretSpecTemplate#metadata
     */
    readonly metadata?: PushSecretSpecTemplateMetadata;
    /**
     * @schema PushSecretSpecTemplate#templateFrom
     */
    readonly templateFrom?: PushSecretSpecTemplateTemplateFrom[];
    /**
     * @schema PushSecretSpecTemplate#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'PushSecretSpecTemplate' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplate(obj: PushSecretSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * UpdatePolicy to handle Secrets in the provider.
 *
 * @schema PushSecretSpecUpdatePolicy
 */
export declare enum PushSecretSpecUpdatePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** IfNotExists */
    IF_NOT_EXISTS = "IfNotExists"
}
/**
 * Used to define a conversion Strategy for the secret keys
 *
 * @schema PushSecretSpecDataConversionStrategy
 */
export declare enum PushSecretSpecDataConversionStrategy {
    /** None */
    NONE = "None",
    /** ReverseUnicode */
    REVERSE_UNICODE = "ReverseUnicode"
}
/**
 * Match a given Secret Key to be pushed to the provider.
 *
 * @schema PushSecretSpecDataMatch
 */
export interface PushSecretSpecDataMatch {
    /**
     * Remote Refs to push to providers.
     *
     * @schema PushSecretSpecDataMatch#remoteRef
     */
    readonly remoteRef: PushSecretSpecDataMatchRemoteRef;
    /**
     * Secret Key to be pushed
     *
     * @schema PushSecretSpecDataMatch#secretKey
     */
    readonly secretKey?: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataMatch' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataMatch(obj: PushSecretSpecDataMatch | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy for the secret keys
 *
 * @schema PushSecretSpecDataToConversionStrategy
 */
export declare enum PushSecretSpecDataToConversionStrategy {
    /** None */
    NONE = "None",
    /** ReverseUnicode */
    REVERSE_UNICODE = "ReverseUnicode"
}
/**
 * Match pattern for selecting keys from the source Secret.
 * If not specified, all keys are selected.
 *
 * @schema PushSecretSpecDataToMatch
 */
export interface PushSecretSpecDataToMatch {
    /**
     * Regexp matches keys by regular expression.
     * If not specified, all keys are matched.
     *
     * @schema PushSecretSpecDataToMatch#regexp
     */
    readonly regexp?: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataToMatch' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToMatch(obj: PushSecretSpecDataToMatch | undefined): Record<string, any> | undefined;
/**
 * PushSecretRewrite defines how to transform secret keys before pushing.
 *
 * @schema PushSecretSpecDataToRewrite
 */
export interface PushSecretSpecDataToRewrite {
    /**
     * Used to rewrite with regular expressions.
     *
     * @schema PushSecretSpecDataToRewrite#regexp
     */
    readonly regexp?: PushSecretSpecDataToRewriteRegexp;
    /**
     * Used to apply string transformation on the secrets.
     *
     * @schema PushSecretSpecDataToRewrite#transform
     */
    readonly transform?: PushSecretSpecDataToRewriteTransform;
}
/**
 * Converts an object of type 'PushSecretSpecDataToRewrite' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToRewrite(obj: PushSecretSpecDataToRewrite | undefined): Record<string, any> | undefined;
/**
 * StoreRef specifies which SecretStore to push to. Required.
 *
 * @schema PushSecretSpecDataToStoreRef
 */
export interface PushSecretSpecDataToStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     *
     * @schema PushSecretSpecDataToStoreRef#kind
     */
    readonly kind?: PushSecretSpecDataToStoreRefKind;
    /**
     * Optionally, sync to secret stores with label selector
     *
     * @schema PushSecretSpecDataToStoreRef#labelSelector
     */
    readonly labelSelector?: PushSecretSpecDataToStoreRefLabelSelector;
    /**
     * Optionally, sync to the SecretStore of the given name
     *
     * @schema PushSecretSpecDataToStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataToStoreRef' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToStoreRef(obj: PushSecretSpecDataToStoreRef | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 *
 * @schema PushSecretSpecSecretStoreRefsKind
 */
export declare enum PushSecretSpecSecretStoreRefsKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Optionally, sync to secret stores with label selector
 *
 * @schema PushSecretSpecSecretStoreRefsLabelSelector
 */
export interface PushSecretSpecSecretStoreRefsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PushSecretSpecSecretStoreRefsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PushSecretSpecSecretStoreRefsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PushSecretSpecSecretStoreRefsLabelSelector' to JSON representation.
 */
export declare function toJson_PushSecretSpecSecretStoreRefsLabelSelector(obj: PushSecretSpecSecretStoreRefsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Point to a generator to create a Secret.
 *
 * @schema PushSecretSpecSelectorGeneratorRef
 */
export interface PushSecretSpecSelectorGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema PushSecretSpecSelectorGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema PushSecretSpecSelectorGeneratorRef#kind
     */
    readonly kind: PushSecretSpecSelectorGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema PushSecretSpecSelectorGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PushSecretSpecSelectorGeneratorRef' to JSON representation.
 */
export declare function toJson_PushSecretSpecSelectorGeneratorRef(obj: PushSecretSpecSelectorGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * Select a Secret to Push.
 *
 * @schema PushSecretSpecSelectorSecret
 */
export interface PushSecretSpecSelectorSecret {
    /**
     * Name of the Secret.
     * The Secret must exist in the same namespace as the PushSecret manifest.
     *
     * @schema PushSecretSpecSelectorSecret#name
     */
    readonly name?: string;
    /**
     * Selector chooses secrets using a labelSelector.
     *
     * @schema PushSecretSpecSelectorSecret#selector
     */
    readonly selector?: PushSecretSpecSelectorSecretSelector;
}
/**
 * Converts an object of type 'PushSecretSpecSelectorSecret' to JSON representation.
 */
export declare function toJson_PushSecretSpecSelectorSecret(obj: PushSecretSpecSelectorSecret | undefined): Record<string, any> | undefined;
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema PushSecretSpecTemplateEngineVersion
 */
export declare enum PushSecretSpecTemplateEngineVersion {
    /** v2 */
    V2 = "v2"
}
/**
 * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
 *
 * @schema PushSecretSpecTemplateMergePolicy
 */
export declare enum PushSecretSpecTemplateMergePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** Merge */
    MERGE = "Merge"
}
/**
 * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
 *
 * @schema PushSecretSpecTemplateMetadata
 */
export interface PushSecretSpecTemplateMetadata {
    /**
     * @schema PushSecretSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema PushSecretSpecTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema PushSecretSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PushSecretSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateMetadata(obj: PushSecretSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * TemplateFrom specifies a source for templates.
 * Each item in the list can either reference a ConfigMap or a Secret resource.
 *
 * @schema PushSecretSpecTemplateTemplateFrom
 */
export interface PushSecretSpecTemplateTemplateFrom {
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema PushSecretSpecTemplateTemplateFrom#configMap
     */
    readonly configMap?: PushSecretSpecTemplateTemplateFromConfigMap;
    /**
     * @schema PushSecretSpecTemplateTemplateFrom#literal
     */
    readonly literal?: string;
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema PushSecretSpecTemplateTemplateFrom#secret
     */
    readonly secret?: PushSecretSpecTemplateTemplateFromSecret;
    /**
     * Target specifies where to place the template result.
     * For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
     * any other value is rejected because it would allow writes to privileged Secret fields.
     * For custom resources (when spec.target.manifest is set), this supports
     * nested paths like "spec.database.config" or "data".
     *
     * @schema PushSecretSpecTemplateTemplateFrom#target
     */
    readonly target?: string;
    /**
     * Used to define a decoding Strategy for the rendered template values.
     * Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema PushSecretSpecTemplateTemplateFrom#valuesDecodingStrategy
     */
    readonly valuesDecodingStrategy?: PushSecretSpecTemplateTemplateFromValuesDecodingStrategy;
}
/**
 * Converts an object of type 'PushSecretSpecTemplateTemplateFrom' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateTemplateFrom(obj: PushSecretSpecTemplateTemplateFrom | undefined): Record<string, any> | undefined;
/**
 * Remote Refs to push to providers.
 *
 * @schema PushSecretSpecDataMatchRemoteRef
 */
export interface PushSecretSpecDataMatchRemoteRef {
    /**
     * Name of the property in the resulting secret
     *
     * @schema PushSecretSpecDataMatchRemoteRef#property
     */
    readonly property?: string;
    /**
     * Name of the resulting provider secret.
     *
     * @schema PushSecretSpecDataMatchRemoteRef#remoteKey
     */
    readonly remoteKey: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataMatchRemoteRef' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataMatchRemoteRef(obj: PushSecretSpecDataMatchRemoteRef | undefined): Record<string, any> | undefined;
/**
 * Used to rewrite with regular expressions.
 *
 * @schema PushSecretSpecDataToRewriteRegexp
 */
export interface PushSecretSpecDataToRewriteRegexp {
    /**
     * Used to define the regular expression of a re.Compiler.
     *
     * @schema PushSecretSpecDataToRewriteRegexp#source
     */
    readonly source: string;
    /**
     * Used to define the target pattern of a ReplaceAll operation.
     *
     * @schema PushSecretSpecDataToRewriteRegexp#target
     */
    readonly target: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataToRewriteRegexp' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToRewriteRegexp(obj: PushSecretSpecDataToRewriteRegexp | undefined): Record<string, any> | undefined;
/**
 * Used to apply string transformation on the secrets.
 *
 * @schema PushSecretSpecDataToRewriteTransform
 */
export interface PushSecretSpecDataToRewriteTransform {
    /**
     * Used to define the template to apply on the secret name.
     * `.value ` will specify the secret name in the template.
     *
     * @schema PushSecretSpecDataToRewriteTransform#template
     */
    readonly template: string;
}
/**
 * Converts an object of type 'PushSecretSpecDataToRewriteTransform' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToRewriteTransform(obj: PushSecretSpecDataToRewriteTransform | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 *
 * @schema PushSecretSpecDataToStoreRefKind
 */
export declare enum PushSecretSpecDataToStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Optionally, sync to secret stores with label selector
 *
 * @schema PushSecretSpecDataToStoreRefLabelSelector
 */
export interface PushSecretSpecDataToStoreRefLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PushSecretSpecDataToStoreRefLabelSelector#matchExpressions
     */
    readonly matchExpressions?: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PushSecretSpecDataToStoreRefLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PushSecretSpecDataToStoreRefLabelSelector' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToStoreRefLabelSelector(obj: PushSecretSpecDataToStoreRefLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions
 */
export interface PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions(obj: PushSecretSpecSecretStoreRefsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specify the Kind of the generator resource
 *
 * @schema PushSecretSpecSelectorGeneratorRefKind
 */
export declare enum PushSecretSpecSelectorGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** BeyondtrustWorkloadCredentialsDynamicSecret */
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BeyondtrustWorkloadCredentialsDynamicSecret",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** CloudsmithAccessToken */
    CLOUDSMITH_ACCESS_TOKEN = "CloudsmithAccessToken",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    /** GitlabDeployToken */
    GITLAB_DEPLOY_TOKEN = "GitlabDeployToken",
    /** QuayAccessToken */
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    /** Password */
    PASSWORD = "Password",
    /** SSHKey */
    SSH_KEY = "SSHKey",
    /** STSSessionToken */
    STS_SESSION_TOKEN = "STSSessionToken",
    /** UUID */
    UUID = "UUID",
    /** VaultDynamicSecret */
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    /** Webhook */
    WEBHOOK = "Webhook",
    /** Grafana */
    GRAFANA = "Grafana",
    /** MFA */
    MFA = "MFA"
}
/**
 * Selector chooses secrets using a labelSelector.
 *
 * @schema PushSecretSpecSelectorSecretSelector
 */
export interface PushSecretSpecSelectorSecretSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PushSecretSpecSelectorSecretSelector#matchExpressions
     */
    readonly matchExpressions?: PushSecretSpecSelectorSecretSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PushSecretSpecSelectorSecretSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PushSecretSpecSelectorSecretSelector' to JSON representation.
 */
export declare function toJson_PushSecretSpecSelectorSecretSelector(obj: PushSecretSpecSelectorSecretSelector | undefined): Record<string, any> | undefined;
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema PushSecretSpecTemplateTemplateFromConfigMap
 */
export interface PushSecretSpecTemplateTemplateFromConfigMap {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema PushSecretSpecTemplateTemplateFromConfigMap#items
     */
    readonly items: PushSecretSpecTemplateTemplateFromConfigMapItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema PushSecretSpecTemplateTemplateFromConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PushSecretSpecTemplateTemplateFromConfigMap' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateTemplateFromConfigMap(obj: PushSecretSpecTemplateTemplateFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema PushSecretSpecTemplateTemplateFromSecret
 */
export interface PushSecretSpecTemplateTemplateFromSecret {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema PushSecretSpecTemplateTemplateFromSecret#items
     */
    readonly items: PushSecretSpecTemplateTemplateFromSecretItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema PushSecretSpecTemplateTemplateFromSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PushSecretSpecTemplateTemplateFromSecret' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateTemplateFromSecret(obj: PushSecretSpecTemplateTemplateFromSecret | undefined): Record<string, any> | undefined;
/**
 * Used to define a decoding Strategy for the rendered template values.
 * Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema PushSecretSpecTemplateTemplateFromValuesDecodingStrategy
 */
export declare enum PushSecretSpecTemplateTemplateFromValuesDecodingStrategy {
    /** Auto */
    AUTO = "Auto",
    /** Base64 */
    BASE64 = "Base64",
    /** Base64URL */
    BASE64_URL = "Base64URL",
    /** None */
    NONE = "None"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions
 */
export interface PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions(obj: PushSecretSpecDataToStoreRefLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PushSecretSpecSelectorSecretSelectorMatchExpressions
 */
export interface PushSecretSpecSelectorSecretSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PushSecretSpecSelectorSecretSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PushSecretSpecSelectorSecretSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PushSecretSpecSelectorSecretSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PushSecretSpecSelectorSecretSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PushSecretSpecSelectorSecretSelectorMatchExpressions(obj: PushSecretSpecSelectorSecretSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema PushSecretSpecTemplateTemplateFromConfigMapItems
 */
export interface PushSecretSpecTemplateTemplateFromConfigMapItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema PushSecretSpecTemplateTemplateFromConfigMapItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema PushSecretSpecTemplateTemplateFromConfigMapItems#templateAs
     */
    readonly templateAs?: PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs;
}
/**
 * Converts an object of type 'PushSecretSpecTemplateTemplateFromConfigMapItems' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateTemplateFromConfigMapItems(obj: PushSecretSpecTemplateTemplateFromConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema PushSecretSpecTemplateTemplateFromSecretItems
 */
export interface PushSecretSpecTemplateTemplateFromSecretItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema PushSecretSpecTemplateTemplateFromSecretItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema PushSecretSpecTemplateTemplateFromSecretItems#templateAs
     */
    readonly templateAs?: PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs;
}
/**
 * Converts an object of type 'PushSecretSpecTemplateTemplateFromSecretItems' to JSON representation.
 */
export declare function toJson_PushSecretSpecTemplateTemplateFromSecretItems(obj: PushSecretSpecTemplateTemplateFromSecretItems | undefined): Record<string, any> | undefined;
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs
 */
export declare enum PushSecretSpecTemplateTemplateFromConfigMapItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs
 */
export declare enum PushSecretSpecTemplateTemplateFromSecretItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
