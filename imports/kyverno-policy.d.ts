import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Policy declares validation, mutation, and generation behaviors for matching resources.
See: https://kyverno.io/docs/writing-policies/ for more information.
 *
 * @schema Policy
 */
export declare class Policy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Policy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Policy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PolicyProps): any;
    /**
     * Defines a "Policy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Policy declares validation, mutation, and generation behaviors for matching resources.
 * See: https://kyverno.io/docs/writing-policies/ for more information.
 *
 * @schema Policy
 */
export interface PolicyProps {
    /**
     * @schema Policy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines policy behaviors and contains one or more rules.
     *
     * @schema Policy#spec
     */
    readonly spec: PolicySpec;
}
/**
 * Converts an object of type 'PolicyProps' to JSON representation.
 */
export declare function toJson_PolicyProps(obj: PolicyProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines policy behaviors and contains one or more rules.
 *
 * @schema PolicySpec
 */
export interface PolicySpec {
    /**
     * Admission controls if rules are applied during admission.
     * Optional. Default value is "true".
     *
     * @schema PolicySpec#admission
     */
    readonly admission?: boolean;
    /**
     * ApplyRules controls how rules in a policy are applied. Rule are processed in
     * the order of declaration. When set to `One` processing stops after a rule has
     * been applied i.e. the rule matches and results in a pass, fail, or error. When
     * set to `All` all rules in the policy are processed. The default is `All`.
     *
     * @schema PolicySpec#applyRules
     */
    readonly applyRules?: PolicySpecApplyRules;
    /**
     * Background controls if rules are applied to existing resources during a background scan.
     * Optional. Default value is "true". The value must be set to "false" if the policy rule
     * uses variables that are only available in the admission review request (e.g. user name).
     *
     * @schema PolicySpec#background
     */
    readonly background?: boolean;
    /**
     * EmitWarning enables API response warnings for mutate policy rules or validate policy rules with validationFailureAction set to Audit.
     * Enabling this option will extend admission request processing times. The default value is "false".
     *
     * @schema PolicySpec#emitWarning
     */
    readonly emitWarning?: boolean;
    /**
     * Deprecated, use failurePolicy under the webhookConfiguration instead.
     *
     * @schema PolicySpec#failurePolicy
     */
    readonly failurePolicy?: PolicySpecFailurePolicy;
    /**
     * Deprecated, use generateExisting under the generate rule instead
     *
     * @schema PolicySpec#generateExisting
     */
    readonly generateExisting?: boolean;
    /**
     * Deprecated, use generateExisting instead
     *
     * @schema PolicySpec#generateExistingOnPolicyUpdate
     */
    readonly generateExistingOnPolicyUpdate?: boolean;
    /**
     * Deprecated, use mutateExistingOnPolicyUpdate under the mutate rule instead
     *
     * @schema PolicySpec#mutateExistingOnPolicyUpdate
     */
    readonly mutateExistingOnPolicyUpdate?: boolean;
    /**
     * Rules is a list of Rule instances. A Policy contains multiple rules and
     * each rule can validate, mutate, or generate resources.
     *
     * @schema PolicySpec#rules
     */
    readonly rules?: PolicySpecRules[];
    /**
     * Deprecated.
     *
     * @schema PolicySpec#schemaValidation
     */
    readonly schemaValidation?: boolean;
    /**
     * UseServerSideApply controls whether to use server-side apply for generate rules
     * If is set to "true" create & update for generate rules will use apply instead of create/update.
     * Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicySpec#useServerSideApply
     */
    readonly useServerSideApply?: boolean;
    /**
     * Deprecated, use validationFailureAction under the validate rule instead.
     *
     * @schema PolicySpec#validationFailureAction
     */
    readonly validationFailureAction?: PolicySpecValidationFailureAction;
    /**
     * Deprecated, use validationFailureActionOverrides under the validate rule instead.
     *
     * @schema PolicySpec#validationFailureActionOverrides
     */
    readonly validationFailureActionOverrides?: PolicySpecValidationFailureActionOverrides[];
    /**
     * WebhookConfiguration specifies the custom configuration for Kubernetes admission webhookconfiguration.
     *
     * @schema PolicySpec#webhookConfiguration
     */
    readonly webhookConfiguration?: PolicySpecWebhookConfiguration;
    /**
     * Deprecated, use webhookTimeoutSeconds under webhookConfiguration instead.
     *
     * @schema PolicySpec#webhookTimeoutSeconds
     */
    readonly webhookTimeoutSeconds?: number;
}
/**
 * Converts an object of type 'PolicySpec' to JSON representation.
 */
export declare function toJson_PolicySpec(obj: PolicySpec | undefined): Record<string, any> | undefined;
/**
 * ApplyRules controls how rules in a policy are applied. Rule are processed in
 * the order of declaration. When set to `One` processing stops after a rule has
 * been applied i.e. the rule matches and results in a pass, fail, or error. When
 * set to `All` all rules in the policy are processed. The default is `All`.
 *
 * @schema PolicySpecApplyRules
 */
export declare enum PolicySpecApplyRules {
    /** All */
    ALL = "All",
    /** One */
    ONE = "One"
}
/**
 * Deprecated, use failurePolicy under the webhookConfiguration instead.
 *
 * @schema PolicySpecFailurePolicy
 */
export declare enum PolicySpecFailurePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Rule defines a validation, mutation, or generation control for matching resources.
 * Each rules contains a match declaration to select resources, and an optional exclude
 * declaration to specify which resources to exclude.
 *
 * @schema PolicySpecRules
 */
export interface PolicySpecRules {
    /**
     * CELPreconditions are used to determine if a policy rule should be applied by evaluating a
     * set of CEL conditions. It can only be used with the validate.cel subrule
     *
     * @schema PolicySpecRules#celPreconditions
     */
    readonly celPreconditions?: PolicySpecRulesCelPreconditions[];
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicySpecRules#context
     */
    readonly context?: PolicySpecRulesContext[];
    /**
     * ExcludeResources defines when this policy rule should not be applied. The exclude
     * criteria can include resource information (e.g. kind, name, namespace, labels)
     * and admission review request information like the name or role.
     *
     * @schema PolicySpecRules#exclude
     */
    readonly exclude?: PolicySpecRulesExclude;
    /**
     * Generation is used to create new resources.
     *
     * @schema PolicySpecRules#generate
     */
    readonly generate?: PolicySpecRulesGenerate;
    /**
     * ImageExtractors defines a mapping from kinds to ImageExtractorConfigs.
     * This config is only valid for verifyImages rules.
     *
     * @schema PolicySpecRules#imageExtractors
     */
    readonly imageExtractors?: {
        [key: string]: PolicySpecRulesImageExtractors[];
    };
    /**
     * MatchResources defines when this policy rule should be applied. The match
     * criteria can include resource information (e.g. kind, name, namespace, labels)
     * and admission review request information like the user name or role.
     * At least one kind is required.
     *
     * @schema PolicySpecRules#match
     */
    readonly match: PolicySpecRulesMatch;
    /**
     * Mutation is used to modify matching resources.
     *
     * @schema PolicySpecRules#mutate
     */
    readonly mutate?: PolicySpecRulesMutate;
    /**
     * Name is a label to identify the rule, It must be unique within the policy.
     *
     * @schema PolicySpecRules#name
     */
    readonly name: string;
    /**
     * Preconditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements. A direct list
     * of conditions (without `any` or `all` statements is supported for backwards compatibility but
     * will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicySpecRules#preconditions
     */
    readonly preconditions?: any;
    /**
     * ReportProperties are the additional properties from the rule that will be added to the policy report result
     *
     * @schema PolicySpecRules#reportProperties
     */
    readonly reportProperties?: {
        [key: string]: string;
    };
    /**
     * SkipBackgroundRequests bypasses admission requests that are sent by the background controller.
     * The default value is set to "true", it must be set to "false" to apply
     * generate and mutateExisting rules to those requests.
     *
     * @schema PolicySpecRules#skipBackgroundRequests
     */
    readonly skipBackgroundRequests?: boolean;
    /**
     * Validation is used to validate matching resources.
     *
     * @schema PolicySpecRules#validate
     */
    readonly validate?: PolicySpecRulesValidate;
    /**
     * VerifyImages is used to verify image signatures and mutate them to add a digest
     *
     * @schema PolicySpecRules#verifyImages
     */
    readonly verifyImages?: PolicySpecRulesVerifyImages[];
}
/**
 * Converts an object of type 'PolicySpecRules' to JSON representation.
 */
export declare function toJson_PolicySpecRules(obj: PolicySpecRules | undefined): Record<string, any> | undefined;
/**
 * Deprecated, use validationFailureAction under the validate rule instead.
 *
 * @schema PolicySpecValidationFailureAction
 */
export declare enum PolicySpecValidationFailureAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * @schema PolicySpecValidationFailureActionOverrides
 */
export interface PolicySpecValidationFailureActionOverrides {
    /**
     * ValidationFailureAction defines the policy validation failure action
     *
     * @schema PolicySpecValidationFailureActionOverrides#action
     */
    readonly action?: PolicySpecValidationFailureActionOverridesAction;
    /**
     * A label selector is a label query over a set of resources. The result of matchLabels and
     * matchExpressions are ANDed. An empty label selector matches all objects. A null
     * label selector matches no objects.
     *
     * @schema PolicySpecValidationFailureActionOverrides#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecValidationFailureActionOverridesNamespaceSelector;
    /**
     * @schema PolicySpecValidationFailureActionOverrides#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'PolicySpecValidationFailureActionOverrides' to JSON representation.
 */
export declare function toJson_PolicySpecValidationFailureActionOverrides(obj: PolicySpecValidationFailureActionOverrides | undefined): Record<string, any> | undefined;
/**
 * WebhookConfiguration specifies the custom configuration for Kubernetes admission webhookconfiguration.
 *
 * @schema PolicySpecWebhookConfiguration
 */
export interface PolicySpecWebhookConfiguration {
    /**
     * FailurePolicy defines how unexpected policy errors and webhook response timeout errors are handled.
     * Rules within the same policy share the same failure behavior.
     * This field should not be accessed directly, instead `GetFailurePolicy()` should be used.
     * Allowed values are Ignore or Fail. Defaults to Fail.
     *
     * @default Fail.
     * @schema PolicySpecWebhookConfiguration#failurePolicy
     */
    readonly failurePolicy?: PolicySpecWebhookConfigurationFailurePolicy;
    /**
     * MatchCondition configures admission webhook matchConditions.
     * Requires Kubernetes 1.27 or later.
     *
     * @schema PolicySpecWebhookConfiguration#matchConditions
     */
    readonly matchConditions?: PolicySpecWebhookConfigurationMatchConditions[];
    /**
     * TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.
     * After the configured time expires, the admission request may fail, or may simply ignore the policy results,
     * based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.
     *
     * @schema PolicySpecWebhookConfiguration#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'PolicySpecWebhookConfiguration' to JSON representation.
 */
export declare function toJson_PolicySpecWebhookConfiguration(obj: PolicySpecWebhookConfiguration | undefined): Record<string, any> | undefined;
/**
 * MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.
 *
 * @schema PolicySpecRulesCelPreconditions
 */
export interface PolicySpecRulesCelPreconditions {
    /**
     * expression represents the expression which will be evaluated by CEL. Must evaluate to bool.
     * CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:
     *
     * 'object' - The object from the incoming request. The value is null for DELETE requests.
     * 'oldObject' - The existing object. The value is null for CREATE requests.
     * 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
     * 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     * Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/
     *
     * Required.
     *
     * @schema PolicySpecRulesCelPreconditions#expression
     */
    readonly expression: string;
    /**
     * name is an identifier for this match condition, used for strategic merging of MatchConditions,
     * as well as providing an identifier for logging purposes. A good name should be descriptive of
     * the associated expression.
     * Name must be a qualified name consisting of alphanumeric characters, '-', '_' or '.', and
     * must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
     * '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an
     * optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')
     *
     * Required.
     *
     * @schema PolicySpecRulesCelPreconditions#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesCelPreconditions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesCelPreconditions(obj: PolicySpecRulesCelPreconditions | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicySpecRulesContext
 */
export interface PolicySpecRulesContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicySpecRulesContext#apiCall
     */
    readonly apiCall?: PolicySpecRulesContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicySpecRulesContext#configMap
     */
    readonly configMap?: PolicySpecRulesContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicySpecRulesContext#globalReference
     */
    readonly globalReference?: PolicySpecRulesContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicySpecRulesContext#imageRegistry
     */
    readonly imageRegistry?: PolicySpecRulesContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicySpecRulesContext#variable
     */
    readonly variable?: PolicySpecRulesContextVariable;
}
/**
 * Converts an object of type 'PolicySpecRulesContext' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContext(obj: PolicySpecRulesContext | undefined): Record<string, any> | undefined;
/**
 * ExcludeResources defines when this policy rule should not be applied. The exclude
 * criteria can include resource information (e.g. kind, name, namespace, labels)
 * and admission review request information like the name or role.
 *
 * @schema PolicySpecRulesExclude
 */
export interface PolicySpecRulesExclude {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicySpecRulesExclude#all
     */
    readonly all?: PolicySpecRulesExcludeAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicySpecRulesExclude#any
     */
    readonly any?: PolicySpecRulesExcludeAny[];
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesExclude#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     * Requires at least one tag to be specified when under MatchResources.
     * Specifying ResourceDescription directly under match is being deprecated.
     * Please specify under "any" or "all" instead.
     *
     * @schema PolicySpecRulesExclude#resources
     */
    readonly resources?: PolicySpecRulesExcludeResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesExclude#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesExclude#subjects
     */
    readonly subjects?: PolicySpecRulesExcludeSubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesExclude' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExclude(obj: PolicySpecRulesExclude | undefined): Record<string, any> | undefined;
/**
 * Generation is used to create new resources.
 *
 * @schema PolicySpecRulesGenerate
 */
export interface PolicySpecRulesGenerate {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicySpecRulesGenerate#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Clone specifies the source resource used to populate each generated resource.
     * At most one of Data or Clone can be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicySpecRulesGenerate#clone
     */
    readonly clone?: PolicySpecRulesGenerateClone;
    /**
     * CloneList specifies the list of source resource used to populate each generated resource.
     *
     * @schema PolicySpecRulesGenerate#cloneList
     */
    readonly cloneList?: PolicySpecRulesGenerateCloneList;
    /**
     * Data provides the resource declaration used to populate each generated resource.
     * At most one of Data or Clone must be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicySpecRulesGenerate#data
     */
    readonly data?: any;
    /**
     * ForEach applies generate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicySpecRulesGenerate#foreach
     */
    readonly foreach?: PolicySpecRulesGenerateForeach[];
    /**
     * GenerateExisting controls whether to trigger the rule in existing resources
     * If is set to "true" the rule will be triggered and applied to existing matched resources.
     *
     * @schema PolicySpecRulesGenerate#generateExisting
     */
    readonly generateExisting?: boolean;
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicySpecRulesGenerate#kind
     */
    readonly kind?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicySpecRulesGenerate#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicySpecRulesGenerate#namespace
     */
    readonly namespace?: string;
    /**
     * OrphanDownstreamOnPolicyDelete controls whether generated resources should be deleted when the rule that generated
     * them is deleted with synchronization enabled.
     * See https://kyverno.io/docs/writing-policies/generate/.
     * Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicySpecRulesGenerate#orphanDownstreamOnPolicyDelete
     */
    readonly orphanDownstreamOnPolicyDelete?: boolean;
    /**
     * Synchronize controls if generated resources should be kept in-sync with their source resource.
     * If Synchronize is set to "true" changes to generated resources will be overwritten with resource
     * data from Data or the resource specified in the Clone declaration.
     * Optional. Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicySpecRulesGenerate#synchronize
     */
    readonly synchronize?: boolean;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicySpecRulesGenerate#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerate' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerate(obj: PolicySpecRulesGenerate | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesImageExtractors
 */
export interface PolicySpecRulesImageExtractors {
    /**
     * JMESPath is an optional JMESPath expression to apply to the image value.
     * This is useful when the extracted image begins with a prefix like 'docker://'.
     * The 'trim_prefix' function may be used to trim the prefix: trim_prefix(@, 'docker://').
     * Note - Image digest mutation may not be used when applying a JMESPAth to an image.
     *
     * @schema PolicySpecRulesImageExtractors#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Key is an optional name of the field within 'path' that will be used to uniquely identify an image.
     * Note - this field MUST be unique.
     *
     * @schema PolicySpecRulesImageExtractors#key
     */
    readonly key?: string;
    /**
     * Name is the entry the image will be available under 'images.<name>' in the context.
     * If this field is not defined, image entries will appear under 'images.custom'.
     *
     * @schema PolicySpecRulesImageExtractors#name
     */
    readonly name?: string;
    /**
     * Path is the path to the object containing the image field in a custom resource.
     * It should be slash-separated. Each slash-separated key must be a valid YAML key or a wildcard '*'.
     * Wildcard keys are expanded in case of arrays or objects.
     *
     * @schema PolicySpecRulesImageExtractors#path
     */
    readonly path: string;
    /**
     * Value is an optional name of the field within 'path' that points to the image URI.
     * This is useful when a custom 'key' is also defined.
     *
     * @schema PolicySpecRulesImageExtractors#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesImageExtractors' to JSON representation.
 */
export declare function toJson_PolicySpecRulesImageExtractors(obj: PolicySpecRulesImageExtractors | undefined): Record<string, any> | undefined;
/**
 * MatchResources defines when this policy rule should be applied. The match
 * criteria can include resource information (e.g. kind, name, namespace, labels)
 * and admission review request information like the user name or role.
 * At least one kind is required.
 *
 * @schema PolicySpecRulesMatch
 */
export interface PolicySpecRulesMatch {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicySpecRulesMatch#all
     */
    readonly all?: PolicySpecRulesMatchAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicySpecRulesMatch#any
     */
    readonly any?: PolicySpecRulesMatchAny[];
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesMatch#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     * Requires at least one tag to be specified when under MatchResources.
     * Specifying ResourceDescription directly under match is being deprecated.
     * Please specify under "any" or "all" instead.
     *
     * @schema PolicySpecRulesMatch#resources
     */
    readonly resources?: PolicySpecRulesMatchResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesMatch#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesMatch#subjects
     */
    readonly subjects?: PolicySpecRulesMatchSubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatch' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatch(obj: PolicySpecRulesMatch | undefined): Record<string, any> | undefined;
/**
 * Mutation is used to modify matching resources.
 *
 * @schema PolicySpecRulesMutate
 */
export interface PolicySpecRulesMutate {
    /**
     * ForEach applies mutation rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicySpecRulesMutate#foreach
     */
    readonly foreach?: PolicySpecRulesMutateForeach[];
    /**
     * MutateExistingOnPolicyUpdate controls if the mutateExisting rule will be applied on policy events.
     *
     * @schema PolicySpecRulesMutate#mutateExistingOnPolicyUpdate
     */
    readonly mutateExistingOnPolicyUpdate?: boolean;
    /**
     * PatchStrategicMerge is a strategic merge patch used to modify resources.
     * See https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
     * and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/.
     *
     * @schema PolicySpecRulesMutate#patchStrategicMerge
     */
    readonly patchStrategicMerge?: any;
    /**
     * PatchesJSON6902 is a list of RFC 6902 JSON Patch declarations used to modify resources.
     * See https://tools.ietf.org/html/rfc6902 and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/.
     *
     * @schema PolicySpecRulesMutate#patchesJson6902
     */
    readonly patchesJson6902?: string;
    /**
     * Targets defines the target resources to be mutated.
     *
     * @schema PolicySpecRulesMutate#targets
     */
    readonly targets?: PolicySpecRulesMutateTargets[];
}
/**
 * Converts an object of type 'PolicySpecRulesMutate' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutate(obj: PolicySpecRulesMutate | undefined): Record<string, any> | undefined;
/**
 * Validation is used to validate matching resources.
 *
 * @schema PolicySpecRulesValidate
 */
export interface PolicySpecRulesValidate {
    /**
     * AllowExistingViolations allows prexisting violating resources to continue violating a policy.
     *
     * @schema PolicySpecRulesValidate#allowExistingViolations
     */
    readonly allowExistingViolations?: boolean;
    /**
     * AnyPattern specifies list of validation patterns. At least one of the patterns
     * must be satisfied for the validation rule to succeed.
     *
     * @schema PolicySpecRulesValidate#anyPattern
     */
    readonly anyPattern?: any;
    /**
     * Assert defines a kyverno-json assertion tree.
     * Deprecated, kept only for backward compatibility but has no effect since 1.19.
     *
     * @schema PolicySpecRulesValidate#assert
     */
    readonly assert?: any;
    /**
     * CEL allows validation checks using the Common Expression Language (https://kubernetes.io/docs/reference/using-api/cel/).
     *
     * @schema PolicySpecRulesValidate#cel
     */
    readonly cel?: PolicySpecRulesValidateCel;
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicySpecRulesValidate#deny
     */
    readonly deny?: PolicySpecRulesValidateDeny;
    /**
     * FailureAction defines if a validation policy rule violation should block
     * the admission review request (Enforce), or allow (Audit) the admission review request
     * and report an error in a policy report. Optional.
     * Allowed values are Audit or Enforce.
     *
     * @schema PolicySpecRulesValidate#failureAction
     */
    readonly failureAction?: PolicySpecRulesValidateFailureAction;
    /**
     * FailureActionOverrides is a Cluster Policy attribute that specifies FailureAction
     * namespace-wise. It overrides FailureAction for the specified namespaces.
     *
     * @schema PolicySpecRulesValidate#failureActionOverrides
     */
    readonly failureActionOverrides?: PolicySpecRulesValidateFailureActionOverrides[];
    /**
     * ForEach applies validate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicySpecRulesValidate#foreach
     */
    readonly foreach?: PolicySpecRulesValidateForeach[];
    /**
     * Manifest specifies conditions for manifest verification
     *
     * @schema PolicySpecRulesValidate#manifests
     */
    readonly manifests?: PolicySpecRulesValidateManifests;
    /**
     * Message specifies a custom message to be displayed on failure.
     *
     * @schema PolicySpecRulesValidate#message
     */
    readonly message?: string;
    /**
     * Pattern specifies an overlay-style pattern used to check resources.
     *
     * @schema PolicySpecRulesValidate#pattern
     */
    readonly pattern?: any;
    /**
     * PodSecurity applies exemptions for Kubernetes Pod Security admission
     * by specifying exclusions for Pod Security Standards controls.
     *
     * @schema PolicySpecRulesValidate#podSecurity
     */
    readonly podSecurity?: PolicySpecRulesValidatePodSecurity;
}
/**
 * Converts an object of type 'PolicySpecRulesValidate' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidate(obj: PolicySpecRulesValidate | undefined): Record<string, any> | undefined;
/**
 * ImageVerification validates that images that match the specified pattern
 * are signed with the supplied public key. Once the image is verified it is
 * mutated to include the SHA digest retrieved during the registration.
 *
 * @schema PolicySpecRulesVerifyImages
 */
export interface PolicySpecRulesVerifyImages {
    /**
     * Deprecated.
     *
     * @schema PolicySpecRulesVerifyImages#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * Deprecated. Use annotations per Attestor instead.
     *
     * @schema PolicySpecRulesVerifyImages#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestations are optional checks for signed in-toto Statements used to verify the image.
     * See https://github.com/in-toto/attestation. Kyverno fetches signed attestations from the
     * OCI registry and decodes them into a list of Statement declarations.
     *
     * @schema PolicySpecRulesVerifyImages#attestations
     */
    readonly attestations?: PolicySpecRulesVerifyImagesAttestations[];
    /**
     * Attestors specified the required attestors (i.e. authorities)
     *
     * @schema PolicySpecRulesVerifyImages#attestors
     */
    readonly attestors?: PolicySpecRulesVerifyImagesAttestors[];
    /**
     * CosignOCI11 enables the experimental OCI 1.1 behaviour in cosign image verification.
     * Defaults to false.
     *
     * @default false.
     * @schema PolicySpecRulesVerifyImages#cosignOCI11
     */
    readonly cosignOci11?: boolean;
    /**
     * Allowed values are Audit or Enforce.
     *
     * @schema PolicySpecRulesVerifyImages#failureAction
     */
    readonly failureAction?: PolicySpecRulesVerifyImagesFailureAction;
    /**
     * Deprecated. Use ImageReferences instead.
     *
     * @schema PolicySpecRulesVerifyImages#image
     */
    readonly image?: string;
    /**
     * ImageReferences is a list of matching image reference patterns. At least one pattern in the
     * list must match the image for the rule to apply. Each image reference consists of a registry
     * address (defaults to docker.io), repository, image, and tag (defaults to latest).
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicySpecRulesVerifyImages#imageReferences
     */
    readonly imageReferences?: string[];
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry.
     *
     * @schema PolicySpecRulesVerifyImages#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesVerifyImagesImageRegistryCredentials;
    /**
     * Deprecated. Use KeylessAttestor instead.
     *
     * @schema PolicySpecRulesVerifyImages#issuer
     */
    readonly issuer?: string;
    /**
     * Deprecated. Use StaticKeyAttestor instead.
     *
     * @schema PolicySpecRulesVerifyImages#key
     */
    readonly key?: string;
    /**
     * MutateDigest enables replacement of image tags with digests.
     * Defaults to true.
     *
     * @default true.
     * @schema PolicySpecRulesVerifyImages#mutateDigest
     */
    readonly mutateDigest?: boolean;
    /**
     * Repository is an optional alternate OCI repository to use for image signatures and attestations that match this rule.
     * If specified Repository will override the default OCI image repository configured for the installation.
     * The repository can also be overridden per Attestor or Attestation.
     *
     * @schema PolicySpecRulesVerifyImages#repository
     */
    readonly repository?: string;
    /**
     * Required validates that images are verified i.e. have matched passed a signature or attestation check.
     *
     * @schema PolicySpecRulesVerifyImages#required
     */
    readonly required?: boolean;
    /**
     * Deprecated. Use KeylessAttestor instead.
     *
     * @schema PolicySpecRulesVerifyImages#roots
     */
    readonly roots?: string;
    /**
     * SkipImageReferences is a list of matching image reference patterns that should be skipped.
     * At least one pattern in the list must match the image for the rule to be skipped. Each image reference
     * consists of a registry address (defaults to docker.io), repository, image, and tag (defaults to latest).
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicySpecRulesVerifyImages#skipImageReferences
     */
    readonly skipImageReferences?: string[];
    /**
     * Deprecated. Use KeylessAttestor instead.
     *
     * @schema PolicySpecRulesVerifyImages#subject
     */
    readonly subject?: string;
    /**
     * Type specifies the method of signature validation. The allowed options
     * are Cosign, Sigstore Bundle and Notary. By default Cosign is used if a type is not specified.
     *
     * @schema PolicySpecRulesVerifyImages#type
     */
    readonly type?: PolicySpecRulesVerifyImagesType;
    /**
     * UseCache enables caching of image verify responses for this rule.
     *
     * @schema PolicySpecRulesVerifyImages#useCache
     */
    readonly useCache?: boolean;
    /**
     * Validation checks conditions across multiple image
     * verification attestations or context entries
     *
     * @schema PolicySpecRulesVerifyImages#validate
     */
    readonly validate?: PolicySpecRulesVerifyImagesValidate;
    /**
     * VerifyDigest validates that images have a digest.
     *
     * @schema PolicySpecRulesVerifyImages#verifyDigest
     */
    readonly verifyDigest?: boolean;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImages' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImages(obj: PolicySpecRulesVerifyImages | undefined): Record<string, any> | undefined;
/**
 * ValidationFailureAction defines the policy validation failure action
 *
 * @schema PolicySpecValidationFailureActionOverridesAction
 */
export declare enum PolicySpecValidationFailureActionOverridesAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema PolicySpecValidationFailureActionOverridesNamespaceSelector
 */
export interface PolicySpecValidationFailureActionOverridesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecValidationFailureActionOverridesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecValidationFailureActionOverridesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecValidationFailureActionOverridesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecValidationFailureActionOverridesNamespaceSelector(obj: PolicySpecValidationFailureActionOverridesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * FailurePolicy defines how unexpected policy errors and webhook response timeout errors are handled.
 * Rules within the same policy share the same failure behavior.
 * This field should not be accessed directly, instead `GetFailurePolicy()` should be used.
 * Allowed values are Ignore or Fail. Defaults to Fail.
 *
 * @default Fail.
 * @schema PolicySpecWebhookConfigurationFailurePolicy
 */
export declare enum PolicySpecWebhookConfigurationFailurePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.
 *
 * @schema PolicySpecWebhookConfigurationMatchConditions
 */
export interface PolicySpecWebhookConfigurationMatchConditions {
    /**
     * expression represents the expression which will be evaluated by CEL. Must evaluate to bool.
     * CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:
     *
     * 'object' - The object from the incoming request. The value is null for DELETE requests.
     * 'oldObject' - The existing object. The value is null for CREATE requests.
     * 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
     * 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     * Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/
     *
     * Required.
     *
     * @schema PolicySpecWebhookConfigurationMatchConditions#expression
     */
    readonly expression: string;
    /**
     * name is an identifier for this match condition, used for strategic merging of MatchConditions,
     * as well as providing an identifier for logging purposes. A good name should be descriptive of
     * the associated expression.
     * Name must be a qualified name consisting of alphanumeric characters, '-', '_' or '.', and
     * must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
     * '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an
     * optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')
     *
     * Required.
     *
     * @schema PolicySpecWebhookConfigurationMatchConditions#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecWebhookConfigurationMatchConditions' to JSON representation.
 */
export declare function toJson_PolicySpecWebhookConfigurationMatchConditions(obj: PolicySpecWebhookConfigurationMatchConditions | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicySpecRulesContextApiCall
 */
export interface PolicySpecRulesContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicySpecRulesContextApiCall#data
     */
    readonly data?: PolicySpecRulesContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicySpecRulesContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicySpecRulesContextApiCall#method
     */
    readonly method?: PolicySpecRulesContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicySpecRulesContextApiCall#service
     */
    readonly service?: PolicySpecRulesContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicySpecRulesContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextApiCall' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextApiCall(obj: PolicySpecRulesContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicySpecRulesContextConfigMap
 */
export interface PolicySpecRulesContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicySpecRulesContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicySpecRulesContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextConfigMap(obj: PolicySpecRulesContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicySpecRulesContextGlobalReference
 */
export interface PolicySpecRulesContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicySpecRulesContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextGlobalReference(obj: PolicySpecRulesContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicySpecRulesContextImageRegistry
 */
export interface PolicySpecRulesContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicySpecRulesContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicySpecRulesContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicySpecRulesContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextImageRegistry(obj: PolicySpecRulesContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicySpecRulesContextVariable
 */
export interface PolicySpecRulesContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicySpecRulesContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicySpecRulesContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicySpecRulesContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesContextVariable' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextVariable(obj: PolicySpecRulesContextVariable | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicySpecRulesExcludeAll
 */
export interface PolicySpecRulesExcludeAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesExcludeAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicySpecRulesExcludeAll#resources
     */
    readonly resources?: PolicySpecRulesExcludeAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesExcludeAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesExcludeAll#subjects
     */
    readonly subjects?: PolicySpecRulesExcludeAllSubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAll(obj: PolicySpecRulesExcludeAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicySpecRulesExcludeAny
 */
export interface PolicySpecRulesExcludeAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesExcludeAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicySpecRulesExcludeAny#resources
     */
    readonly resources?: PolicySpecRulesExcludeAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesExcludeAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesExcludeAny#subjects
     */
    readonly subjects?: PolicySpecRulesExcludeAnySubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAny(obj: PolicySpecRulesExcludeAny | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 * Requires at least one tag to be specified when under MatchResources.
 * Specifying ResourceDescription directly under match is being deprecated.
 * Please specify under "any" or "all" instead.
 *
 * @schema PolicySpecRulesExcludeResources
 */
export interface PolicySpecRulesExcludeResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesExcludeResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesExcludeResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesExcludeResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesExcludeResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesExcludeResources#operations
     */
    readonly operations?: PolicySpecRulesExcludeResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeResources#selector
     */
    readonly selector?: PolicySpecRulesExcludeResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeResources(obj: PolicySpecRulesExcludeResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesExcludeSubjects
 */
export interface PolicySpecRulesExcludeSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesExcludeSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesExcludeSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeSubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeSubjects(obj: PolicySpecRulesExcludeSubjects | undefined): Record<string, any> | undefined;
/**
 * Clone specifies the source resource used to populate each generated resource.
 * At most one of Data or Clone can be specified. If neither are provided, the generated
 * resource will be created with default data only.
 *
 * @schema PolicySpecRulesGenerateClone
 */
export interface PolicySpecRulesGenerateClone {
    /**
     * Name specifies name of the resource.
     *
     * @schema PolicySpecRulesGenerateClone#name
     */
    readonly name?: string;
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicySpecRulesGenerateClone#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateClone' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateClone(obj: PolicySpecRulesGenerateClone | undefined): Record<string, any> | undefined;
/**
 * CloneList specifies the list of source resource used to populate each generated resource.
 *
 * @schema PolicySpecRulesGenerateCloneList
 */
export interface PolicySpecRulesGenerateCloneList {
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesGenerateCloneList#kinds
     */
    readonly kinds?: string[];
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicySpecRulesGenerateCloneList#namespace
     */
    readonly namespace?: string;
    /**
     * Selector is a label selector. Label keys and values in `matchLabels`.
     * wildcard characters are not supported.
     *
     * @schema PolicySpecRulesGenerateCloneList#selector
     */
    readonly selector?: PolicySpecRulesGenerateCloneListSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateCloneList' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateCloneList(obj: PolicySpecRulesGenerateCloneList | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesGenerateForeach
 */
export interface PolicySpecRulesGenerateForeach {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicySpecRulesGenerateForeach#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Clone specifies the source resource used to populate each generated resource.
     * At most one of Data or Clone can be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicySpecRulesGenerateForeach#clone
     */
    readonly clone?: PolicySpecRulesGenerateForeachClone;
    /**
     * CloneList specifies the list of source resource used to populate each generated resource.
     *
     * @schema PolicySpecRulesGenerateForeach#cloneList
     */
    readonly cloneList?: PolicySpecRulesGenerateForeachCloneList;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicySpecRulesGenerateForeach#context
     */
    readonly context?: PolicySpecRulesGenerateForeachContext[];
    /**
     * Data provides the resource declaration used to populate each generated resource.
     * At most one of Data or Clone must be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicySpecRulesGenerateForeach#data
     */
    readonly data?: any;
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicySpecRulesGenerateForeach#kind
     */
    readonly kind?: string;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicySpecRulesGenerateForeach#list
     */
    readonly list?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicySpecRulesGenerateForeach#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicySpecRulesGenerateForeach#namespace
     */
    readonly namespace?: string;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicySpecRulesGenerateForeach#preconditions
     */
    readonly preconditions?: PolicySpecRulesGenerateForeachPreconditions;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicySpecRulesGenerateForeach#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeach' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeach(obj: PolicySpecRulesGenerateForeach | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicySpecRulesMatchAll
 */
export interface PolicySpecRulesMatchAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesMatchAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicySpecRulesMatchAll#resources
     */
    readonly resources?: PolicySpecRulesMatchAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesMatchAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesMatchAll#subjects
     */
    readonly subjects?: PolicySpecRulesMatchAllSubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAll(obj: PolicySpecRulesMatchAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicySpecRulesMatchAny
 */
export interface PolicySpecRulesMatchAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicySpecRulesMatchAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicySpecRulesMatchAny#resources
     */
    readonly resources?: PolicySpecRulesMatchAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicySpecRulesMatchAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicySpecRulesMatchAny#subjects
     */
    readonly subjects?: PolicySpecRulesMatchAnySubjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAny(obj: PolicySpecRulesMatchAny | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 * Requires at least one tag to be specified when under MatchResources.
 * Specifying ResourceDescription directly under match is being deprecated.
 * Please specify under "any" or "all" instead.
 *
 * @schema PolicySpecRulesMatchResources
 */
export interface PolicySpecRulesMatchResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesMatchResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesMatchResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesMatchResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesMatchResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesMatchResources#operations
     */
    readonly operations?: PolicySpecRulesMatchResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchResources#selector
     */
    readonly selector?: PolicySpecRulesMatchResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchResources(obj: PolicySpecRulesMatchResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesMatchSubjects
 */
export interface PolicySpecRulesMatchSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesMatchSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesMatchSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchSubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchSubjects(obj: PolicySpecRulesMatchSubjects | undefined): Record<string, any> | undefined;
/**
 * ForEachMutation applies mutation rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
 *
 * @schema PolicySpecRulesMutateForeach
 */
export interface PolicySpecRulesMutateForeach {
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicySpecRulesMutateForeach#context
     */
    readonly context?: PolicySpecRulesMutateForeachContext[];
    /**
     * Foreach declares a nested foreach iterator
     *
     * @schema PolicySpecRulesMutateForeach#foreach
     */
    readonly foreach?: any;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicySpecRulesMutateForeach#list
     */
    readonly list?: string;
    /**
     * Order defines the iteration order on the list.
     * Can be Ascending to iterate from first to last element or Descending to iterate in from last to first element.
     *
     * @schema PolicySpecRulesMutateForeach#order
     */
    readonly order?: PolicySpecRulesMutateForeachOrder;
    /**
     * PatchStrategicMerge is a strategic merge patch used to modify resources.
     * See https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
     * and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/.
     *
     * @schema PolicySpecRulesMutateForeach#patchStrategicMerge
     */
    readonly patchStrategicMerge?: any;
    /**
     * PatchesJSON6902 is a list of RFC 6902 JSON Patch declarations used to modify resources.
     * See https://tools.ietf.org/html/rfc6902 and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/.
     *
     * @schema PolicySpecRulesMutateForeach#patchesJson6902
     */
    readonly patchesJson6902?: string;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicySpecRulesMutateForeach#preconditions
     */
    readonly preconditions?: PolicySpecRulesMutateForeachPreconditions;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeach' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeach(obj: PolicySpecRulesMutateForeach | undefined): Record<string, any> | undefined;
/**
 * TargetResourceSpec defines targets for mutating existing resources.
 *
 * @schema PolicySpecRulesMutateTargets
 */
export interface PolicySpecRulesMutateTargets {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicySpecRulesMutateTargets#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicySpecRulesMutateTargets#context
     */
    readonly context?: PolicySpecRulesMutateTargetsContext[];
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicySpecRulesMutateTargets#kind
     */
    readonly kind?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicySpecRulesMutateTargets#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicySpecRulesMutateTargets#namespace
     */
    readonly namespace?: string;
    /**
     * Preconditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements. A direct list
     * of conditions (without `any` or `all` statements is supported for backwards compatibility but
     * will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicySpecRulesMutateTargets#preconditions
     */
    readonly preconditions?: any;
    /**
     * Selector allows you to select target resources with their labels.
     *
     * @schema PolicySpecRulesMutateTargets#selector
     */
    readonly selector?: PolicySpecRulesMutateTargetsSelector;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicySpecRulesMutateTargets#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargets' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargets(obj: PolicySpecRulesMutateTargets | undefined): Record<string, any> | undefined;
/**
 * CEL allows validation checks using the Common Expression Language (https://kubernetes.io/docs/reference/using-api/cel/).
 *
 * @schema PolicySpecRulesValidateCel
 */
export interface PolicySpecRulesValidateCel {
    /**
     * AuditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.
     *
     * @schema PolicySpecRulesValidateCel#auditAnnotations
     */
    readonly auditAnnotations?: PolicySpecRulesValidateCelAuditAnnotations[];
    /**
     * Expressions is a list of CELExpression types.
     *
     * @schema PolicySpecRulesValidateCel#expressions
     */
    readonly expressions?: PolicySpecRulesValidateCelExpressions[];
    /**
     * Generate specifies whether to generate a Kubernetes ValidatingAdmissionPolicy from the rule.
     * Optional. Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicySpecRulesValidateCel#generate
     */
    readonly generate?: boolean;
    /**
     * ParamKind is a tuple of Group Kind and Version.
     *
     * @schema PolicySpecRulesValidateCel#paramKind
     */
    readonly paramKind?: PolicySpecRulesValidateCelParamKind;
    /**
     * ParamRef references a parameter resource.
     *
     * @schema PolicySpecRulesValidateCel#paramRef
     */
    readonly paramRef?: PolicySpecRulesValidateCelParamRef;
    /**
     * Variables contain definitions of variables that can be used in composition of other expressions.
     * Each variable is defined as a named CEL expression.
     * The variables defined here will be available under `variables` in other expressions of the policy.
     *
     * @schema PolicySpecRulesValidateCel#variables
     */
    readonly variables?: PolicySpecRulesValidateCelVariables[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCel' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCel(obj: PolicySpecRulesValidateCel | undefined): Record<string, any> | undefined;
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicySpecRulesValidateDeny
 */
export interface PolicySpecRulesValidateDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement. A direct list
     * of conditions (without `any` or `all` statements) is also supported for backwards compatibility
     * but will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicySpecRulesValidateDeny#conditions
     */
    readonly conditions?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateDeny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateDeny(obj: PolicySpecRulesValidateDeny | undefined): Record<string, any> | undefined;
/**
 * FailureAction defines if a validation policy rule violation should block
 * the admission review request (Enforce), or allow (Audit) the admission review request
 * and report an error in a policy report. Optional.
 * Allowed values are Audit or Enforce.
 *
 * @schema PolicySpecRulesValidateFailureAction
 */
export declare enum PolicySpecRulesValidateFailureAction {
    /** Audit */
    AUDIT = "Audit",
    /** Enforce */
    ENFORCE = "Enforce"
}
/**
 * @schema PolicySpecRulesValidateFailureActionOverrides
 */
export interface PolicySpecRulesValidateFailureActionOverrides {
    /**
     * ValidationFailureAction defines the policy validation failure action
     *
     * @schema PolicySpecRulesValidateFailureActionOverrides#action
     */
    readonly action?: PolicySpecRulesValidateFailureActionOverridesAction;
    /**
     * A label selector is a label query over a set of resources. The result of matchLabels and
     * matchExpressions are ANDed. An empty label selector matches all objects. A null
     * label selector matches no objects.
     *
     * @schema PolicySpecRulesValidateFailureActionOverrides#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesValidateFailureActionOverridesNamespaceSelector;
    /**
     * @schema PolicySpecRulesValidateFailureActionOverrides#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateFailureActionOverrides' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateFailureActionOverrides(obj: PolicySpecRulesValidateFailureActionOverrides | undefined): Record<string, any> | undefined;
/**
 * ForEachValidation applies validate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
 *
 * @schema PolicySpecRulesValidateForeach
 */
export interface PolicySpecRulesValidateForeach {
    /**
     * AnyPattern specifies list of validation patterns. At least one of the patterns
     * must be satisfied for the validation rule to succeed.
     *
     * @schema PolicySpecRulesValidateForeach#anyPattern
     */
    readonly anyPattern?: any;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicySpecRulesValidateForeach#context
     */
    readonly context?: PolicySpecRulesValidateForeachContext[];
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicySpecRulesValidateForeach#deny
     */
    readonly deny?: PolicySpecRulesValidateForeachDeny;
    /**
     * ElementScope specifies whether to use the current list element as the scope for validation. Defaults to "true" if not specified.
     * When set to "false", "request.object" is used as the validation scope within the foreach
     * block to allow referencing other elements in the subtree.
     *
     * @default true" if not specified.
     * @schema PolicySpecRulesValidateForeach#elementScope
     */
    readonly elementScope?: boolean;
    /**
     * Foreach declares a nested foreach iterator
     *
     * @schema PolicySpecRulesValidateForeach#foreach
     */
    readonly foreach?: any;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicySpecRulesValidateForeach#list
     */
    readonly list?: string;
    /**
     * Pattern specifies an overlay-style pattern used to check resources.
     *
     * @schema PolicySpecRulesValidateForeach#pattern
     */
    readonly pattern?: any;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicySpecRulesValidateForeach#preconditions
     */
    readonly preconditions?: PolicySpecRulesValidateForeachPreconditions;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeach' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeach(obj: PolicySpecRulesValidateForeach | undefined): Record<string, any> | undefined;
/**
 * Manifest specifies conditions for manifest verification
 *
 * @schema PolicySpecRulesValidateManifests
 */
export interface PolicySpecRulesValidateManifests {
    /**
     * AnnotationDomain is custom domain of annotation for message and signature. Default is "cosign.sigstore.dev".
     *
     * @default cosign.sigstore.dev".
     * @schema PolicySpecRulesValidateManifests#annotationDomain
     */
    readonly annotationDomain?: string;
    /**
     * Attestors specified the required attestors (i.e. authorities)
     *
     * @schema PolicySpecRulesValidateManifests#attestors
     */
    readonly attestors?: PolicySpecRulesValidateManifestsAttestors[];
    /**
     * DryRun configuration
     *
     * @schema PolicySpecRulesValidateManifests#dryRun
     */
    readonly dryRun?: PolicySpecRulesValidateManifestsDryRun;
    /**
     * Fields which will be ignored while comparing manifests.
     *
     * @schema PolicySpecRulesValidateManifests#ignoreFields
     */
    readonly ignoreFields?: PolicySpecRulesValidateManifestsIgnoreFields[];
    /**
     * Repository is an optional alternate OCI repository to use for resource bundle reference.
     * The repository can be overridden per Attestor or Attestation.
     *
     * @schema PolicySpecRulesValidateManifests#repository
     */
    readonly repository?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifests' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifests(obj: PolicySpecRulesValidateManifests | undefined): Record<string, any> | undefined;
/**
 * PodSecurity applies exemptions for Kubernetes Pod Security admission
 * by specifying exclusions for Pod Security Standards controls.
 *
 * @schema PolicySpecRulesValidatePodSecurity
 */
export interface PolicySpecRulesValidatePodSecurity {
    /**
     * Exclude specifies the Pod Security Standard controls to be excluded.
     *
     * @schema PolicySpecRulesValidatePodSecurity#exclude
     */
    readonly exclude?: PolicySpecRulesValidatePodSecurityExclude[];
    /**
     * Level defines the Pod Security Standard level to be applied to workloads.
     * Allowed values are privileged, baseline, and restricted.
     *
     * @schema PolicySpecRulesValidatePodSecurity#level
     */
    readonly level?: PolicySpecRulesValidatePodSecurityLevel;
    /**
     * Version defines the Pod Security Standard versions that Kubernetes supports.
     * Allowed values are v1.19, v1.20, v1.21, v1.22, v1.23, v1.24, v1.25, v1.26, v1.27, v1.28, v1.29, v1.30, v1.31, v1.32, latest. Defaults to latest.
     *
     * @default latest.
     * @schema PolicySpecRulesValidatePodSecurity#version
     */
    readonly version?: PolicySpecRulesValidatePodSecurityVersion;
}
/**
 * Converts an object of type 'PolicySpecRulesValidatePodSecurity' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidatePodSecurity(obj: PolicySpecRulesValidatePodSecurity | undefined): Record<string, any> | undefined;
/**
 * Attestation are checks for signed in-toto Statements that are used to verify the image.
 * See https://github.com/in-toto/attestation. Kyverno fetches signed attestations from the
 * OCI registry and decodes them into a list of Statements.
 *
 * @schema PolicySpecRulesVerifyImagesAttestations
 */
export interface PolicySpecRulesVerifyImagesAttestations {
    /**
     * Attestors specify the required attestors (i.e. authorities).
     *
     * @schema PolicySpecRulesVerifyImagesAttestations#attestors
     */
    readonly attestors?: PolicySpecRulesVerifyImagesAttestationsAttestors[];
    /**
     * Conditions are used to verify attributes within a Predicate. If no Conditions are specified
     * the attestation check is satisfied as long there are predicates that match the predicate type.
     *
     * @schema PolicySpecRulesVerifyImagesAttestations#conditions
     */
    readonly conditions?: PolicySpecRulesVerifyImagesAttestationsConditions[];
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesVerifyImagesAttestations#name
     */
    readonly name?: string;
    /**
     * Deprecated in favour of 'Type', to be removed soon
     *
     * @schema PolicySpecRulesVerifyImagesAttestations#predicateType
     */
    readonly predicateType?: string;
    /**
     * Type defines the type of attestation contained within the Statement.
     *
     * @schema PolicySpecRulesVerifyImagesAttestations#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestations' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestations(obj: PolicySpecRulesVerifyImagesAttestations | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesVerifyImagesAttestors
 */
export interface PolicySpecRulesVerifyImagesAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicySpecRulesVerifyImagesAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicySpecRulesVerifyImagesAttestors#entries
     */
    readonly entries?: PolicySpecRulesVerifyImagesAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestors' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestors(obj: PolicySpecRulesVerifyImagesAttestors | undefined): Record<string, any> | undefined;
/**
 * Allowed values are Audit or Enforce.
 *
 * @schema PolicySpecRulesVerifyImagesFailureAction
 */
export declare enum PolicySpecRulesVerifyImagesFailureAction {
    /** Audit */
    AUDIT = "Audit",
    /** Enforce */
    ENFORCE = "Enforce"
}
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry.
 *
 * @schema PolicySpecRulesVerifyImagesImageRegistryCredentials
 */
export interface PolicySpecRulesVerifyImagesImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesVerifyImagesImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesVerifyImagesImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesVerifyImagesImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesVerifyImagesImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesImageRegistryCredentials(obj: PolicySpecRulesVerifyImagesImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Type specifies the method of signature validation. The allowed options
 * are Cosign, Sigstore Bundle and Notary. By default Cosign is used if a type is not specified.
 *
 * @schema PolicySpecRulesVerifyImagesType
 */
export declare enum PolicySpecRulesVerifyImagesType {
    /** Cosign */
    COSIGN = "Cosign",
    /** SigstoreBundle */
    SIGSTORE_BUNDLE = "SigstoreBundle",
    /** Notary */
    NOTARY = "Notary"
}
/**
 * Validation checks conditions across multiple image
 * verification attestations or context entries
 *
 * @schema PolicySpecRulesVerifyImagesValidate
 */
export interface PolicySpecRulesVerifyImagesValidate {
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicySpecRulesVerifyImagesValidate#deny
     */
    readonly deny?: PolicySpecRulesVerifyImagesValidateDeny;
    /**
     * Message specifies a custom message to be displayed on failure.
     *
     * @schema PolicySpecRulesVerifyImagesValidate#message
     */
    readonly message?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesValidate' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesValidate(obj: PolicySpecRulesVerifyImagesValidate | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions(obj: PolicySpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicySpecRulesContextApiCallData
 */
export interface PolicySpecRulesContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicySpecRulesContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicySpecRulesContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicySpecRulesContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextApiCallData(obj: PolicySpecRulesContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicySpecRulesContextApiCallMethod
 */
export declare enum PolicySpecRulesContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicySpecRulesContextApiCallService
 */
export interface PolicySpecRulesContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicySpecRulesContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicySpecRulesContextApiCallService#headers
     */
    readonly headers?: PolicySpecRulesContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicySpecRulesContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextApiCallService(obj: PolicySpecRulesContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicySpecRulesContextImageRegistryImageRegistryCredentials
 */
export interface PolicySpecRulesContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextImageRegistryImageRegistryCredentials(obj: PolicySpecRulesContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicySpecRulesExcludeAllResources
 */
export interface PolicySpecRulesExcludeAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesExcludeAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesExcludeAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesExcludeAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesExcludeAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesExcludeAllResources#operations
     */
    readonly operations?: PolicySpecRulesExcludeAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeAllResources#selector
     */
    readonly selector?: PolicySpecRulesExcludeAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllResources(obj: PolicySpecRulesExcludeAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesExcludeAllSubjects
 */
export interface PolicySpecRulesExcludeAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesExcludeAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesExcludeAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllSubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllSubjects(obj: PolicySpecRulesExcludeAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicySpecRulesExcludeAnyResources
 */
export interface PolicySpecRulesExcludeAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesExcludeAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesExcludeAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesExcludeAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesExcludeAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesExcludeAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesExcludeAnyResources#operations
     */
    readonly operations?: PolicySpecRulesExcludeAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesExcludeAnyResources#selector
     */
    readonly selector?: PolicySpecRulesExcludeAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnyResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnyResources(obj: PolicySpecRulesExcludeAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesExcludeAnySubjects
 */
export interface PolicySpecRulesExcludeAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesExcludeAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesExcludeAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesExcludeAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnySubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnySubjects(obj: PolicySpecRulesExcludeAnySubjects | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesExcludeResourcesNamespaceSelector
 */
export interface PolicySpecRulesExcludeResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeResourcesNamespaceSelector(obj: PolicySpecRulesExcludeResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesExcludeResourcesOperations
 */
export declare enum PolicySpecRulesExcludeResourcesOperations {
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
 * @schema PolicySpecRulesExcludeResourcesSelector
 */
export interface PolicySpecRulesExcludeResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeResourcesSelector(obj: PolicySpecRulesExcludeResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * Selector is a label selector. Label keys and values in `matchLabels`.
 * wildcard characters are not supported.
 *
 * @schema PolicySpecRulesGenerateCloneListSelector
 */
export interface PolicySpecRulesGenerateCloneListSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesGenerateCloneListSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesGenerateCloneListSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesGenerateCloneListSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateCloneListSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateCloneListSelector(obj: PolicySpecRulesGenerateCloneListSelector | undefined): Record<string, any> | undefined;
/**
 * Clone specifies the source resource used to populate each generated resource.
 * At most one of Data or Clone can be specified. If neither are provided, the generated
 * resource will be created with default data only.
 *
 * @schema PolicySpecRulesGenerateForeachClone
 */
export interface PolicySpecRulesGenerateForeachClone {
    /**
     * Name specifies name of the resource.
     *
     * @schema PolicySpecRulesGenerateForeachClone#name
     */
    readonly name?: string;
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicySpecRulesGenerateForeachClone#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachClone' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachClone(obj: PolicySpecRulesGenerateForeachClone | undefined): Record<string, any> | undefined;
/**
 * CloneList specifies the list of source resource used to populate each generated resource.
 *
 * @schema PolicySpecRulesGenerateForeachCloneList
 */
export interface PolicySpecRulesGenerateForeachCloneList {
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesGenerateForeachCloneList#kinds
     */
    readonly kinds?: string[];
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicySpecRulesGenerateForeachCloneList#namespace
     */
    readonly namespace?: string;
    /**
     * Selector is a label selector. Label keys and values in `matchLabels`.
     * wildcard characters are not supported.
     *
     * @schema PolicySpecRulesGenerateForeachCloneList#selector
     */
    readonly selector?: PolicySpecRulesGenerateForeachCloneListSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachCloneList' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachCloneList(obj: PolicySpecRulesGenerateForeachCloneList | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicySpecRulesGenerateForeachContext
 */
export interface PolicySpecRulesGenerateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicySpecRulesGenerateForeachContext#apiCall
     */
    readonly apiCall?: PolicySpecRulesGenerateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicySpecRulesGenerateForeachContext#configMap
     */
    readonly configMap?: PolicySpecRulesGenerateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicySpecRulesGenerateForeachContext#globalReference
     */
    readonly globalReference?: PolicySpecRulesGenerateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicySpecRulesGenerateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicySpecRulesGenerateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesGenerateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicySpecRulesGenerateForeachContext#variable
     */
    readonly variable?: PolicySpecRulesGenerateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContext' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContext(obj: PolicySpecRulesGenerateForeachContext | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicySpecRulesGenerateForeachPreconditions
 */
export interface PolicySpecRulesGenerateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicySpecRulesGenerateForeachPreconditions#all
     */
    readonly all?: PolicySpecRulesGenerateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicySpecRulesGenerateForeachPreconditions#any
     */
    readonly any?: PolicySpecRulesGenerateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachPreconditions(obj: PolicySpecRulesGenerateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicySpecRulesMatchAllResources
 */
export interface PolicySpecRulesMatchAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesMatchAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesMatchAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesMatchAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesMatchAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesMatchAllResources#operations
     */
    readonly operations?: PolicySpecRulesMatchAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchAllResources#selector
     */
    readonly selector?: PolicySpecRulesMatchAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllResources(obj: PolicySpecRulesMatchAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesMatchAllSubjects
 */
export interface PolicySpecRulesMatchAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesMatchAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesMatchAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllSubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllSubjects(obj: PolicySpecRulesMatchAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicySpecRulesMatchAnyResources
 */
export interface PolicySpecRulesMatchAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicySpecRulesMatchAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicySpecRulesMatchAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicySpecRulesMatchAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicySpecRulesMatchAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicySpecRulesMatchAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicySpecRulesMatchAnyResources#operations
     */
    readonly operations?: PolicySpecRulesMatchAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicySpecRulesMatchAnyResources#selector
     */
    readonly selector?: PolicySpecRulesMatchAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnyResources' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnyResources(obj: PolicySpecRulesMatchAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicySpecRulesMatchAnySubjects
 */
export interface PolicySpecRulesMatchAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicySpecRulesMatchAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicySpecRulesMatchAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicySpecRulesMatchAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnySubjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnySubjects(obj: PolicySpecRulesMatchAnySubjects | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesMatchResourcesNamespaceSelector
 */
export interface PolicySpecRulesMatchResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchResourcesNamespaceSelector(obj: PolicySpecRulesMatchResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesMatchResourcesOperations
 */
export declare enum PolicySpecRulesMatchResourcesOperations {
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
 * @schema PolicySpecRulesMatchResourcesSelector
 */
export interface PolicySpecRulesMatchResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchResourcesSelector(obj: PolicySpecRulesMatchResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicySpecRulesMutateForeachContext
 */
export interface PolicySpecRulesMutateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicySpecRulesMutateForeachContext#apiCall
     */
    readonly apiCall?: PolicySpecRulesMutateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicySpecRulesMutateForeachContext#configMap
     */
    readonly configMap?: PolicySpecRulesMutateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicySpecRulesMutateForeachContext#globalReference
     */
    readonly globalReference?: PolicySpecRulesMutateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicySpecRulesMutateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicySpecRulesMutateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesMutateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicySpecRulesMutateForeachContext#variable
     */
    readonly variable?: PolicySpecRulesMutateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContext' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContext(obj: PolicySpecRulesMutateForeachContext | undefined): Record<string, any> | undefined;
/**
 * Order defines the iteration order on the list.
 * Can be Ascending to iterate from first to last element or Descending to iterate in from last to first element.
 *
 * @schema PolicySpecRulesMutateForeachOrder
 */
export declare enum PolicySpecRulesMutateForeachOrder {
    /** Ascending */
    ASCENDING = "Ascending",
    /** Descending */
    DESCENDING = "Descending"
}
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicySpecRulesMutateForeachPreconditions
 */
export interface PolicySpecRulesMutateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicySpecRulesMutateForeachPreconditions#all
     */
    readonly all?: PolicySpecRulesMutateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicySpecRulesMutateForeachPreconditions#any
     */
    readonly any?: PolicySpecRulesMutateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachPreconditions(obj: PolicySpecRulesMutateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicySpecRulesMutateTargetsContext
 */
export interface PolicySpecRulesMutateTargetsContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicySpecRulesMutateTargetsContext#apiCall
     */
    readonly apiCall?: PolicySpecRulesMutateTargetsContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicySpecRulesMutateTargetsContext#configMap
     */
    readonly configMap?: PolicySpecRulesMutateTargetsContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicySpecRulesMutateTargetsContext#globalReference
     */
    readonly globalReference?: PolicySpecRulesMutateTargetsContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicySpecRulesMutateTargetsContext#imageRegistry
     */
    readonly imageRegistry?: PolicySpecRulesMutateTargetsContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesMutateTargetsContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicySpecRulesMutateTargetsContext#variable
     */
    readonly variable?: PolicySpecRulesMutateTargetsContextVariable;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContext' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContext(obj: PolicySpecRulesMutateTargetsContext | undefined): Record<string, any> | undefined;
/**
 * Selector allows you to select target resources with their labels.
 *
 * @schema PolicySpecRulesMutateTargetsSelector
 */
export interface PolicySpecRulesMutateTargetsSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMutateTargetsSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMutateTargetsSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMutateTargetsSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsSelector(obj: PolicySpecRulesMutateTargetsSelector | undefined): Record<string, any> | undefined;
/**
 * AuditAnnotation describes how to produce an audit annotation for an API request.
 *
 * @schema PolicySpecRulesValidateCelAuditAnnotations
 */
export interface PolicySpecRulesValidateCelAuditAnnotations {
    /**
     * key specifies the audit annotation key. The audit annotation keys of
     * a ValidatingAdmissionPolicy must be unique. The key must be a qualified
     * name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.
     *
     * The key is combined with the resource name of the
     * ValidatingAdmissionPolicy to construct an audit annotation key:
     * "{ValidatingAdmissionPolicy name}/{key}".
     *
     * If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
     * and the same audit annotation key, the annotation key will be identical.
     * In this case, the first annotation written with the key will be included
     * in the audit event and all subsequent annotations with the same key
     * will be discarded.
     *
     * Required.
     *
     * @schema PolicySpecRulesValidateCelAuditAnnotations#key
     */
    readonly key: string;
    /**
     * valueExpression represents the expression which is evaluated by CEL to
     * produce an audit annotation value. The expression must evaluate to either
     * a string or null value. If the expression evaluates to a string, the
     * audit annotation is included with the string value. If the expression
     * evaluates to null or empty string the audit annotation will be omitted.
     * The valueExpression may be no longer than 5kb in length.
     * If the result of the valueExpression is more than 10kb in length, it
     * will be truncated to 10kb.
     *
     * If multiple ValidatingAdmissionPolicyBinding resources match an
     * API request, then the valueExpression will be evaluated for
     * each binding. All unique values produced by the valueExpressions
     * will be joined together in a comma-separated list.
     *
     * Required.
     *
     * @schema PolicySpecRulesValidateCelAuditAnnotations#valueExpression
     */
    readonly valueExpression: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelAuditAnnotations' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelAuditAnnotations(obj: PolicySpecRulesValidateCelAuditAnnotations | undefined): Record<string, any> | undefined;
/**
 * Validation specifies the CEL expression which is used to apply the validation.
 *
 * @schema PolicySpecRulesValidateCelExpressions
 */
export interface PolicySpecRulesValidateCelExpressions {
    /**
     * expression represents the expression which will be evaluated by CEL.
     * ref: https://github.com/google/cel-spec
     * CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:
     *
     * - 'object' - The object from the incoming request. The value is null for DELETE requests.
     * - 'oldObject' - The existing object. The value is null for CREATE requests.
     * - 'request' - Attributes of the API request([ref](/pkg/apis/admission/types.go#AdmissionRequest)).
     * - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
     * - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
     * - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
     * For example, a variable named 'foo' can be accessed as 'variables.foo'.
     * - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     *
     * The `apiVersion`, `kind`, `metadata.name` and `metadata.generateName` are always accessible from the root of the
     * object. No other metadata properties are accessible.
     *
     * Only property names of the form `[a-zA-Z_.-/][a-zA-Z0-9_.-/]*` are accessible.
     * Accessible property names are escaped according to the following rules when accessed in the expression:
     * - '__' escapes to '__underscores__'
     * - '.' escapes to '__dot__'
     * - '-' escapes to '__dash__'
     * - '/' escapes to '__slash__'
     * - Property names that exactly match a CEL RESERVED keyword escape to '__{keyword}__'. The keywords are:
     * "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
     * "import", "let", "loop", "package", "namespace", "return".
     * Examples:
     * - Expression accessing a property named "namespace": {"Expression": "object.__namespace__ > 0"}
     * - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
     * - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}
     *
     * Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
     * Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:
     * - 'set': `X + Y` performs a union where the array positions of all elements in `X` are preserved and
     * non-intersecting elements in `Y` are appended, retaining their partial order.
     * - 'map': `X + Y` performs a merge where the array positions of all keys in `X` are preserved but the values
     * are overwritten by values in `Y` when the key sets of `X` and `Y` intersect. Elements in `Y` with
     * non-intersecting keys are appended, retaining their partial order.
     * Required.
     *
     * @schema PolicySpecRulesValidateCelExpressions#expression
     */
    readonly expression: string;
    /**
     * message represents the message displayed when validation fails. The message is required if the Expression contains
     * line breaks. The message must not contain line breaks.
     * If unset, the message is "failed rule: {Rule}".
     * e.g. "must be a URL with the host matching spec.host"
     * If the Expression contains line breaks. Message is required.
     * The message must not contain line breaks.
     * If unset, the message is "failed Expression: {Expression}".
     *
     * @schema PolicySpecRulesValidateCelExpressions#message
     */
    readonly message?: string;
    /**
     * messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.
     * Since messageExpression is used as a failure message, it must evaluate to a string.
     * If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
     * If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
     * as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
     * that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
     * the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
     * messageExpression has access to all the same variables as the `expression` except for 'authorizer' and 'authorizer.requestResource'.
     * Example:
     * "object.x must be less than max ("+string(params.max)+")"
     *
     * @schema PolicySpecRulesValidateCelExpressions#messageExpression
     */
    readonly messageExpression?: string;
    /**
     * reason represents a machine-readable description of why this validation failed.
     * If this is the first validation in the list to fail, this reason, as well as the
     * corresponding HTTP response code, are used in the
     * HTTP response to the client.
     * The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
     * If not set, StatusReasonInvalid is used in the response to the client.
     *
     * @schema PolicySpecRulesValidateCelExpressions#reason
     */
    readonly reason?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelExpressions(obj: PolicySpecRulesValidateCelExpressions | undefined): Record<string, any> | undefined;
/**
 * ParamKind is a tuple of Group Kind and Version.
 *
 * @schema PolicySpecRulesValidateCelParamKind
 */
export interface PolicySpecRulesValidateCelParamKind {
    /**
     * apiVersion is the API group version the resources belong to.
     * In format of "group/version".
     * Required.
     *
     * @schema PolicySpecRulesValidateCelParamKind#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * kind is the API kind the resources belong to.
     * Required.
     *
     * @schema PolicySpecRulesValidateCelParamKind#kind
     */
    readonly kind?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelParamKind' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelParamKind(obj: PolicySpecRulesValidateCelParamKind | undefined): Record<string, any> | undefined;
/**
 * ParamRef references a parameter resource.
 *
 * @schema PolicySpecRulesValidateCelParamRef
 */
export interface PolicySpecRulesValidateCelParamRef {
    /**
     * name is the name of the resource being referenced.
     *
     * One of `name` or `selector` must be set, but `name` and `selector` are
     * mutually exclusive properties. If one is set, the other must be unset.
     *
     * A single parameter used for all admission requests can be configured
     * by setting the `name` field, leaving `selector` blank, and setting namespace
     * if `paramKind` is namespace-scoped.
     *
     * @schema PolicySpecRulesValidateCelParamRef#name
     */
    readonly name?: string;
    /**
     * namespace is the namespace of the referenced resource. Allows limiting
     * the search for params to a specific namespace. Applies to both `name` and
     * `selector` fields.
     *
     * A per-namespace parameter may be used by specifying a namespace-scoped
     * `paramKind` in the policy and leaving this field empty.
     *
     * - If `paramKind` is cluster-scoped, this field MUST be unset. Setting this
     * field results in a configuration error.
     *
     * - If `paramKind` is namespace-scoped, the namespace of the object being
     * evaluated for admission will be used when this field is left unset. Take
     * care that if this is left empty the binding must not match any cluster-scoped
     * resources, which will result in an error.
     *
     * @schema PolicySpecRulesValidateCelParamRef#namespace
     */
    readonly namespace?: string;
    /**
     * parameterNotFoundAction controls the behavior of the binding when the resource
     * exists, and name or selector is valid, but there are no parameters
     * matched by the binding. If the value is set to `Allow`, then no
     * matched parameters will be treated as successful validation by the binding.
     * If set to `Deny`, then no matched parameters will be subject to the
     * `failurePolicy` of the policy.
     *
     * Allowed values are `Allow` or `Deny`
     *
     * Required
     *
     * @schema PolicySpecRulesValidateCelParamRef#parameterNotFoundAction
     */
    readonly parameterNotFoundAction?: string;
    /**
     * selector can be used to match multiple param objects based on their labels.
     * Supply selector: {} to match all resources of the ParamKind.
     *
     * If multiple params are found, they are all evaluated with the policy expressions
     * and the results are ANDed together.
     *
     * One of `name` or `selector` must be set, but `name` and `selector` are
     * mutually exclusive properties. If one is set, the other must be unset.
     *
     * @schema PolicySpecRulesValidateCelParamRef#selector
     */
    readonly selector?: PolicySpecRulesValidateCelParamRefSelector;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelParamRef' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelParamRef(obj: PolicySpecRulesValidateCelParamRef | undefined): Record<string, any> | undefined;
/**
 * Variable is the definition of a variable that is used for composition. A variable is defined as a named expression.
 *
 * @schema PolicySpecRulesValidateCelVariables
 */
export interface PolicySpecRulesValidateCelVariables {
    /**
     * expression is the expression that will be evaluated as the value of the variable.
     * The CEL expression has access to the same identifiers as the CEL expressions in Validation.
     *
     * @schema PolicySpecRulesValidateCelVariables#expression
     */
    readonly expression: string;
    /**
     * name is the name of the variable. The name must be a valid CEL identifier and unique among all variables.
     * The variable can be accessed in other expressions through `variables`
     * For example, if name is "foo", the variable will be available as `variables.foo`
     *
     * @schema PolicySpecRulesValidateCelVariables#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelVariables' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelVariables(obj: PolicySpecRulesValidateCelVariables | undefined): Record<string, any> | undefined;
/**
 * ValidationFailureAction defines the policy validation failure action
 *
 * @schema PolicySpecRulesValidateFailureActionOverridesAction
 */
export declare enum PolicySpecRulesValidateFailureActionOverridesAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelector
 */
export interface PolicySpecRulesValidateFailureActionOverridesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesValidateFailureActionOverridesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateFailureActionOverridesNamespaceSelector(obj: PolicySpecRulesValidateFailureActionOverridesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicySpecRulesValidateForeachContext
 */
export interface PolicySpecRulesValidateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicySpecRulesValidateForeachContext#apiCall
     */
    readonly apiCall?: PolicySpecRulesValidateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicySpecRulesValidateForeachContext#configMap
     */
    readonly configMap?: PolicySpecRulesValidateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicySpecRulesValidateForeachContext#globalReference
     */
    readonly globalReference?: PolicySpecRulesValidateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicySpecRulesValidateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicySpecRulesValidateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicySpecRulesValidateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicySpecRulesValidateForeachContext#variable
     */
    readonly variable?: PolicySpecRulesValidateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContext' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContext(obj: PolicySpecRulesValidateForeachContext | undefined): Record<string, any> | undefined;
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicySpecRulesValidateForeachDeny
 */
export interface PolicySpecRulesValidateForeachDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement. A direct list
     * of conditions (without `any` or `all` statements) is also supported for backwards compatibility
     * but will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicySpecRulesValidateForeachDeny#conditions
     */
    readonly conditions?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachDeny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachDeny(obj: PolicySpecRulesValidateForeachDeny | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicySpecRulesValidateForeachPreconditions
 */
export interface PolicySpecRulesValidateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicySpecRulesValidateForeachPreconditions#all
     */
    readonly all?: PolicySpecRulesValidateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicySpecRulesValidateForeachPreconditions#any
     */
    readonly any?: PolicySpecRulesValidateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachPreconditions(obj: PolicySpecRulesValidateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesValidateManifestsAttestors
 */
export interface PolicySpecRulesValidateManifestsAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicySpecRulesValidateManifestsAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicySpecRulesValidateManifestsAttestors#entries
     */
    readonly entries?: PolicySpecRulesValidateManifestsAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestors' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestors(obj: PolicySpecRulesValidateManifestsAttestors | undefined): Record<string, any> | undefined;
/**
 * DryRun configuration
 *
 * @schema PolicySpecRulesValidateManifestsDryRun
 */
export interface PolicySpecRulesValidateManifestsDryRun {
    /**
     * @schema PolicySpecRulesValidateManifestsDryRun#enable
     */
    readonly enable?: boolean;
    /**
     * @schema PolicySpecRulesValidateManifestsDryRun#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsDryRun' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsDryRun(obj: PolicySpecRulesValidateManifestsDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesValidateManifestsIgnoreFields
 */
export interface PolicySpecRulesValidateManifestsIgnoreFields {
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFields#fields
     */
    readonly fields?: string[];
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFields#objects
     */
    readonly objects?: PolicySpecRulesValidateManifestsIgnoreFieldsObjects[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsIgnoreFields' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsIgnoreFields(obj: PolicySpecRulesValidateManifestsIgnoreFields | undefined): Record<string, any> | undefined;
/**
 * PodSecurityStandard specifies the Pod Security Standard controls to be excluded.
 *
 * @schema PolicySpecRulesValidatePodSecurityExclude
 */
export interface PolicySpecRulesValidatePodSecurityExclude {
    /**
     * ControlName specifies the name of the Pod Security Standard control.
     * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
     *
     * @schema PolicySpecRulesValidatePodSecurityExclude#controlName
     */
    readonly controlName: PolicySpecRulesValidatePodSecurityExcludeControlName;
    /**
     * Images selects matching containers and applies the container level PSS.
     * Each image is the image name consisting of the registry address, repository, image, and tag.
     * Empty list matches no containers, PSS checks are applied at the pod level only.
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicySpecRulesValidatePodSecurityExclude#images
     */
    readonly images?: string[];
    /**
     * RestrictedField selects the field for the given Pod Security Standard control.
     * When not set, all restricted fields for the control are selected.
     *
     * @schema PolicySpecRulesValidatePodSecurityExclude#restrictedField
     */
    readonly restrictedField?: string;
    /**
     * Values defines the allowed values that can be excluded.
     *
     * @schema PolicySpecRulesValidatePodSecurityExclude#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidatePodSecurityExclude' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidatePodSecurityExclude(obj: PolicySpecRulesValidatePodSecurityExclude | undefined): Record<string, any> | undefined;
/**
 * Level defines the Pod Security Standard level to be applied to workloads.
 * Allowed values are privileged, baseline, and restricted.
 *
 * @schema PolicySpecRulesValidatePodSecurityLevel
 */
export declare enum PolicySpecRulesValidatePodSecurityLevel {
    /** privileged */
    PRIVILEGED = "privileged",
    /** baseline */
    BASELINE = "baseline",
    /** restricted */
    RESTRICTED = "restricted"
}
/**
 * Version defines the Pod Security Standard versions that Kubernetes supports.
 * Allowed values are v1.19, v1.20, v1.21, v1.22, v1.23, v1.24, v1.25, v1.26, v1.27, v1.28, v1.29, v1.30, v1.31, v1.32, latest. Defaults to latest.
 *
 * @default latest.
 * @schema PolicySpecRulesValidatePodSecurityVersion
 */
export declare enum PolicySpecRulesValidatePodSecurityVersion {
    /** v1.19 */
    V1_19 = "v1.19",
    /** v1.20 */
    V1_20 = "v1.20",
    /** v1.21 */
    V1_21 = "v1.21",
    /** v1.22 */
    V1_22 = "v1.22",
    /** v1.23 */
    V1_23 = "v1.23",
    /** v1.24 */
    V1_24 = "v1.24",
    /** v1.25 */
    V1_25 = "v1.25",
    /** v1.26 */
    V1_26 = "v1.26",
    /** v1.27 */
    V1_27 = "v1.27",
    /** v1.28 */
    V1_28 = "v1.28",
    /** v1.29 */
    V1_29 = "v1.29",
    /** v1.30 */
    V1_30 = "v1.30",
    /** v1.31 */
    V1_31 = "v1.31",
    /** v1.32 */
    V1_32 = "v1.32",
    /** latest */
    LATEST = "latest"
}
/**
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestors
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestors#entries
     */
    readonly entries?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestors' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestors(obj: PolicySpecRulesVerifyImagesAttestationsAttestors | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions consists of conditions wrapped denoting a logical criteria to be fulfilled.
 * AnyConditions get fulfilled when at least one of its sub-conditions passes.
 * AllConditions get fulfilled only when all of its sub-conditions pass.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsConditions
 */
export interface PolicySpecRulesVerifyImagesAttestationsConditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditions#all
     */
    readonly all?: PolicySpecRulesVerifyImagesAttestationsConditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditions#any
     */
    readonly any?: PolicySpecRulesVerifyImagesAttestationsConditionsAny[];
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsConditions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsConditions(obj: PolicySpecRulesVerifyImagesAttestationsConditions | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesVerifyImagesAttestorsEntries
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#certificates
     */
    readonly certificates?: PolicySpecRulesVerifyImagesAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#keyless
     */
    readonly keyless?: PolicySpecRulesVerifyImagesAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#keys
     */
    readonly keys?: PolicySpecRulesVerifyImagesAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntries(obj: PolicySpecRulesVerifyImagesAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesVerifyImagesImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesVerifyImagesImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicySpecRulesVerifyImagesValidateDeny
 */
export interface PolicySpecRulesVerifyImagesValidateDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement. A direct list
     * of conditions (without `any` or `all` statements) is also supported for backwards compatibility
     * but will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicySpecRulesVerifyImagesValidateDeny#conditions
     */
    readonly conditions?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesValidateDeny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesValidateDeny(obj: PolicySpecRulesVerifyImagesValidateDeny | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesContextApiCallServiceHeaders
 */
export interface PolicySpecRulesContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicySpecRulesContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicySpecRulesContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicySpecRulesContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicySpecRulesContextApiCallServiceHeaders(obj: PolicySpecRulesContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelector
 */
export interface PolicySpecRulesExcludeAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllResourcesNamespaceSelector(obj: PolicySpecRulesExcludeAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesExcludeAllResourcesOperations
 */
export declare enum PolicySpecRulesExcludeAllResourcesOperations {
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
 * @schema PolicySpecRulesExcludeAllResourcesSelector
 */
export interface PolicySpecRulesExcludeAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllResourcesSelector(obj: PolicySpecRulesExcludeAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelector
 */
export interface PolicySpecRulesExcludeAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnyResourcesNamespaceSelector(obj: PolicySpecRulesExcludeAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesExcludeAnyResourcesOperations
 */
export declare enum PolicySpecRulesExcludeAnyResourcesOperations {
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
 * @schema PolicySpecRulesExcludeAnyResourcesSelector
 */
export interface PolicySpecRulesExcludeAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnyResourcesSelector(obj: PolicySpecRulesExcludeAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesExcludeResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeResourcesSelectorMatchExpressions(obj: PolicySpecRulesExcludeResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesGenerateCloneListSelectorMatchExpressions
 */
export interface PolicySpecRulesGenerateCloneListSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesGenerateCloneListSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesGenerateCloneListSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesGenerateCloneListSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateCloneListSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateCloneListSelectorMatchExpressions(obj: PolicySpecRulesGenerateCloneListSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Selector is a label selector. Label keys and values in `matchLabels`.
 * wildcard characters are not supported.
 *
 * @schema PolicySpecRulesGenerateForeachCloneListSelector
 */
export interface PolicySpecRulesGenerateForeachCloneListSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesGenerateForeachCloneListSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesGenerateForeachCloneListSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachCloneListSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachCloneListSelector(obj: PolicySpecRulesGenerateForeachCloneListSelector | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicySpecRulesGenerateForeachContextApiCall
 */
export interface PolicySpecRulesGenerateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCall#data
     */
    readonly data?: PolicySpecRulesGenerateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicySpecRulesGenerateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicySpecRulesGenerateForeachContextApiCall#method
     */
    readonly method?: PolicySpecRulesGenerateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCall#service
     */
    readonly service?: PolicySpecRulesGenerateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextApiCall(obj: PolicySpecRulesGenerateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicySpecRulesGenerateForeachContextConfigMap
 */
export interface PolicySpecRulesGenerateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicySpecRulesGenerateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicySpecRulesGenerateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextConfigMap(obj: PolicySpecRulesGenerateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicySpecRulesGenerateForeachContextGlobalReference
 */
export interface PolicySpecRulesGenerateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesGenerateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicySpecRulesGenerateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextGlobalReference(obj: PolicySpecRulesGenerateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicySpecRulesGenerateForeachContextImageRegistry
 */
export interface PolicySpecRulesGenerateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextImageRegistry(obj: PolicySpecRulesGenerateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicySpecRulesGenerateForeachContextVariable
 */
export interface PolicySpecRulesGenerateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicySpecRulesGenerateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicySpecRulesGenerateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicySpecRulesGenerateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextVariable(obj: PolicySpecRulesGenerateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesGenerateForeachPreconditionsAll
 */
export interface PolicySpecRulesGenerateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicySpecRulesGenerateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachPreconditionsAll(obj: PolicySpecRulesGenerateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesGenerateForeachPreconditionsAny
 */
export interface PolicySpecRulesGenerateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicySpecRulesGenerateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesGenerateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachPreconditionsAny(obj: PolicySpecRulesGenerateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesMatchAllResourcesNamespaceSelector
 */
export interface PolicySpecRulesMatchAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllResourcesNamespaceSelector(obj: PolicySpecRulesMatchAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesMatchAllResourcesOperations
 */
export declare enum PolicySpecRulesMatchAllResourcesOperations {
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
 * @schema PolicySpecRulesMatchAllResourcesSelector
 */
export interface PolicySpecRulesMatchAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllResourcesSelector(obj: PolicySpecRulesMatchAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelector
 */
export interface PolicySpecRulesMatchAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnyResourcesNamespaceSelector(obj: PolicySpecRulesMatchAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicySpecRulesMatchAnyResourcesOperations
 */
export declare enum PolicySpecRulesMatchAnyResourcesOperations {
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
 * @schema PolicySpecRulesMatchAnyResourcesSelector
 */
export interface PolicySpecRulesMatchAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesMatchAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnyResourcesSelector(obj: PolicySpecRulesMatchAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesMatchResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchResourcesSelectorMatchExpressions(obj: PolicySpecRulesMatchResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicySpecRulesMutateForeachContextApiCall
 */
export interface PolicySpecRulesMutateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCall#data
     */
    readonly data?: PolicySpecRulesMutateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicySpecRulesMutateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicySpecRulesMutateForeachContextApiCall#method
     */
    readonly method?: PolicySpecRulesMutateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCall#service
     */
    readonly service?: PolicySpecRulesMutateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextApiCall(obj: PolicySpecRulesMutateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicySpecRulesMutateForeachContextConfigMap
 */
export interface PolicySpecRulesMutateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicySpecRulesMutateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicySpecRulesMutateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextConfigMap(obj: PolicySpecRulesMutateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicySpecRulesMutateForeachContextGlobalReference
 */
export interface PolicySpecRulesMutateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesMutateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicySpecRulesMutateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextGlobalReference(obj: PolicySpecRulesMutateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicySpecRulesMutateForeachContextImageRegistry
 */
export interface PolicySpecRulesMutateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextImageRegistry(obj: PolicySpecRulesMutateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicySpecRulesMutateForeachContextVariable
 */
export interface PolicySpecRulesMutateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicySpecRulesMutateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicySpecRulesMutateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicySpecRulesMutateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextVariable(obj: PolicySpecRulesMutateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesMutateForeachPreconditionsAll
 */
export interface PolicySpecRulesMutateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicySpecRulesMutateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachPreconditionsAll(obj: PolicySpecRulesMutateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesMutateForeachPreconditionsAny
 */
export interface PolicySpecRulesMutateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicySpecRulesMutateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesMutateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachPreconditionsAny(obj: PolicySpecRulesMutateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicySpecRulesMutateTargetsContextApiCall
 */
export interface PolicySpecRulesMutateTargetsContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCall#data
     */
    readonly data?: PolicySpecRulesMutateTargetsContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicySpecRulesMutateTargetsContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicySpecRulesMutateTargetsContextApiCall#method
     */
    readonly method?: PolicySpecRulesMutateTargetsContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCall#service
     */
    readonly service?: PolicySpecRulesMutateTargetsContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextApiCall' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextApiCall(obj: PolicySpecRulesMutateTargetsContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicySpecRulesMutateTargetsContextConfigMap
 */
export interface PolicySpecRulesMutateTargetsContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicySpecRulesMutateTargetsContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicySpecRulesMutateTargetsContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextConfigMap(obj: PolicySpecRulesMutateTargetsContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicySpecRulesMutateTargetsContextGlobalReference
 */
export interface PolicySpecRulesMutateTargetsContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesMutateTargetsContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicySpecRulesMutateTargetsContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextGlobalReference(obj: PolicySpecRulesMutateTargetsContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicySpecRulesMutateTargetsContextImageRegistry
 */
export interface PolicySpecRulesMutateTargetsContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextImageRegistry(obj: PolicySpecRulesMutateTargetsContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicySpecRulesMutateTargetsContextVariable
 */
export interface PolicySpecRulesMutateTargetsContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicySpecRulesMutateTargetsContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicySpecRulesMutateTargetsContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicySpecRulesMutateTargetsContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextVariable' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextVariable(obj: PolicySpecRulesMutateTargetsContextVariable | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMutateTargetsSelectorMatchExpressions
 */
export interface PolicySpecRulesMutateTargetsSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMutateTargetsSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMutateTargetsSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMutateTargetsSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsSelectorMatchExpressions(obj: PolicySpecRulesMutateTargetsSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * selector can be used to match multiple param objects based on their labels.
 * Supply selector: {} to match all resources of the ParamKind.
 *
 * If multiple params are found, they are all evaluated with the policy expressions
 * and the results are ANDed together.
 *
 * One of `name` or `selector` must be set, but `name` and `selector` are
 * mutually exclusive properties. If one is set, the other must be unset.
 *
 * @schema PolicySpecRulesValidateCelParamRefSelector
 */
export interface PolicySpecRulesValidateCelParamRefSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicySpecRulesValidateCelParamRefSelector#matchExpressions
     */
    readonly matchExpressions?: PolicySpecRulesValidateCelParamRefSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicySpecRulesValidateCelParamRefSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelParamRefSelector' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelParamRefSelector(obj: PolicySpecRulesValidateCelParamRefSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicySpecRulesValidateForeachContextApiCall
 */
export interface PolicySpecRulesValidateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCall#data
     */
    readonly data?: PolicySpecRulesValidateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicySpecRulesValidateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicySpecRulesValidateForeachContextApiCall#method
     */
    readonly method?: PolicySpecRulesValidateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCall#service
     */
    readonly service?: PolicySpecRulesValidateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextApiCall(obj: PolicySpecRulesValidateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicySpecRulesValidateForeachContextConfigMap
 */
export interface PolicySpecRulesValidateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicySpecRulesValidateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicySpecRulesValidateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextConfigMap(obj: PolicySpecRulesValidateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicySpecRulesValidateForeachContextGlobalReference
 */
export interface PolicySpecRulesValidateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicySpecRulesValidateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicySpecRulesValidateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextGlobalReference(obj: PolicySpecRulesValidateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicySpecRulesValidateForeachContextImageRegistry
 */
export interface PolicySpecRulesValidateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextImageRegistry(obj: PolicySpecRulesValidateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicySpecRulesValidateForeachContextVariable
 */
export interface PolicySpecRulesValidateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicySpecRulesValidateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicySpecRulesValidateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicySpecRulesValidateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextVariable(obj: PolicySpecRulesValidateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesValidateForeachPreconditionsAll
 */
export interface PolicySpecRulesValidateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicySpecRulesValidateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachPreconditionsAll(obj: PolicySpecRulesValidateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesValidateForeachPreconditionsAny
 */
export interface PolicySpecRulesValidateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicySpecRulesValidateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesValidateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachPreconditionsAny(obj: PolicySpecRulesValidateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesValidateManifestsAttestorsEntries
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#certificates
     */
    readonly certificates?: PolicySpecRulesValidateManifestsAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#keyless
     */
    readonly keyless?: PolicySpecRulesValidateManifestsAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#keys
     */
    readonly keys?: PolicySpecRulesValidateManifestsAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntries(obj: PolicySpecRulesValidateManifestsAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects
 */
export interface PolicySpecRulesValidateManifestsIgnoreFieldsObjects {
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects#group
     */
    readonly group?: string;
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects#kind
     */
    readonly kind?: string;
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects#name
     */
    readonly name?: string;
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects#namespace
     */
    readonly namespace?: string;
    /**
     * @schema PolicySpecRulesValidateManifestsIgnoreFieldsObjects#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsIgnoreFieldsObjects' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsIgnoreFieldsObjects(obj: PolicySpecRulesValidateManifestsIgnoreFieldsObjects | undefined): Record<string, any> | undefined;
/**
 * ControlName specifies the name of the Pod Security Standard control.
 * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
 *
 * @schema PolicySpecRulesValidatePodSecurityExcludeControlName
 */
export declare enum PolicySpecRulesValidatePodSecurityExcludeControlName {
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
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#certificates
     */
    readonly certificates?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#keyless
     */
    readonly keyless?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#keys
     */
    readonly keys?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntries(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAll
 */
export interface PolicySpecRulesVerifyImagesAttestationsConditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAll#operator
     */
    readonly operator?: PolicySpecRulesVerifyImagesAttestationsConditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsConditionsAll' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsConditionsAll(obj: PolicySpecRulesVerifyImagesAttestationsConditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAny
 */
export interface PolicySpecRulesVerifyImagesAttestationsConditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAny#operator
     */
    readonly operator?: PolicySpecRulesVerifyImagesAttestationsConditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsConditionsAny' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsConditionsAny(obj: PolicySpecRulesVerifyImagesAttestationsConditionsAny | undefined): Record<string, any> | undefined;
/**
 * Certificates specifies one or more certificates.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificates
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesCertificates(obj: PolicySpecRulesVerifyImagesAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeyless(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeys(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions(obj: PolicySpecRulesExcludeAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions(obj: PolicySpecRulesExcludeAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions
 */
export interface PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions(obj: PolicySpecRulesGenerateForeachCloneListSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicySpecRulesGenerateForeachContextApiCallData
 */
export interface PolicySpecRulesGenerateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextApiCallData(obj: PolicySpecRulesGenerateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicySpecRulesGenerateForeachContextApiCallMethod
 */
export declare enum PolicySpecRulesGenerateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicySpecRulesGenerateForeachContextApiCallService
 */
export interface PolicySpecRulesGenerateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallService#headers
     */
    readonly headers?: PolicySpecRulesGenerateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextApiCallService(obj: PolicySpecRulesGenerateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials(obj: PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicySpecRulesGenerateForeachPreconditionsAllOperator
 */
export declare enum PolicySpecRulesGenerateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicySpecRulesGenerateForeachPreconditionsAnyOperator
 */
export declare enum PolicySpecRulesGenerateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchAllResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAllResourcesSelectorMatchExpressions(obj: PolicySpecRulesMatchAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicySpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions
 */
export interface PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions(obj: PolicySpecRulesMatchAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicySpecRulesMutateForeachContextApiCallData
 */
export interface PolicySpecRulesMutateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextApiCallData(obj: PolicySpecRulesMutateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicySpecRulesMutateForeachContextApiCallMethod
 */
export declare enum PolicySpecRulesMutateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicySpecRulesMutateForeachContextApiCallService
 */
export interface PolicySpecRulesMutateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallService#headers
     */
    readonly headers?: PolicySpecRulesMutateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextApiCallService(obj: PolicySpecRulesMutateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials(obj: PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicySpecRulesMutateForeachPreconditionsAllOperator
 */
export declare enum PolicySpecRulesMutateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicySpecRulesMutateForeachPreconditionsAnyOperator
 */
export declare enum PolicySpecRulesMutateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * RequestData contains the HTTP POST data
 *
 * @schema PolicySpecRulesMutateTargetsContextApiCallData
 */
export interface PolicySpecRulesMutateTargetsContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextApiCallData(obj: PolicySpecRulesMutateTargetsContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicySpecRulesMutateTargetsContextApiCallMethod
 */
export declare enum PolicySpecRulesMutateTargetsContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicySpecRulesMutateTargetsContextApiCallService
 */
export interface PolicySpecRulesMutateTargetsContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallService#headers
     */
    readonly headers?: PolicySpecRulesMutateTargetsContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextApiCallService(obj: PolicySpecRulesMutateTargetsContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials
 */
export interface PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials(obj: PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicySpecRulesValidateCelParamRefSelectorMatchExpressions
 */
export interface PolicySpecRulesValidateCelParamRefSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicySpecRulesValidateCelParamRefSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicySpecRulesValidateCelParamRefSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicySpecRulesValidateCelParamRefSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateCelParamRefSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateCelParamRefSelectorMatchExpressions(obj: PolicySpecRulesValidateCelParamRefSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicySpecRulesValidateForeachContextApiCallData
 */
export interface PolicySpecRulesValidateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextApiCallData(obj: PolicySpecRulesValidateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicySpecRulesValidateForeachContextApiCallMethod
 */
export declare enum PolicySpecRulesValidateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicySpecRulesValidateForeachContextApiCallService
 */
export interface PolicySpecRulesValidateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallService#headers
     */
    readonly headers?: PolicySpecRulesValidateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextApiCallService(obj: PolicySpecRulesValidateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials(obj: PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicySpecRulesValidateForeachPreconditionsAllOperator
 */
export declare enum PolicySpecRulesValidateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicySpecRulesValidateForeachPreconditionsAnyOperator
 */
export declare enum PolicySpecRulesValidateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * Certificates specifies one or more certificates.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificates
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesCertificates(obj: PolicySpecRulesValidateManifestsAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeyless(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeys(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * Certificates specifies one or more certificates.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAllOperator
 */
export declare enum PolicySpecRulesVerifyImagesAttestationsConditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicySpecRulesVerifyImagesAttestationsConditionsAnyOperator
 */
export declare enum PolicySpecRulesVerifyImagesAttestationsConditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog(obj: PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor(obj: PolicySpecRulesVerifyImagesAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret
 */
export interface PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret(obj: PolicySpecRulesVerifyImagesAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
/**
 * @schema PolicySpecRulesGenerateForeachContextApiCallServiceHeaders
 */
export interface PolicySpecRulesGenerateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicySpecRulesGenerateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicySpecRulesGenerateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicySpecRulesGenerateForeachContextApiCallServiceHeaders(obj: PolicySpecRulesGenerateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicySpecRulesMutateForeachContextApiCallServiceHeaders
 */
export interface PolicySpecRulesMutateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicySpecRulesMutateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateForeachContextApiCallServiceHeaders(obj: PolicySpecRulesMutateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicySpecRulesMutateTargetsContextApiCallServiceHeaders
 */
export interface PolicySpecRulesMutateTargetsContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicySpecRulesMutateTargetsContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicySpecRulesMutateTargetsContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicySpecRulesMutateTargetsContextApiCallServiceHeaders(obj: PolicySpecRulesMutateTargetsContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicySpecRulesValidateForeachContextApiCallServiceHeaders
 */
export interface PolicySpecRulesValidateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicySpecRulesValidateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateForeachContextApiCallServiceHeaders(obj: PolicySpecRulesValidateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicySpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog(obj: PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor(obj: PolicySpecRulesValidateManifestsAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret
 */
export interface PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret(obj: PolicySpecRulesValidateManifestsAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret
 */
export interface PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret(obj: PolicySpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
/**
 * Policy declares validation, mutation, and generation behaviors for matching resources.
See: https://kyverno.io/docs/writing-policies/ for more information.
 *
 * @schema PolicyV2Beta1
 */
export declare class PolicyV2Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PolicyV2Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PolicyV2Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PolicyV2Beta1Props): any;
    /**
     * Defines a "PolicyV2Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PolicyV2Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Policy declares validation, mutation, and generation behaviors for matching resources.
 * See: https://kyverno.io/docs/writing-policies/ for more information.
 *
 * @schema PolicyV2Beta1
 */
export interface PolicyV2Beta1Props {
    /**
     * @schema PolicyV2Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines policy behaviors and contains one or more rules.
     *
     * @schema PolicyV2Beta1#spec
     */
    readonly spec: PolicyV2Beta1Spec;
}
/**
 * Converts an object of type 'PolicyV2Beta1Props' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1Props(obj: PolicyV2Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines policy behaviors and contains one or more rules.
 *
 * @schema PolicyV2Beta1Spec
 */
export interface PolicyV2Beta1Spec {
    /**
     * Admission controls if rules are applied during admission.
     * Optional. Default value is "true".
     *
     * @schema PolicyV2Beta1Spec#admission
     */
    readonly admission?: boolean;
    /**
     * ApplyRules controls how rules in a policy are applied. Rule are processed in
     * the order of declaration. When set to `One` processing stops after a rule has
     * been applied i.e. the rule matches and results in a pass, fail, or error. When
     * set to `All` all rules in the policy are processed. The default is `All`.
     *
     * @schema PolicyV2Beta1Spec#applyRules
     */
    readonly applyRules?: PolicyV2Beta1SpecApplyRules;
    /**
     * Background controls if rules are applied to existing resources during a background scan.
     * Optional. Default value is "true". The value must be set to "false" if the policy rule
     * uses variables that are only available in the admission review request (e.g. user name).
     *
     * @schema PolicyV2Beta1Spec#background
     */
    readonly background?: boolean;
    /**
     * EmitWarning enables API response warnings for mutate policy rules or validate policy rules with validationFailureAction set to Audit.
     * Enabling this option will extend admission request processing times. The default value is "false".
     *
     * @schema PolicyV2Beta1Spec#emitWarning
     */
    readonly emitWarning?: boolean;
    /**
     * Deprecated, use failurePolicy under the webhookConfiguration instead.
     *
     * @schema PolicyV2Beta1Spec#failurePolicy
     */
    readonly failurePolicy?: PolicyV2Beta1SpecFailurePolicy;
    /**
     * Deprecated, use generateExisting under the generate rule instead
     *
     * @schema PolicyV2Beta1Spec#generateExisting
     */
    readonly generateExisting?: boolean;
    /**
     * Deprecated, use generateExisting instead
     *
     * @schema PolicyV2Beta1Spec#generateExistingOnPolicyUpdate
     */
    readonly generateExistingOnPolicyUpdate?: boolean;
    /**
     * Deprecated, use mutateExistingOnPolicyUpdate under the mutate rule instead
     *
     * @schema PolicyV2Beta1Spec#mutateExistingOnPolicyUpdate
     */
    readonly mutateExistingOnPolicyUpdate?: boolean;
    /**
     * Rules is a list of Rule instances. A Policy contains multiple rules and
     * each rule can validate, mutate, or generate resources.
     *
     * @schema PolicyV2Beta1Spec#rules
     */
    readonly rules?: PolicyV2Beta1SpecRules[];
    /**
     * Deprecated.
     *
     * @schema PolicyV2Beta1Spec#schemaValidation
     */
    readonly schemaValidation?: boolean;
    /**
     * UseServerSideApply controls whether to use server-side apply for generate rules
     * If is set to "true" create & update for generate rules will use apply instead of create/update.
     * Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicyV2Beta1Spec#useServerSideApply
     */
    readonly useServerSideApply?: boolean;
    /**
     * Deprecated, use validationFailureAction under the validate rule instead.
     *
     * @schema PolicyV2Beta1Spec#validationFailureAction
     */
    readonly validationFailureAction?: PolicyV2Beta1SpecValidationFailureAction;
    /**
     * Deprecated, use validationFailureActionOverrides under the validate rule instead.
     *
     * @schema PolicyV2Beta1Spec#validationFailureActionOverrides
     */
    readonly validationFailureActionOverrides?: PolicyV2Beta1SpecValidationFailureActionOverrides[];
    /**
     * WebhookConfiguration specifies the custom configuration for Kubernetes admission webhookconfiguration.
     *
     * @schema PolicyV2Beta1Spec#webhookConfiguration
     */
    readonly webhookConfiguration?: PolicyV2Beta1SpecWebhookConfiguration;
    /**
     * Deprecated, use webhookTimeoutSeconds under webhookConfiguration instead.
     *
     * @schema PolicyV2Beta1Spec#webhookTimeoutSeconds
     */
    readonly webhookTimeoutSeconds?: number;
}
/**
 * Converts an object of type 'PolicyV2Beta1Spec' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1Spec(obj: PolicyV2Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ApplyRules controls how rules in a policy are applied. Rule are processed in
 * the order of declaration. When set to `One` processing stops after a rule has
 * been applied i.e. the rule matches and results in a pass, fail, or error. When
 * set to `All` all rules in the policy are processed. The default is `All`.
 *
 * @schema PolicyV2Beta1SpecApplyRules
 */
export declare enum PolicyV2Beta1SpecApplyRules {
    /** All */
    ALL = "All",
    /** One */
    ONE = "One"
}
/**
 * Deprecated, use failurePolicy under the webhookConfiguration instead.
 *
 * @schema PolicyV2Beta1SpecFailurePolicy
 */
export declare enum PolicyV2Beta1SpecFailurePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * Rule defines a validation, mutation, or generation control for matching resources.
 * Each rules contains a match declaration to select resources, and an optional exclude
 * declaration to specify which resources to exclude.
 *
 * @schema PolicyV2Beta1SpecRules
 */
export interface PolicyV2Beta1SpecRules {
    /**
     * CELPreconditions are used to determine if a policy rule should be applied by evaluating a
     * set of CEL conditions. It can only be used with the validate.cel subrule
     *
     * @schema PolicyV2Beta1SpecRules#celPreconditions
     */
    readonly celPreconditions?: PolicyV2Beta1SpecRulesCelPreconditions[];
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicyV2Beta1SpecRules#context
     */
    readonly context?: PolicyV2Beta1SpecRulesContext[];
    /**
     * ExcludeResources defines when this policy rule should not be applied. The exclude
     * criteria can include resource information (e.g. kind, name, namespace, labels)
     * and admission review request information like the name or role.
     *
     * @schema PolicyV2Beta1SpecRules#exclude
     */
    readonly exclude?: PolicyV2Beta1SpecRulesExclude;
    /**
     * Generation is used to create new resources.
     *
     * @schema PolicyV2Beta1SpecRules#generate
     */
    readonly generate?: PolicyV2Beta1SpecRulesGenerate;
    /**
     * ImageExtractors defines a mapping from kinds to ImageExtractorConfigs.
     * This config is only valid for verifyImages rules.
     *
     * @schema PolicyV2Beta1SpecRules#imageExtractors
     */
    readonly imageExtractors?: {
        [key: string]: PolicyV2Beta1SpecRulesImageExtractors[];
    };
    /**
     * MatchResources defines when this policy rule should be applied. The match
     * criteria can include resource information (e.g. kind, name, namespace, labels)
     * and admission review request information like the user name or role.
     * At least one kind is required.
     *
     * @schema PolicyV2Beta1SpecRules#match
     */
    readonly match: PolicyV2Beta1SpecRulesMatch;
    /**
     * Mutation is used to modify matching resources.
     *
     * @schema PolicyV2Beta1SpecRules#mutate
     */
    readonly mutate?: PolicyV2Beta1SpecRulesMutate;
    /**
     * Name is a label to identify the rule, It must be unique within the policy.
     *
     * @schema PolicyV2Beta1SpecRules#name
     */
    readonly name: string;
    /**
     * Preconditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicyV2Beta1SpecRules#preconditions
     */
    readonly preconditions?: PolicyV2Beta1SpecRulesPreconditions;
    /**
     * ReportProperties are the additional properties from the rule that will be added to the policy report result
     *
     * @schema PolicyV2Beta1SpecRules#reportProperties
     */
    readonly reportProperties?: {
        [key: string]: string;
    };
    /**
     * SkipBackgroundRequests bypasses admission requests that are sent by the background controller.
     * The default value is set to "true", it must be set to "false" to apply
     * generate and mutateExisting rules to those requests.
     *
     * @schema PolicyV2Beta1SpecRules#skipBackgroundRequests
     */
    readonly skipBackgroundRequests?: boolean;
    /**
     * Validation is used to validate matching resources.
     *
     * @schema PolicyV2Beta1SpecRules#validate
     */
    readonly validate?: PolicyV2Beta1SpecRulesValidate;
    /**
     * VerifyImages is used to verify image signatures and mutate them to add a digest
     *
     * @schema PolicyV2Beta1SpecRules#verifyImages
     */
    readonly verifyImages?: PolicyV2Beta1SpecRulesVerifyImages[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRules' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRules(obj: PolicyV2Beta1SpecRules | undefined): Record<string, any> | undefined;
/**
 * Deprecated, use validationFailureAction under the validate rule instead.
 *
 * @schema PolicyV2Beta1SpecValidationFailureAction
 */
export declare enum PolicyV2Beta1SpecValidationFailureAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * @schema PolicyV2Beta1SpecValidationFailureActionOverrides
 */
export interface PolicyV2Beta1SpecValidationFailureActionOverrides {
    /**
     * ValidationFailureAction defines the policy validation failure action
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverrides#action
     */
    readonly action?: PolicyV2Beta1SpecValidationFailureActionOverridesAction;
    /**
     * A label selector is a label query over a set of resources. The result of matchLabels and
     * matchExpressions are ANDed. An empty label selector matches all objects. A null
     * label selector matches no objects.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverrides#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector;
    /**
     * @schema PolicyV2Beta1SpecValidationFailureActionOverrides#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecValidationFailureActionOverrides' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecValidationFailureActionOverrides(obj: PolicyV2Beta1SpecValidationFailureActionOverrides | undefined): Record<string, any> | undefined;
/**
 * WebhookConfiguration specifies the custom configuration for Kubernetes admission webhookconfiguration.
 *
 * @schema PolicyV2Beta1SpecWebhookConfiguration
 */
export interface PolicyV2Beta1SpecWebhookConfiguration {
    /**
     * FailurePolicy defines how unexpected policy errors and webhook response timeout errors are handled.
     * Rules within the same policy share the same failure behavior.
     * This field should not be accessed directly, instead `GetFailurePolicy()` should be used.
     * Allowed values are Ignore or Fail. Defaults to Fail.
     *
     * @default Fail.
     * @schema PolicyV2Beta1SpecWebhookConfiguration#failurePolicy
     */
    readonly failurePolicy?: PolicyV2Beta1SpecWebhookConfigurationFailurePolicy;
    /**
     * MatchCondition configures admission webhook matchConditions.
     * Requires Kubernetes 1.27 or later.
     *
     * @schema PolicyV2Beta1SpecWebhookConfiguration#matchConditions
     */
    readonly matchConditions?: PolicyV2Beta1SpecWebhookConfigurationMatchConditions[];
    /**
     * TimeoutSeconds specifies the maximum time in seconds allowed to apply this policy.
     * After the configured time expires, the admission request may fail, or may simply ignore the policy results,
     * based on the failure policy. The default timeout is 10s, the value must be between 1 and 30 seconds.
     *
     * @schema PolicyV2Beta1SpecWebhookConfiguration#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecWebhookConfiguration' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecWebhookConfiguration(obj: PolicyV2Beta1SpecWebhookConfiguration | undefined): Record<string, any> | undefined;
/**
 * MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.
 *
 * @schema PolicyV2Beta1SpecRulesCelPreconditions
 */
export interface PolicyV2Beta1SpecRulesCelPreconditions {
    /**
     * expression represents the expression which will be evaluated by CEL. Must evaluate to bool.
     * CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:
     *
     * 'object' - The object from the incoming request. The value is null for DELETE requests.
     * 'oldObject' - The existing object. The value is null for CREATE requests.
     * 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
     * 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     * Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesCelPreconditions#expression
     */
    readonly expression: string;
    /**
     * name is an identifier for this match condition, used for strategic merging of MatchConditions,
     * as well as providing an identifier for logging purposes. A good name should be descriptive of
     * the associated expression.
     * Name must be a qualified name consisting of alphanumeric characters, '-', '_' or '.', and
     * must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
     * '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an
     * optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesCelPreconditions#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesCelPreconditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesCelPreconditions(obj: PolicyV2Beta1SpecRulesCelPreconditions | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicyV2Beta1SpecRulesContext
 */
export interface PolicyV2Beta1SpecRulesContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicyV2Beta1SpecRulesContext#apiCall
     */
    readonly apiCall?: PolicyV2Beta1SpecRulesContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicyV2Beta1SpecRulesContext#configMap
     */
    readonly configMap?: PolicyV2Beta1SpecRulesContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicyV2Beta1SpecRulesContext#globalReference
     */
    readonly globalReference?: PolicyV2Beta1SpecRulesContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicyV2Beta1SpecRulesContext#imageRegistry
     */
    readonly imageRegistry?: PolicyV2Beta1SpecRulesContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicyV2Beta1SpecRulesContext#variable
     */
    readonly variable?: PolicyV2Beta1SpecRulesContextVariable;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContext' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContext(obj: PolicyV2Beta1SpecRulesContext | undefined): Record<string, any> | undefined;
/**
 * ExcludeResources defines when this policy rule should not be applied. The exclude
 * criteria can include resource information (e.g. kind, name, namespace, labels)
 * and admission review request information like the name or role.
 *
 * @schema PolicyV2Beta1SpecRulesExclude
 */
export interface PolicyV2Beta1SpecRulesExclude {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicyV2Beta1SpecRulesExclude#all
     */
    readonly all?: PolicyV2Beta1SpecRulesExcludeAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicyV2Beta1SpecRulesExclude#any
     */
    readonly any?: PolicyV2Beta1SpecRulesExcludeAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExclude' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExclude(obj: PolicyV2Beta1SpecRulesExclude | undefined): Record<string, any> | undefined;
/**
 * Generation is used to create new resources.
 *
 * @schema PolicyV2Beta1SpecRulesGenerate
 */
export interface PolicyV2Beta1SpecRulesGenerate {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Clone specifies the source resource used to populate each generated resource.
     * At most one of Data or Clone can be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#clone
     */
    readonly clone?: PolicyV2Beta1SpecRulesGenerateClone;
    /**
     * CloneList specifies the list of source resource used to populate each generated resource.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#cloneList
     */
    readonly cloneList?: PolicyV2Beta1SpecRulesGenerateCloneList;
    /**
     * Data provides the resource declaration used to populate each generated resource.
     * At most one of Data or Clone must be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#data
     */
    readonly data?: any;
    /**
     * ForEach applies generate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#foreach
     */
    readonly foreach?: PolicyV2Beta1SpecRulesGenerateForeach[];
    /**
     * GenerateExisting controls whether to trigger the rule in existing resources
     * If is set to "true" the rule will be triggered and applied to existing matched resources.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#generateExisting
     */
    readonly generateExisting?: boolean;
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#kind
     */
    readonly kind?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#namespace
     */
    readonly namespace?: string;
    /**
     * OrphanDownstreamOnPolicyDelete controls whether generated resources should be deleted when the rule that generated
     * them is deleted with synchronization enabled.
     * See https://kyverno.io/docs/writing-policies/generate/.
     * Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicyV2Beta1SpecRulesGenerate#orphanDownstreamOnPolicyDelete
     */
    readonly orphanDownstreamOnPolicyDelete?: boolean;
    /**
     * Synchronize controls if generated resources should be kept in-sync with their source resource.
     * If Synchronize is set to "true" changes to generated resources will be overwritten with resource
     * data from Data or the resource specified in the Clone declaration.
     * Optional. Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicyV2Beta1SpecRulesGenerate#synchronize
     */
    readonly synchronize?: boolean;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicyV2Beta1SpecRulesGenerate#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerate' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerate(obj: PolicyV2Beta1SpecRulesGenerate | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesImageExtractors
 */
export interface PolicyV2Beta1SpecRulesImageExtractors {
    /**
     * JMESPath is an optional JMESPath expression to apply to the image value.
     * This is useful when the extracted image begins with a prefix like 'docker://'.
     * The 'trim_prefix' function may be used to trim the prefix: trim_prefix(@, 'docker://').
     * Note - Image digest mutation may not be used when applying a JMESPAth to an image.
     *
     * @schema PolicyV2Beta1SpecRulesImageExtractors#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Key is an optional name of the field within 'path' that will be used to uniquely identify an image.
     * Note - this field MUST be unique.
     *
     * @schema PolicyV2Beta1SpecRulesImageExtractors#key
     */
    readonly key?: string;
    /**
     * Name is the entry the image will be available under 'images.<name>' in the context.
     * If this field is not defined, image entries will appear under 'images.custom'.
     *
     * @schema PolicyV2Beta1SpecRulesImageExtractors#name
     */
    readonly name?: string;
    /**
     * Path is the path to the object containing the image field in a custom resource.
     * It should be slash-separated. Each slash-separated key must be a valid YAML key or a wildcard '*'.
     * Wildcard keys are expanded in case of arrays or objects.
     *
     * @schema PolicyV2Beta1SpecRulesImageExtractors#path
     */
    readonly path: string;
    /**
     * Value is an optional name of the field within 'path' that points to the image URI.
     * This is useful when a custom 'key' is also defined.
     *
     * @schema PolicyV2Beta1SpecRulesImageExtractors#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesImageExtractors' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesImageExtractors(obj: PolicyV2Beta1SpecRulesImageExtractors | undefined): Record<string, any> | undefined;
/**
 * MatchResources defines when this policy rule should be applied. The match
 * criteria can include resource information (e.g. kind, name, namespace, labels)
 * and admission review request information like the user name or role.
 * At least one kind is required.
 *
 * @schema PolicyV2Beta1SpecRulesMatch
 */
export interface PolicyV2Beta1SpecRulesMatch {
    /**
     * All allows specifying resources which will be ANDed
     *
     * @schema PolicyV2Beta1SpecRulesMatch#all
     */
    readonly all?: PolicyV2Beta1SpecRulesMatchAll[];
    /**
     * Any allows specifying resources which will be ORed
     *
     * @schema PolicyV2Beta1SpecRulesMatch#any
     */
    readonly any?: PolicyV2Beta1SpecRulesMatchAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatch' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatch(obj: PolicyV2Beta1SpecRulesMatch | undefined): Record<string, any> | undefined;
/**
 * Mutation is used to modify matching resources.
 *
 * @schema PolicyV2Beta1SpecRulesMutate
 */
export interface PolicyV2Beta1SpecRulesMutate {
    /**
     * ForEach applies mutation rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicyV2Beta1SpecRulesMutate#foreach
     */
    readonly foreach?: PolicyV2Beta1SpecRulesMutateForeach[];
    /**
     * MutateExistingOnPolicyUpdate controls if the mutateExisting rule will be applied on policy events.
     *
     * @schema PolicyV2Beta1SpecRulesMutate#mutateExistingOnPolicyUpdate
     */
    readonly mutateExistingOnPolicyUpdate?: boolean;
    /**
     * PatchStrategicMerge is a strategic merge patch used to modify resources.
     * See https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
     * and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/.
     *
     * @schema PolicyV2Beta1SpecRulesMutate#patchStrategicMerge
     */
    readonly patchStrategicMerge?: any;
    /**
     * PatchesJSON6902 is a list of RFC 6902 JSON Patch declarations used to modify resources.
     * See https://tools.ietf.org/html/rfc6902 and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/.
     *
     * @schema PolicyV2Beta1SpecRulesMutate#patchesJson6902
     */
    readonly patchesJson6902?: string;
    /**
     * Targets defines the target resources to be mutated.
     *
     * @schema PolicyV2Beta1SpecRulesMutate#targets
     */
    readonly targets?: PolicyV2Beta1SpecRulesMutateTargets[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutate' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutate(obj: PolicyV2Beta1SpecRulesMutate | undefined): Record<string, any> | undefined;
/**
 * Preconditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicyV2Beta1SpecRulesPreconditions
 */
export interface PolicyV2Beta1SpecRulesPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesPreconditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesPreconditions(obj: PolicyV2Beta1SpecRulesPreconditions | undefined): Record<string, any> | undefined;
/**
 * Validation is used to validate matching resources.
 *
 * @schema PolicyV2Beta1SpecRulesValidate
 */
export interface PolicyV2Beta1SpecRulesValidate {
    /**
     * AnyPattern specifies list of validation patterns. At least one of the patterns
     * must be satisfied for the validation rule to succeed.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#anyPattern
     */
    readonly anyPattern?: any;
    /**
     * Assert defines a kyverno-json assertion tree.
     * Deprecated, kept only for backward compatibility but has no effect since 1.19.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#assert
     */
    readonly assert?: any;
    /**
     * CEL allows validation checks using the Common Expression Language (https://kubernetes.io/docs/reference/using-api/cel/).
     *
     * @schema PolicyV2Beta1SpecRulesValidate#cel
     */
    readonly cel?: PolicyV2Beta1SpecRulesValidateCel;
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#deny
     */
    readonly deny?: PolicyV2Beta1SpecRulesValidateDeny;
    /**
     * FailureAction defines if a validation policy rule violation should block
     * the admission review request (Enforce), or allow (Audit) the admission review request
     * and report an error in a policy report. Optional.
     * Allowed values are Audit or Enforce.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#failureAction
     */
    readonly failureAction?: PolicyV2Beta1SpecRulesValidateFailureAction;
    /**
     * FailureActionOverrides is a Cluster Policy attribute that specifies FailureAction
     * namespace-wise. It overrides FailureAction for the specified namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#failureActionOverrides
     */
    readonly failureActionOverrides?: PolicyV2Beta1SpecRulesValidateFailureActionOverrides[];
    /**
     * ForEach applies validate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#foreach
     */
    readonly foreach?: PolicyV2Beta1SpecRulesValidateForeach[];
    /**
     * Manifest specifies conditions for manifest verification
     *
     * @schema PolicyV2Beta1SpecRulesValidate#manifests
     */
    readonly manifests?: PolicyV2Beta1SpecRulesValidateManifests;
    /**
     * Message specifies a custom message to be displayed on failure.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#message
     */
    readonly message?: string;
    /**
     * Pattern specifies an overlay-style pattern used to check resources.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#pattern
     */
    readonly pattern?: any;
    /**
     * PodSecurity applies exemptions for Kubernetes Pod Security admission
     * by specifying exclusions for Pod Security Standards controls.
     *
     * @schema PolicyV2Beta1SpecRulesValidate#podSecurity
     */
    readonly podSecurity?: PolicyV2Beta1SpecRulesValidatePodSecurity;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidate' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidate(obj: PolicyV2Beta1SpecRulesValidate | undefined): Record<string, any> | undefined;
/**
 * ImageVerification validates that images that match the specified pattern
 * are signed with the supplied public key. Once the image is verified it is
 * mutated to include the SHA digest retrieved during the registration.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImages
 */
export interface PolicyV2Beta1SpecRulesVerifyImages {
    /**
     * Attestations are optional checks for signed in-toto Statements used to verify the image.
     * See https://github.com/in-toto/attestation. Kyverno fetches signed attestations from the
     * OCI registry and decodes them into a list of Statement declarations.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#attestations
     */
    readonly attestations?: PolicyV2Beta1SpecRulesVerifyImagesAttestations[];
    /**
     * Attestors specified the required attestors (i.e. authorities)
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#attestors
     */
    readonly attestors?: PolicyV2Beta1SpecRulesVerifyImagesAttestors[];
    /**
     * Allowed values are Audit or Enforce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#failureAction
     */
    readonly failureAction?: PolicyV2Beta1SpecRulesVerifyImagesFailureAction;
    /**
     * ImageReferences is a list of matching image reference patterns. At least one pattern in the
     * list must match the image for the rule to apply. Each image reference consists of a registry
     * address (defaults to docker.io), repository, image, and tag (defaults to latest).
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#imageReferences
     */
    readonly imageReferences?: string[];
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials;
    /**
     * MutateDigest enables replacement of image tags with digests.
     * Defaults to true.
     *
     * @default true.
     * @schema PolicyV2Beta1SpecRulesVerifyImages#mutateDigest
     */
    readonly mutateDigest?: boolean;
    /**
     * Repository is an optional alternate OCI repository to use for image signatures and attestations that match this rule.
     * If specified Repository will override the default OCI image repository configured for the installation.
     * The repository can also be overridden per Attestor or Attestation.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#repository
     */
    readonly repository?: string;
    /**
     * Required validates that images are verified i.e. have matched passed a signature or attestation check.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#required
     */
    readonly required?: boolean;
    /**
     * SkipImageReferences is a list of matching image reference patterns that should be skipped.
     * At least one pattern in the list must match the image for the rule to be skipped. Each image reference
     * consists of a registry address (defaults to docker.io), repository, image, and tag (defaults to latest).
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#skipImageReferences
     */
    readonly skipImageReferences?: string[];
    /**
     * Type specifies the method of signature validation. The allowed options
     * are Cosign and Notary. By default Cosign is used if a type is not specified.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#type
     */
    readonly type?: PolicyV2Beta1SpecRulesVerifyImagesType;
    /**
     * UseCache enables caching of image verify responses for this rule
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#useCache
     */
    readonly useCache?: boolean;
    /**
     * Validation checks conditions across multiple image
     * verification attestations or context entries
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#validate
     */
    readonly validate?: PolicyV2Beta1SpecRulesVerifyImagesValidate;
    /**
     * VerifyDigest validates that images have a digest.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImages#verifyDigest
     */
    readonly verifyDigest?: boolean;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImages' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImages(obj: PolicyV2Beta1SpecRulesVerifyImages | undefined): Record<string, any> | undefined;
/**
 * ValidationFailureAction defines the policy validation failure action
 *
 * @schema PolicyV2Beta1SpecValidationFailureActionOverridesAction
 */
export declare enum PolicyV2Beta1SpecValidationFailureActionOverridesAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector
 */
export interface PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector(obj: PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * FailurePolicy defines how unexpected policy errors and webhook response timeout errors are handled.
 * Rules within the same policy share the same failure behavior.
 * This field should not be accessed directly, instead `GetFailurePolicy()` should be used.
 * Allowed values are Ignore or Fail. Defaults to Fail.
 *
 * @default Fail.
 * @schema PolicyV2Beta1SpecWebhookConfigurationFailurePolicy
 */
export declare enum PolicyV2Beta1SpecWebhookConfigurationFailurePolicy {
    /** Ignore */
    IGNORE = "Ignore",
    /** Fail */
    FAIL = "Fail"
}
/**
 * MatchCondition represents a condition which must by fulfilled for a request to be sent to a webhook.
 *
 * @schema PolicyV2Beta1SpecWebhookConfigurationMatchConditions
 */
export interface PolicyV2Beta1SpecWebhookConfigurationMatchConditions {
    /**
     * expression represents the expression which will be evaluated by CEL. Must evaluate to bool.
     * CEL expressions have access to the contents of the AdmissionRequest and Authorizer, organized into CEL variables:
     *
     * 'object' - The object from the incoming request. The value is null for DELETE requests.
     * 'oldObject' - The existing object. The value is null for CREATE requests.
     * 'request' - Attributes of the admission request(/pkg/apis/admission/types.go#AdmissionRequest).
     * 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     * Documentation on CEL: https://kubernetes.io/docs/reference/using-api/cel/
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecWebhookConfigurationMatchConditions#expression
     */
    readonly expression: string;
    /**
     * name is an identifier for this match condition, used for strategic merging of MatchConditions,
     * as well as providing an identifier for logging purposes. A good name should be descriptive of
     * the associated expression.
     * Name must be a qualified name consisting of alphanumeric characters, '-', '_' or '.', and
     * must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or
     * '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an
     * optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecWebhookConfigurationMatchConditions#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecWebhookConfigurationMatchConditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecWebhookConfigurationMatchConditions(obj: PolicyV2Beta1SpecWebhookConfigurationMatchConditions | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicyV2Beta1SpecRulesContextApiCall
 */
export interface PolicyV2Beta1SpecRulesContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCall#data
     */
    readonly data?: PolicyV2Beta1SpecRulesContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicyV2Beta1SpecRulesContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicyV2Beta1SpecRulesContextApiCall#method
     */
    readonly method?: PolicyV2Beta1SpecRulesContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCall#service
     */
    readonly service?: PolicyV2Beta1SpecRulesContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextApiCall' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextApiCall(obj: PolicyV2Beta1SpecRulesContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicyV2Beta1SpecRulesContextConfigMap
 */
export interface PolicyV2Beta1SpecRulesContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicyV2Beta1SpecRulesContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicyV2Beta1SpecRulesContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextConfigMap(obj: PolicyV2Beta1SpecRulesContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicyV2Beta1SpecRulesContextGlobalReference
 */
export interface PolicyV2Beta1SpecRulesContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicyV2Beta1SpecRulesContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextGlobalReference(obj: PolicyV2Beta1SpecRulesContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicyV2Beta1SpecRulesContextImageRegistry
 */
export interface PolicyV2Beta1SpecRulesContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextImageRegistry(obj: PolicyV2Beta1SpecRulesContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicyV2Beta1SpecRulesContextVariable
 */
export interface PolicyV2Beta1SpecRulesContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicyV2Beta1SpecRulesContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicyV2Beta1SpecRulesContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicyV2Beta1SpecRulesContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextVariable' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextVariable(obj: PolicyV2Beta1SpecRulesContextVariable | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAll
 */
export interface PolicyV2Beta1SpecRulesExcludeAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAll#resources
     */
    readonly resources?: PolicyV2Beta1SpecRulesExcludeAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAll#subjects
     */
    readonly subjects?: PolicyV2Beta1SpecRulesExcludeAllSubjects[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAll(obj: PolicyV2Beta1SpecRulesExcludeAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAny
 */
export interface PolicyV2Beta1SpecRulesExcludeAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAny#resources
     */
    readonly resources?: PolicyV2Beta1SpecRulesExcludeAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAny#subjects
     */
    readonly subjects?: PolicyV2Beta1SpecRulesExcludeAnySubjects[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAny(obj: PolicyV2Beta1SpecRulesExcludeAny | undefined): Record<string, any> | undefined;
/**
 * Clone specifies the source resource used to populate each generated resource.
 * At most one of Data or Clone can be specified. If neither are provided, the generated
 * resource will be created with default data only.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateClone
 */
export interface PolicyV2Beta1SpecRulesGenerateClone {
    /**
     * Name specifies name of the resource.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateClone#name
     */
    readonly name?: string;
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateClone#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateClone' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateClone(obj: PolicyV2Beta1SpecRulesGenerateClone | undefined): Record<string, any> | undefined;
/**
 * CloneList specifies the list of source resource used to populate each generated resource.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateCloneList
 */
export interface PolicyV2Beta1SpecRulesGenerateCloneList {
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneList#kinds
     */
    readonly kinds?: string[];
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneList#namespace
     */
    readonly namespace?: string;
    /**
     * Selector is a label selector. Label keys and values in `matchLabels`.
     * wildcard characters are not supported.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneList#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesGenerateCloneListSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateCloneList' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateCloneList(obj: PolicyV2Beta1SpecRulesGenerateCloneList | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesGenerateForeach
 */
export interface PolicyV2Beta1SpecRulesGenerateForeach {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Clone specifies the source resource used to populate each generated resource.
     * At most one of Data or Clone can be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#clone
     */
    readonly clone?: PolicyV2Beta1SpecRulesGenerateForeachClone;
    /**
     * CloneList specifies the list of source resource used to populate each generated resource.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#cloneList
     */
    readonly cloneList?: PolicyV2Beta1SpecRulesGenerateForeachCloneList;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#context
     */
    readonly context?: PolicyV2Beta1SpecRulesGenerateForeachContext[];
    /**
     * Data provides the resource declaration used to populate each generated resource.
     * At most one of Data or Clone must be specified. If neither are provided, the generated
     * resource will be created with default data only.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#data
     */
    readonly data?: any;
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#kind
     */
    readonly kind?: string;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#list
     */
    readonly list?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#namespace
     */
    readonly namespace?: string;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#preconditions
     */
    readonly preconditions?: PolicyV2Beta1SpecRulesGenerateForeachPreconditions;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeach#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeach' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeach(obj: PolicyV2Beta1SpecRulesGenerateForeach | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyV2Beta1SpecRulesMatchAll
 */
export interface PolicyV2Beta1SpecRulesMatchAll {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAll#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAll#resources
     */
    readonly resources?: PolicyV2Beta1SpecRulesMatchAllResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAll#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAll#subjects
     */
    readonly subjects?: PolicyV2Beta1SpecRulesMatchAllSubjects[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAll(obj: PolicyV2Beta1SpecRulesMatchAll | undefined): Record<string, any> | undefined;
/**
 * ResourceFilter allow users to "AND" or "OR" between resources
 *
 * @schema PolicyV2Beta1SpecRulesMatchAny
 */
export interface PolicyV2Beta1SpecRulesMatchAny {
    /**
     * ClusterRoles is the list of cluster-wide role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAny#clusterRoles
     */
    readonly clusterRoles?: string[];
    /**
     * ResourceDescription contains information about the resource being created or modified.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAny#resources
     */
    readonly resources?: PolicyV2Beta1SpecRulesMatchAnyResources;
    /**
     * Roles is the list of namespaced role names for the user.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAny#roles
     */
    readonly roles?: string[];
    /**
     * Subjects is the list of subject names like users, user groups, and service accounts.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAny#subjects
     */
    readonly subjects?: PolicyV2Beta1SpecRulesMatchAnySubjects[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAny(obj: PolicyV2Beta1SpecRulesMatchAny | undefined): Record<string, any> | undefined;
/**
 * ForEachMutation applies mutation rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeach
 */
export interface PolicyV2Beta1SpecRulesMutateForeach {
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#context
     */
    readonly context?: PolicyV2Beta1SpecRulesMutateForeachContext[];
    /**
     * Foreach declares a nested foreach iterator
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#foreach
     */
    readonly foreach?: any;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#list
     */
    readonly list?: string;
    /**
     * Order defines the iteration order on the list.
     * Can be Ascending to iterate from first to last element or Descending to iterate in from last to first element.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#order
     */
    readonly order?: PolicyV2Beta1SpecRulesMutateForeachOrder;
    /**
     * PatchStrategicMerge is a strategic merge patch used to modify resources.
     * See https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch/
     * and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#patchStrategicMerge
     */
    readonly patchStrategicMerge?: any;
    /**
     * PatchesJSON6902 is a list of RFC 6902 JSON Patch declarations used to modify resources.
     * See https://tools.ietf.org/html/rfc6902 and https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#patchesJson6902
     */
    readonly patchesJson6902?: string;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeach#preconditions
     */
    readonly preconditions?: PolicyV2Beta1SpecRulesMutateForeachPreconditions;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeach' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeach(obj: PolicyV2Beta1SpecRulesMutateForeach | undefined): Record<string, any> | undefined;
/**
 * TargetResourceSpec defines targets for mutating existing resources.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargets
 */
export interface PolicyV2Beta1SpecRulesMutateTargets {
    /**
     * APIVersion specifies resource apiVersion.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#context
     */
    readonly context?: PolicyV2Beta1SpecRulesMutateTargetsContext[];
    /**
     * Kind specifies resource kind.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#kind
     */
    readonly kind?: string;
    /**
     * Name specifies the resource name.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#name
     */
    readonly name?: string;
    /**
     * Namespace specifies resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#namespace
     */
    readonly namespace?: string;
    /**
     * Preconditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements. A direct list
     * of conditions (without `any` or `all` statements is supported for backwards compatibility but
     * will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#preconditions
     */
    readonly preconditions?: any;
    /**
     * Selector allows you to select target resources with their labels.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesMutateTargetsSelector;
    /**
     * UID specifies the resource uid.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargets#uid
     */
    readonly uid?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargets' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargets(obj: PolicyV2Beta1SpecRulesMutateTargets | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesPreconditionsAll
 */
export interface PolicyV2Beta1SpecRulesPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesPreconditionsAll(obj: PolicyV2Beta1SpecRulesPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesPreconditionsAny
 */
export interface PolicyV2Beta1SpecRulesPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesPreconditionsAny(obj: PolicyV2Beta1SpecRulesPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * CEL allows validation checks using the Common Expression Language (https://kubernetes.io/docs/reference/using-api/cel/).
 *
 * @schema PolicyV2Beta1SpecRulesValidateCel
 */
export interface PolicyV2Beta1SpecRulesValidateCel {
    /**
     * AuditAnnotations contains CEL expressions which are used to produce audit annotations for the audit event of the API request.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCel#auditAnnotations
     */
    readonly auditAnnotations?: PolicyV2Beta1SpecRulesValidateCelAuditAnnotations[];
    /**
     * Expressions is a list of CELExpression types.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCel#expressions
     */
    readonly expressions?: PolicyV2Beta1SpecRulesValidateCelExpressions[];
    /**
     * Generate specifies whether to generate a Kubernetes ValidatingAdmissionPolicy from the rule.
     * Optional. Defaults to "false" if not specified.
     *
     * @default false" if not specified.
     * @schema PolicyV2Beta1SpecRulesValidateCel#generate
     */
    readonly generate?: boolean;
    /**
     * ParamKind is a tuple of Group Kind and Version.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCel#paramKind
     */
    readonly paramKind?: PolicyV2Beta1SpecRulesValidateCelParamKind;
    /**
     * ParamRef references a parameter resource.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCel#paramRef
     */
    readonly paramRef?: PolicyV2Beta1SpecRulesValidateCelParamRef;
    /**
     * Variables contain definitions of variables that can be used in composition of other expressions.
     * Each variable is defined as a named CEL expression.
     * The variables defined here will be available under `variables` in other expressions of the policy.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCel#variables
     */
    readonly variables?: PolicyV2Beta1SpecRulesValidateCelVariables[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCel' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCel(obj: PolicyV2Beta1SpecRulesValidateCel | undefined): Record<string, any> | undefined;
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicyV2Beta1SpecRulesValidateDeny
 */
export interface PolicyV2Beta1SpecRulesValidateDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicyV2Beta1SpecRulesValidateDeny#conditions
     */
    readonly conditions?: PolicyV2Beta1SpecRulesValidateDenyConditions;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateDeny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateDeny(obj: PolicyV2Beta1SpecRulesValidateDeny | undefined): Record<string, any> | undefined;
/**
 * FailureAction defines if a validation policy rule violation should block
 * the admission review request (Enforce), or allow (Audit) the admission review request
 * and report an error in a policy report. Optional.
 * Allowed values are Audit or Enforce.
 *
 * @schema PolicyV2Beta1SpecRulesValidateFailureAction
 */
export declare enum PolicyV2Beta1SpecRulesValidateFailureAction {
    /** Audit */
    AUDIT = "Audit",
    /** Enforce */
    ENFORCE = "Enforce"
}
/**
 * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverrides
 */
export interface PolicyV2Beta1SpecRulesValidateFailureActionOverrides {
    /**
     * ValidationFailureAction defines the policy validation failure action
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverrides#action
     */
    readonly action?: PolicyV2Beta1SpecRulesValidateFailureActionOverridesAction;
    /**
     * A label selector is a label query over a set of resources. The result of matchLabels and
     * matchExpressions are ANDed. An empty label selector matches all objects. A null
     * label selector matches no objects.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverrides#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverrides#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateFailureActionOverrides' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateFailureActionOverrides(obj: PolicyV2Beta1SpecRulesValidateFailureActionOverrides | undefined): Record<string, any> | undefined;
/**
 * ForEachValidation applies validate rules to a list of sub-elements by creating a context for each entry in the list and looping over it to apply the specified logic.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeach
 */
export interface PolicyV2Beta1SpecRulesValidateForeach {
    /**
     * AnyPattern specifies list of validation patterns. At least one of the patterns
     * must be satisfied for the validation rule to succeed.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#anyPattern
     */
    readonly anyPattern?: any;
    /**
     * Context defines variables and data sources that can be used during rule execution.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#context
     */
    readonly context?: PolicyV2Beta1SpecRulesValidateForeachContext[];
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#deny
     */
    readonly deny?: PolicyV2Beta1SpecRulesValidateForeachDeny;
    /**
     * ElementScope specifies whether to use the current list element as the scope for validation. Defaults to "true" if not specified.
     * When set to "false", "request.object" is used as the validation scope within the foreach
     * block to allow referencing other elements in the subtree.
     *
     * @default true" if not specified.
     * @schema PolicyV2Beta1SpecRulesValidateForeach#elementScope
     */
    readonly elementScope?: boolean;
    /**
     * Foreach declares a nested foreach iterator
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#foreach
     */
    readonly foreach?: any;
    /**
     * List specifies a JMESPath expression that results in one or more elements
     * to which the validation logic is applied.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#list
     */
    readonly list?: string;
    /**
     * Pattern specifies an overlay-style pattern used to check resources.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#pattern
     */
    readonly pattern?: any;
    /**
     * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
     * set of conditions. The declaration can contain nested `any` or `all` statements.
     * See: https://kyverno.io/docs/writing-policies/preconditions/
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeach#preconditions
     */
    readonly preconditions?: PolicyV2Beta1SpecRulesValidateForeachPreconditions;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeach' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeach(obj: PolicyV2Beta1SpecRulesValidateForeach | undefined): Record<string, any> | undefined;
/**
 * Manifest specifies conditions for manifest verification
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifests
 */
export interface PolicyV2Beta1SpecRulesValidateManifests {
    /**
     * AnnotationDomain is custom domain of annotation for message and signature. Default is "cosign.sigstore.dev".
     *
     * @default cosign.sigstore.dev".
     * @schema PolicyV2Beta1SpecRulesValidateManifests#annotationDomain
     */
    readonly annotationDomain?: string;
    /**
     * Attestors specified the required attestors (i.e. authorities)
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifests#attestors
     */
    readonly attestors?: PolicyV2Beta1SpecRulesValidateManifestsAttestors[];
    /**
     * DryRun configuration
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifests#dryRun
     */
    readonly dryRun?: PolicyV2Beta1SpecRulesValidateManifestsDryRun;
    /**
     * Fields which will be ignored while comparing manifests.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifests#ignoreFields
     */
    readonly ignoreFields?: PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields[];
    /**
     * Repository is an optional alternate OCI repository to use for resource bundle reference.
     * The repository can be overridden per Attestor or Attestation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifests#repository
     */
    readonly repository?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifests' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifests(obj: PolicyV2Beta1SpecRulesValidateManifests | undefined): Record<string, any> | undefined;
/**
 * PodSecurity applies exemptions for Kubernetes Pod Security admission
 * by specifying exclusions for Pod Security Standards controls.
 *
 * @schema PolicyV2Beta1SpecRulesValidatePodSecurity
 */
export interface PolicyV2Beta1SpecRulesValidatePodSecurity {
    /**
     * Exclude specifies the Pod Security Standard controls to be excluded.
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurity#exclude
     */
    readonly exclude?: PolicyV2Beta1SpecRulesValidatePodSecurityExclude[];
    /**
     * Level defines the Pod Security Standard level to be applied to workloads.
     * Allowed values are privileged, baseline, and restricted.
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurity#level
     */
    readonly level?: PolicyV2Beta1SpecRulesValidatePodSecurityLevel;
    /**
     * Version defines the Pod Security Standard versions that Kubernetes supports.
     * Allowed values are v1.19, v1.20, v1.21, v1.22, v1.23, v1.24, v1.25, v1.26, v1.27, v1.28, v1.29, v1.30, v1.31, v1.32, latest. Defaults to latest.
     *
     * @default latest.
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurity#version
     */
    readonly version?: PolicyV2Beta1SpecRulesValidatePodSecurityVersion;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidatePodSecurity' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidatePodSecurity(obj: PolicyV2Beta1SpecRulesValidatePodSecurity | undefined): Record<string, any> | undefined;
/**
 * Attestation are checks for signed in-toto Statements that are used to verify the image.
 * See https://github.com/in-toto/attestation. Kyverno fetches signed attestations from the
 * OCI registry and decodes them into a list of Statements.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestations {
    /**
     * Attestors specify the required attestors (i.e. authorities).
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations#attestors
     */
    readonly attestors?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors[];
    /**
     * Conditions are used to verify attributes within a Predicate. If no Conditions are specified
     * the attestation check is satisfied as long there are predicates that match the predicate type.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations#conditions
     */
    readonly conditions?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions[];
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations#name
     */
    readonly name?: string;
    /**
     * Deprecated in favour of 'Type', to be removed soon
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations#predicateType
     */
    readonly predicateType?: string;
    /**
     * Type defines the type of attestation contained within the Statement.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestations#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestations' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestations(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestations | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestors
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestors#entries
     */
    readonly entries?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestors' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestors(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestors | undefined): Record<string, any> | undefined;
/**
 * Allowed values are Audit or Enforce.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesFailureAction
 */
export declare enum PolicyV2Beta1SpecRulesVerifyImagesFailureAction {
    /** Audit */
    AUDIT = "Audit",
    /** Enforce */
    ENFORCE = "Enforce"
}
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Type specifies the method of signature validation. The allowed options
 * are Cosign and Notary. By default Cosign is used if a type is not specified.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesType
 */
export declare enum PolicyV2Beta1SpecRulesVerifyImagesType {
    /** Cosign */
    COSIGN = "Cosign",
    /** SigstoreBundle */
    SIGSTORE_BUNDLE = "SigstoreBundle",
    /** Notary */
    NOTARY = "Notary"
}
/**
 * Validation checks conditions across multiple image
 * verification attestations or context entries
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesValidate
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesValidate {
    /**
     * Deny defines conditions used to pass or fail a validation rule.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesValidate#deny
     */
    readonly deny?: PolicyV2Beta1SpecRulesVerifyImagesValidateDeny;
    /**
     * Message specifies a custom message to be displayed on failure.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesValidate#message
     */
    readonly message?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesValidate' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesValidate(obj: PolicyV2Beta1SpecRulesVerifyImagesValidate | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecValidationFailureActionOverridesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicyV2Beta1SpecRulesContextApiCallData
 */
export interface PolicyV2Beta1SpecRulesContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextApiCallData(obj: PolicyV2Beta1SpecRulesContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicyV2Beta1SpecRulesContextApiCallMethod
 */
export declare enum PolicyV2Beta1SpecRulesContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicyV2Beta1SpecRulesContextApiCallService
 */
export interface PolicyV2Beta1SpecRulesContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallService#headers
     */
    readonly headers?: PolicyV2Beta1SpecRulesContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextApiCallService(obj: PolicyV2Beta1SpecRulesContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllResources
 */
export interface PolicyV2Beta1SpecRulesExcludeAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#operations
     */
    readonly operations?: PolicyV2Beta1SpecRulesExcludeAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResources#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesExcludeAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllResources' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllResources(obj: PolicyV2Beta1SpecRulesExcludeAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllSubjects
 */
export interface PolicyV2Beta1SpecRulesExcludeAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyV2Beta1SpecRulesExcludeAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllSubjects' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllSubjects(obj: PolicyV2Beta1SpecRulesExcludeAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResources
 */
export interface PolicyV2Beta1SpecRulesExcludeAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#operations
     */
    readonly operations?: PolicyV2Beta1SpecRulesExcludeAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResources#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnyResources' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnyResources(obj: PolicyV2Beta1SpecRulesExcludeAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnySubjects
 */
export interface PolicyV2Beta1SpecRulesExcludeAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyV2Beta1SpecRulesExcludeAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnySubjects' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnySubjects(obj: PolicyV2Beta1SpecRulesExcludeAnySubjects | undefined): Record<string, any> | undefined;
/**
 * Selector is a label selector. Label keys and values in `matchLabels`.
 * wildcard characters are not supported.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelector
 */
export interface PolicyV2Beta1SpecRulesGenerateCloneListSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateCloneListSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateCloneListSelector(obj: PolicyV2Beta1SpecRulesGenerateCloneListSelector | undefined): Record<string, any> | undefined;
/**
 * Clone specifies the source resource used to populate each generated resource.
 * At most one of Data or Clone can be specified. If neither are provided, the generated
 * resource will be created with default data only.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachClone
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachClone {
    /**
     * Name specifies name of the resource.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachClone#name
     */
    readonly name?: string;
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachClone#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachClone' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachClone(obj: PolicyV2Beta1SpecRulesGenerateForeachClone | undefined): Record<string, any> | undefined;
/**
 * CloneList specifies the list of source resource used to populate each generated resource.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneList
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachCloneList {
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneList#kinds
     */
    readonly kinds?: string[];
    /**
     * Namespace specifies source resource namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneList#namespace
     */
    readonly namespace?: string;
    /**
     * Selector is a label selector. Label keys and values in `matchLabels`.
     * wildcard characters are not supported.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneList#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachCloneList' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachCloneList(obj: PolicyV2Beta1SpecRulesGenerateForeachCloneList | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContext
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#apiCall
     */
    readonly apiCall?: PolicyV2Beta1SpecRulesGenerateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#configMap
     */
    readonly configMap?: PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#globalReference
     */
    readonly globalReference?: PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContext#variable
     */
    readonly variable?: PolicyV2Beta1SpecRulesGenerateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContext' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContext(obj: PolicyV2Beta1SpecRulesGenerateForeachContext | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditions
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachPreconditions(obj: PolicyV2Beta1SpecRulesGenerateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllResources
 */
export interface PolicyV2Beta1SpecRulesMatchAllResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#operations
     */
    readonly operations?: PolicyV2Beta1SpecRulesMatchAllResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResources#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesMatchAllResourcesSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllResources' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllResources(obj: PolicyV2Beta1SpecRulesMatchAllResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllSubjects
 */
export interface PolicyV2Beta1SpecRulesMatchAllSubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyV2Beta1SpecRulesMatchAllSubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllSubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllSubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllSubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllSubjects' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllSubjects(obj: PolicyV2Beta1SpecRulesMatchAllSubjects | undefined): Record<string, any> | undefined;
/**
 * ResourceDescription contains information about the resource being created or modified.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnyResources
 */
export interface PolicyV2Beta1SpecRulesMatchAnyResources {
    /**
     * Annotations is a  map of annotations (key-value pairs of type string). Annotation keys
     * and values support the wildcard characters "*" (matches zero or many characters) and
     * "?" (matches at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Kinds is a list of resource kinds.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#kinds
     */
    readonly kinds?: string[];
    /**
     * Name is the name of the resource. The name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     * NOTE: "Name" is being deprecated in favor of "Names".
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#name
     */
    readonly name?: string;
    /**
     * Names are the names of the resources. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#names
     */
    readonly names?: string[];
    /**
     * NamespaceSelector is a label selector for the resource namespace. Label keys and values
     * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
     * and `?` (matches one character).Wildcards allows writing label selectors like
     * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
     * does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#namespaceSelector
     */
    readonly namespaceSelector?: PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector;
    /**
     * Namespaces is a list of namespaces names. Each name supports wildcard characters
     * "*" (matches zero or many characters) and "?" (at least one character).
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#namespaces
     */
    readonly namespaces?: string[];
    /**
     * Operations can contain values ["CREATE, "UPDATE", "CONNECT", "DELETE"], which are used to match a specific action.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#operations
     */
    readonly operations?: PolicyV2Beta1SpecRulesMatchAnyResourcesOperations[];
    /**
     * Selector is a label selector. Label keys and values in `matchLabels` support the wildcard
     * characters `*` (matches zero or many characters) and `?` (matches one character).
     * Wildcards allows writing label selectors like ["storage.k8s.io/*": "*"]. Note that
     * using ["*" : "*"] matches any key and value but does not match an empty label set.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResources#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesMatchAnyResourcesSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnyResources' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnyResources(obj: PolicyV2Beta1SpecRulesMatchAnyResources | undefined): Record<string, any> | undefined;
/**
 * Subject contains a reference to the object or user identities a role binding applies to.  This can either hold a direct API object reference,
 * or a value for non-objects such as user and group names.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnySubjects
 */
export interface PolicyV2Beta1SpecRulesMatchAnySubjects {
    /**
     * APIGroup holds the API group of the referenced subject.
     * Defaults to "" for ServiceAccount subjects.
     * Defaults to "rbac.authorization.k8s.io" for User and Group subjects.
     *
     * @default for ServiceAccount subjects.
     * @schema PolicyV2Beta1SpecRulesMatchAnySubjects#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount".
     * If the Authorizer does not recognized the kind value, the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnySubjects#kind
     */
    readonly kind: string;
    /**
     * Name of the object being referenced.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnySubjects#name
     */
    readonly name: string;
    /**
     * Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty
     * the Authorizer should report an error.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnySubjects#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnySubjects' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnySubjects(obj: PolicyV2Beta1SpecRulesMatchAnySubjects | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContext
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#apiCall
     */
    readonly apiCall?: PolicyV2Beta1SpecRulesMutateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#configMap
     */
    readonly configMap?: PolicyV2Beta1SpecRulesMutateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#globalReference
     */
    readonly globalReference?: PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContext#variable
     */
    readonly variable?: PolicyV2Beta1SpecRulesMutateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContext' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContext(obj: PolicyV2Beta1SpecRulesMutateForeachContext | undefined): Record<string, any> | undefined;
/**
 * Order defines the iteration order on the list.
 * Can be Ascending to iterate from first to last element or Descending to iterate in from last to first element.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachOrder
 */
export declare enum PolicyV2Beta1SpecRulesMutateForeachOrder {
    /** Ascending */
    ASCENDING = "Ascending",
    /** Descending */
    DESCENDING = "Descending"
}
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditions
 */
export interface PolicyV2Beta1SpecRulesMutateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachPreconditions(obj: PolicyV2Beta1SpecRulesMutateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContext
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#apiCall
     */
    readonly apiCall?: PolicyV2Beta1SpecRulesMutateTargetsContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#configMap
     */
    readonly configMap?: PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#globalReference
     */
    readonly globalReference?: PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#imageRegistry
     */
    readonly imageRegistry?: PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContext#variable
     */
    readonly variable?: PolicyV2Beta1SpecRulesMutateTargetsContextVariable;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContext' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContext(obj: PolicyV2Beta1SpecRulesMutateTargetsContext | undefined): Record<string, any> | undefined;
/**
 * Selector allows you to select target resources with their labels.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsSelector
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsSelector(obj: PolicyV2Beta1SpecRulesMutateTargetsSelector | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesPreconditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesPreconditionsAllOperator {
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
 * @schema PolicyV2Beta1SpecRulesPreconditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesPreconditionsAnyOperator {
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
 * AuditAnnotation describes how to produce an audit annotation for an API request.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelAuditAnnotations
 */
export interface PolicyV2Beta1SpecRulesValidateCelAuditAnnotations {
    /**
     * key specifies the audit annotation key. The audit annotation keys of
     * a ValidatingAdmissionPolicy must be unique. The key must be a qualified
     * name ([A-Za-z0-9][-A-Za-z0-9_.]*) no more than 63 bytes in length.
     *
     * The key is combined with the resource name of the
     * ValidatingAdmissionPolicy to construct an audit annotation key:
     * "{ValidatingAdmissionPolicy name}/{key}".
     *
     * If an admission webhook uses the same resource name as this ValidatingAdmissionPolicy
     * and the same audit annotation key, the annotation key will be identical.
     * In this case, the first annotation written with the key will be included
     * in the audit event and all subsequent annotations with the same key
     * will be discarded.
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelAuditAnnotations#key
     */
    readonly key: string;
    /**
     * valueExpression represents the expression which is evaluated by CEL to
     * produce an audit annotation value. The expression must evaluate to either
     * a string or null value. If the expression evaluates to a string, the
     * audit annotation is included with the string value. If the expression
     * evaluates to null or empty string the audit annotation will be omitted.
     * The valueExpression may be no longer than 5kb in length.
     * If the result of the valueExpression is more than 10kb in length, it
     * will be truncated to 10kb.
     *
     * If multiple ValidatingAdmissionPolicyBinding resources match an
     * API request, then the valueExpression will be evaluated for
     * each binding. All unique values produced by the valueExpressions
     * will be joined together in a comma-separated list.
     *
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelAuditAnnotations#valueExpression
     */
    readonly valueExpression: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelAuditAnnotations' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelAuditAnnotations(obj: PolicyV2Beta1SpecRulesValidateCelAuditAnnotations | undefined): Record<string, any> | undefined;
/**
 * Validation specifies the CEL expression which is used to apply the validation.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelExpressions
 */
export interface PolicyV2Beta1SpecRulesValidateCelExpressions {
    /**
     * expression represents the expression which will be evaluated by CEL.
     * ref: https://github.com/google/cel-spec
     * CEL expressions have access to the contents of the API request/response, organized into CEL variables as well as some other useful variables:
     *
     * - 'object' - The object from the incoming request. The value is null for DELETE requests.
     * - 'oldObject' - The existing object. The value is null for CREATE requests.
     * - 'request' - Attributes of the API request([ref](/pkg/apis/admission/types.go#AdmissionRequest)).
     * - 'params' - Parameter resource referred to by the policy binding being evaluated. Only populated if the policy has a ParamKind.
     * - 'namespaceObject' - The namespace object that the incoming object belongs to. The value is null for cluster-scoped resources.
     * - 'variables' - Map of composited variables, from its name to its lazily evaluated value.
     * For example, a variable named 'foo' can be accessed as 'variables.foo'.
     * - 'authorizer' - A CEL Authorizer. May be used to perform authorization checks for the principal (user or service account) of the request.
     * See https://pkg.go.dev/k8s.io/apiserver/pkg/cel/library#Authz
     * - 'authorizer.requestResource' - A CEL ResourceCheck constructed from the 'authorizer' and configured with the
     * request resource.
     *
     * The `apiVersion`, `kind`, `metadata.name` and `metadata.generateName` are always accessible from the root of the
     * object. No other metadata properties are accessible.
     *
     * Only property names of the form `[a-zA-Z_.-/][a-zA-Z0-9_.-/]*` are accessible.
     * Accessible property names are escaped according to the following rules when accessed in the expression:
     * - '__' escapes to '__underscores__'
     * - '.' escapes to '__dot__'
     * - '-' escapes to '__dash__'
     * - '/' escapes to '__slash__'
     * - Property names that exactly match a CEL RESERVED keyword escape to '__{keyword}__'. The keywords are:
     * "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
     * "import", "let", "loop", "package", "namespace", "return".
     * Examples:
     * - Expression accessing a property named "namespace": {"Expression": "object.__namespace__ > 0"}
     * - Expression accessing a property named "x-prop": {"Expression": "object.x__dash__prop > 0"}
     * - Expression accessing a property named "redact__d": {"Expression": "object.redact__underscores__d > 0"}
     *
     * Equality on arrays with list type of 'set' or 'map' ignores element order, i.e. [1, 2] == [2, 1].
     * Concatenation on arrays with x-kubernetes-list-type use the semantics of the list type:
     * - 'set': `X + Y` performs a union where the array positions of all elements in `X` are preserved and
     * non-intersecting elements in `Y` are appended, retaining their partial order.
     * - 'map': `X + Y` performs a merge where the array positions of all keys in `X` are preserved but the values
     * are overwritten by values in `Y` when the key sets of `X` and `Y` intersect. Elements in `Y` with
     * non-intersecting keys are appended, retaining their partial order.
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelExpressions#expression
     */
    readonly expression: string;
    /**
     * message represents the message displayed when validation fails. The message is required if the Expression contains
     * line breaks. The message must not contain line breaks.
     * If unset, the message is "failed rule: {Rule}".
     * e.g. "must be a URL with the host matching spec.host"
     * If the Expression contains line breaks. Message is required.
     * The message must not contain line breaks.
     * If unset, the message is "failed Expression: {Expression}".
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelExpressions#message
     */
    readonly message?: string;
    /**
     * messageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.
     * Since messageExpression is used as a failure message, it must evaluate to a string.
     * If both message and messageExpression are present on a validation, then messageExpression will be used if validation fails.
     * If messageExpression results in a runtime error, the runtime error is logged, and the validation failure message is produced
     * as if the messageExpression field were unset. If messageExpression evaluates to an empty string, a string with only spaces, or a string
     * that contains line breaks, then the validation failure message will also be produced as if the messageExpression field were unset, and
     * the fact that messageExpression produced an empty string/string with only spaces/string with line breaks will be logged.
     * messageExpression has access to all the same variables as the `expression` except for 'authorizer' and 'authorizer.requestResource'.
     * Example:
     * "object.x must be less than max ("+string(params.max)+")"
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelExpressions#messageExpression
     */
    readonly messageExpression?: string;
    /**
     * reason represents a machine-readable description of why this validation failed.
     * If this is the first validation in the list to fail, this reason, as well as the
     * corresponding HTTP response code, are used in the
     * HTTP response to the client.
     * The currently supported reasons are: "Unauthorized", "Forbidden", "Invalid", "RequestEntityTooLarge".
     * If not set, StatusReasonInvalid is used in the response to the client.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelExpressions#reason
     */
    readonly reason?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelExpressions(obj: PolicyV2Beta1SpecRulesValidateCelExpressions | undefined): Record<string, any> | undefined;
/**
 * ParamKind is a tuple of Group Kind and Version.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelParamKind
 */
export interface PolicyV2Beta1SpecRulesValidateCelParamKind {
    /**
     * apiVersion is the API group version the resources belong to.
     * In format of "group/version".
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamKind#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * kind is the API kind the resources belong to.
     * Required.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamKind#kind
     */
    readonly kind?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelParamKind' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelParamKind(obj: PolicyV2Beta1SpecRulesValidateCelParamKind | undefined): Record<string, any> | undefined;
/**
 * ParamRef references a parameter resource.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelParamRef
 */
export interface PolicyV2Beta1SpecRulesValidateCelParamRef {
    /**
     * name is the name of the resource being referenced.
     *
     * One of `name` or `selector` must be set, but `name` and `selector` are
     * mutually exclusive properties. If one is set, the other must be unset.
     *
     * A single parameter used for all admission requests can be configured
     * by setting the `name` field, leaving `selector` blank, and setting namespace
     * if `paramKind` is namespace-scoped.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRef#name
     */
    readonly name?: string;
    /**
     * namespace is the namespace of the referenced resource. Allows limiting
     * the search for params to a specific namespace. Applies to both `name` and
     * `selector` fields.
     *
     * A per-namespace parameter may be used by specifying a namespace-scoped
     * `paramKind` in the policy and leaving this field empty.
     *
     * - If `paramKind` is cluster-scoped, this field MUST be unset. Setting this
     * field results in a configuration error.
     *
     * - If `paramKind` is namespace-scoped, the namespace of the object being
     * evaluated for admission will be used when this field is left unset. Take
     * care that if this is left empty the binding must not match any cluster-scoped
     * resources, which will result in an error.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRef#namespace
     */
    readonly namespace?: string;
    /**
     * parameterNotFoundAction controls the behavior of the binding when the resource
     * exists, and name or selector is valid, but there are no parameters
     * matched by the binding. If the value is set to `Allow`, then no
     * matched parameters will be treated as successful validation by the binding.
     * If set to `Deny`, then no matched parameters will be subject to the
     * `failurePolicy` of the policy.
     *
     * Allowed values are `Allow` or `Deny`
     *
     * Required
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRef#parameterNotFoundAction
     */
    readonly parameterNotFoundAction?: string;
    /**
     * selector can be used to match multiple param objects based on their labels.
     * Supply selector: {} to match all resources of the ParamKind.
     *
     * If multiple params are found, they are all evaluated with the policy expressions
     * and the results are ANDed together.
     *
     * One of `name` or `selector` must be set, but `name` and `selector` are
     * mutually exclusive properties. If one is set, the other must be unset.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRef#selector
     */
    readonly selector?: PolicyV2Beta1SpecRulesValidateCelParamRefSelector;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelParamRef' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelParamRef(obj: PolicyV2Beta1SpecRulesValidateCelParamRef | undefined): Record<string, any> | undefined;
/**
 * Variable is the definition of a variable that is used for composition. A variable is defined as a named expression.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelVariables
 */
export interface PolicyV2Beta1SpecRulesValidateCelVariables {
    /**
     * expression is the expression that will be evaluated as the value of the variable.
     * The CEL expression has access to the same identifiers as the CEL expressions in Validation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelVariables#expression
     */
    readonly expression: string;
    /**
     * name is the name of the variable. The name must be a valid CEL identifier and unique among all variables.
     * The variable can be accessed in other expressions through `variables`
     * For example, if name is "foo", the variable will be available as `variables.foo`
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelVariables#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelVariables' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelVariables(obj: PolicyV2Beta1SpecRulesValidateCelVariables | undefined): Record<string, any> | undefined;
/**
 * Multiple conditions can be declared under an `any` or `all` statement.
 * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
 *
 * @schema PolicyV2Beta1SpecRulesValidateDenyConditions
 */
export interface PolicyV2Beta1SpecRulesValidateDenyConditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesValidateDenyConditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesValidateDenyConditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateDenyConditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateDenyConditions(obj: PolicyV2Beta1SpecRulesValidateDenyConditions | undefined): Record<string, any> | undefined;
/**
 * ValidationFailureAction defines the policy validation failure action
 *
 * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesAction
 */
export declare enum PolicyV2Beta1SpecRulesValidateFailureActionOverridesAction {
    /** audit */
    AUDIT = "audit",
    /** enforce */
    ENFORCE = "enforce"
}
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector
 */
export interface PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector(obj: PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * ContextEntry adds variables and data sources to a rule Context. Either a
 * ConfigMap reference or a APILookup must be provided.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContext
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContext {
    /**
     * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
     * The data returned is stored in the context with the name for the context entry.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#apiCall
     */
    readonly apiCall?: PolicyV2Beta1SpecRulesValidateForeachContextApiCall;
    /**
     * ConfigMap is the ConfigMap reference.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#configMap
     */
    readonly configMap?: PolicyV2Beta1SpecRulesValidateForeachContextConfigMap;
    /**
     * GlobalContextEntryReference is a reference to a cached global context entry.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#globalReference
     */
    readonly globalReference?: PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference;
    /**
     * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
     * details.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#imageRegistry
     */
    readonly imageRegistry?: PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry;
    /**
     * Name is the variable name.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#name
     */
    readonly name: string;
    /**
     * Variable defines an arbitrary JMESPath context variable that can be defined inline.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContext#variable
     */
    readonly variable?: PolicyV2Beta1SpecRulesValidateForeachContextVariable;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContext' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContext(obj: PolicyV2Beta1SpecRulesValidateForeachContext | undefined): Record<string, any> | undefined;
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachDeny
 */
export interface PolicyV2Beta1SpecRulesValidateForeachDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement. A direct list
     * of conditions (without `any` or `all` statements) is also supported for backwards compatibility
     * but will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachDeny#conditions
     */
    readonly conditions?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachDeny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachDeny(obj: PolicyV2Beta1SpecRulesValidateForeachDeny | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions are used to determine if a policy rule should be applied by evaluating a
 * set of conditions. The declaration can contain nested `any` or `all` statements.
 * See: https://kyverno.io/docs/writing-policies/preconditions/
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditions
 */
export interface PolicyV2Beta1SpecRulesValidateForeachPreconditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachPreconditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachPreconditions(obj: PolicyV2Beta1SpecRulesValidateForeachPreconditions | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestors
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestors#entries
     */
    readonly entries?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestors' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestors(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestors | undefined): Record<string, any> | undefined;
/**
 * DryRun configuration
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsDryRun
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsDryRun {
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsDryRun#enable
     */
    readonly enable?: boolean;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsDryRun#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsDryRun' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsDryRun(obj: PolicyV2Beta1SpecRulesValidateManifestsDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields {
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields#fields
     */
    readonly fields?: string[];
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields#objects
     */
    readonly objects?: PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields(obj: PolicyV2Beta1SpecRulesValidateManifestsIgnoreFields | undefined): Record<string, any> | undefined;
/**
 * PodSecurityStandard specifies the Pod Security Standard controls to be excluded.
 *
 * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExclude
 */
export interface PolicyV2Beta1SpecRulesValidatePodSecurityExclude {
    /**
     * ControlName specifies the name of the Pod Security Standard control.
     * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExclude#controlName
     */
    readonly controlName: PolicyV2Beta1SpecRulesValidatePodSecurityExcludeControlName;
    /**
     * Images selects matching containers and applies the container level PSS.
     * Each image is the image name consisting of the registry address, repository, image, and tag.
     * Empty list matches no containers, PSS checks are applied at the pod level only.
     * Wildcards ('*' and '?') are allowed. See: https://kubernetes.io/docs/concepts/containers/images.
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExclude#images
     */
    readonly images?: string[];
    /**
     * RestrictedField selects the field for the given Pod Security Standard control.
     * When not set, all restricted fields for the control are selected.
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExclude#restrictedField
     */
    readonly restrictedField?: string;
    /**
     * Values defines the allowed values that can be excluded.
     *
     * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExclude#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidatePodSecurityExclude' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidatePodSecurityExclude(obj: PolicyV2Beta1SpecRulesValidatePodSecurityExclude | undefined): Record<string, any> | undefined;
/**
 * Level defines the Pod Security Standard level to be applied to workloads.
 * Allowed values are privileged, baseline, and restricted.
 *
 * @schema PolicyV2Beta1SpecRulesValidatePodSecurityLevel
 */
export declare enum PolicyV2Beta1SpecRulesValidatePodSecurityLevel {
    /** privileged */
    PRIVILEGED = "privileged",
    /** baseline */
    BASELINE = "baseline",
    /** restricted */
    RESTRICTED = "restricted"
}
/**
 * Version defines the Pod Security Standard versions that Kubernetes supports.
 * Allowed values are v1.19, v1.20, v1.21, v1.22, v1.23, v1.24, v1.25, v1.26, v1.27, v1.28, v1.29, v1.30, v1.31, v1.32, latest. Defaults to latest.
 *
 * @default latest.
 * @schema PolicyV2Beta1SpecRulesValidatePodSecurityVersion
 */
export declare enum PolicyV2Beta1SpecRulesValidatePodSecurityVersion {
    /** v1.19 */
    V1_19 = "v1.19",
    /** v1.20 */
    V1_20 = "v1.20",
    /** v1.21 */
    V1_21 = "v1.21",
    /** v1.22 */
    V1_22 = "v1.22",
    /** v1.23 */
    V1_23 = "v1.23",
    /** v1.24 */
    V1_24 = "v1.24",
    /** v1.25 */
    V1_25 = "v1.25",
    /** v1.26 */
    V1_26 = "v1.26",
    /** v1.27 */
    V1_27 = "v1.27",
    /** v1.28 */
    V1_28 = "v1.28",
    /** v1.29 */
    V1_29 = "v1.29",
    /** v1.30 */
    V1_30 = "v1.30",
    /** v1.31 */
    V1_31 = "v1.31",
    /** v1.32 */
    V1_32 = "v1.32",
    /** latest */
    LATEST = "latest"
}
/**
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors {
    /**
     * Count specifies the required number of entries that must match. If the count is null, all entries must match
     * (a logical AND). If the count is 1, at least one entry must match (a logical OR). If the count contains a
     * value N, then N must be less than or equal to the size of entries, and at least N entries must match.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors#count
     */
    readonly count?: number;
    /**
     * Entries contains the available attestors. An attestor can be a static key,
     * attributes for keyless verification, or a nested attestor declaration.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors#entries
     */
    readonly entries?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestors | undefined): Record<string, any> | undefined;
/**
 * AnyAllConditions consists of conditions wrapped denoting a logical criteria to be fulfilled.
 * AnyConditions get fulfilled when at least one of its sub-conditions passes.
 * AllConditions get fulfilled only when all of its sub-conditions pass.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions {
    /**
     * AllConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, all of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions#all
     */
    readonly all?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll[];
    /**
     * AnyConditions enable variable-based conditional rule execution. This is useful for
     * finer control of when an rule is applied. A condition can reference object data
     * using JMESPath notation.
     * Here, at least one of the conditions need to pass
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions#any
     */
    readonly any?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditions | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#certificates
     */
    readonly certificates?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#keyless
     */
    readonly keyless?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#keys
     */
    readonly keys?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesVerifyImagesImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * Deny defines conditions used to pass or fail a validation rule.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesValidateDeny
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesValidateDeny {
    /**
     * Multiple conditions can be declared under an `any` or `all` statement. A direct list
     * of conditions (without `any` or `all` statements) is also supported for backwards compatibility
     * but will be deprecated in the next major release.
     * See: https://kyverno.io/docs/writing-policies/validate/#deny-rules
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesValidateDeny#conditions
     */
    readonly conditions?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesValidateDeny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesValidateDeny(obj: PolicyV2Beta1SpecRulesVerifyImagesValidateDeny | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesContextApiCallServiceHeaders
 */
export interface PolicyV2Beta1SpecRulesContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicyV2Beta1SpecRulesContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesContextApiCallServiceHeaders(obj: PolicyV2Beta1SpecRulesContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector
 */
export interface PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector(obj: PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesOperations
 */
export declare enum PolicyV2Beta1SpecRulesExcludeAllResourcesOperations {
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
 * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelector
 */
export interface PolicyV2Beta1SpecRulesExcludeAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllResourcesSelector(obj: PolicyV2Beta1SpecRulesExcludeAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector
 */
export interface PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector(obj: PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesOperations
 */
export declare enum PolicyV2Beta1SpecRulesExcludeAnyResourcesOperations {
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
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector
 */
export interface PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector(obj: PolicyV2Beta1SpecRulesExcludeAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesGenerateCloneListSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Selector is a label selector. Label keys and values in `matchLabels`.
 * wildcard characters are not supported.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector(obj: PolicyV2Beta1SpecRulesGenerateForeachCloneListSelector | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#data
     */
    readonly data?: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#method
     */
    readonly method?: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#service
     */
    readonly service?: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextApiCall(obj: PolicyV2Beta1SpecRulesGenerateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap(obj: PolicyV2Beta1SpecRulesGenerateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference(obj: PolicyV2Beta1SpecRulesGenerateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry(obj: PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextVariable
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextVariable(obj: PolicyV2Beta1SpecRulesGenerateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll(obj: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny(obj: PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector
 */
export interface PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector(obj: PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllResourcesOperations
 */
export declare enum PolicyV2Beta1SpecRulesMatchAllResourcesOperations {
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
 * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelector
 */
export interface PolicyV2Beta1SpecRulesMatchAllResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllResourcesSelector(obj: PolicyV2Beta1SpecRulesMatchAllResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a label selector for the resource namespace. Label keys and values
 * in `matchLabels` support the wildcard characters `*` (matches zero or many characters)
 * and `?` (matches one character).Wildcards allows writing label selectors like
 * ["storage.k8s.io/*": "*"]. Note that using ["*" : "*"] matches any key and value but
 * does not match an empty label set.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector
 */
export interface PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector(obj: PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * AdmissionOperation can have one of the values CREATE, UPDATE, CONNECT, DELETE, which are used to match a specific action.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesOperations
 */
export declare enum PolicyV2Beta1SpecRulesMatchAnyResourcesOperations {
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
 * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelector
 */
export interface PolicyV2Beta1SpecRulesMatchAnyResourcesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnyResourcesSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnyResourcesSelector(obj: PolicyV2Beta1SpecRulesMatchAnyResourcesSelector | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#data
     */
    readonly data?: PolicyV2Beta1SpecRulesMutateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#method
     */
    readonly method?: PolicyV2Beta1SpecRulesMutateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#service
     */
    readonly service?: PolicyV2Beta1SpecRulesMutateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextApiCall(obj: PolicyV2Beta1SpecRulesMutateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextConfigMap
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextConfigMap(obj: PolicyV2Beta1SpecRulesMutateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference(obj: PolicyV2Beta1SpecRulesMutateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry(obj: PolicyV2Beta1SpecRulesMutateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextVariable
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextVariable(obj: PolicyV2Beta1SpecRulesMutateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll
 */
export interface PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll(obj: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny
 */
export interface PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny(obj: PolicyV2Beta1SpecRulesMutateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#data
     */
    readonly data?: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#method
     */
    readonly method?: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#service
     */
    readonly service?: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextApiCall' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextApiCall(obj: PolicyV2Beta1SpecRulesMutateTargetsContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap(obj: PolicyV2Beta1SpecRulesMutateTargetsContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference(obj: PolicyV2Beta1SpecRulesMutateTargetsContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry(obj: PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextVariable
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextVariable' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextVariable(obj: PolicyV2Beta1SpecRulesMutateTargetsContextVariable | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesMutateTargetsSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * selector can be used to match multiple param objects based on their labels.
 * Supply selector: {} to match all resources of the ParamKind.
 *
 * If multiple params are found, they are all evaluated with the policy expressions
 * and the results are ANDed together.
 *
 * One of `name` or `selector` must be set, but `name` and `selector` are
 * mutually exclusive properties. If one is set, the other must be unset.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelector
 */
export interface PolicyV2Beta1SpecRulesValidateCelParamRefSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelector#matchExpressions
     */
    readonly matchExpressions?: PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelParamRefSelector' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelParamRefSelector(obj: PolicyV2Beta1SpecRulesValidateCelParamRefSelector | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAll
 */
export interface PolicyV2Beta1SpecRulesValidateDenyConditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesValidateDenyConditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateDenyConditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateDenyConditionsAll(obj: PolicyV2Beta1SpecRulesValidateDenyConditionsAll | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAny
 */
export interface PolicyV2Beta1SpecRulesValidateDenyConditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesValidateDenyConditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateDenyConditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateDenyConditionsAny(obj: PolicyV2Beta1SpecRulesValidateDenyConditionsAny | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesValidateFailureActionOverridesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * APICall is an HTTP request to the Kubernetes API server, or other JSON web service.
 * The data returned is stored in the context with the name for the context entry.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextApiCall {
    /**
     * The data object specifies the POST data sent to the server.
     * Only applicable when the method field is set to POST.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#data
     */
    readonly data?: PolicyV2Beta1SpecRulesValidateForeachContextApiCallData[];
    /**
     * Default is an optional arbitrary JSON object that the context
     * value is set to, if the apiCall returns error.
     *
     * @default an optional arbitrary JSON object that the context
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Method is the HTTP request type (GET or POST). Defaults to GET.
     *
     * @default GET.
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#method
     */
    readonly method?: PolicyV2Beta1SpecRulesValidateForeachContextApiCallMethod;
    /**
     * Service is an API call to a JSON web service.
     * This is used for non-Kubernetes API server calls.
     * It's mutually exclusive with the URLPath field.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#service
     */
    readonly service?: PolicyV2Beta1SpecRulesValidateForeachContextApiCallService;
    /**
     * URLPath is the URL path to be used in the HTTP GET or POST request to the
     * Kubernetes API server (e.g. "/api/v1/namespaces" or  "/apis/apps/v1/deployments").
     * The format required is the same format used by the `kubectl get --raw` command.
     * See https://kyverno.io/docs/writing-policies/external-data-sources/#variables-from-kubernetes-api-server-calls
     * for details.
     * It's mutually exclusive with the Service field.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCall#urlPath
     */
    readonly urlPath?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextApiCall' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextApiCall(obj: PolicyV2Beta1SpecRulesValidateForeachContextApiCall | undefined): Record<string, any> | undefined;
/**
 * ConfigMap is the ConfigMap reference.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextConfigMap
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextConfigMap {
    /**
     * Name is the ConfigMap name.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextConfigMap#name
     */
    readonly name: string;
    /**
     * Namespace is the ConfigMap namespace.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextConfigMap#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextConfigMap' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextConfigMap(obj: PolicyV2Beta1SpecRulesValidateForeachContextConfigMap | undefined): Record<string, any> | undefined;
/**
 * GlobalContextEntryReference is a reference to a cached global context entry.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference {
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the JSON response returned from the server. For example
     * a JMESPath of "items | length(@)" applied to the API server response
     * for the URLPath "/apis/apps/v1/deployments" will return the total count
     * of deployments across all namespaces.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Name of the global context entry
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference(obj: PolicyV2Beta1SpecRulesValidateForeachContextGlobalReference | undefined): Record<string, any> | undefined;
/**
 * ImageRegistry defines requests to an OCI/Docker V2 registry to fetch image
 * details.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry {
    /**
     * ImageRegistryCredentials provides credentials that will be used for authentication with registry
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry#imageRegistryCredentials
     */
    readonly imageRegistryCredentials?: PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials;
    /**
     * JMESPath is an optional JSON Match Expression that can be used to
     * transform the ImageData struct returned as a result of processing
     * the image reference.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Reference is image reference to a container image in the registry.
     * Example: ghcr.io/kyverno/kyverno:latest
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry#reference
     */
    readonly reference: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry(obj: PolicyV2Beta1SpecRulesValidateForeachContextImageRegistry | undefined): Record<string, any> | undefined;
/**
 * Variable defines an arbitrary JMESPath context variable that can be defined inline.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextVariable
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextVariable {
    /**
     * Default is an optional arbitrary JSON object that the variable may take if the JMESPath
     * expression evaluates to nil
     *
     * @default an optional arbitrary JSON object that the variable may take if the JMESPath
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextVariable#default
     */
    readonly default?: any;
    /**
     * JMESPath is an optional JMESPath Expression that can be used to
     * transform the variable.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextVariable#jmesPath
     */
    readonly jmesPath?: string;
    /**
     * Value is any arbitrary JSON object representable in YAML or JSON form.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextVariable#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextVariable' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextVariable(obj: PolicyV2Beta1SpecRulesValidateForeachContextVariable | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll
 */
export interface PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll(obj: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny
 */
export interface PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny(obj: PolicyV2Beta1SpecRulesValidateForeachPreconditionsAny | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#certificates
     */
    readonly certificates?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#keyless
     */
    readonly keyless?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#keys
     */
    readonly keys?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects {
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects#group
     */
    readonly group?: string;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects#kind
     */
    readonly kind?: string;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects#name
     */
    readonly name?: string;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects#namespace
     */
    readonly namespace?: string;
    /**
     * @schema PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects(obj: PolicyV2Beta1SpecRulesValidateManifestsIgnoreFieldsObjects | undefined): Record<string, any> | undefined;
/**
 * ControlName specifies the name of the Pod Security Standard control.
 * See: https://kubernetes.io/docs/concepts/security/pod-security-standards/
 *
 * @schema PolicyV2Beta1SpecRulesValidatePodSecurityExcludeControlName
 */
export declare enum PolicyV2Beta1SpecRulesValidatePodSecurityExcludeControlName {
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
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries {
    /**
     * Annotations are used for image verification.
     * Every specified key-value pair must exist and match in the verified payload.
     * The payload may contain other key-value pairs.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Attestor is a nested set of Attestor used to specify a more complex set of match authorities.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#attestor
     */
    readonly attestor?: any;
    /**
     * Certificates specifies one or more certificates.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#certificates
     */
    readonly certificates?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates;
    /**
     * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
     * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#keyless
     */
    readonly keyless?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless;
    /**
     * Keys specifies one or more public keys.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#keys
     */
    readonly keys?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys;
    /**
     * Repository is an optional alternate OCI repository to use for signatures and attestations that match this rule.
     * If specified Repository will override other OCI image repository locations for this Attestor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#repository
     */
    readonly repository?: string;
    /**
     * Specify signature algorithm for public keys. Supported values are sha224, sha256, sha384 and sha512.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntries | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAllOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAll | undefined): Record<string, any> | undefined;
/**
 * Condition defines variable-based conditional criteria for rule execution.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny {
    /**
     * Key is the context entry (using JMESPath) for conditional rule evaluation.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny#key
     */
    readonly key?: any;
    /**
     * Message is an optional display message
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny#message
     */
    readonly message?: string;
    /**
     * Operator is the conditional operation to perform. Valid operators are:
     * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
     * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
     * DurationLessThanOrEquals, DurationLessThan
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny#operator
     */
    readonly operator?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAnyOperator;
    /**
     * Value is the conditional value, or set of values. The values can be fixed set
     * or can be variables declared using JMESPath.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAny | undefined): Record<string, any> | undefined;
/**
 * Certificates specifies one or more certificates.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesExcludeAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesExcludeAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesExcludeAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesExcludeAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesGenerateForeachCloneListSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData(obj: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallMethod
 */
export declare enum PolicyV2Beta1SpecRulesGenerateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService#headers
     */
    readonly headers?: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService(obj: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesGenerateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesMatchAllResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesMatchAllResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesMatchAnyResourcesNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesMatchAnyResourcesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * RequestData contains the HTTP POST data
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallData
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextApiCallData(obj: PolicyV2Beta1SpecRulesMutateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallMethod
 */
export declare enum PolicyV2Beta1SpecRulesMutateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallService
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallService#headers
     */
    readonly headers?: PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextApiCallService(obj: PolicyV2Beta1SpecRulesMutateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesMutateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicyV2Beta1SpecRulesMutateForeachPreconditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesMutateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * RequestData contains the HTTP POST data
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData(obj: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallMethod
 */
export declare enum PolicyV2Beta1SpecRulesMutateTargetsContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService#headers
     */
    readonly headers?: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService(obj: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions
 */
export interface PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions(obj: PolicyV2Beta1SpecRulesValidateCelParamRefSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesValidateDenyConditionsAllOperator {
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
 * @schema PolicyV2Beta1SpecRulesValidateDenyConditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesValidateDenyConditionsAnyOperator {
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
 * RequestData contains the HTTP POST data
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallData
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextApiCallData {
    /**
     * Key is a unique identifier for the data value
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallData#key
     */
    readonly key: string;
    /**
     * Value is the data value
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallData#value
     */
    readonly value: any;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextApiCallData' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextApiCallData(obj: PolicyV2Beta1SpecRulesValidateForeachContextApiCallData | undefined): Record<string, any> | undefined;
/**
 * Method is the HTTP request type (GET or POST). Defaults to GET.
 *
 * @default GET.
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallMethod
 */
export declare enum PolicyV2Beta1SpecRulesValidateForeachContextApiCallMethod {
    /** GET */
    GET = "GET",
    /** POST */
    POST = "POST"
}
/**
 * Service is an API call to a JSON web service.
 * This is used for non-Kubernetes API server calls.
 * It's mutually exclusive with the URLPath field.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallService
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextApiCallService {
    /**
     * CABundle is a PEM encoded CA bundle which will be used to validate
     * the server certificate.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallService#caBundle
     */
    readonly caBundle?: string;
    /**
     * Headers is a list of optional HTTP headers to be included in the request.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallService#headers
     */
    readonly headers?: PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders[];
    /**
     * URL is the JSON web service URL. A typical form is
     * `https://{service}.{namespace}:{port}/{path}`.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallService#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextApiCallService' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextApiCallService(obj: PolicyV2Beta1SpecRulesValidateForeachContextApiCallService | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentials provides credentials that will be used for authentication with registry
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials {
    /**
     * AllowInsecureRegistry allows insecure access to a registry.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#allowInsecureRegistry
     */
    readonly allowInsecureRegistry?: boolean;
    /**
     * Providers specifies a list of OCI Registry names, whose authentication providers are provided.
     * It can be of one of these values: default,google,azure,amazon,github.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#providers
     */
    readonly providers?: PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders[];
    /**
     * Secrets specifies a list of secrets that are provided for credentials.
     * Secrets can be specified as a name (Kyverno namespace) or namespace/name.
     * imagePullSecrets from the resource namespace are also used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials#secrets
     */
    readonly secrets?: string[];
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials(obj: PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentials | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesValidateForeachPreconditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicyV2Beta1SpecRulesValidateForeachPreconditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesValidateForeachPreconditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * Certificates specifies one or more certificates.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * Certificates specifies one or more certificates.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates {
    /**
     * Cert is an optional PEM-encoded public certificate.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#cert
     */
    readonly cert?: string;
    /**
     * CertChain is an optional PEM encoded set of certificates used to verify.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#certChain
     */
    readonly certChain?: string;
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificates | undefined): Record<string, any> | undefined;
/**
 * Keyless is a set of attribute used to verify a Sigstore keyless attestor.
 * See https://github.com/sigstore/cosign/blob/main/KEYLESS.md.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless {
    /**
     * AdditionalExtensions are certificate-extensions used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#additionalExtensions
     */
    readonly additionalExtensions?: {
        [key: string]: string;
    };
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog;
    /**
     * Issuer is the certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#issuer
     */
    readonly issuer?: string;
    /**
     * IssuerRegExp is the regular expression to match certificate issuer used for keyless signing.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#issuerRegExp
     */
    readonly issuerRegExp?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor;
    /**
     * Roots is an optional set of PEM encoded trusted root certificates.
     * If not provided, the system roots are used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#roots
     */
    readonly roots?: string;
    /**
     * Subject is the verified identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#subject
     */
    readonly subject?: string;
    /**
     * SubjectRegExp is the regular expression to match identity used for keyless signing, for example the email address.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless#subjectRegExp
     */
    readonly subjectRegExp?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeyless | undefined): Record<string, any> | undefined;
/**
 * Keys specifies one or more public keys.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys {
    /**
     * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
     * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#ctlog
     */
    readonly ctlog?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog;
    /**
     * KMS provides the URI to the public key stored in a Key Management System. See:
     * https://github.com/sigstore/cosign/blob/main/KMS.md
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#kms
     */
    readonly kms?: string;
    /**
     * Keys is a set of X.509 public keys used to verify image signatures. The keys can be directly
     * specified or can be a variable reference to a key specified in a ConfigMap (see
     * https://kyverno.io/docs/writing-policies/variables/), or reference a standard Kubernetes Secret
     * elsewhere in the cluster by specifying it in the format "k8s://<namespace>/<secret_name>".
     * The named Secret must specify a key `cosign.pub` containing the public key used for
     * verification, (see https://github.com/sigstore/cosign/blob/main/KMS.md#kubernetes-secret).
     * When multiple keys are specified each key is processed as a separate staticKey entry
     * (.attestors[*].entries.keys) within the set of attestors and the count is applied across the keys.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#publicKeys
     */
    readonly publicKeys?: string;
    /**
     * Rekor provides configuration for the Rekor transparency log service. If an empty object
     * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#rekor
     */
    readonly rekor?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor;
    /**
     * Reference to a Secret resource that contains a public key
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#secret
     */
    readonly secret?: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret;
    /**
     * Deprecated. Use attestor.signatureAlgorithm instead.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys#signatureAlgorithm
     */
    readonly signatureAlgorithm?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeys | undefined): Record<string, any> | undefined;
/**
 * Operator is the conditional operation to perform. Valid operators are:
 * Equals, NotEquals, In, AnyIn, AllIn, NotIn, AnyNotIn, AllNotIn, GreaterThanOrEquals,
 * GreaterThan, LessThanOrEquals, LessThan, DurationGreaterThanOrEquals, DurationGreaterThan,
 * DurationLessThanOrEquals, DurationLessThan
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAllOperator
 */
export declare enum PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAllOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAnyOperator
 */
export declare enum PolicyV2Beta1SpecRulesVerifyImagesAttestationsConditionsAnyOperator {
    /** Equals */
    EQUALS = "Equals",
    /** NotEquals */
    NOT_EQUALS = "NotEquals",
    /** In */
    IN = "In",
    /** AnyIn */
    ANY_IN = "AnyIn",
    /** AllIn */
    ALL_IN = "AllIn",
    /** NotIn */
    NOT_IN = "NotIn",
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
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
/**
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders
 */
export interface PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders(obj: PolicyV2Beta1SpecRulesGenerateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesGenerateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders
 */
export interface PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders(obj: PolicyV2Beta1SpecRulesMutateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesMutateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders
 */
export interface PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders(obj: PolicyV2Beta1SpecRulesMutateTargetsContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesMutateTargetsContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders
 */
export interface PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders {
    /**
     * Key is the header key
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders#key
     */
    readonly key: string;
    /**
     * Value is the header value
     *
     * @schema PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders(obj: PolicyV2Beta1SpecRulesValidateForeachContextApiCallServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * ImageRegistryCredentialsProvidersType provides the list of credential providers required.
 *
 * @schema PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders
 */
export declare enum PolicyV2Beta1SpecRulesValidateForeachContextImageRegistryImageRegistryCredentialsProviders {
    /** default */
    DEFAULT = "default",
    /** amazon */
    AMAZON = "amazon",
    /** azure */
    AZURE = "azure",
    /** google */
    GOOGLE = "google",
    /** github */
    GITHUB = "github"
}
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret
 */
export interface PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret(obj: PolicyV2Beta1SpecRulesValidateManifestsAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesCertificatesRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeylessRekor | undefined): Record<string, any> | undefined;
/**
 * CTLog (certificate timestamp log) provides a configuration for validation of Signed Certificate
 * Timestamps (SCTs). If the value is unset, the default behavior by Cosign is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog {
    /**
     * IgnoreSCT defines whether to use the Signed Certificate Timestamp (SCT) log to check for a certificate
     * timestamp. Default is false. Set to true if this was opted out during signing.
     *
     * @default false. Set to true if this was opted out during signing.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#ignoreSCT
     */
    readonly ignoreSct?: boolean;
    /**
     * PubKey, if set, is used to validate SCTs against a custom source.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#pubkey
     */
    readonly pubkey?: string;
    /**
     * TSACertChain, if set, is the PEM-encoded certificate chain file for the RFC3161 timestamp authority. Must
     * contain the root CA certificate. Optionally may contain intermediate CA certificates, and
     * may contain the leaf TSA certificate if not present in the timestamurce.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog#tsaCertChain
     */
    readonly tsaCertChain?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysCtlog | undefined): Record<string, any> | undefined;
/**
 * Rekor provides configuration for the Rekor transparency log service. If an empty object
 * is provided the public instance of Rekor (https://rekor.sigstore.dev) is used.
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor {
    /**
     * IgnoreTlog skips transparency log verification.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#ignoreTlog
     */
    readonly ignoreTlog?: boolean;
    /**
     * RekorPubKey is an optional PEM-encoded public key to use for a custom Rekor.
     * If set, this will be used to validate transparency log signatures from a custom Rekor.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#pubkey
     */
    readonly pubkey?: string;
    /**
     * URL is the address of the transparency log. Defaults to the public Rekor log instance https://rekor.sigstore.dev.
     *
     * @default the public Rekor log instance https://rekor.sigstore.dev.
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysRekor | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret resource that contains a public key
 *
 * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret
 */
export interface PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret {
    /**
     * Name of the secret. The provided secret must contain a key named cosign.pub.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret#name
     */
    readonly name: string;
    /**
     * Namespace name where the Secret exists.
     *
     * @schema PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret' to JSON representation.
 */
export declare function toJson_PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret(obj: PolicyV2Beta1SpecRulesVerifyImagesAttestationsAttestorsEntriesKeysSecret | undefined): Record<string, any> | undefined;
