import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A Function installs an OCI compatible Crossplane package, extending
Crossplane with support for a new kind of composition function.

Read the Crossplane documentation for
[more information about Functions](https://docs.crossplane.io/latest/packages/functions/).
 *
 * @schema Function
 */
export declare class Function extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Function"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Function".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: FunctionProps): any;
    /**
     * Defines a "Function" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: FunctionProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A Function installs an OCI compatible Crossplane package, extending
 * Crossplane with support for a new kind of composition function.
 *
 * Read the Crossplane documentation for
 * [more information about Functions](https://docs.crossplane.io/latest/packages/functions/).
 *
 * @schema Function
 */
export interface FunctionProps {
    /**
     * @schema Function#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * FunctionSpec specifies the configuration of a Function.
     *
     * @schema Function#spec
     */
    readonly spec?: FunctionSpec;
}
/**
 * Converts an object of type 'FunctionProps' to JSON representation.
 */
export declare function toJson_FunctionProps(obj: FunctionProps | undefined): Record<string, any> | undefined;
/**
 * FunctionSpec specifies the configuration of a Function.
 *
 * @schema FunctionSpec
 */
export interface FunctionSpec {
    /**
     * Map of string keys and values that can be used to annotate objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
     *
     * @schema FunctionSpec#commonAnnotations
     */
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * and services.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
     *
     * @schema FunctionSpec#commonLabels
     */
    readonly commonLabels?: {
        [key: string]: string;
    };
    /**
     * IgnoreCrossplaneConstraints indicates to the package manager whether to
     * honor Crossplane version constrains specified by the package.
     * Default is false.
     *
     * @default false.
     * @schema FunctionSpec#ignoreCrossplaneConstraints
     */
    readonly ignoreCrossplaneConstraints?: boolean;
    /**
     * Package is the name of the package that is being requested.
     * must be a fully qualified image name, including the registry,
     * repository, and tag. for example, "registry.example.com/repo/package:tag".
     *
     * @schema FunctionSpec#package
     */
    readonly package: string;
    /**
     * PackagePullPolicy defines the pull policy for the package.
     * Default is IfNotPresent.
     *
     * @default IfNotPresent.
     * @schema FunctionSpec#packagePullPolicy
     */
    readonly packagePullPolicy?: string;
    /**
     * PackagePullSecrets are named secrets in the same namespace that can be used
     * to fetch packages from private registries.
     *
     * @schema FunctionSpec#packagePullSecrets
     */
    readonly packagePullSecrets?: FunctionSpecPackagePullSecrets[];
    /**
     * RevisionActivationPolicy specifies how the package controller should
     * update from one revision to the next. Options are Automatic or Manual.
     * Default is Automatic.
     *
     * @default Automatic.
     * @schema FunctionSpec#revisionActivationPolicy
     */
    readonly revisionActivationPolicy?: string;
    /**
     * RevisionHistoryLimit dictates how the package controller cleans up old
     * inactive package revisions.
     * Defaults to 1. Can be disabled by explicitly setting to 0.
     *
     * @default 1. Can be disabled by explicitly setting to 0.
     * @schema FunctionSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * RuntimeConfigRef references a RuntimeConfig resource that will be used
     * to configure the package runtime.
     *
     * @schema FunctionSpec#runtimeConfigRef
     */
    readonly runtimeConfigRef?: FunctionSpecRuntimeConfigRef;
    /**
     * SkipDependencyResolution indicates to the package manager whether to skip
     * resolving dependencies for a package. Setting this value to true may have
     * unintended consequences.
     * Default is false.
     *
     * @default false.
     * @schema FunctionSpec#skipDependencyResolution
     */
    readonly skipDependencyResolution?: boolean;
}
/**
 * Converts an object of type 'FunctionSpec' to JSON representation.
 */
