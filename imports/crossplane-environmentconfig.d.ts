import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * An EnvironmentConfig contains user-defined unstructured values for
use in a Composition.

Read the Crossplane documentation for
[more information about EnvironmentConfigs](https://docs.crossplane.io/latest/composition/environment-configs/).
 *
 * @schema EnvironmentConfig
 */
export declare class EnvironmentConfig extends ApiObject {
    /**
     * Returns the apiVersion and kind for "EnvironmentConfig"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "EnvironmentConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: EnvironmentConfigProps): any;
    /**
     * Defines a "EnvironmentConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: EnvironmentConfigProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * An EnvironmentConfig contains user-defined unstructured values for
 * use in a Composition.
 *
 * Read the Crossplane documentation for
 * [more information about EnvironmentConfigs](https://docs.crossplane.io/latest/composition/environment-configs/).
 *
 * @schema EnvironmentConfig
 */
export interface EnvironmentConfigProps {
    /**
     * @schema EnvironmentConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * The data of this EnvironmentConfig.
     * This may contain any kind of structure that can be serialized into JSON.
     *
     * @schema EnvironmentConfig#data
     */
    readonly data?: {
        [key: string]: any;
    };
}
/**
 * Converts an object of type 'EnvironmentConfigProps' to JSON representation.
 */
export declare function toJson_EnvironmentConfigProps(obj: EnvironmentConfigProps | undefined): Record<string, any> | undefined;
