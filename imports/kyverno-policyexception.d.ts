import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * PolicyException declares resources to be excluded from specified policies.
 *
 * @schema PolicyException
 */
export declare class PolicyException extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PolicyException"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PolicyException".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PolicyExceptionProps): any;
    /**
     * Defines a "PolicyException" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PolicyExceptionProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * PolicyException declares resources to be excluded from specified policies.
 *
 * @schema PolicyException
 */
export interface PolicyExceptionProps {
    /**
     * @schema PolicyException#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec declares policy exception behaviors.
     *
     * @schema PolicyException#spec
     */
    readonly spec: PolicyExceptionSpec;
}
/**
 * Converts an object of type 'PolicyExceptionProps' to JSON representation.
 */
export declare function toJson_PolicyExceptionProps(obj: PolicyExceptionProps | undefined): Record<string, any> | undefined;
/**
 * Spec declares policy exception behaviors.
 *
 * @schema PolicyExceptionSpec
 */
export interface PolicyExceptionSpec {
    /**
     * Background controls if exceptions are applied to existing policies during a background scan.
     * Optional. Default value is "true". The value must be set to "false" if the policy rule
     * uses variables that are only available in the admission review request (e.g. user name).
     *
     * @schema PolicyExceptionSpec#background
     */
    readonly background?: boolean;
    /**
     * Conditions are used to determine if a resource applies to the exception by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     *
     * @schema PolicyExceptionSpec#conditions
     */
    readonly conditions?: PolicyExceptionSpecConditions;
    /**
     * Exceptions is a list policy/rules to be excluded
     *
     * @schema PolicyExceptionSpec#exceptions
     */
    readonly exceptions: PolicyExceptionSpecExceptions[];
    /**
     * Match defines match clause used to check if a resource applies to the exception
     *
     * @schema PolicyExceptionSpec#match
     */
    readonly match: PolicyExceptionSpecMatch;
    /**
     * PodSecurity specifies the Pod Security Standard controls to be excluded.
     * Applicable only to policies that have validate.podSecurity subrule.
     *
     * @schema PolicyExceptionSpec#podSecurity
     */
    readonly podSecurity?: PolicyExceptionSpecPodSecurity[];
}
/**
 * Converts an object of type 'PolicyExceptionSpec' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpec(obj: PolicyExceptionSpec | undefined): Record<string, any> | undefined;
/**
 * Conditions are used to determine if a resource applies to the exception by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 *
 * @schema PolicyExceptionSpecConditions
 */
export interface PolicyExceptionSpecConditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass.
     *
     * @schema PolicyExceptionSpecConditions#all
     */
    readonly all?: PolicyExceptionSpecConditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass.
     *
     * @schema PolicyExceptionSpecConditions#any
     */
    readonly any?: PolicyExceptionSpecConditionsAny[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecConditions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecConditions(obj: PolicyExceptionSpecConditions | undefined): Record<string, any> | undefined;
/**
 * Exception stores infos about a policy and rules
 *
 * @schema PolicyExceptionSpecExceptions
 */
export interface PolicyExceptionSpecExceptions {
    /**
     * PolicyName identifies the policy to which the exception is applied.
     * The policy name uses the format <namespace>/<name> unless it
     * references a ClusterPolicy.
     *
     * @schema PolicyExceptionSpecExceptions#policyName
     */
    readonly policyName: string;
    /**
     * RuleNames identifies the rules to which the exception is applied.
     *
     * @schema PolicyExceptionSpecExceptions#ruleNames
     */
    readonly ruleNames: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecExceptions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecExceptions(obj: PolicyExceptionSpecExceptions | undefined): Record<string, any> | undefined;
/**
 * Match defines match clause used to check if a resource applies to the exception
 *
 * @schema PolicyExceptionSpecMatch
 */
export interface PolicyExceptionSpecMatch {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicyExceptionSpecMatch#all
     */
    readonly all?: PolicyExceptionSpecMatchAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicyExceptionSpecMatch#any
     */
    readonly any?: PolicyExceptionSpecMatchAny[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatch' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatch(obj: PolicyExceptionSpecMatch | undefined): Record<string, any> | undefined;
/**
 * PodSecurityStandard specifies the Pod Security Standard controls to be excluded.
 *
 * @schema PolicyExceptionSpecPodSecurity
 */
export interface PolicyExceptionSpecPodSecurity {
    /**
     * ControlName specifies the name of the Pod Security Standard control.
     * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
     *
     * @schema PolicyExceptionSpecPodSecurity#controlName
     */
    readonly controlName: PolicyExceptionSpecPodSecurityControlName;
    /**
     * Images selects matching containers and applies the container level PSS.
     * Each image is the image name consisting of the registry address, repository, image, and tag.
     * Empty list matches no containers, PSS checks are applied at the pod level only.
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicyExceptionSpecPodSecurity#images
     */
    readonly images?: string[];
    /**
     * RestrictedField selects the field for the given Pod Security Standard control.
     * When not set, all restricted fields for the control are selected.
     *
     * @schema PolicyExceptionSpecPodSecurity#restrictedField
     */
    readonly restrictedField?: string;
    /**
     * Values defines the allowed values that can be excluded.
     *
     * @schema PolicyExceptionSpecPodSecurity#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecPodSecurity' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecPodSecurity(obj: PolicyExceptionSpecPodSecurity | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyExceptionSpecConditionsAll
 */
export interface PolicyExceptionSpecConditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyExceptionSpecConditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyExceptionSpecConditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyExceptionSpecConditionsAll#operator
     */
    readonly operator?: PolicyExceptionSpecConditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyExceptionSpecConditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyExceptionSpecConditionsAll' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecConditionsAll(obj: PolicyExceptionSpecConditionsAll | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyExceptionSpecConditionsAny
 */
export interface PolicyExceptionSpecConditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyExceptionSpecConditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyExceptionSpecConditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyExceptionSpecConditionsAny#operator
     */
    readonly operator?: PolicyExceptionSpecConditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyExceptionSpecConditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyExceptionSpecConditionsAny' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecConditionsAny(obj: PolicyExceptionSpecConditionsAny | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyExceptionSpecMatchAll
 */
export interface PolicyExceptionSpecMatchAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyExceptionSpecMatchAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyExceptionSpecMatchAll#resources
     */
    readonly resources?: PolicyExceptionSpecMatchAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyExceptionSpecMatchAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyExceptionSpecMatchAll#subjects
     */
    readonly subjects?: PolicyExceptionSpecMatchAllSubjects[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAll' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAll(obj: PolicyExceptionSpecMatchAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyExceptionSpecMatchAny
 */
export interface PolicyExceptionSpecMatchAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyExceptionSpecMatchAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyExceptionSpecMatchAny#resources
     */
    readonly resources?: PolicyExceptionSpecMatchAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyExceptionSpecMatchAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyExceptionSpecMatchAny#subjects
     */
    readonly subjects?: PolicyExceptionSpecMatchAnySubjects[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAny' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAny(obj: PolicyExceptionSpecMatchAny | undefined): Record<string, any> | undefined;
/**
 * ControlName specifies the name of the Pod Security Standard control.
 * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
 *
 * @schema PolicyExceptionSpecPodSecurityControlName
 */
export declare enum PolicyExceptionSpecPodSecurityControlName {
    /** HostProcess */
    HOST_PROCESS = "HostProcess",
    /** Host Namespaces */
    HOST_NAMESPACES = "Host Namespaces",
    /** Privileged Containers */
    PRIVILEGED_CONTAINERS = "Privileged Containers",
    /** Capabilities */
    CAPABILITIES = "Capabilities",
    /** HostPath Volumes */
    HOST_PATH_VOLUMES = "HostPath Volumes",
    /** Host Ports */
    HOST_PORTS = "Host Ports",
    /** AppArmor */
    APP_ARMOR = "AppArmor",
    /** SELinux */
    SE_LINUX = "SELinux",
    /** /proc Mount Type */
    VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE = "/proc Mount Type",
    /** Seccomp */
    SECCOMP = "Seccomp",
    /** Sysctls */
    SYSCTLS = "Sysctls",
    /** Volume Types */
    VOLUME_TYPES = "Volume Types",
    /** Privilege Escalation */
    PRIVILEGE_ESCALATION = "Privilege Escalation",
    /** Running as Non-root */
    RUNNING_AS_NON_HYPHEN_ROOT = "Running as Non-root",
    /** Running as Non-root user */
    RUNNING_AS_NON_HYPHEN_ROOT_USER = "Running as Non-root user"
}
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyExceptionSpecConditionsAllOperator
 */
export declare enum PolicyExceptionSpecConditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** AnyNotIn */
    ANY_NOT_IN = "AnyNotIn",
    /** AllNotIn */
    ALL_NOT_IN = "AllNotIn",
    /** GreaterThanOrEquals */
    GREATER_THAN_OR_EQUALS = "GreaterThanOrEquals",
    /** GreaterThan */
    GREATER_THAN = "GreaterThan",
    /** LessThanOrEquals */
    LESS_THAN_OR_EQUALS = "LessThanOrEquals",
    /** LessThan */
    LESS_THAN = "LessThan",
    /** DurationGreaterThanOrEquals */
    DURATION_GREATER_THAN_OR_EQUALS = "DurationGreaterThanOrEquals",
    /** DurationGreaterThan */
    DURATION_GREATER_THAN = "DurationGreaterThan",
    /** DurationLessThanOrEquals */
    DURATION_LESS_THAN_OR_EQUALS = "DurationLessThanOrEquals",
    /** DurationLessThan */
    DURATION_LESS_THAN = "DurationLessThan"
}
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyExceptionSpecConditionsAnyOperator
 */
export declare enum PolicyExceptionSpecConditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** AnyNotIn */
    ANY_NOT_IN = "AnyNotIn",
    /** AllNotIn */
    ALL_NOT_IN = "AllNotIn",
    /** GreaterThanOrEquals */
    GREATER_THAN_OR_EQUALS = "GreaterThanOrEquals",
    /** GreaterThan */
    GREATER_THAN = "GreaterThan",
    /** LessThanOrEquals */
    LESS_THAN_OR_EQUALS = "LessThanOrEquals",
    /** LessThan */
    LESS_THAN = "LessThan",
    /** DurationGreaterThanOrEquals */
    DURATION_GREATER_THAN_OR_EQUALS = "DurationGreaterThanOrEquals",
    /** DurationGreaterThan */
    DURATION_GREATER_THAN = "DurationGreaterThan",
    /** DurationLessThanOrEquals */
    DURATION_LESS_THAN_OR_EQUALS = "DurationLessThanOrEquals",
    /** DurationLessThan */
    DURATION_LESS_THAN = "DurationLessThan"
}
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyExceptionSpecMatchAllResources
 */
export interface PolicyExceptionSpecMatchAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyExceptionSpecMatchAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyExceptionSpecMatchAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyExceptionSpecMatchAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionSpecMatchAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyExceptionSpecMatchAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyExceptionSpecMatchAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionSpecMatchAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyExceptionSpecMatchAllResources#operations
     */
    readonly operations?: PolicyExceptionSpecMatchAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyExceptionSpecMatchAllResources#selector
     */
    readonly selector?: PolicyExceptionSpecMatchAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllResources' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllResources(obj: PolicyExceptionSpecMatchAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyExceptionSpecMatchAllSubjects
 */
export interface PolicyExceptionSpecMatchAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyExceptionSpecMatchAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyExceptionSpecMatchAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyExceptionSpecMatchAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyExceptionSpecMatchAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllSubjects' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllSubjects(obj: PolicyExceptionSpecMatchAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyExceptionSpecMatchAnyResources
 */
export interface PolicyExceptionSpecMatchAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyExceptionSpecMatchAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyExceptionSpecMatchAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyExceptionSpecMatchAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionSpecMatchAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyExceptionSpecMatchAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyExceptionSpecMatchAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionSpecMatchAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyExceptionSpecMatchAnyResources#operations
     */
    readonly operations?: PolicyExceptionSpecMatchAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyExceptionSpecMatchAnyResources#selector
     */
    readonly selector?: PolicyExceptionSpecMatchAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnyResources' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnyResources(obj: PolicyExceptionSpecMatchAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyExceptionSpecMatchAnySubjects
 */
export interface PolicyExceptionSpecMatchAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyExceptionSpecMatchAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyExceptionSpecMatchAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyExceptionSpecMatchAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyExceptionSpecMatchAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnySubjects' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnySubjects(obj: PolicyExceptionSpecMatchAnySubjects | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelector
 */
export interface PolicyExceptionSpecMatchAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllResourcesNamespaceSelector(obj: PolicyExceptionSpecMatchAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyExceptionSpecMatchAllResourcesOperations
 */
export declare enum PolicyExceptionSpecMatchAllResourcesOperations {
    /** CREATE */
    CREATE = "CREATE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** DELETE */
    DELETE = "DELETE"
}
/**
 * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
 * characters `*` (matches zero or many characters) and `?` (matches one character).
 * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
 * using ["*" : "*"] matches any key and value but does not match an empty label set.
 *
 * @schema PolicyExceptionSpecMatchAllResourcesSelector
 */
export interface PolicyExceptionSpecMatchAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllResourcesSelector(obj: PolicyExceptionSpecMatchAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelector
 */
export interface PolicyExceptionSpecMatchAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnyResourcesNamespaceSelector(obj: PolicyExceptionSpecMatchAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyExceptionSpecMatchAnyResourcesOperations
 */
export declare enum PolicyExceptionSpecMatchAnyResourcesOperations {
    /** CREATE */
    CREATE = "CREATE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** DELETE */
    DELETE = "DELETE"
}
/**
 * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
 * characters `*` (matches zero or many characters) and `?` (matches one character).
 * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
 * using ["*" : "*"] matches any key and value but does not match an empty label set.
 *
 * @schema PolicyExceptionSpecMatchAnyResourcesSelector
 */
export interface PolicyExceptionSpecMatchAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnyResourcesSelector(obj: PolicyExceptionSpecMatchAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions(obj: PolicyExceptionSpecMatchAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions
 */
export interface PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions(obj: PolicyExceptionSpecMatchAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicyExceptionSpecMatchAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions
 */
export interface PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions(obj: PolicyExceptionSpecMatchAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PolicyException declares resources to be excluded from specified policies.
 *
 * @schema PolicyExceptionV2Beta1
 */
export declare class PolicyExceptionV2Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PolicyExceptionV2Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PolicyExceptionV2Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PolicyExceptionV2Beta1Props): any;
    /**
     * Defines a "PolicyExceptionV2Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PolicyExceptionV2Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * PolicyException declares resources to be excluded from specified policies.
 *
 * @schema PolicyExceptionV2Beta1
 */
export interface PolicyExceptionV2Beta1Props {
    /**
     * @schema PolicyExceptionV2Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec declares policy exception behaviors.
     *
     * @schema PolicyExceptionV2Beta1#spec
     */
    readonly spec: PolicyExceptionV2Beta1Spec;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1Props' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1Props(obj: PolicyExceptionV2Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec declares policy exception behaviors.
 *
 * @schema PolicyExceptionV2Beta1Spec
 */
export interface PolicyExceptionV2Beta1Spec {
    /**
     * Background controls if exceptions are applied to existing policies during a background scan.
     * Optional. Default value is "true". The value must be set to "false" if the policy rule
     * uses variables that are only available in the admission review request (e.g. user name).
     *
     * @schema PolicyExceptionV2Beta1Spec#background
     */
    readonly background?: boolean;
    /**
     * Conditions are used to determine if a resource applies to the exception by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     *
     * @schema PolicyExceptionV2Beta1Spec#conditions
     */
    readonly conditions?: PolicyExceptionV2Beta1SpecConditions;
    /**
     * Exceptions is a list policy/rules to be excluded
     *
     * @schema PolicyExceptionV2Beta1Spec#exceptions
     */
    readonly exceptions: PolicyExceptionV2Beta1SpecExceptions[];
    /**
     * Match defines match clause used to check if a resource applies to the exception
     *
     * @schema PolicyExceptionV2Beta1Spec#match
     */
    readonly match: PolicyExceptionV2Beta1SpecMatch;
    /**
     * PodSecurity specifies the Pod Security Standard controls to be excluded.
     * Applicable only to policies that have validate.podSecurity subrule.
     *
     * @schema PolicyExceptionV2Beta1Spec#podSecurity
     */
    readonly podSecurity?: PolicyExceptionV2Beta1SpecPodSecurity[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1Spec' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1Spec(obj: PolicyExceptionV2Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * Conditions are used to determine if a resource applies to the exception by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 *
 * @schema PolicyExceptionV2Beta1SpecConditions
 */
export interface PolicyExceptionV2Beta1SpecConditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass.
     *
     * @schema PolicyExceptionV2Beta1SpecConditions#all
     */
    readonly all?: PolicyExceptionV2Beta1SpecConditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass.
     *
     * @schema PolicyExceptionV2Beta1SpecConditions#any
     */
    readonly any?: PolicyExceptionV2Beta1SpecConditionsAny[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecConditions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecConditions(obj: PolicyExceptionV2Beta1SpecConditions | undefined): Record<string, any> | undefined;
/**
 * Exception stores infos about a policy and rules
 *
 * @schema PolicyExceptionV2Beta1SpecExceptions
 */
export interface PolicyExceptionV2Beta1SpecExceptions {
    /**
     * PolicyName identifies the policy to which the exception is applied.
     * The policy name uses the format <namespace>/<name> unless it
     * references a ClusterPolicy.
     *
     * @schema PolicyExceptionV2Beta1SpecExceptions#policyName
     */
    readonly policyName: string;
    /**
     * RuleNames identifies the rules to which the exception is applied.
     *
     * @schema PolicyExceptionV2Beta1SpecExceptions#ruleNames
     */
    readonly ruleNames: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecExceptions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecExceptions(obj: PolicyExceptionV2Beta1SpecExceptions | undefined): Record<string, any> | undefined;
/**
 * Match defines match clause used to check if a resource applies to the exception
 *
 * @schema PolicyExceptionV2Beta1SpecMatch
 */
export interface PolicyExceptionV2Beta1SpecMatch {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicyExceptionV2Beta1SpecMatch#all
     */
    readonly all?: PolicyExceptionV2Beta1SpecMatchAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicyExceptionV2Beta1SpecMatch#any
     */
    readonly any?: PolicyExceptionV2Beta1SpecMatchAny[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatch' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatch(obj: PolicyExceptionV2Beta1SpecMatch | undefined): Record<string, any> | undefined;
/**
 * PodSecurityStandard specifies the Pod Security Standard controls to be excluded.
 *
 * @schema PolicyExceptionV2Beta1SpecPodSecurity
 */
export interface PolicyExceptionV2Beta1SpecPodSecurity {
    /**
     * ControlName specifies the name of the Pod Security Standard control.
     * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
     *
     * @schema PolicyExceptionV2Beta1SpecPodSecurity#controlName
     */
    readonly controlName: PolicyExceptionV2Beta1SpecPodSecurityControlName;
    /**
     * Images selects matching containers and applies the container level PSS.
     * Each image is the image name consisting of the registry address, repository, image, and tag.
     * Empty list matches no containers, PSS checks are applied at the pod level only.
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicyExceptionV2Beta1SpecPodSecurity#images
     */
    readonly images?: string[];
    /**
     * RestrictedField selects the field for the given Pod Security Standard control.
     * When not set, all restricted fields for the control are selected.
     *
     * @schema PolicyExceptionV2Beta1SpecPodSecurity#restrictedField
     */
    readonly restrictedField?: string;
    /**
     * Values defines the allowed values that can be excluded.
     *
     * @schema PolicyExceptionV2Beta1SpecPodSecurity#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecPodSecurity' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecPodSecurity(obj: PolicyExceptionV2Beta1SpecPodSecurity | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyExceptionV2Beta1SpecConditionsAll
 */
export interface PolicyExceptionV2Beta1SpecConditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAll#operator
     */
    readonly operator?: PolicyExceptionV2Beta1SpecConditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecConditionsAll' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecConditionsAll(obj: PolicyExceptionV2Beta1SpecConditionsAll | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyExceptionV2Beta1SpecConditionsAny
 */
export interface PolicyExceptionV2Beta1SpecConditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAny#operator
     */
    readonly operator?: PolicyExceptionV2Beta1SpecConditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyExceptionV2Beta1SpecConditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecConditionsAny' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecConditionsAny(obj: PolicyExceptionV2Beta1SpecConditionsAny | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAll
 */
export interface PolicyExceptionV2Beta1SpecMatchAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAll#resources
     */
    readonly resources?: PolicyExceptionV2Beta1SpecMatchAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAll#subjects
     */
    readonly subjects?: PolicyExceptionV2Beta1SpecMatchAllSubjects[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAll' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAll(obj: PolicyExceptionV2Beta1SpecMatchAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAny
 */
export interface PolicyExceptionV2Beta1SpecMatchAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAny#resources
     */
    readonly resources?: PolicyExceptionV2Beta1SpecMatchAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAny#subjects
     */
    readonly subjects?: PolicyExceptionV2Beta1SpecMatchAnySubjects[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAny' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAny(obj: PolicyExceptionV2Beta1SpecMatchAny | undefined): Record<string, any> | undefined;
/**
 * ControlName specifies the name of the Pod Security Standard control.
 * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
 *
 * @schema PolicyExceptionV2Beta1SpecPodSecurityControlName
 */
export declare enum PolicyExceptionV2Beta1SpecPodSecurityControlName {
    /** HostProcess */
    HOST_PROCESS = "HostProcess",
    /** Host Namespaces */
    HOST_NAMESPACES = "Host Namespaces",
    /** Privileged Containers */
    PRIVILEGED_CONTAINERS = "Privileged Containers",
    /** Capabilities */
    CAPABILITIES = "Capabilities",
    /** HostPath Volumes */
    HOST_PATH_VOLUMES = "HostPath Volumes",
    /** Host Ports */
    HOST_PORTS = "Host Ports",
    /** AppArmor */
    APP_ARMOR = "AppArmor",
    /** SELinux */
    SE_LINUX = "SELinux",
    /** /proc Mount Type */
    VALUE_FORWARD_SLASH_PROC_MOUNT_TYPE = "/proc Mount Type",
    /** Seccomp */
    SECCOMP = "Seccomp",
    /** Sysctls */
    SYSCTLS = "Sysctls",
    /** Volume Types */
    VOLUME_TYPES = "Volume Types",
    /** Privilege Escalation */
    PRIVILEGE_ESCALATION = "Privilege Escalation",
    /** Running as Non-root */
    RUNNING_AS_NON_HYPHEN_ROOT = "Running as Non-root",
    /** Running as Non-root user */
    RUNNING_AS_NON_HYPHEN_ROOT_USER = "Running as Non-root user"
}
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyExceptionV2Beta1SpecConditionsAllOperator
 */
export declare enum PolicyExceptionV2Beta1SpecConditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** AnyNotIn */
    ANY_NOT_IN = "AnyNotIn",
    /** AllNotIn */
    ALL_NOT_IN = "AllNotIn",
    /** GreaterThanOrEquals */
    GREATER_THAN_OR_EQUALS = "GreaterThanOrEquals",
    /** GreaterThan */
    GREATER_THAN = "GreaterThan",
    /** LessThanOrEquals */
    LESS_THAN_OR_EQUALS = "LessThanOrEquals",
    /** LessThan */
    LESS_THAN = "LessThan",
    /** DurationGreaterThanOrEquals */
    DURATION_GREATER_THAN_OR_EQUALS = "DurationGreaterThanOrEquals",
    /** DurationGreaterThan */
    DURATION_GREATER_THAN = "DurationGreaterThan",
    /** DurationLessThanOrEquals */
    DURATION_LESS_THAN_OR_EQUALS = "DurationLessThanOrEquals",
    /** DurationLessThan */
    DURATION_LESS_THAN = "DurationLessThan"
}
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyExceptionV2Beta1SpecConditionsAnyOperator
 */
export declare enum PolicyExceptionV2Beta1SpecConditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** AnyNotIn */
    ANY_NOT_IN = "AnyNotIn",
    /** AllNotIn */
    ALL_NOT_IN = "AllNotIn",
    /** GreaterThanOrEquals */
    GREATER_THAN_OR_EQUALS = "GreaterThanOrEquals",
    /** GreaterThan */
    GREATER_THAN = "GreaterThan",
    /** LessThanOrEquals */
    LESS_THAN_OR_EQUALS = "LessThanOrEquals",
    /** LessThan */
    LESS_THAN = "LessThan",
    /** DurationGreaterThanOrEquals */
    DURATION_GREATER_THAN_OR_EQUALS = "DurationGreaterThanOrEquals",
    /** DurationGreaterThan */
    DURATION_GREATER_THAN = "DurationGreaterThan",
    /** DurationLessThanOrEquals */
    DURATION_LESS_THAN_OR_EQUALS = "DurationLessThanOrEquals",
    /** DurationLessThan */
    DURATION_LESS_THAN = "DurationLessThan"
}
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResources
 */
export interface PolicyExceptionV2Beta1SpecMatchAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#operations
     */
    readonly operations?: PolicyExceptionV2Beta1SpecMatchAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResources#selector
     */
    readonly selector?: PolicyExceptionV2Beta1SpecMatchAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllResources' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllResources(obj: PolicyExceptionV2Beta1SpecMatchAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllSubjects
 */
export interface PolicyExceptionV2Beta1SpecMatchAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyExceptionV2Beta1SpecMatchAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllSubjects' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllSubjects(obj: PolicyExceptionV2Beta1SpecMatchAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResources
 */
export interface PolicyExceptionV2Beta1SpecMatchAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#operations
     */
    readonly operations?: PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResources#selector
     */
    readonly selector?: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnyResources' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnyResources(obj: PolicyExceptionV2Beta1SpecMatchAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnySubjects
 */
export interface PolicyExceptionV2Beta1SpecMatchAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyExceptionV2Beta1SpecMatchAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnySubjects' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnySubjects(obj: PolicyExceptionV2Beta1SpecMatchAnySubjects | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector
 */
export interface PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector(obj: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesOperations
 */
export declare enum PolicyExceptionV2Beta1SpecMatchAllResourcesOperations {
    /** CREATE */
    CREATE = "CREATE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** DELETE */
    DELETE = "DELETE"
}
/**
 * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
 * characters `*` (matches zero or many characters) and `?` (matches one character).
 * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
 * using ["*" : "*"] matches any key and value but does not match an empty label set.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelector
 */
export interface PolicyExceptionV2Beta1SpecMatchAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllResourcesSelector(obj: PolicyExceptionV2Beta1SpecMatchAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector
 */
export interface PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector(obj: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations
 */
export declare enum PolicyExceptionV2Beta1SpecMatchAnyResourcesOperations {
    /** CREATE */
    CREATE = "CREATE",
    /** CONNECT */
    CONNECT = "CONNECT",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** DELETE */
    DELETE = "DELETE"
}
/**
 * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
 * characters `*` (matches zero or many characters) and `?` (matches one character).
 * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
 * using ["*" : "*"] matches any key and value but does not match an empty label set.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector
 */
export interface PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector(obj: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions(obj: PolicyExceptionV2Beta1SpecMatchAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions
 */
export interface PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions(obj: PolicyExceptionV2Beta1SpecMatchAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicyExceptionV2Beta1SpecMatchAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions
 */
export interface PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions(obj: PolicyExceptionV2Beta1SpecMatchAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