export declare function toJson_FunctionSpec(obj: FunctionSpec | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema FunctionSpecPackagePullSecrets
 */
export interface FunctionSpecPackagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema FunctionSpecPackagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'FunctionSpecPackagePullSecrets' to JSON representation.
 */
export declare function toJson_FunctionSpecPackagePullSecrets(obj: FunctionSpecPackagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * RuntimeConfigRef references a RuntimeConfig resource that will be used
 * to configure the package runtime.
 *
 * @schema FunctionSpecRuntimeConfigRef
 */
export interface FunctionSpecRuntimeConfigRef {
    /**
     * API version of the referent.
     *
     * @schema FunctionSpecRuntimeConfigRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind of the referent.
     *
     * @schema FunctionSpecRuntimeConfigRef#kind
     */
    readonly kind?: string;
    /**
     * Name of the RuntimeConfig.
     *
     * @schema FunctionSpecRuntimeConfigRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FunctionSpecRuntimeConfigRef' to JSON representation.
 */
export declare function toJson_FunctionSpecRuntimeConfigRef(obj: FunctionSpecRuntimeConfigRef | undefined): Record<string, any> | undefined;
/**
 * A Function installs an OCI compatible Crossplane package, extending
Crossplane with support for a new kind of composition function.

Read the Crossplane documentation for
[more information about Functions](https://docs.crossplane.io/latest/packages/functions/).
 *
 * @schema FunctionV1Beta1
 */
export declare class FunctionV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "FunctionV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "FunctionV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: FunctionV1Beta1Props): any;
    /**
     * Defines a "FunctionV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: FunctionV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A Function installs an OCI compatible Crossplane package, extending
 * Crossplane with support for a new kind of composition function.
 *
 * Read the Crossplane documentation for
 * [more information about Functions](https://docs.crossplane.io/latest/packages/functions/).
 *
 * @schema FunctionV1Beta1
 */
export interface FunctionV1Beta1Props {
    /**
     * @schema FunctionV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * FunctionSpec specifies the configuration of a Function.
     *
     * @schema FunctionV1Beta1#spec
     */
    readonly spec?: FunctionV1Beta1Spec;
}
/**
 * Converts an object of type 'FunctionV1Beta1Props' to JSON representation.
 */
export declare function toJson_FunctionV1Beta1Props(obj: FunctionV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * FunctionSpec specifies the configuration of a Function.
 *
 * @schema FunctionV1Beta1Spec
 */
export interface FunctionV1Beta1Spec {
    /**
     * Map of string keys and values that can be used to annotate objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/
     *
     * @schema FunctionV1Beta1Spec#commonAnnotations
     */
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * and services.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
     *
     * @schema FunctionV1Beta1Spec#commonLabels
     */
    readonly commonLabels?: {
        [key: string]: string;
    };
    /**
     * IgnoreCrossplaneConstraints indicates to the package manager whether to
     * honor Crossplane version constrains specified by the package.
     * Default is false.
     *
     * @default false.
     * @schema FunctionV1Beta1Spec#ignoreCrossplaneConstraints
     */
    readonly ignoreCrossplaneConstraints?: boolean;
    /**
     * Package is the name of the package that is being requested.
     * must be a fully qualified image name, including the registry,
     * repository, and tag. for example, "registry.example.com/repo/package:tag".
     *
     * @schema FunctionV1Beta1Spec#package
     */
    readonly package: string;
    /**
     * PackagePullPolicy defines the pull policy for the package.
     * Default is IfNotPresent.
     *
     * @default IfNotPresent.
     * @schema FunctionV1Beta1Spec#packagePullPolicy
     */
    readonly packagePullPolicy?: string;
    /**
     * PackagePullSecrets are named secrets in the same namespace that can be used
     * to fetch packages from private registries.
     *
     * @schema FunctionV1Beta1Spec#packagePullSecrets
     */
    readonly packagePullSecrets?: FunctionV1Beta1SpecPackagePullSecrets[];
    /**
     * RevisionActivationPolicy specifies how the package controller should
     * update from one revision to the next. Options are Automatic or Manual.
     * Default is Automatic.
     *
     * @default Automatic.
     * @schema FunctionV1Beta1Spec#revisionActivationPolicy
     */
    readonly revisionActivationPolicy?: string;
    /**
     * RevisionHistoryLimit dictates how the package controller cleans up old
     * inactive package revisions.
     * Defaults to 1. Can be disabled by explicitly setting to 0.
     *
     * @default 1. Can be disabled by explicitly setting to 0.
     * @schema FunctionV1Beta1Spec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * RuntimeConfigRef references a RuntimeConfig resource that will be used
     * to configure the package runtime.
     *
     * @schema FunctionV1Beta1Spec#runtimeConfigRef
     */
    readonly runtimeConfigRef?: FunctionV1Beta1SpecRuntimeConfigRef;
    /**
     * SkipDependencyResolution indicates to the package manager whether to skip
     * resolving dependencies for a package. Setting this value to true may have
     * unintended consequences.
     * Default is false.
     *
     * @default false.
     * @schema FunctionV1Beta1Spec#skipDependencyResolution
     */
    readonly skipDependencyResolution?: boolean;
}
/**
 * Converts an object of type 'FunctionV1Beta1Spec' to JSON representation.
 */
export declare function toJson_FunctionV1Beta1Spec(obj: FunctionV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * LocalObjectReference contains enough information to let you locate the
 * referenced object inside the same namespace.
 *
 * @schema FunctionV1Beta1SpecPackagePullSecrets
 */
export interface FunctionV1Beta1SpecPackagePullSecrets {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema FunctionV1Beta1SpecPackagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'FunctionV1Beta1SpecPackagePullSecrets' to JSON representation.
 */
export declare function toJson_FunctionV1Beta1SpecPackagePullSecrets(obj: FunctionV1Beta1SpecPackagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * RuntimeConfigRef references a RuntimeConfig resource that will be used
 * to configure the package runtime.
 *
 * @schema FunctionV1Beta1SpecRuntimeConfigRef
 */
export interface FunctionV1Beta1SpecRuntimeConfigRef {
    /**
     * API version of the referent.
     *
     * @schema FunctionV1Beta1SpecRuntimeConfigRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind of the referent.
     *
     * @schema FunctionV1Beta1SpecRuntimeConfigRef#kind
     */
    readonly kind?: string;
    /**
     * Name of the RuntimeConfig.
     *
     * @schema FunctionV1Beta1SpecRuntimeConfigRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'FunctionV1Beta1SpecRuntimeConfigRef' to JSON representation.
 */
export declare function toJson_FunctionV1Beta1SpecRuntimeConfigRef(obj: FunctionV1Beta1SpecRuntimeConfigRef | undefined): Record<string, any> | undefined;
