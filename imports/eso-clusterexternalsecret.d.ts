import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ClusterExternalSecret is the Schema for the clusterexternalsecrets API.
 *
 * @schema ClusterExternalSecret
 */
export declare class ClusterExternalSecret extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterExternalSecret"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterExternalSecret".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ClusterExternalSecretProps): any;
    /**
     * Defines a "ClusterExternalSecret" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ClusterExternalSecretProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClusterExternalSecret is the Schema for the clusterexternalsecrets API.
 *
 * @schema ClusterExternalSecret
 */
export interface ClusterExternalSecretProps {
    /**
     * @schema ClusterExternalSecret#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ClusterExternalSecretSpec defines the desired state of ClusterExternalSecret.
     *
     * @schema ClusterExternalSecret#spec
     */
    readonly spec?: ClusterExternalSecretSpec;
}
/**
 * Converts an object of type 'ClusterExternalSecretProps' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretProps(obj: ClusterExternalSecretProps | undefined): Record<string, any> | undefined;
/**
 * ClusterExternalSecretSpec defines the desired state of ClusterExternalSecret.
 *
 * @schema ClusterExternalSecretSpec
 */
export interface ClusterExternalSecretSpec {
    /**
     * The metadata of the external secrets to be created
     *
     * @schema ClusterExternalSecretSpec#externalSecretMetadata
     */
    readonly externalSecretMetadata?: ClusterExternalSecretSpecExternalSecretMetadata;
    /**
     * The name of the external secrets to be created.
     * Defaults to the name of the ClusterExternalSecret
     *
     * @default the name of the ClusterExternalSecret
     * @schema ClusterExternalSecretSpec#externalSecretName
     */
    readonly externalSecretName?: string;
    /**
     * The spec for the ExternalSecrets to be created
     *
     * @schema ClusterExternalSecretSpec#externalSecretSpec
     */
    readonly externalSecretSpec: ClusterExternalSecretSpecExternalSecretSpec;
    /**
     * The labels to select by to find the Namespaces to create the ExternalSecrets in.
     *
     * Deprecated: Use NamespaceSelectors instead.
     *
     * @schema ClusterExternalSecretSpec#namespaceSelector
     */
    readonly namespaceSelector?: ClusterExternalSecretSpecNamespaceSelector;
    /**
     * A list of labels to select by to find the Namespaces to create the ExternalSecrets in. The selectors are ORed.
     *
     * @schema ClusterExternalSecretSpec#namespaceSelectors
     */
    readonly namespaceSelectors?: ClusterExternalSecretSpecNamespaceSelectors[];
    /**
     * Choose namespaces by name. This field is ORed with anything that NamespaceSelectors ends up choosing.
     *
     * Deprecated: Use NamespaceSelectors instead.
     *
     * @schema ClusterExternalSecretSpec#namespaces
     */
    readonly namespaces?: string[];
    /**
     * The time in which the controller should reconcile its objects and recheck namespaces for labels.
     *
     * @schema ClusterExternalSecretSpec#refreshTime
     */
    readonly refreshTime?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpec' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpec(obj: ClusterExternalSecretSpec | undefined): Record<string, any> | undefined;
/**
 * The metadata of the external secrets to be created
 *
 * @schema ClusterExternalSecretSpecExternalSecretMetadata
 */
export interface ClusterExternalSecretSpecExternalSecretMetadata {
    /**
     * @schema ClusterExternalSecretSpecExternalSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterExternalSecretSpecExternalSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretMetadata' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretMetadata(obj: ClusterExternalSecretSpecExternalSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * The spec for the ExternalSecrets to be created
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpec
 */
export interface ClusterExternalSecretSpecExternalSecretSpec {
    /**
     * Data defines the connection between the Kubernetes Secret keys and the Provider data
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#data
     */
    readonly data?: ClusterExternalSecretSpecExternalSecretSpecData[];
    /**
     * DataFrom is used to fetch all properties from a specific Provider data
     * If multiple entries are specified, the Secret keys are merged in the specified order
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#dataFrom
     */
    readonly dataFrom?: ClusterExternalSecretSpecExternalSecretSpecDataFrom[];
    /**
     * RefreshInterval is the amount of time before the values are read again from the SecretStore provider,
     * specified as Golang Duration strings.
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
     * Example values: "1h0m0s", "2h30m0s", "10m0s"
     * May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
     *
     * @default 1h0m0s.
     * @schema ClusterExternalSecretSpecExternalSecretSpec#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * RefreshPolicy determines how the ExternalSecret should be refreshed:
     * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
     * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
     * No periodic updates occur if refreshInterval is 0.
     * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#refreshPolicy
     */
    readonly refreshPolicy?: ClusterExternalSecretSpecExternalSecretSpecRefreshPolicy;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#secretStoreRef
     */
    readonly secretStoreRef?: ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef;
    /**
     * SyncWindows optionally restricts when periodic refreshes may occur.
     * Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#syncWindows
     */
    readonly syncWindows?: ClusterExternalSecretSpecExternalSecretSpecSyncWindows;
    /**
     * ExternalSecretTarget defines the Kubernetes Secret to be created,
     * there can be only one target per ExternalSecret.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpec#target
     */
    readonly target?: ClusterExternalSecretSpecExternalSecretSpecTarget;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpec' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpec(obj: ClusterExternalSecretSpecExternalSecretSpec | undefined): Record<string, any> | undefined;
/**
 * The labels to select by to find the Namespaces to create the ExternalSecrets in.
 *
 * Deprecated: Use NamespaceSelectors instead.
 *
 * @schema ClusterExternalSecretSpecNamespaceSelector
 */
export interface ClusterExternalSecretSpecNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterExternalSecretSpecNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecNamespaceSelector(obj: ClusterExternalSecretSpecNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema ClusterExternalSecretSpecNamespaceSelectors
 */
export interface ClusterExternalSecretSpecNamespaceSelectors {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectors#matchExpressions
     */
    readonly matchExpressions?: ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecNamespaceSelectors' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecNamespaceSelectors(obj: ClusterExternalSecretSpecNamespaceSelectors | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.<key>) and the Provider data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecData
 */
export interface ClusterExternalSecretSpecExternalSecretSpecData {
    /**
     * RemoteRef points to the remote secret and defines
     * which secret (version/property/..) to fetch.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecData#remoteRef
     */
    readonly remoteRef: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef;
    /**
     * The key in the Kubernetes Secret to store the value.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecData#secretKey
     */
    readonly secretKey: string;
    /**
     * SourceRef allows you to override the source
     * from which the value will be pulled.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecData#sourceRef
     */
    readonly sourceRef?: ClusterExternalSecretSpecExternalSecretSpecDataSourceRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecData' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecData(obj: ClusterExternalSecretSpecExternalSecretSpecData | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data
 * when using DataFrom to fetch multiple values from a Provider.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFrom
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFrom {
    /**
     * Used to extract multiple key/value pairs from one secret
     * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFrom#extract
     */
    readonly extract?: ClusterExternalSecretSpecExternalSecretSpecDataFromExtract;
    /**
     * Used to find secrets based on tags or regular expressions
     * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFrom#find
     */
    readonly find?: ClusterExternalSecretSpecExternalSecretSpecDataFromFind;
    /**
     * Used to rewrite secret Keys after getting them from the secret Provider
     * Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFrom#rewrite
     */
    readonly rewrite?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite[];
    /**
     * SourceRef points to a store or generator
     * which contains secret values ready to use.
     * Use this in combination with Extract or Find pull values out of
     * a specific SecretStore.
     * When sourceRef points to a generator Extract or Find is not supported.
     * The generator returns a static map of values
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFrom#sourceRef
     */
    readonly sourceRef?: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFrom' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFrom(obj: ClusterExternalSecretSpecExternalSecretSpecDataFrom | undefined): Record<string, any> | undefined;
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecRefreshPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecRefreshPolicy {
    /** CreatedOnce */
    CREATED_ONCE = "CreatedOnce",
    /** Periodic */
    PERIODIC = "Periodic",
    /** OnChange */
    ON_CHANGE = "OnChange"
}
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretSpecExternalSecretSpecSecretStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef(obj: ClusterExternalSecretSpecExternalSecretSpecSecretStoreRef | undefined): Record<string, any> | undefined;
/**
 * SyncWindows optionally restricts when periodic refreshes may occur.
 * Evaluated in UTC, only for Periodic refresh policy (or when refreshPolicy is unset).
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindows
 */
export interface ClusterExternalSecretSpecExternalSecretSpecSyncWindows {
    /**
     * Kind applies to every window in the list.
     * "allow" -- syncs are permitted only while at least one window is active;
     * all other times are blocked.
     * "deny"  -- syncs are blocked while any window is active;
     * all other times are permitted.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindows#kind
     */
    readonly kind: ClusterExternalSecretSpecExternalSecretSpecSyncWindowsKind;
    /**
     * Windows is the list of schedule+duration pairs.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindows#windows
     */
    readonly windows: ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows[];
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecSyncWindows' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecSyncWindows(obj: ClusterExternalSecretSpecExternalSecretSpecSyncWindows | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretTarget defines the Kubernetes Secret to be created,
 * there can be only one target per ExternalSecret.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTarget
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTarget {
    /**
     * CreationPolicy defines rules on how to create the resulting Secret.
     * Defaults to "Owner"
     *
     * @default Owner"
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#creationPolicy
     */
    readonly creationPolicy?: ClusterExternalSecretSpecExternalSecretSpecTargetCreationPolicy;
    /**
     * DeletionPolicy defines rules on how to delete the resulting Secret.
     * Defaults to "Retain"
     *
     * @default Retain"
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#deletionPolicy
     */
    readonly deletionPolicy?: ClusterExternalSecretSpecExternalSecretSpecTargetDeletionPolicy;
    /**
     * Immutable defines if the final secret will be immutable
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#immutable
     */
    readonly immutable?: boolean;
    /**
     * Manifest defines a custom Kubernetes resource to create instead of a Secret.
     * When specified, ExternalSecret will create the resource type defined here
     * (e.g., ConfigMap, Custom Resource) instead of a Secret.
     * Warning: Using Generic target. Make sure access policies and encryption are properly configured.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#manifest
     */
    readonly manifest?: ClusterExternalSecretSpecExternalSecretSpecTargetManifest;
    /**
     * The name of the Secret resource to be managed.
     * Defaults to the .metadata.name of the ExternalSecret resource
     *
     * @default the .metadata.name of the ExternalSecret resource
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#name
     */
    readonly name?: string;
    /**
     * Template defines a blueprint for the created Secret resource.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTarget#template
     */
    readonly template?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplate;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTarget' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTarget(obj: ClusterExternalSecretSpecExternalSecretSpecTarget | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterExternalSecretSpecNamespaceSelectorMatchExpressions
 */
export interface ClusterExternalSecretSpecNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecNamespaceSelectorMatchExpressions(obj: ClusterExternalSecretSpecNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions
 */
export interface ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions(obj: ClusterExternalSecretSpecNamespaceSelectorsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RemoteRef points to the remote secret and defines
 * which secret (version/property/..) to fetch.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#metadataPolicy
     */
    readonly metadataPolicy?: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefMetadataPolicy;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this source.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#nullBytePolicy
     */
    readonly nullBytePolicy?: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefNullBytePolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataRemoteRef | undefined): Record<string, any> | undefined;
/**
 * SourceRef allows you to override the source
 * from which the value will be pulled.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * Deprecated: The generatorRef is not implemented in .data[].
     * this will be removed with v1.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRef#generatorRef
     */
    readonly generatorRef?: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRef#storeRef
     */
    readonly storeRef?: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataSourceRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * Used to extract multiple key/value pairs from one secret
 * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromExtract {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataFromExtractConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataFromExtractDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#metadataPolicy
     */
    readonly metadataPolicy?: ClusterExternalSecretSpecExternalSecretSpecDataFromExtractMetadataPolicy;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this source.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#nullBytePolicy
     */
    readonly nullBytePolicy?: ClusterExternalSecretSpecExternalSecretSpecDataFromExtractNullBytePolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtract#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromExtract' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromExtract(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromExtract | undefined): Record<string, any> | undefined;
/**
 * Used to find secrets based on tags or regular expressions
 * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromFind {
    /**
     * Used to define a conversion Strategy. Defaults to Default when omitted.
     *
     * @default Default when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataFromFindConversionStrategy;
    /**
     * Used to define a decoding Strategy. Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretSpecExternalSecretSpecDataFromFindDecodingStrategy;
    /**
     * Finds secrets based on the name.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#name
     */
    readonly name?: ClusterExternalSecretSpecExternalSecretSpecDataFromFindName;
    /**
     * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#nullBytePolicy
     */
    readonly nullBytePolicy?: ClusterExternalSecretSpecExternalSecretSpecDataFromFindNullBytePolicy;
    /**
     * A root path to start the find operations.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#path
     */
    readonly path?: string;
    /**
     * Find secrets based on tags.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFind#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromFind' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromFind(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromFind | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite {
    /**
     * Used to merge key/values in one single Secret
     * The resulting key will contain all values from the specified secrets
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite#merge
     */
    readonly merge?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge;
    /**
     * Used to rewrite with regular expressions.
     * The resulting key will be the output of a regexp.ReplaceAll operation.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite#regexp
     */
    readonly regexp?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp;
    /**
     * Used to apply string transformation on the secrets.
     * The resulting key will be the output of the template applied by the operation.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite#transform
     */
    readonly transform?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromRewrite | undefined): Record<string, any> | undefined;
/**
 * SourceRef points to a store or generator
 * which contains secret values ready to use.
 * Use this in combination with Extract or Find pull values out of
 * a specific SecretStore.
 * When sourceRef points to a generator Extract or Find is not supported.
 * The generator returns a static map of values
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef#generatorRef
     */
    readonly generatorRef?: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef#storeRef
     */
    readonly storeRef?: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRef | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretSpecExternalSecretSpecSecretStoreRefKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecSecretStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Kind applies to every window in the list.
 * "allow" -- syncs are permitted only while at least one window is active;
 * all other times are blocked.
 * "deny"  -- syncs are blocked while any window is active;
 * all other times are permitted.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindowsKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecSyncWindowsKind {
    /** allow */
    ALLOW = "allow",
    /** deny */
    DENY = "deny"
}
/**
 * ExternalSecretSyncWindowEntry defines a single cron-schedule + duration pair
 * within a SyncWindows block.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows
 */
export interface ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows {
    /**
     * Duration specifies how long the window stays open after each Schedule
     * firing. Example: "8h".
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows#duration
     */
    readonly duration: string;
    /**
     * Schedule is a standard 5-field cron expression evaluated in UTC, or a
     * named shorthand such as @daily or @every 1h. It marks the start time of
     * each window occurrence.
     * Example: "0 22 * * 1-5" opens a window every weekday at 22:00 UTC.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows#schedule
     */
    readonly schedule: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows(obj: ClusterExternalSecretSpecExternalSecretSpecSyncWindowsWindows | undefined): Record<string, any> | undefined;
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetCreationPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetCreationPolicy {
    /** Owner */
    OWNER = "Owner",
    /** Orphan */
    ORPHAN = "Orphan",
    /** Merge */
    MERGE = "Merge",
    /** None */
    NONE = "None",
    /** CreateOrMerge */
    CREATE_OR_MERGE = "CreateOrMerge"
}
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetDeletionPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Merge */
    MERGE = "Merge",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * Manifest defines a custom Kubernetes resource to create instead of a Secret.
 * When specified, ExternalSecret will create the resource type defined here
 * (e.g., ConfigMap, Custom Resource) instead of a Secret.
 * Warning: Using Generic target. Make sure access policies and encryption are properly configured.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetManifest
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetManifest {
    /**
     * APIVersion of the target resource (e.g., "v1" for ConfigMap, "argoproj.io/v1alpha1" for ArgoCD Application)
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetManifest#apiVersion
     */
    readonly apiVersion: string;
    /**
     * Kind of the target resource (e.g., "ConfigMap", "Application")
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetManifest#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetManifest' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetManifest(obj: ClusterExternalSecretSpecExternalSecretSpecTargetManifest | undefined): Record<string, any> | undefined;
/**
 * Template defines a blueprint for the created Secret resource.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplate {
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * EngineVersion specifies the template engine version
     * that should be used to compile/execute the
     * template specified in .data and .templateFrom[].
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#engineVersion
     */
    readonly engineVersion?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateEngineVersion;
    /**
     * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#mergePolicy
     */
    readonly mergePolicy?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMergePolicy;
    /**
     * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#metadata
     */
    readonly metadata?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata;
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#templateFrom
     */
    readonly templateFrom?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom[];
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplate#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplate' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplate(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplate | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefConversionStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefDecodingStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefDecodingStrategy {
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
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefMetadataPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefNullBytePolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataRemoteRefNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * GeneratorRef points to a generator custom resource.
 *
 * Deprecated: The generatorRef is not implemented in .data[].
 * this will be removed with v1.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef#kind
     */
    readonly kind: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtractConversionStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromExtractConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtractDecodingStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromExtractDecodingStrategy {
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
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtractMetadataPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromExtractMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this source.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromExtractNullBytePolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromExtractNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Used to define a conversion Strategy. Defaults to Default when omitted.
 *
 * @default Default when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFindConversionStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromFindConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy. Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFindDecodingStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromFindDecodingStrategy {
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
 * Finds secrets based on the name.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFindName
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromFindName {
    /**
     * Finds secrets base
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFindName#regexp
     */
    readonly regexp?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromFindName' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromFindName(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromFindName | undefined): Record<string, any> | undefined;
/**
 * Controls how ESO handles fetched secret data containing NUL bytes for this find source.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromFindNullBytePolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromFindNullBytePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Used to merge key/values in one single Secret
 * The resulting key will contain all values from the specified secrets
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge {
    /**
     * Used to define the policy to use in conflict resolution.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge#conflictPolicy
     */
    readonly conflictPolicy?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeConflictPolicy;
    /**
     * Used to define the target key of the merge operation.
     * Required if strategy is JSON. Ignored otherwise.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge#into
     */
    readonly into?: string;
    /**
     * Used to define key priority in conflict resolution.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge#priority
     */
    readonly priority?: string[];
    /**
     * Used to define the policy when a key in the priority list does not exist in the input.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge#priorityPolicy
     */
    readonly priorityPolicy?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergePriorityPolicy;
    /**
     * Used to define the strategy to use in the merge operation.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge#strategy
     */
    readonly strategy?: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeStrategy;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMerge | undefined): Record<string, any> | undefined;
/**
 * Used to rewrite with regular expressions.
 * The resulting key will be the output of a regexp.ReplaceAll operation.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp {
    /**
     * Used to define the regular expression of a re.Compiler.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp#source
     */
    readonly source: string;
    /**
     * Used to define the target pattern of a ReplaceAll operation.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp#target
     */
    readonly target: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteRegexp | undefined): Record<string, any> | undefined;
/**
 * Used to apply string transformation on the secrets.
 * The resulting key will be the output of the template applied by the operation.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform {
    /**
     * Used to define the template to apply on the secret name.
     * `.value ` will specify the secret name in the template.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform#template
     */
    readonly template: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteTransform | undefined): Record<string, any> | undefined;
/**
 * GeneratorRef points to a generator custom resource.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef#kind
     */
    readonly kind: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef
 */
export interface ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef(obj: ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateEngineVersion
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetTemplateEngineVersion {
    /** v2 */
    V2 = "v2"
}
/**
 * TemplateMergePolicy defines how the rendered template should be merged with the existing Secret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMergePolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMergePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** Merge */
    MERGE = "Merge"
}
/**
 * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata {
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * TemplateFrom specifies a source for templates.
 * Each item in the list can either reference a ConfigMap or a Secret resource.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom {
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom#configMap
     */
    readonly configMap?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap;
    /**
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom#literal
     */
    readonly literal?: string;
    /**
     * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom#secret
     */
    readonly secret?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret;
    /**
     * Target specifies where to place the template result.
     * For Secret resources the accepted values are empty, "Data", "Annotations" and "Labels";
     * any other value is rejected because it would allow writes to privileged Secret fields.
     * For custom resources (when spec.target.manifest is set), this supports
     * nested paths like "spec.database.config" or "data".
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom#target
     */
    readonly target?: string;
    /**
     * Used to define a decoding Strategy for the rendered template values.
     * Defaults to None when omitted.
     *
     * @default None when omitted.
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom#valuesDecodingStrategy
     */
    readonly valuesDecodingStrategy?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFrom | undefined): Record<string, any> | undefined;
/**
 * Specify the Kind of the generator resource
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRefKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataSourceRefGeneratorRefKind {
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
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRefKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Used to define the policy to use in conflict resolution.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeConflictPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeConflictPolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Error */
    ERROR = "Error"
}
/**
 * Used to define the policy when a key in the priority list does not exist in the input.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergePriorityPolicy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergePriorityPolicy {
    /** IgnoreNotFound */
    IGNORE_NOT_FOUND = "IgnoreNotFound",
    /** Strict */
    STRICT = "Strict"
}
/**
 * Used to define the strategy to use in the merge operation.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromRewriteMergeStrategy {
    /** Extract */
    EXTRACT = "Extract",
    /** JSON */
    JSON = "JSON"
}
/**
 * Specify the Kind of the generator resource
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRefKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefGeneratorRefKind {
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
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRefKind
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecDataFromSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
     */
    readonly items: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret#items
     */
    readonly items: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecret | undefined): Record<string, any> | undefined;
/**
 * Used to define a decoding Strategy for the rendered template values.
 * Defaults to None when omitted.
 *
 * @default None when omitted.
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy {
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
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
     */
    readonly templateAs?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems
 */
export interface ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
     */
    readonly key: string;
    /**
     * TemplateScope specifies how the template keys should be interpreted.
     *
     * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
     */
    readonly templateAs?: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
/**
 * Converts an object of type 'ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj: ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItems | undefined): Record<string, any> | undefined;
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * TemplateScope specifies how the template keys should be interpreted.
 *
 * @schema ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
export declare enum ClusterExternalSecretSpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * ClusterExternalSecret is the schema for the clusterexternalsecrets API.
 *
 * @schema ClusterExternalSecretV1Beta1
 */
export declare class ClusterExternalSecretV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterExternalSecretV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterExternalSecretV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ClusterExternalSecretV1Beta1Props): any;
    /**
     * Defines a "ClusterExternalSecretV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ClusterExternalSecretV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ClusterExternalSecret is the schema for the clusterexternalsecrets API.
 *
 * @schema ClusterExternalSecretV1Beta1
 */
export interface ClusterExternalSecretV1Beta1Props {
    /**
     * @schema ClusterExternalSecretV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ClusterExternalSecretSpec defines the desired state of ClusterExternalSecret.
     *
     * @schema ClusterExternalSecretV1Beta1#spec
     */
    readonly spec?: ClusterExternalSecretV1Beta1Spec;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1Props' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1Props(obj: ClusterExternalSecretV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * ClusterExternalSecretSpec defines the desired state of ClusterExternalSecret.
 *
 * @schema ClusterExternalSecretV1Beta1Spec
 */
export interface ClusterExternalSecretV1Beta1Spec {
    /**
     * The metadata of the external secrets to be created
     *
     * @schema ClusterExternalSecretV1Beta1Spec#externalSecretMetadata
     */
    readonly externalSecretMetadata?: ClusterExternalSecretV1Beta1SpecExternalSecretMetadata;
    /**
     * The name of the external secrets to be created.
     * Defaults to the name of the ClusterExternalSecret
     *
     * @default the name of the ClusterExternalSecret
     * @schema ClusterExternalSecretV1Beta1Spec#externalSecretName
     */
    readonly externalSecretName?: string;
    /**
     * The spec for the ExternalSecrets to be created
     *
     * @schema ClusterExternalSecretV1Beta1Spec#externalSecretSpec
     */
    readonly externalSecretSpec: ClusterExternalSecretV1Beta1SpecExternalSecretSpec;
    /**
     * The labels to select by to find the Namespaces to create the ExternalSecrets in
     *
     * @schema ClusterExternalSecretV1Beta1Spec#namespaceSelector
     */
    readonly namespaceSelector?: ClusterExternalSecretV1Beta1SpecNamespaceSelector;
    /**
     * A list of labels to select by to find the Namespaces to create the ExternalSecrets in. The selectors are ORed.
     *
     * @schema ClusterExternalSecretV1Beta1Spec#namespaceSelectors
     */
    readonly namespaceSelectors?: ClusterExternalSecretV1Beta1SpecNamespaceSelectors[];
    /**
     * Choose namespaces by name. This field is ORed with anything that NamespaceSelectors ends up choosing.
     *
     * Deprecated: Use NamespaceSelectors instead.
     *
     * @schema ClusterExternalSecretV1Beta1Spec#namespaces
     */
    readonly namespaces?: string[];
    /**
     * The time in which the controller should reconcile its objects and recheck namespaces for labels.
     *
     * @schema ClusterExternalSecretV1Beta1Spec#refreshTime
     */
    readonly refreshTime?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1Spec(obj: ClusterExternalSecretV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * The metadata of the external secrets to be created
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretMetadata
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretMetadata {
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretMetadata' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretMetadata(obj: ClusterExternalSecretV1Beta1SpecExternalSecretMetadata | undefined): Record<string, any> | undefined;
/**
 * The spec for the ExternalSecrets to be created
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpec {
    /**
     * Data defines the connection between the Kubernetes Secret keys and the Provider data
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#data
     */
    readonly data?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecData[];
    /**
     * DataFrom is used to fetch all properties from a specific Provider data
     * If multiple entries are specified, the Secret keys are merged in the specified order
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#dataFrom
     */
    readonly dataFrom?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom[];
    /**
     * RefreshInterval is the amount of time before the values are read again from the SecretStore provider,
     * specified as Golang Duration strings.
     * Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
     * Example values: "1h0m0s", "2h30m0s", "10m0s"
     * May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
     *
     * @default 1h0m0s.
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#refreshInterval
     */
    readonly refreshInterval?: string;
    /**
     * RefreshPolicy determines how the ExternalSecret should be refreshed:
     * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
     * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
     * No periodic updates occur if refreshInterval is 0.
     * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#refreshPolicy
     */
    readonly refreshPolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecRefreshPolicy;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#secretStoreRef
     */
    readonly secretStoreRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef;
    /**
     * ExternalSecretTarget defines the Kubernetes Secret to be created
     * There can be only one target per ExternalSecret.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpec#target
     */
    readonly target?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpec' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpec(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpec | undefined): Record<string, any> | undefined;
/**
 * The labels to select by to find the Namespaces to create the ExternalSecrets in
 *
 * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelector
 */
export interface ClusterExternalSecretV1Beta1SpecNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecNamespaceSelector(obj: ClusterExternalSecretV1Beta1SpecNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectors
 */
export interface ClusterExternalSecretV1Beta1SpecNamespaceSelectors {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectors#matchExpressions
     */
    readonly matchExpressions?: ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectors#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecNamespaceSelectors' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecNamespaceSelectors(obj: ClusterExternalSecretV1Beta1SpecNamespaceSelectors | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.<key>) and the Provider data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecData
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecData {
    /**
     * RemoteRef points to the remote secret and defines
     * which secret (version/property/..) to fetch.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecData#remoteRef
     */
    readonly remoteRef: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef;
    /**
     * The key in the Kubernetes Secret to store the value.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecData#secretKey
     */
    readonly secretKey: string;
    /**
     * SourceRef allows you to override the source
     * from which the value will be pulled.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecData#sourceRef
     */
    readonly sourceRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecData' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecData(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecData | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretDataFromRemoteRef defines a reference to multiple secrets in the provider to be fetched using options.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom {
    /**
     * Used to extract multiple key/value pairs from one secret
     * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom#extract
     */
    readonly extract?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract;
    /**
     * Used to find secrets based on tags or regular expressions
     * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom#find
     */
    readonly find?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind;
    /**
     * Used to rewrite secret Keys after getting them from the secret Provider
     * Multiple Rewrite operations can be provided. They are applied in a layered order (first to last)
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom#rewrite
     */
    readonly rewrite?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite[];
    /**
     * SourceRef points to a store or generator
     * which contains secret values ready to use.
     * Use this in combination with Extract or Find pull values out of
     * a specific SecretStore.
     * When sourceRef points to a generator Extract or Find is not supported.
     * The generator returns a static map of values
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom#sourceRef
     */
    readonly sourceRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFrom | undefined): Record<string, any> | undefined;
/**
 * RefreshPolicy determines how the ExternalSecret should be refreshed:
 * - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter
 * - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
 * No periodic updates occur if refreshInterval is 0.
 * - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecRefreshPolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecRefreshPolicy {
    /** CreatedOnce */
    CREATED_ONCE = "CreatedOnce",
    /** Periodic */
    PERIODIC = "Periodic",
    /** OnChange */
    ON_CHANGE = "OnChange"
}
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRef | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretTarget defines the Kubernetes Secret to be created
 * There can be only one target per ExternalSecret.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget {
    /**
     * CreationPolicy defines rules on how to create the resulting Secret.
     * Defaults to "Owner"
     *
     * @default Owner"
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget#creationPolicy
     */
    readonly creationPolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetCreationPolicy;
    /**
     * DeletionPolicy defines rules on how to delete the resulting Secret.
     * Defaults to "Retain"
     *
     * @default Retain"
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget#deletionPolicy
     */
    readonly deletionPolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetDeletionPolicy;
    /**
     * Immutable defines if the final secret will be immutable
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget#immutable
     */
    readonly immutable?: boolean;
    /**
     * The name of the Secret resource to be managed.
     * Defaults to the .metadata.name of the ExternalSecret resource
     *
     * @default the .metadata.name of the ExternalSecret resource
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget#name
     */
    readonly name?: string;
    /**
     * Template defines a blueprint for the created Secret resource.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget#template
     */
    readonly template?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTarget | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions
 */
export interface ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions(obj: ClusterExternalSecretV1Beta1SpecNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions
 */
export interface ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions(obj: ClusterExternalSecretV1Beta1SpecNamespaceSelectorsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RemoteRef points to the remote secret and defines
 * which secret (version/property/..) to fetch.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#metadataPolicy
     */
    readonly metadataPolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefMetadataPolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRef | undefined): Record<string, any> | undefined;
/**
 * SourceRef allows you to override the source
 * from which the value will be pulled.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * Deprecated: The generatorRef is not implemented in .data[].
     * this will be removed with v1.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef#generatorRef
     */
    readonly generatorRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef#storeRef
     */
    readonly storeRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * Used to extract multiple key/value pairs from one secret
 * Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractDecodingStrategy;
    /**
     * Key is the key used in the Provider, mandatory
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#key
     */
    readonly key: string;
    /**
     * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
     *
     * @default None
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#metadataPolicy
     */
    readonly metadataPolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractMetadataPolicy;
    /**
     * Used to select a specific property of the Provider value (if a map), if supported
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#property
     */
    readonly property?: string;
    /**
     * Used to select a specific version of the Provider value, if supported
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtract | undefined): Record<string, any> | undefined;
/**
 * Used to find secrets based on tags or regular expressions
 * Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind {
    /**
     * Used to define a conversion Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind#conversionStrategy
     */
    readonly conversionStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindConversionStrategy;
    /**
     * Used to define a decoding Strategy
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind#decodingStrategy
     */
    readonly decodingStrategy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindDecodingStrategy;
    /**
     * Finds secrets based on the name.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind#name
     */
    readonly name?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName;
    /**
     * A root path to start the find operations.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind#path
     */
    readonly path?: string;
    /**
     * Find secrets based on tags.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind#tags
     */
    readonly tags?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFind | undefined): Record<string, any> | undefined;
/**
 * ExternalSecretRewrite defines rules on how to rewrite secret keys.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite {
    /**
     * Used to rewrite with regular expressions.
     * The resulting key will be the output of a regexp.ReplaceAll operation.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite#regexp
     */
    readonly regexp?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp;
    /**
     * Used to apply string transformation on the secrets.
     * The resulting key will be the output of the template applied by the operation.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite#transform
     */
    readonly transform?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewrite | undefined): Record<string, any> | undefined;
/**
 * SourceRef points to a store or generator
 * which contains secret values ready to use.
 * Use this in combination with Extract or Find pull values out of
 * a specific SecretStore.
 * When sourceRef points to a generator Extract or Find is not supported.
 * The generator returns a static map of values
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef {
    /**
     * GeneratorRef points to a generator custom resource.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef#generatorRef
     */
    readonly generatorRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef;
    /**
     * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef#storeRef
     */
    readonly storeRef?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRef | undefined): Record<string, any> | undefined;
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRefKind
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecSecretStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * CreationPolicy defines rules on how to create the resulting Secret.
 * Defaults to "Owner"
 *
 * @default Owner"
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetCreationPolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetCreationPolicy {
    /** Owner */
    OWNER = "Owner",
    /** Orphan */
    ORPHAN = "Orphan",
    /** Merge */
    MERGE = "Merge",
    /** None */
    NONE = "None"
}
/**
 * DeletionPolicy defines rules on how to delete the resulting Secret.
 * Defaults to "Retain"
 *
 * @default Retain"
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetDeletionPolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetDeletionPolicy {
    /** Delete */
    DELETE = "Delete",
    /** Merge */
    MERGE = "Merge",
    /** Retain */
    RETAIN = "Retain"
}
/**
 * Template defines a blueprint for the created Secret resource.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate {
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#data
     */
    readonly data?: {
        [key: string]: string;
    };
    /**
     * EngineVersion specifies the template engine version
     * that should be used to compile/execute the
     * template specified in .data and .templateFrom[].
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#engineVersion
     */
    readonly engineVersion?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateEngineVersion;
    /**
     * TemplateMergePolicy defines how template values should be merged when generating a secret.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#mergePolicy
     */
    readonly mergePolicy?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMergePolicy;
    /**
     * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#metadata
     */
    readonly metadata?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata;
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#templateFrom
     */
    readonly templateFrom?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom[];
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplate | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefConversionStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefDecodingStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefDecodingStrategy {
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
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefMetadataPolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataRemoteRefMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * GeneratorRef points to a generator custom resource.
 *
 * Deprecated: The generatorRef is not implemented in .data[].
 * this will be removed with v1.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef#kind
     */
    readonly kind: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * Used to define a conversion Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractConversionStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractDecodingStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractDecodingStrategy {
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
 * Policy for fetching tags/labels from provider secrets, possible options are Fetch, None. Defaults to None
 *
 * @default None
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractMetadataPolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromExtractMetadataPolicy {
    /** None */
    NONE = "None",
    /** Fetch */
    FETCH = "Fetch"
}
/**
 * Used to define a conversion Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindConversionStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindConversionStrategy {
    /** Default */
    DEFAULT = "Default",
    /** Unicode */
    UNICODE = "Unicode"
}
/**
 * Used to define a decoding Strategy
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindDecodingStrategy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindDecodingStrategy {
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
 * Finds secrets based on the name.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName {
    /**
     * Finds secrets base
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName#regexp
     */
    readonly regexp?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromFindName | undefined): Record<string, any> | undefined;
/**
 * Used to rewrite with regular expressions.
 * The resulting key will be the output of a regexp.ReplaceAll operation.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp {
    /**
     * Used to define the regular expression of a re.Compiler.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp#source
     */
    readonly source: string;
    /**
     * Used to define the target pattern of a ReplaceAll operation.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp#target
     */
    readonly target: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteRegexp | undefined): Record<string, any> | undefined;
/**
 * Used to apply string transformation on the secrets.
 * The resulting key will be the output of the template applied by the operation.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform {
    /**
     * Used to define the template to apply on the secret name.
     * `.value ` will specify the secret name in the template.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform#template
     */
    readonly template: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromRewriteTransform | undefined): Record<string, any> | undefined;
/**
 * GeneratorRef points to a generator custom resource.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef {
    /**
     * Specify the apiVersion of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Specify the Kind of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef#kind
     */
    readonly kind: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRefKind;
    /**
     * Specify the name of the generator resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRef | undefined): Record<string, any> | undefined;
/**
 * SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef {
    /**
     * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
     * Defaults to `SecretStore`
     *
     * @default SecretStore`
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef#kind
     */
    readonly kind?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRefKind;
    /**
     * Name of the SecretStore resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRef | undefined): Record<string, any> | undefined;
/**
 * EngineVersion specifies the template engine version
 * that should be used to compile/execute the
 * template specified in .data and .templateFrom[].
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateEngineVersion
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateEngineVersion {
    /** v2 */
    V2 = "v2"
}
/**
 * TemplateMergePolicy defines how template values should be merged when generating a secret.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMergePolicy
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMergePolicy {
    /** Replace */
    REPLACE = "Replace",
    /** Merge */
    MERGE = "Merge"
}
/**
 * ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata {
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * TemplateFrom defines a source for template data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom {
    /**
     * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom#configMap
     */
    readonly configMap?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap;
    /**
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom#literal
     */
    readonly literal?: string;
    /**
     * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom#secret
     */
    readonly secret?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret;
    /**
     * TemplateTarget defines the target field where the template result will be stored.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom#target
     */
    readonly target?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromTarget;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFrom | undefined): Record<string, any> | undefined;
/**
 * Specify the Kind of the generator resource
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRefKind
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
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
    GRAFANA = "Grafana"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRefKind
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * Specify the Kind of the generator resource
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRefKind
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefGeneratorRefKind {
    /** ACRAccessToken */
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    /** ClusterGenerator */
    CLUSTER_GENERATOR = "ClusterGenerator",
    /** ECRAuthorizationToken */
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    /** Fake */
    FAKE = "Fake",
    /** GCRAccessToken */
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    /** GithubAccessToken */
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
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
    GRAFANA = "Grafana"
}
/**
 * Kind of the SecretStore resource (SecretStore or ClusterSecretStore)
 * Defaults to `SecretStore`
 *
 * @default SecretStore`
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRefKind
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecDataFromSourceRefStoreRefKind {
    /** SecretStore */
    SECRET_STORE = "SecretStore",
    /** ClusterSecretStore */
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
/**
 * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap#items
     */
    readonly items: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMap | undefined): Record<string, any> | undefined;
/**
 * TemplateRef defines a reference to a template source in a ConfigMap or Secret.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret {
    /**
     * A list of keys in the ConfigMap/Secret to use as templates for Secret data
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret#items
     */
    readonly items: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems[];
    /**
     * The name of the ConfigMap/Secret resource
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecret | undefined): Record<string, any> | undefined;
/**
 * TemplateTarget defines the target field where the template result will be stored.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromTarget
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromTarget {
    /** Data */
    DATA = "Data",
    /** Annotations */
    ANNOTATIONS = "Annotations",
    /** Labels */
    LABELS = "Labels"
}
/**
 * TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#key
     */
    readonly key: string;
    /**
     * TemplateScope defines the scope of the template when processing template data.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems#templateAs
     */
    readonly templateAs?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems
 */
export interface ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems {
    /**
     * A key in the ConfigMap/Secret
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems#key
     */
    readonly key: string;
    /**
     * TemplateScope defines the scope of the template when processing template data.
     *
     * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems#templateAs
     */
    readonly templateAs?: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
/**
 * Converts an object of type 'ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems' to JSON representation.
 */
export declare function toJson_ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj: ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItems | undefined): Record<string, any> | undefined;
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
/**
 * TemplateScope defines the scope of the template when processing template data.
 *
 * @schema ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs
 */
export declare enum ClusterExternalSecretV1Beta1SpecExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    /** Values */
    VALUES = "Values",
    /** KeysAndValues */
    KEYS_AND_VALUES = "KeysAndValues"
}
