import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * SecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema SecretStore
 */
export declare class SecretStore extends ApiObject {
    /**
     * Returns the apiVersion and kind for "SecretStore"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "SecretStore".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: SecretStoreProps): any;
    /**
     * Defines a "SecretStore" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: SecretStoreProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * SecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema SecretStore
 */
export interface SecretStoreProps {
    /**
     * @schema SecretStore#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * SecretStoreSpec defines the desired state of SecretStore.
     *
     * @schema SecretStore#spec
     */
    readonly spec?: SecretStoreSpec;
}
/**
 * Converts an object of type 'SecretStoreProps' to JSON representation.
 */
export declare function toJson_SecretStoreProps(obj: SecretStoreProps | undefined): Record<string, any> | undefined;
/**
 * SecretStoreSpec defines the desired state of SecretStore.
 *
 * @schema SecretStoreSpec
 */
export interface SecretStoreSpec {
    /**
     * Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
     *
     * @schema SecretStoreSpec#conditions
     */
    readonly conditions?: SecretStoreSpecConditions[];
    /**
     * Used to select the correct ESO controller (think: ingress.ingressClassName)
     * The ESO controller is instantiated with a specific controller name and filters ES based on this property
     *
     * @schema SecretStoreSpec#controller
     */
    readonly controller?: string;
    /**
     * Used to configure the provider. Only one provider may be set
     *
     * @schema SecretStoreSpec#provider
     */
    readonly provider: SecretStoreSpecProvider;
    /**
     * Used to configure store refresh interval. Accepts either an integer number
     * of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
     * 0 will default to the controller config.
     *
     * @schema SecretStoreSpec#refreshInterval
     */
    readonly refreshInterval?: SecretStoreSpecRefreshInterval;
    /**
     * Used to configure HTTP retries on failures.
     *
     * @schema SecretStoreSpec#retrySettings
     */
    readonly retrySettings?: SecretStoreSpecRetrySettings;
}
/**
 * Converts an object of type 'SecretStoreSpec' to JSON representation.
 */
export declare function toJson_SecretStoreSpec(obj: SecretStoreSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in
 * for a ClusterSecretStore instance.
 *
 * @schema SecretStoreSpecConditions
 */
export interface SecretStoreSpecConditions {
    /**
     * Choose namespaces by using regex matching
     *
     * @schema SecretStoreSpecConditions#namespaceRegexes
     */
    readonly namespaceRegexes?: string[];
    /**
     * Choose namespace using a labelSelector
     *
     * @schema SecretStoreSpecConditions#namespaceSelector
     */
    readonly namespaceSelector?: SecretStoreSpecConditionsNamespaceSelector;
    /**
     * Choose namespaces by name
     *
     * @schema SecretStoreSpecConditions#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'SecretStoreSpecConditions' to JSON representation.
 */
export declare function toJson_SecretStoreSpecConditions(obj: SecretStoreSpecConditions | undefined): Record<string, any> | undefined;
/**
 * Used to configure the provider. Only one provider may be set
 *
 * @schema SecretStoreSpecProvider
 */
export interface SecretStoreSpecProvider {
    /**
     * Akeyless configures this store to sync secrets using Akeyless Vault provider
     *
     * @schema SecretStoreSpecProvider#akeyless
     */
    readonly akeyless?: SecretStoreSpecProviderAkeyless;
    /**
     * AWS configures this store to sync secrets using AWS Secret Manager provider
     *
     * @schema SecretStoreSpecProvider#aws
     */
    readonly aws?: SecretStoreSpecProviderAws;
    /**
     * AzureKV configures this store to sync secrets using Azure Key Vault provider
     *
     * @schema SecretStoreSpecProvider#azurekv
     */
    readonly azurekv?: SecretStoreSpecProviderAzurekv;
    /**
     * Barbican configures this store to sync secrets using the OpenStack Barbican provider
     *
     * @schema SecretStoreSpecProvider#barbican
     */
    readonly barbican?: SecretStoreSpecProviderBarbican;
    /**
     * Beyondtrust configures this store to sync secrets using Password Safe provider.
     *
     * @schema SecretStoreSpecProvider#beyondtrust
     */
    readonly beyondtrust?: SecretStoreSpecProviderBeyondtrust;
    /**
     * BeyondtrustWorkloadCredentials configures this store to sync secrets using the BeyondTrust Workload Credentials provider.
     *
     * @schema SecretStoreSpecProvider#beyondtrustworkloadcredentials
     */
    readonly beyondtrustworkloadcredentials?: SecretStoreSpecProviderBeyondtrustworkloadcredentials;
    /**
     * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
     *
     * @schema SecretStoreSpecProvider#bitwardensecretsmanager
     */
    readonly bitwardensecretsmanager?: SecretStoreSpecProviderBitwardensecretsmanager;
    /**
     * Chef configures this store to sync secrets with chef server
     *
     * @schema SecretStoreSpecProvider#chef
     */
    readonly chef?: SecretStoreSpecProviderChef;
    /**
     * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
     *
     * @schema SecretStoreSpecProvider#cloudrusm
     */
    readonly cloudrusm?: SecretStoreSpecProviderCloudrusm;
    /**
     * Conjur configures this store to sync secrets using conjur provider
     *
     * @schema SecretStoreSpecProvider#conjur
     */
    readonly conjur?: SecretStoreSpecProviderConjur;
    /**
     * CRD configures this store to sync secrets from arbitrary Kubernetes resources,
     * including both custom resources (CRDs) and core API resources. Resources are
     * selected by API group, version and kind, where group can be "" (empty string)
     * for core resources such as ConfigMap. Reading the core v1 Secret is
     * intentionally blocked — use the Kubernetes provider for that.
     *
     * @schema SecretStoreSpecProvider#crd
     */
    readonly crd?: SecretStoreSpecProviderCrd;
    /**
     * Delinea DevOps Secrets Vault
     * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
     *
     * @schema SecretStoreSpecProvider#delinea
     */
    readonly delinea?: SecretStoreSpecProviderDelinea;
    /**
     * Doppler configures this store to sync secrets using the Doppler provider
     *
     * @schema SecretStoreSpecProvider#doppler
     */
    readonly doppler?: SecretStoreSpecProviderDoppler;
    /**
     * DVLS configures this store to sync secrets using Devolutions Server provider
     *
     * @schema SecretStoreSpecProvider#dvls
     */
    readonly dvls?: SecretStoreSpecProviderDvls;
    /**
     * Fake configures a store with static key/value pairs
     *
     * @schema SecretStoreSpecProvider#fake
     */
    readonly fake?: SecretStoreSpecProviderFake;
    /**
     * Fortanix configures this store to sync secrets using the Fortanix provider
     *
     * @schema SecretStoreSpecProvider#fortanix
     */
    readonly fortanix?: SecretStoreSpecProviderFortanix;
    /**
     * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
     *
     * @schema SecretStoreSpecProvider#gcpsm
     */
    readonly gcpsm?: SecretStoreSpecProviderGcpsm;
    /**
     * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
     * Note: This provider only supports write operations (PushSecret) and cannot fetch secrets from GitHub
     *
     * @schema SecretStoreSpecProvider#github
     */
    readonly github?: SecretStoreSpecProviderGithub;
    /**
     * GitLab configures this store to sync secrets using GitLab Variables provider
     *
     * @schema SecretStoreSpecProvider#gitlab
     */
    readonly gitlab?: SecretStoreSpecProviderGitlab;
    /**
     * IBM configures this store to sync secrets using IBM Cloud provider
     *
     * @schema SecretStoreSpecProvider#ibm
     */
    readonly ibm?: SecretStoreSpecProviderIbm;
    /**
     * Infisical configures this store to sync secrets using the Infisical provider
     *
     * @schema SecretStoreSpecProvider#infisical
     */
    readonly infisical?: SecretStoreSpecProviderInfisical;
    /**
     * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
     *
     * @schema SecretStoreSpecProvider#keepersecurity
     */
    readonly keepersecurity?: SecretStoreSpecProviderKeepersecurity;
    /**
     * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
     *
     * @schema SecretStoreSpecProvider#kubernetes
     */
    readonly kubernetes?: SecretStoreSpecProviderKubernetes;
    /**
     * NebiusMysterybox configures this store to sync secrets using NebiusMysterybox provider
     *
     * @schema SecretStoreSpecProvider#nebiusmysterybox
     */
    readonly nebiusmysterybox?: SecretStoreSpecProviderNebiusmysterybox;
    /**
     * Ngrok configures this store to sync secrets using the ngrok provider.
     *
     * @schema SecretStoreSpecProvider#ngrok
     */
    readonly ngrok?: SecretStoreSpecProviderNgrok;
    /**
     * Onboardbase configures this store to sync secrets using the Onboardbase provider
     *
     * @schema SecretStoreSpecProvider#onboardbase
     */
    readonly onboardbase?: SecretStoreSpecProviderOnboardbase;
    /**
     * OnePassword configures this store to sync secrets using the 1Password Cloud provider
     *
     * @schema SecretStoreSpecProvider#onepassword
     */
    readonly onepassword?: SecretStoreSpecProviderOnepassword;
    /**
     * OnePasswordSDK configures this store to use 1Password's new Go SDK to sync secrets.
     *
     * @schema SecretStoreSpecProvider#onepasswordSDK
     */
    readonly onepasswordSdk?: SecretStoreSpecProviderOnepasswordSdk;
    /**
     * OpenBao configures this store to sync secrets using the OpenBao provider.
     *
     * @schema SecretStoreSpecProvider#openBao
     */
    readonly openBao?: SecretStoreSpecProviderOpenBao;
    /**
     * Oracle configures this store to sync secrets using Oracle Vault provider
     *
     * @schema SecretStoreSpecProvider#oracle
     */
    readonly oracle?: SecretStoreSpecProviderOracle;
    /**
     * OVHcloud configures this store to sync secrets using the OVHcloud provider.
     *
     * @schema SecretStoreSpecProvider#ovh
     */
    readonly ovh?: SecretStoreSpecProviderOvh;
    /**
     * PassboltProvider provides access to Passbolt secrets manager.
     * See: https://www.passbolt.com.
     *
     * @schema SecretStoreSpecProvider#passbolt
     */
    readonly passbolt?: SecretStoreSpecProviderPassbolt;
    /**
     * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
     *
     * @schema SecretStoreSpecProvider#passworddepot
     */
    readonly passworddepot?: SecretStoreSpecProviderPassworddepot;
    /**
     * Previder configures this store to sync secrets using the Previder provider
     *
     * @schema SecretStoreSpecProvider#previder
     */
    readonly previder?: SecretStoreSpecProviderPrevider;
    /**
     * Pulumi configures this store to sync secrets using the Pulumi provider
     *
     * @schema SecretStoreSpecProvider#pulumi
     */
    readonly pulumi?: SecretStoreSpecProviderPulumi;
    /**
     * Scaleway configures this store to sync secrets using the Scaleway provider.
     *
     * @schema SecretStoreSpecProvider#scaleway
     */
    readonly scaleway?: SecretStoreSpecProviderScaleway;
    /**
     * SecretServer configures this store to sync secrets using SecretServer provider
     * https://docs.delinea.com/online-help/secret-server/start.htm
     *
     * @schema SecretStoreSpecProvider#secretserver
     */
    readonly secretserver?: SecretStoreSpecProviderSecretserver;
    /**
     * Senhasegura configures this store to sync secrets using senhasegura provider
     *
     * @schema SecretStoreSpecProvider#senhasegura
     */
    readonly senhasegura?: SecretStoreSpecProviderSenhasegura;
    /**
     * Vault configures this store to sync secrets using the HashiCorp Vault provider.
     *
     * @schema SecretStoreSpecProvider#vault
     */
    readonly vault?: SecretStoreSpecProviderVault;
    /**
     * Volcengine configures this store to sync secrets using the Volcengine provider
     *
     * @schema SecretStoreSpecProvider#volcengine
     */
    readonly volcengine?: SecretStoreSpecProviderVolcengine;
    /**
     * Webhook configures this store to sync secrets using a generic templated webhook
     *
     * @schema SecretStoreSpecProvider#webhook
     */
    readonly webhook?: SecretStoreSpecProviderWebhook;
    /**
     * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
     *
     * @schema SecretStoreSpecProvider#yandexcertificatemanager
     */
    readonly yandexcertificatemanager?: SecretStoreSpecProviderYandexcertificatemanager;
    /**
     * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
     *
     * @schema SecretStoreSpecProvider#yandexlockbox
     */
    readonly yandexlockbox?: SecretStoreSpecProviderYandexlockbox;
}
/**
 * Converts an object of type 'SecretStoreSpecProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProvider(obj: SecretStoreSpecProvider | undefined): Record<string, any> | undefined;
/**
 * Used to configure store refresh interval. Accepts either an integer number
 * of seconds (legacy) or a Go duration string such as "1h" or "5m". Empty or
 * 0 will default to the controller config.
 *
 * @schema SecretStoreSpecRefreshInterval
 */
export declare class SecretStoreSpecRefreshInterval {
    readonly value: number | string;
    static fromNumber(value: number): SecretStoreSpecRefreshInterval;
    static fromString(value: string): SecretStoreSpecRefreshInterval;
    private constructor();
}
/**
 * Used to configure HTTP retries on failures.
 *
 * @schema SecretStoreSpecRetrySettings
 */
export interface SecretStoreSpecRetrySettings {
    /**
     * @schema SecretStoreSpecRetrySettings#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema SecretStoreSpecRetrySettings#retryInterval
     */
    readonly retryInterval?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecRetrySettings' to JSON representation.
 */
export declare function toJson_SecretStoreSpecRetrySettings(obj: SecretStoreSpecRetrySettings | undefined): Record<string, any> | undefined;
/**
 * Choose namespace using a labelSelector
 *
 * @schema SecretStoreSpecConditionsNamespaceSelector
 */
export interface SecretStoreSpecConditionsNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SecretStoreSpecConditionsNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SecretStoreSpecConditionsNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SecretStoreSpecConditionsNamespaceSelector' to JSON representation.
 */
export declare function toJson_SecretStoreSpecConditionsNamespaceSelector(obj: SecretStoreSpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Akeyless configures this store to sync secrets using Akeyless Vault provider
 *
 * @schema SecretStoreSpecProviderAkeyless
 */
export interface SecretStoreSpecProviderAkeyless {
    /**
     * Akeyless GW API Url from which the secrets to be fetched from.
     *
     * @schema SecretStoreSpecProviderAkeyless#akeylessGWApiURL
     */
    readonly akeylessGwApiUrl: string;
    /**
     * Auth configures how the operator authenticates with Akeyless.
     *
     * @schema SecretStoreSpecProviderAkeyless#authSecretRef
     */
    readonly authSecretRef: SecretStoreSpecProviderAkeylessAuthSecretRef;
    /**
     * PEM/base64 encoded CA bundle used to validate Akeyless Gateway certificate. Only used
     * if the AkeylessGWApiURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderAkeyless#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
     *
     * @schema SecretStoreSpecProviderAkeyless#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderAkeylessCaProvider;
    /**
     * IgnoreCache bypasses the Gateway cache for secret reads when true.
     * Only relevant when akeylessGWApiURL points to an Akeyless Gateway.
     *
     * @schema SecretStoreSpecProviderAkeyless#ignoreCache
     */
    readonly ignoreCache?: boolean;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeyless' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeyless(obj: SecretStoreSpecProviderAkeyless | undefined): Record<string, any> | undefined;
/**
 * AWS configures this store to sync secrets using AWS Secret Manager provider
 *
 * @schema SecretStoreSpecProviderAws
 */
export interface SecretStoreSpecProviderAws {
    /**
     * AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role
     *
     * @schema SecretStoreSpecProviderAws#additionalRoles
     */
    readonly additionalRoles?: string[];
    /**
     * Auth defines the information necessary to authenticate against AWS
     * if not set aws sdk will infer credentials from your environment
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema SecretStoreSpecProviderAws#auth
     */
    readonly auth?: SecretStoreSpecProviderAwsAuth;
    /**
     * CustomSessionTags defines additional STS session tags to include when SessionTagsPolicy is Custom.
     * These are merged with the automatically injected esoNamespace, esoStoreName, and esoStoreKind tags.
     *
     * @schema SecretStoreSpecProviderAws#customSessionTags
     */
    readonly customSessionTags?: {
        [key: string]: string;
    };
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema SecretStoreSpecProviderAws#externalID
     */
    readonly externalId?: string;
    /**
     * Prefix adds a prefix to all retrieved values.
     *
     * @schema SecretStoreSpecProviderAws#prefix
     */
    readonly prefix?: string;
    /**
     * AWS Region to be used for the provider
     *
     * @schema SecretStoreSpecProviderAws#region
     */
    readonly region: string;
    /**
     * Role is a Role ARN which the provider will assume
     *
     * @schema SecretStoreSpecProviderAws#role
     */
    readonly role?: string;
    /**
     * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
     *
     * @schema SecretStoreSpecProviderAws#secretsManager
     */
    readonly secretsManager?: SecretStoreSpecProviderAwsSecretsManager;
    /**
     * Service defines which service should be used to fetch the secrets
     *
     * @schema SecretStoreSpecProviderAws#service
     */
    readonly service: SecretStoreSpecProviderAwsService;
    /**
     * AWS STS assume role session tags
     *
     * @schema SecretStoreSpecProviderAws#sessionTags
     */
    readonly sessionTags?: SecretStoreSpecProviderAwsSessionTags[];
    /**
     * SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.
     * None (default): no tags are added.
     * Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
     * Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
     * Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
     *
     * @schema SecretStoreSpecProviderAws#sessionTagsPolicy
     */
    readonly sessionTagsPolicy?: SecretStoreSpecProviderAwsSessionTagsPolicy;
    /**
     * AWS STS assume role transitive session tags. Required when multiple rules are used with the provider
     *
     * @schema SecretStoreSpecProviderAws#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAws' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAws(obj: SecretStoreSpecProviderAws | undefined): Record<string, any> | undefined;
/**
 * AzureKV configures this store to sync secrets using Azure Key Vault provider
 *
 * @schema SecretStoreSpecProviderAzurekv
 */
export interface SecretStoreSpecProviderAzurekv {
    /**
     * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema SecretStoreSpecProviderAzurekv#authSecretRef
     */
    readonly authSecretRef?: SecretStoreSpecProviderAzurekvAuthSecretRef;
    /**
     * Auth type defines how to authenticate to the keyvault service.
     * Valid values are:
     * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
     * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
     * - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
     *
     * @schema SecretStoreSpecProviderAzurekv#authType
     */
    readonly authType?: SecretStoreSpecProviderAzurekvAuthType;
    /**
     * CustomCloudConfig defines custom Azure endpoints for non-standard clouds.
     * Required when EnvironmentType is AzureStackCloud.
     * Optional for other environment types - useful for Azure China when using Workload Identity
     * with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
     * standard China Cloud endpoint (login.chinacloudapi.cn).
     * IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
     * configuration is not supported with the legacy go-autorest SDK.
     *
     * @schema SecretStoreSpecProviderAzurekv#customCloudConfig
     */
    readonly customCloudConfig?: SecretStoreSpecProviderAzurekvCustomCloudConfig;
    /**
     * EnvironmentType specifies the Azure cloud environment endpoints to use for
     * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
     * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
     * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
     * Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
     *
     * @schema SecretStoreSpecProviderAzurekv#environmentType
     */
    readonly environmentType?: SecretStoreSpecProviderAzurekvEnvironmentType;
    /**
     * If multiple Managed Identity is assigned to the pod, you can select the one to be used
     *
     * @schema SecretStoreSpecProviderAzurekv#identityId
     */
    readonly identityId?: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema SecretStoreSpecProviderAzurekv#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderAzurekvServiceAccountRef;
    /**
     * TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema SecretStoreSpecProviderAzurekv#tenantId
     */
    readonly tenantId?: string;
    /**
     * UseAzureSDK enables the use of the new Azure SDK for Go (azcore-based) instead of the legacy go-autorest SDK.
     * This is experimental and may have behavioral differences. Defaults to false (legacy SDK).
     *
     * @default false (legacy SDK).
     * @schema SecretStoreSpecProviderAzurekv#useAzureSDK
     */
    readonly useAzureSdk?: boolean;
    /**
     * Vault Url from which the secrets to be fetched from.
     *
     * @schema SecretStoreSpecProviderAzurekv#vaultUrl
     */
    readonly vaultUrl: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekv' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekv(obj: SecretStoreSpecProviderAzurekv | undefined): Record<string, any> | undefined;
/**
 * Barbican configures this store to sync secrets using the OpenStack Barbican provider
 *
 * @schema SecretStoreSpecProviderBarbican
 */
export interface SecretStoreSpecProviderBarbican {
    /**
     * BarbicanAuth contains the authentication information for Barbican.
     *
     * @schema SecretStoreSpecProviderBarbican#auth
     */
    readonly auth: SecretStoreSpecProviderBarbicanAuth;
    /**
     * @schema SecretStoreSpecProviderBarbican#authURL
     */
    readonly authUrl?: string;
    /**
     * @schema SecretStoreSpecProviderBarbican#domainName
     */
    readonly domainName?: string;
    /**
     * @schema SecretStoreSpecProviderBarbican#region
     */
    readonly region?: string;
    /**
     * @schema SecretStoreSpecProviderBarbican#tenantName
     */
    readonly tenantName?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbican' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbican(obj: SecretStoreSpecProviderBarbican | undefined): Record<string, any> | undefined;
/**
 * Beyondtrust configures this store to sync secrets using Password Safe provider.
 *
 * @schema SecretStoreSpecProviderBeyondtrust
 */
export interface SecretStoreSpecProviderBeyondtrust {
    /**
     * Auth configures how the operator authenticates with Beyondtrust.
     *
     * @schema SecretStoreSpecProviderBeyondtrust#auth
     */
    readonly auth: SecretStoreSpecProviderBeyondtrustAuth;
    /**
     * Auth configures how API server works.
     *
     * @schema SecretStoreSpecProviderBeyondtrust#server
     */
    readonly server: SecretStoreSpecProviderBeyondtrustServer;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrust' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrust(obj: SecretStoreSpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
/**
 * BeyondtrustWorkloadCredentials configures this store to sync secrets using the BeyondTrust Workload Credentials provider.
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentials {
    /**
     * Auth configures how the Operator authenticates with the BeyondTrust Workload Credentials API.
     * Currently supports API key authentication via Kubernetes secret reference.
     * For authentication setup, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials#auth
     */
    readonly auth: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth;
    /**
     * CABundle is a base64-encoded CA certificate used to validate the BeyondTrust Workload Credentials API TLS certificate.
     * Use this when your BeyondTrust instance uses a self-signed certificate or internal CA.
     * If not set, the system's trusted root certificates are used.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider points to a Secret or ConfigMap containing a PEM-encoded CA certificate.
     * This is used to validate the BeyondTrust Workload Credentials API TLS certificate.
     * Use this as an alternative to CABundle when you want to reference an existing Kubernetes resource.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider;
    /**
     * FolderPath specifies the default folder path for secret retrieval.
     * Secrets will be fetched from this folder unless overridden in the ExternalSecret spec.
     * Example: "production/database" or "dev/api-keys"
     * Leave empty to retrieve secrets from the root folder.
     * For folder organization, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#folders
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials#folderPath
     */
    readonly folderPath?: string;
    /**
     * Server configures the BeyondTrust Workload Credentials server connection details.
     * Includes the API URL and Site ID for your BeyondTrust instance.
     * For API reference, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentials#server
     */
    readonly server: SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentials(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentials | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanager
 */
export interface SecretStoreSpecProviderBitwardensecretsmanager {
    /**
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#apiURL
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
     * Make sure that the token being used has permissions on the given secret.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#auth
     */
    readonly auth: SecretStoreSpecProviderBitwardensecretsmanagerAuth;
    /**
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#bitwardenServerSDKURL
     */
    readonly bitwardenServerSdkurl?: string;
    /**
     * Base64 encoded certificate for the bitwarden server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderBitwardensecretsmanagerCaProvider;
    /**
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#identityURL
     */
    readonly identityUrl?: string;
    /**
     * OrganizationID determines which organization this secret store manages.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#organizationID
     */
    readonly organizationId: string;
    /**
     * ProjectID determines which project this secret store manages.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanager#projectID
     */
    readonly projectId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBitwardensecretsmanager' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanager(obj: SecretStoreSpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
/**
 * Chef configures this store to sync secrets with chef server
 *
 * @schema SecretStoreSpecProviderChef
 */
export interface SecretStoreSpecProviderChef {
    /**
     * Auth defines the information necessary to authenticate against chef Server
     *
     * @schema SecretStoreSpecProviderChef#auth
     */
    readonly auth: SecretStoreSpecProviderChefAuth;
    /**
     * ServerURL is the chef server URL used to connect to. If using orgs you should include your org in the url and terminate the url with a "/"
     *
     * @schema SecretStoreSpecProviderChef#serverUrl
     */
    readonly serverUrl: string;
    /**
     * UserName should be the user ID on the chef server
     *
     * @schema SecretStoreSpecProviderChef#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderChef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderChef(obj: SecretStoreSpecProviderChef | undefined): Record<string, any> | undefined;
/**
 * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
 *
 * @schema SecretStoreSpecProviderCloudrusm
 */
export interface SecretStoreSpecProviderCloudrusm {
    /**
     * CSMAuth contains a secretRef for credentials.
     *
     * @schema SecretStoreSpecProviderCloudrusm#auth
     */
    readonly auth: SecretStoreSpecProviderCloudrusmAuth;
    /**
     * ProjectID is the project, which the secrets are stored in.
     *
     * @schema SecretStoreSpecProviderCloudrusm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCloudrusm' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCloudrusm(obj: SecretStoreSpecProviderCloudrusm | undefined): Record<string, any> | undefined;
/**
 * Conjur configures this store to sync secrets using conjur provider
 *
 * @schema SecretStoreSpecProviderConjur
 */
export interface SecretStoreSpecProviderConjur {
    /**
     * Defines authentication settings for connecting to Conjur.
     *
     * @schema SecretStoreSpecProviderConjur#auth
     */
    readonly auth: SecretStoreSpecProviderConjurAuth;
    /**
     * CABundle is a PEM encoded CA bundle that will be used to validate the Conjur server certificate.
     *
     * @schema SecretStoreSpecProviderConjur#caBundle
     */
    readonly caBundle?: string;
    /**
     * Used to provide custom certificate authority (CA) certificates
     * for a secret store. The CAProvider points to a Secret or ConfigMap resource
     * that contains a PEM-encoded certificate.
     *
     * @schema SecretStoreSpecProviderConjur#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderConjurCaProvider;
    /**
     * URL is the endpoint of the Conjur instance.
     *
     * @schema SecretStoreSpecProviderConjur#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjur' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjur(obj: SecretStoreSpecProviderConjur | undefined): Record<string, any> | undefined;
/**
 * CRD configures this store to sync secrets from arbitrary Kubernetes resources,
 * including both custom resources (CRDs) and core API resources. Resources are
 * selected by API group, version and kind, where group can be "" (empty string)
 * for core resources such as ConfigMap. Reading the core v1 Secret is
 * intentionally blocked — use the Kubernetes provider for that.
 *
 * @schema SecretStoreSpecProviderCrd
 */
export interface SecretStoreSpecProviderCrd {
    /**
     * Auth configures authentication to the Kubernetes API, same as the
     * Kubernetes provider. Required when Server.URL is set (unless using AuthRef).
     *
     * @schema SecretStoreSpecProviderCrd#auth
     */
    readonly auth?: SecretStoreSpecProviderCrdAuth;
    /**
     * AuthRef references a Secret containing a kubeconfig. Same semantics as the
     * Kubernetes provider.
     *
     * @schema SecretStoreSpecProviderCrd#authRef
     */
    readonly authRef?: SecretStoreSpecProviderCrdAuthRef;
    /**
     * Resource identifies the CRD by its API group, version and kind.
     *
     * @schema SecretStoreSpecProviderCrd#resource
     */
    readonly resource: SecretStoreSpecProviderCrdResource;
    /**
     * Server configures the Kubernetes API address and TLS trust, same as the
     * Kubernetes provider. When omitted, the URL defaults to the in-cluster API.
     *
     * @schema SecretStoreSpecProviderCrd#server
     */
    readonly server?: SecretStoreSpecProviderCrdServer;
    /**
     * Whitelist optionally restricts which object names and requested properties
     * are allowed to be read.
     *
     * @schema SecretStoreSpecProviderCrd#whitelist
     */
    readonly whitelist?: SecretStoreSpecProviderCrdWhitelist;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrd' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrd(obj: SecretStoreSpecProviderCrd | undefined): Record<string, any> | undefined;
/**
 * Delinea DevOps Secrets Vault
 * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
 *
 * @schema SecretStoreSpecProviderDelinea
 */
export interface SecretStoreSpecProviderDelinea {
    /**
     * ClientID is the non-secret part of the credential.
     *
     * @schema SecretStoreSpecProviderDelinea#clientId
     */
    readonly clientId: SecretStoreSpecProviderDelineaClientId;
    /**
     * ClientSecret is the secret part of the credential.
     *
     * @schema SecretStoreSpecProviderDelinea#clientSecret
     */
    readonly clientSecret: SecretStoreSpecProviderDelineaClientSecret;
    /**
     * Tenant is the chosen hostname / site name.
     *
     * @schema SecretStoreSpecProviderDelinea#tenant
     */
    readonly tenant: string;
    /**
     * TLD is based on the server location that was chosen during provisioning.
     * If unset, defaults to "com".
     *
     * @schema SecretStoreSpecProviderDelinea#tld
     */
    readonly tld?: string;
    /**
     * URLTemplate
     * If unset, defaults to "https://%s.secretsvaultcloud.%s/v1/%s%s".
     *
     * @schema SecretStoreSpecProviderDelinea#urlTemplate
     */
    readonly urlTemplate?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDelinea' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDelinea(obj: SecretStoreSpecProviderDelinea | undefined): Record<string, any> | undefined;
/**
 * Doppler configures this store to sync secrets using the Doppler provider
 *
 * @schema SecretStoreSpecProviderDoppler
 */
export interface SecretStoreSpecProviderDoppler {
    /**
     * Auth configures how the Operator authenticates with the Doppler API
     *
     * @schema SecretStoreSpecProviderDoppler#auth
     */
    readonly auth: SecretStoreSpecProviderDopplerAuth;
    /**
     * Doppler config (required if not using a Service Token)
     *
     * @schema SecretStoreSpecProviderDoppler#config
     */
    readonly config?: string;
    /**
     * Format enables the downloading of secrets as a file (string)
     *
     * @schema SecretStoreSpecProviderDoppler#format
     */
    readonly format?: SecretStoreSpecProviderDopplerFormat;
    /**
     * Environment variable compatible name transforms that change secret names to a different format
     *
     * @schema SecretStoreSpecProviderDoppler#nameTransformer
     */
    readonly nameTransformer?: SecretStoreSpecProviderDopplerNameTransformer;
    /**
     * Doppler project (required if not using a Service Token)
     *
     * @schema SecretStoreSpecProviderDoppler#project
     */
    readonly project?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDoppler' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDoppler(obj: SecretStoreSpecProviderDoppler | undefined): Record<string, any> | undefined;
/**
 * DVLS configures this store to sync secrets using Devolutions Server provider
 *
 * @schema SecretStoreSpecProviderDvls
 */
export interface SecretStoreSpecProviderDvls {
    /**
     * Auth defines the authentication method to use.
     *
     * @schema SecretStoreSpecProviderDvls#auth
     */
    readonly auth: SecretStoreSpecProviderDvlsAuth;
    /**
     * Insecure allows connecting to DVLS over plain HTTP.
     * This is NOT RECOMMENDED for production use.
     * Set to true only if you understand the security implications.
     *
     * @schema SecretStoreSpecProviderDvls#insecure
     */
    readonly insecure?: boolean;
    /**
     * ServerURL is the DVLS instance URL (e.g., https://dvls.example.com).
     *
     * @schema SecretStoreSpecProviderDvls#serverUrl
     */
    readonly serverUrl: string;
    /**
     * Vault is the name or UUID of the vault to fetch secrets from.
     * When omitted, the vault must be specified in the secret key using the legacy format "<vault-id>/<entry-id>".
     *
     * @schema SecretStoreSpecProviderDvls#vault
     */
    readonly vault?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDvls' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDvls(obj: SecretStoreSpecProviderDvls | undefined): Record<string, any> | undefined;
/**
 * Fake configures a store with static key/value pairs
 *
 * @schema SecretStoreSpecProviderFake
 */
export interface SecretStoreSpecProviderFake {
    /**
     * @schema SecretStoreSpecProviderFake#data
     */
    readonly data: SecretStoreSpecProviderFakeData[];
    /**
     * ValidationResult is defined type for the number of validation results.
     *
     * @schema SecretStoreSpecProviderFake#validationResult
     */
    readonly validationResult?: number;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderFake' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderFake(obj: SecretStoreSpecProviderFake | undefined): Record<string, any> | undefined;
/**
 * Fortanix configures this store to sync secrets using the Fortanix provider
 *
 * @schema SecretStoreSpecProviderFortanix
 */
export interface SecretStoreSpecProviderFortanix {
    /**
     * APIKey is the API token to access SDKMS Applications.
     *
     * @schema SecretStoreSpecProviderFortanix#apiKey
     */
    readonly apiKey?: SecretStoreSpecProviderFortanixApiKey;
    /**
     * APIURL is the URL of SDKMS API. Defaults to `sdkms.fortanix.com`.
     *
     * @default sdkms.fortanix.com`.
     * @schema SecretStoreSpecProviderFortanix#apiUrl
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderFortanix' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderFortanix(obj: SecretStoreSpecProviderFortanix | undefined): Record<string, any> | undefined;
/**
 * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
 *
 * @schema SecretStoreSpecProviderGcpsm
 */
export interface SecretStoreSpecProviderGcpsm {
    /**
     * Auth defines the information necessary to authenticate against GCP
     *
     * @schema SecretStoreSpecProviderGcpsm#auth
     */
    readonly auth?: SecretStoreSpecProviderGcpsmAuth;
    /**
     * Location optionally defines a location for a secret
     *
     * @schema SecretStoreSpecProviderGcpsm#location
     */
    readonly location?: string;
    /**
     * ProjectID project where secret is located
     *
     * @schema SecretStoreSpecProviderGcpsm#projectID
     */
    readonly projectId?: string;
    /**
     * SecretVersionSelectionPolicy specifies how the provider selects a secret version
     * when "latest" is disabled or destroyed.
     * Possible values are:
     * - LatestOrFail: the provider always uses "latest", or fails if that version is disabled/destroyed.
     * - LatestOrFetch: the provider falls back to fetching the latest version if the version is DESTROYED or DISABLED
     *
     * @schema SecretStoreSpecProviderGcpsm#secretVersionSelectionPolicy
     */
    readonly secretVersionSelectionPolicy?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsm' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsm(obj: SecretStoreSpecProviderGcpsm | undefined): Record<string, any> | undefined;
/**
 * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
 * Note: This provider only supports write operations (PushSecret) and cannot fetch secrets from GitHub
 *
 * @schema SecretStoreSpecProviderGithub
 */
export interface SecretStoreSpecProviderGithub {
    /**
     * appID specifies the Github APP that will be used to authenticate the client
     *
     * @schema SecretStoreSpecProviderGithub#appID
     */
    readonly appId: number;
    /**
     * auth configures how secret-manager authenticates with a Github instance.
     *
     * @schema SecretStoreSpecProviderGithub#auth
     */
    readonly auth: SecretStoreSpecProviderGithubAuth;
    /**
     * environment will be used to fetch secrets from a particular environment within a github repository
     *
     * @schema SecretStoreSpecProviderGithub#environment
     */
    readonly environment?: string;
    /**
     * installationID specifies the Github APP installation that will be used to authenticate the client
     *
     * @schema SecretStoreSpecProviderGithub#installationID
     */
    readonly installationId: number;
    /**
     * orgSecretVisibility controls the visibility of organization secrets pushed via PushSecret.
     * Valid values are "all" or "private".
     * When unset, new secrets are created with visibility "all" and existing secrets preserve
     * whatever visibility they already have in GitHub.
     *
     * @schema SecretStoreSpecProviderGithub#orgSecretVisibility
     */
    readonly orgSecretVisibility?: SecretStoreSpecProviderGithubOrgSecretVisibility;
    /**
     * organization will be used to fetch secrets from the Github organization
     *
     * @schema SecretStoreSpecProviderGithub#organization
     */
    readonly organization: string;
    /**
     * repository will be used to fetch secrets from the Github repository within an organization
     *
     * @schema SecretStoreSpecProviderGithub#repository
     */
    readonly repository?: string;
    /**
     * Upload URL for enterprise instances. Default to URL.
     *
     * @default URL.
     * @schema SecretStoreSpecProviderGithub#uploadURL
     */
    readonly uploadUrl?: string;
    /**
     * URL configures the Github instance URL. Defaults to https://github.com/.
     *
     * @default https://github.com/.
     * @schema SecretStoreSpecProviderGithub#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGithub' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGithub(obj: SecretStoreSpecProviderGithub | undefined): Record<string, any> | undefined;
/**
 * GitLab configures this store to sync secrets using GitLab Variables provider
 *
 * @schema SecretStoreSpecProviderGitlab
 */
export interface SecretStoreSpecProviderGitlab {
    /**
     * Auth configures how secret-manager authenticates with a GitLab instance.
     *
     * @schema SecretStoreSpecProviderGitlab#auth
     */
    readonly auth: SecretStoreSpecProviderGitlabAuth;
    /**
     * Base64 encoded certificate for the GitLab server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema SecretStoreSpecProviderGitlab#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreSpecProviderGitlab#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderGitlabCaProvider;
    /**
     * Environment environment_scope of gitlab CI/CD variables (Please see https://docs.gitlab.com/ee/ci/environments/#create-a-static-environment on how to create environments)
     *
     * @schema SecretStoreSpecProviderGitlab#environment
     */
    readonly environment?: string;
    /**
     * GroupIDs specify, which gitlab groups to pull secrets from. Group secrets are read from left to right followed by the project variables.
     *
     * @schema SecretStoreSpecProviderGitlab#groupIDs
     */
    readonly groupIDs?: string[];
    /**
     * InheritFromGroups specifies whether parent groups should be discovered and checked for secrets.
     *
     * @schema SecretStoreSpecProviderGitlab#inheritFromGroups
     */
    readonly inheritFromGroups?: boolean;
    /**
     * ProjectID specifies a project where secrets are located.
     *
     * @schema SecretStoreSpecProviderGitlab#projectID
     */
    readonly projectId?: string;
    /**
     * URL configures the GitLab instance URL. Defaults to https://gitlab.com/.
     *
     * @default https://gitlab.com/.
     * @schema SecretStoreSpecProviderGitlab#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGitlab' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGitlab(obj: SecretStoreSpecProviderGitlab | undefined): Record<string, any> | undefined;
/**
 * IBM configures this store to sync secrets using IBM Cloud provider
 *
 * @schema SecretStoreSpecProviderIbm
 */
export interface SecretStoreSpecProviderIbm {
    /**
     * Auth configures how secret-manager authenticates with the IBM secrets manager.
     *
     * @schema SecretStoreSpecProviderIbm#auth
     */
    readonly auth: SecretStoreSpecProviderIbmAuth;
    /**
     * ServiceURL is the Endpoint URL that is specific to the Secrets Manager service instance
     *
     * @schema SecretStoreSpecProviderIbm#serviceUrl
     */
    readonly serviceUrl?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderIbm' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderIbm(obj: SecretStoreSpecProviderIbm | undefined): Record<string, any> | undefined;
/**
 * Infisical configures this store to sync secrets using the Infisical provider
 *
 * @schema SecretStoreSpecProviderInfisical
 */
export interface SecretStoreSpecProviderInfisical {
    /**
     * Auth configures how the Operator authenticates with the Infisical API
     *
     * @schema SecretStoreSpecProviderInfisical#auth
     */
    readonly auth: SecretStoreSpecProviderInfisicalAuth;
    /**
     * CABundle is a PEM-encoded CA certificate bundle used to validate
     * the Infisical server's TLS certificate. Mutually exclusive with CAProvider.
     *
     * @schema SecretStoreSpecProviderInfisical#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider is a reference to a Secret or ConfigMap that contains a CA certificate.
     * The certificate is used to validate the Infisical server's TLS certificate.
     * Mutually exclusive with CABundle.
     *
     * @schema SecretStoreSpecProviderInfisical#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderInfisicalCaProvider;
    /**
     * HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".
     *
     * @schema SecretStoreSpecProviderInfisical#hostAPI
     */
    readonly hostApi?: string;
    /**
     * SecretsScope defines the scope of the secrets within the workspace
     *
     * @schema SecretStoreSpecProviderInfisical#secretsScope
     */
    readonly secretsScope: SecretStoreSpecProviderInfisicalSecretsScope;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisical' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisical(obj: SecretStoreSpecProviderInfisical | undefined): Record<string, any> | undefined;
/**
 * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
 *
 * @schema SecretStoreSpecProviderKeepersecurity
 */
export interface SecretStoreSpecProviderKeepersecurity {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderKeepersecurity#authRef
     */
    readonly authRef: SecretStoreSpecProviderKeepersecurityAuthRef;
    /**
     * @schema SecretStoreSpecProviderKeepersecurity#folderID
     */
    readonly folderId: string;
    /**
     * @schema SecretStoreSpecProviderKeepersecurity#getByTitleFallback
     */
    readonly getByTitleFallback?: boolean;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKeepersecurity' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKeepersecurity(obj: SecretStoreSpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
/**
 * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
 *
 * @schema SecretStoreSpecProviderKubernetes
 */
export interface SecretStoreSpecProviderKubernetes {
    /**
     * Auth configures how secret-manager authenticates with a Kubernetes instance.
     *
     * @schema SecretStoreSpecProviderKubernetes#auth
     */
    readonly auth?: SecretStoreSpecProviderKubernetesAuth;
    /**
     * A reference to a secret that contains the auth information.
     *
     * @schema SecretStoreSpecProviderKubernetes#authRef
     */
    readonly authRef?: SecretStoreSpecProviderKubernetesAuthRef;
    /**
     * Remote namespace to fetch the secrets from
     *
     * @schema SecretStoreSpecProviderKubernetes#remoteNamespace
     */
    readonly remoteNamespace?: string;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema SecretStoreSpecProviderKubernetes#server
     */
    readonly server?: SecretStoreSpecProviderKubernetesServer;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetes' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetes(obj: SecretStoreSpecProviderKubernetes | undefined): Record<string, any> | undefined;
/**
 * NebiusMysterybox configures this store to sync secrets using NebiusMysterybox provider
 *
 * @schema SecretStoreSpecProviderNebiusmysterybox
 */
export interface SecretStoreSpecProviderNebiusmysterybox {
    /**
     * NebiusMysterybox API endpoint
     *
     * @schema SecretStoreSpecProviderNebiusmysterybox#apiDomain
     */
    readonly apiDomain: string;
    /**
     * Auth defines parameters to authenticate in MysteryBox
     *
     * @schema SecretStoreSpecProviderNebiusmysterybox#auth
     */
    readonly auth: SecretStoreSpecProviderNebiusmysteryboxAuth;
    /**
     * The provider for the CA bundle to use to validate NebiusMysterybox server certificate.
     *
     * @schema SecretStoreSpecProviderNebiusmysterybox#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderNebiusmysteryboxCaProvider;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysterybox' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysterybox(obj: SecretStoreSpecProviderNebiusmysterybox | undefined): Record<string, any> | undefined;
/**
 * Ngrok configures this store to sync secrets using the ngrok provider.
 *
 * @schema SecretStoreSpecProviderNgrok
 */
export interface SecretStoreSpecProviderNgrok {
    /**
     * APIURL is the URL of the ngrok API.
     *
     * @schema SecretStoreSpecProviderNgrok#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how the ngrok provider authenticates with the ngrok API.
     *
     * @schema SecretStoreSpecProviderNgrok#auth
     */
    readonly auth: SecretStoreSpecProviderNgrokAuth;
    /**
     * Vault configures the ngrok vault to sync secrets with.
     *
     * @schema SecretStoreSpecProviderNgrok#vault
     */
    readonly vault: SecretStoreSpecProviderNgrokVault;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNgrok' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNgrok(obj: SecretStoreSpecProviderNgrok | undefined): Record<string, any> | undefined;
/**
 * Onboardbase configures this store to sync secrets using the Onboardbase provider
 *
 * @schema SecretStoreSpecProviderOnboardbase
 */
export interface SecretStoreSpecProviderOnboardbase {
    /**
     * APIHost use this to configure the host url for the API for selfhosted installation, default is https://public.onboardbase.com/api/v1/
     *
     * @schema SecretStoreSpecProviderOnboardbase#apiHost
     */
    readonly apiHost: string;
    /**
     * Auth configures how the Operator authenticates with the Onboardbase API
     *
     * @schema SecretStoreSpecProviderOnboardbase#auth
     */
    readonly auth: SecretStoreSpecProviderOnboardbaseAuth;
    /**
     * Environment is the name of an environmnent within a project to pull the secrets from
     *
     * @schema SecretStoreSpecProviderOnboardbase#environment
     */
    readonly environment: string;
    /**
     * Project is an onboardbase project that the secrets should be pulled from
     *
     * @schema SecretStoreSpecProviderOnboardbase#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnboardbase' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnboardbase(obj: SecretStoreSpecProviderOnboardbase | undefined): Record<string, any> | undefined;
/**
 * OnePassword configures this store to sync secrets using the 1Password Cloud provider
 *
 * @schema SecretStoreSpecProviderOnepassword
 */
export interface SecretStoreSpecProviderOnepassword {
    /**
     * Auth defines the information necessary to authenticate against OnePassword Connect Server
     *
     * @schema SecretStoreSpecProviderOnepassword#auth
     */
    readonly auth: SecretStoreSpecProviderOnepasswordAuth;
    /**
     * ConnectHost defines the OnePassword Connect Server to connect to
     *
     * @schema SecretStoreSpecProviderOnepassword#connectHost
     */
    readonly connectHost: string;
    /**
     * Vaults defines which OnePassword vaults to search in which order
     *
     * @schema SecretStoreSpecProviderOnepassword#vaults
     */
    readonly vaults: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepassword' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepassword(obj: SecretStoreSpecProviderOnepassword | undefined): Record<string, any> | undefined;
/**
 * OnePasswordSDK configures this store to use 1Password's new Go SDK to sync secrets.
 *
 * @schema SecretStoreSpecProviderOnepasswordSdk
 */
export interface SecretStoreSpecProviderOnepasswordSdk {
    /**
     * Auth defines the information necessary to authenticate against OnePassword API.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdk#auth
     */
    readonly auth: SecretStoreSpecProviderOnepasswordSdkAuth;
    /**
     * Cache configures client-side caching for read operations (GetSecret, GetSecretMap).
     * When enabled, secrets are cached with the specified TTL.
     * Write operations (PushSecret, DeleteSecret) automatically invalidate relevant cache entries.
     * If omitted, caching is disabled (default).
     * cache: {} is a valid option to set.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdk#cache
     */
    readonly cache?: SecretStoreSpecProviderOnepasswordSdkCache;
    /**
     * Environment defines the 1Password Environment ID to read variables from.
     * Environments are read-only: PushSecret, DeleteSecret, and SecretExists return an error when set.
     * Mutually exclusive with Vault.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdk#environment
     */
    readonly environment?: string;
    /**
     * IntegrationInfo specifies the name and version of the integration built using the 1Password Go SDK.
     * If you don't know which name and version to use, use `DefaultIntegrationName` and `DefaultIntegrationVersion`, respectively.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdk#integrationInfo
     */
    readonly integrationInfo?: SecretStoreSpecProviderOnepasswordSdkIntegrationInfo;
    /**
     * Vault defines the vault's name or uuid to access. Do NOT add op:// prefix. This will be done automatically.
     * Mutually exclusive with Environment.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdk#vault
     */
    readonly vault?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordSdk' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordSdk(obj: SecretStoreSpecProviderOnepasswordSdk | undefined): Record<string, any> | undefined;
/**
 * OpenBao configures this store to sync secrets using the OpenBao provider.
 *
 * @schema SecretStoreSpecProviderOpenBao
 */
export interface SecretStoreSpecProviderOpenBao {
    /**
     * Auth configures how secret-manager authenticates with the OpenBao server.
     *
     * @schema SecretStoreSpecProviderOpenBao#auth
     */
    readonly auth?: SecretStoreSpecProviderOpenBaoAuth;
    /**
     * PEM encoded CA bundle used to validate the OpenBao server certificate. If
     * this and `caProvider` are not set the system root certificates are used
     * to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderOpenBao#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate OpenBao server
     * certificate. If this and `caBundle` are not set the system root
     * certificates are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderOpenBao#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderOpenBaoCaProvider;
    /**
     * Name of the [OpenBao Namespace]. Namespaces is a set of features within
     * OpenBao that allows OpenBao environments to support secure multi-tenancy.
     * e.g: "ns1".
     *
     * [OpenBao Namespace]: https://openbao.org/docs/concepts/namespaces/
     *
     * @schema SecretStoreSpecProviderOpenBao#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the OpenBao KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from OpenBao is optional and will be appended
     * if not present in specified path.
     *
     * @schema SecretStoreSpecProviderOpenBao#path
     */
    readonly path?: string;
    /**
     * Server is the connection address for the OpenBao server, e.g: `https://openbao.example.com:8200`.
     *
     * @schema SecretStoreSpecProviderOpenBao#server
     */
    readonly server: string;
    /**
     * Version is the OpenBao KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema SecretStoreSpecProviderOpenBao#version
     */
    readonly version?: SecretStoreSpecProviderOpenBaoVersion;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBao' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBao(obj: SecretStoreSpecProviderOpenBao | undefined): Record<string, any> | undefined;
/**
 * Oracle configures this store to sync secrets using Oracle Vault provider
 *
 * @schema SecretStoreSpecProviderOracle
 */
export interface SecretStoreSpecProviderOracle {
    /**
     * Auth configures how secret-manager authenticates with the Oracle Vault.
     * If empty, use the instance principal, otherwise the user credentials specified in Auth.
     *
     * @schema SecretStoreSpecProviderOracle#auth
     */
    readonly auth?: SecretStoreSpecProviderOracleAuth;
    /**
     * Compartment is the vault compartment OCID.
     * Required for PushSecret
     *
     * @schema SecretStoreSpecProviderOracle#compartment
     */
    readonly compartment?: string;
    /**
     * EncryptionKey is the OCID of the encryption key within the vault.
     * Required for PushSecret
     *
     * @schema SecretStoreSpecProviderOracle#encryptionKey
     */
    readonly encryptionKey?: string;
    /**
     * The type of principal to use for authentication. If left blank, the Auth struct will
     * determine the principal type. This optional field must be specified if using
     * workload identity.
     *
     * @schema SecretStoreSpecProviderOracle#principalType
     */
    readonly principalType?: SecretStoreSpecProviderOraclePrincipalType;
    /**
     * Region is the region where vault is located.
     *
     * @schema SecretStoreSpecProviderOracle#region
     */
    readonly region: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema SecretStoreSpecProviderOracle#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderOracleServiceAccountRef;
    /**
     * Vault is the vault's OCID of the specific vault where secret is located.
     *
     * @schema SecretStoreSpecProviderOracle#vault
     */
    readonly vault: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracle' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracle(obj: SecretStoreSpecProviderOracle | undefined): Record<string, any> | undefined;
/**
 * OVHcloud configures this store to sync secrets using the OVHcloud provider.
 *
 * @schema SecretStoreSpecProviderOvh
 */
export interface SecretStoreSpecProviderOvh {
    /**
     * Authentication method (mtls or token).
     *
     * @schema SecretStoreSpecProviderOvh#auth
     */
    readonly auth: SecretStoreSpecProviderOvhAuth;
    /**
     * Enables or disables check-and-set (CAS) (default: false).
     *
     * @schema SecretStoreSpecProviderOvh#casRequired
     */
    readonly casRequired?: boolean;
    /**
     * Setup a timeout in seconds when requests to the KMS are made (default: 30).
     *
     * @schema SecretStoreSpecProviderOvh#okmsTimeout
     */
    readonly okmsTimeout?: number;
    /**
     * specifies the OKMS ID.
     *
     * @schema SecretStoreSpecProviderOvh#okmsid
     */
    readonly okmsid: string;
    /**
     * specifies the OKMS server endpoint.
     *
     * @schema SecretStoreSpecProviderOvh#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvh' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvh(obj: SecretStoreSpecProviderOvh | undefined): Record<string, any> | undefined;
/**
 * PassboltProvider provides access to Passbolt secrets manager.
 * See: https://www.passbolt.com.
 *
 * @schema SecretStoreSpecProviderPassbolt
 */
export interface SecretStoreSpecProviderPassbolt {
    /**
     * Auth defines the information necessary to authenticate against Passbolt Server
     *
     * @schema SecretStoreSpecProviderPassbolt#auth
     */
    readonly auth: SecretStoreSpecProviderPassboltAuth;
    /**
     * PEM encoded CA bundle used to validate Passbolt server certificate. Only used
     * if the Host URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderPassbolt#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Passbolt server certificate.
     *
     * @schema SecretStoreSpecProviderPassbolt#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderPassboltCaProvider;
    /**
     * Host defines the Passbolt Server to connect to
     *
     * @schema SecretStoreSpecProviderPassbolt#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassbolt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassbolt(obj: SecretStoreSpecProviderPassbolt | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
 *
 * @schema SecretStoreSpecProviderPassworddepot
 */
export interface SecretStoreSpecProviderPassworddepot {
    /**
     * Auth configures how secret-manager authenticates with a Password Depot instance.
     *
     * @schema SecretStoreSpecProviderPassworddepot#auth
     */
    readonly auth: SecretStoreSpecProviderPassworddepotAuth;
    /**
     * Database to use as source
     *
     * @schema SecretStoreSpecProviderPassworddepot#database
     */
    readonly database: string;
    /**
     * URL configures the Password Depot instance URL.
     *
     * @schema SecretStoreSpecProviderPassworddepot#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassworddepot' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassworddepot(obj: SecretStoreSpecProviderPassworddepot | undefined): Record<string, any> | undefined;
/**
 * Previder configures this store to sync secrets using the Previder provider
 *
 * @schema SecretStoreSpecProviderPrevider
 */
export interface SecretStoreSpecProviderPrevider {
    /**
     * PreviderAuth contains a secretRef for credentials.
     *
     * @schema SecretStoreSpecProviderPrevider#auth
     */
    readonly auth: SecretStoreSpecProviderPreviderAuth;
    /**
     * @schema SecretStoreSpecProviderPrevider#baseUri
     */
    readonly baseUri?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPrevider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPrevider(obj: SecretStoreSpecProviderPrevider | undefined): Record<string, any> | undefined;
/**
 * Pulumi configures this store to sync secrets using the Pulumi provider
 *
 * @schema SecretStoreSpecProviderPulumi
 */
export interface SecretStoreSpecProviderPulumi {
    /**
     * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
     *
     * Deprecated: Use auth.accessToken instead.
     *
     * @schema SecretStoreSpecProviderPulumi#accessToken
     */
    readonly accessToken?: SecretStoreSpecProviderPulumiAccessToken;
    /**
     * APIURL is the URL of the Pulumi API.
     *
     * @schema SecretStoreSpecProviderPulumi#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how the Operator authenticates with the Pulumi API.
     * Either auth or the deprecated accessToken field must be specified.
     *
     * @schema SecretStoreSpecProviderPulumi#auth
     */
    readonly auth?: SecretStoreSpecProviderPulumiAuth;
    /**
     * Environment are YAML documents composed of static key-value pairs, programmatic expressions,
     * dynamically retrieved values from supported providers including all major clouds,
     * and other Pulumi ESC environments.
     * To create a new environment, visit https://www.pulumi.com/docs/esc/environments/ for more information.
     *
     * @schema SecretStoreSpecProviderPulumi#environment
     */
    readonly environment: string;
    /**
     * Organization are a space to collaborate on shared projects and stacks.
     * To create a new organization, visit https://app.pulumi.com/ and click "New Organization".
     *
     * @schema SecretStoreSpecProviderPulumi#organization
     */
    readonly organization: string;
    /**
     * Project is the name of the Pulumi ESC project the environment belongs to.
     *
     * @schema SecretStoreSpecProviderPulumi#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumi' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumi(obj: SecretStoreSpecProviderPulumi | undefined): Record<string, any> | undefined;
/**
 * Scaleway configures this store to sync secrets using the Scaleway provider.
 *
 * @schema SecretStoreSpecProviderScaleway
 */
export interface SecretStoreSpecProviderScaleway {
    /**
     * AccessKey is the non-secret part of the api key.
     *
     * @schema SecretStoreSpecProviderScaleway#accessKey
     */
    readonly accessKey: SecretStoreSpecProviderScalewayAccessKey;
    /**
     * APIURL is the url of the api to use. Defaults to https://api.scaleway.com
     *
     * @default https://api.scaleway.com
     * @schema SecretStoreSpecProviderScaleway#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * ProjectID is the id of your project, which you can find in the console: https://console.scaleway.com/project/settings
     *
     * @schema SecretStoreSpecProviderScaleway#projectId
     */
    readonly projectId: string;
    /**
     * Region where your secrets are located: https://developers.scaleway.com/en/quickstart/#region-and-zone
     *
     * @schema SecretStoreSpecProviderScaleway#region
     */
    readonly region: string;
    /**
     * SecretKey is the non-secret part of the api key.
     *
     * @schema SecretStoreSpecProviderScaleway#secretKey
     */
    readonly secretKey: SecretStoreSpecProviderScalewaySecretKey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderScaleway' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderScaleway(obj: SecretStoreSpecProviderScaleway | undefined): Record<string, any> | undefined;
/**
 * SecretServer configures this store to sync secrets using SecretServer provider
 * https://docs.delinea.com/online-help/secret-server/start.htm
 *
 * @schema SecretStoreSpecProviderSecretserver
 */
export interface SecretStoreSpecProviderSecretserver {
    /**
     * PEM/base64 encoded CA bundle used to validate Secret ServerURL. Only used
     * if the ServerURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderSecretserver#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Secret ServerURL certificate.
     *
     * @schema SecretStoreSpecProviderSecretserver#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderSecretserverCaProvider;
    /**
     * Domain is the secret server domain.
     *
     * @schema SecretStoreSpecProviderSecretserver#domain
     */
    readonly domain?: string;
    /**
     * Password is the secret server account password.
     * Required unless Token is set.
     *
     * @schema SecretStoreSpecProviderSecretserver#password
     */
    readonly password?: SecretStoreSpecProviderSecretserverPassword;
    /**
     * ServerURL
     * URL to your secret server installation
     *
     * @schema SecretStoreSpecProviderSecretserver#serverURL
     */
    readonly serverUrl: string;
    /**
     * Token is an access token used to authenticate to the secret server,
     * as an alternative to Username and Password. When set, Username and
     * Password are not required and are ignored.
     *
     * @schema SecretStoreSpecProviderSecretserver#token
     */
    readonly token?: SecretStoreSpecProviderSecretserverToken;
    /**
     * Username is the secret server account username.
     * Required unless Token is set.
     *
     * @schema SecretStoreSpecProviderSecretserver#username
     */
    readonly username?: SecretStoreSpecProviderSecretserverUsername;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserver' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserver(obj: SecretStoreSpecProviderSecretserver | undefined): Record<string, any> | undefined;
/**
 * Senhasegura configures this store to sync secrets using senhasegura provider
 *
 * @schema SecretStoreSpecProviderSenhasegura
 */
export interface SecretStoreSpecProviderSenhasegura {
    /**
     * Auth defines parameters to authenticate in senhasegura
     *
     * @schema SecretStoreSpecProviderSenhasegura#auth
     */
    readonly auth: SecretStoreSpecProviderSenhaseguraAuth;
    /**
     * IgnoreSslCertificate defines if SSL certificate must be ignored
     *
     * @schema SecretStoreSpecProviderSenhasegura#ignoreSslCertificate
     */
    readonly ignoreSslCertificate?: boolean;
    /**
     * Module defines which senhasegura module should be used to get secrets
     *
     * @schema SecretStoreSpecProviderSenhasegura#module
     */
    readonly module: string;
    /**
     * URL of senhasegura
     *
     * @schema SecretStoreSpecProviderSenhasegura#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSenhasegura' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSenhasegura(obj: SecretStoreSpecProviderSenhasegura | undefined): Record<string, any> | undefined;
/**
 * Vault configures this store to sync secrets using the HashiCorp Vault provider.
 *
 * @schema SecretStoreSpecProviderVault
 */
export interface SecretStoreSpecProviderVault {
    /**
     * Auth configures how secret-manager authenticates with the Vault server.
     *
     * @schema SecretStoreSpecProviderVault#auth
     */
    readonly auth?: SecretStoreSpecProviderVaultAuth;
    /**
     * PEM encoded CA bundle used to validate Vault server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderVault#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Vault server certificate.
     *
     * @schema SecretStoreSpecProviderVault#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderVaultCaProvider;
    /**
     * CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.
     * Only applies to Vault KV v2 stores. When enabled, write operations must include
     * the current version of the secret to prevent unintentional overwrites.
     *
     * @schema SecretStoreSpecProviderVault#checkAndSet
     */
    readonly checkAndSet?: SecretStoreSpecProviderVaultCheckAndSet;
    /**
     * ForwardInconsistent tells Vault to forward read-after-write requests to the Vault
     * leader instead of simply retrying within a loop. This can increase performance if
     * the option is enabled serverside.
     * https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
     *
     * @schema SecretStoreSpecProviderVault#forwardInconsistent
     */
    readonly forwardInconsistent?: boolean;
    /**
     * Headers to be added in Vault request
     *
     * @schema SecretStoreSpecProviderVault#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     *
     * @schema SecretStoreSpecProviderVault#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the Vault KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from Vault is optional and will be appended
     * if not present in specified path.
     *
     * @schema SecretStoreSpecProviderVault#path
     */
    readonly path?: string;
    /**
     * ReadYourWrites ensures isolated read-after-write semantics by
     * providing discovered cluster replication states in each request.
     * More information about eventual consistency in Vault can be found here
     * https://www.vaultproject.io/docs/enterprise/consistency
     *
     * @schema SecretStoreSpecProviderVault#readYourWrites
     */
    readonly readYourWrites?: boolean;
    /**
     * Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
     *
     * @schema SecretStoreSpecProviderVault#server
     */
    readonly server: string;
    /**
     * The configuration used for client side related TLS communication, when the Vault server
     * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
     * This parameter is ignored for plain HTTP protocol connection.
     * It's worth noting this configuration is different from the "TLS certificates auth method",
     * which is available under the `auth.cert` section.
     *
     * @schema SecretStoreSpecProviderVault#tls
     */
    readonly tls?: SecretStoreSpecProviderVaultTls;
    /**
     * Version is the Vault KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema SecretStoreSpecProviderVault#version
     */
    readonly version?: SecretStoreSpecProviderVaultVersion;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVault' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVault(obj: SecretStoreSpecProviderVault | undefined): Record<string, any> | undefined;
/**
 * Volcengine configures this store to sync secrets using the Volcengine provider
 *
 * @schema SecretStoreSpecProviderVolcengine
 */
export interface SecretStoreSpecProviderVolcengine {
    /**
     * Auth defines the authentication method to use.
     * If not specified, the provider will try to use IRSA (IAM Role for Service Account).
     *
     * @schema SecretStoreSpecProviderVolcengine#auth
     */
    readonly auth?: SecretStoreSpecProviderVolcengineAuth;
    /**
     * Region specifies the Volcengine region to connect to.
     *
     * @schema SecretStoreSpecProviderVolcengine#region
     */
    readonly region: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengine' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengine(obj: SecretStoreSpecProviderVolcengine | undefined): Record<string, any> | undefined;
/**
 * Webhook configures this store to sync secrets using a generic templated webhook
 *
 * @schema SecretStoreSpecProviderWebhook
 */
export interface SecretStoreSpecProviderWebhook {
    /**
     * Auth specifies a authorization protocol. Only one protocol may be set.
     *
     * @schema SecretStoreSpecProviderWebhook#auth
     */
    readonly auth?: SecretStoreSpecProviderWebhookAuth;
    /**
     * Body
     *
     * @schema SecretStoreSpecProviderWebhook#body
     */
    readonly body?: string;
    /**
     * PEM encoded CA bundle used to validate webhook server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreSpecProviderWebhook#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate webhook server certificate.
     *
     * @schema SecretStoreSpecProviderWebhook#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderWebhookCaProvider;
    /**
     * Headers
     *
     * @schema SecretStoreSpecProviderWebhook#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Webhook Method
     *
     * @schema SecretStoreSpecProviderWebhook#method
     */
    readonly method?: string;
    /**
     * Result formatting
     *
     * @schema SecretStoreSpecProviderWebhook#result
     */
    readonly result?: SecretStoreSpecProviderWebhookResult;
    /**
     * Secrets to fill in templates
     * These secrets will be passed to the templating function as key value pairs under the given name
     *
     * @schema SecretStoreSpecProviderWebhook#secrets
     */
    readonly secrets?: SecretStoreSpecProviderWebhookSecrets[];
    /**
     * Timeout
     *
     * @schema SecretStoreSpecProviderWebhook#timeout
     */
    readonly timeout?: string;
    /**
     * Webhook url to call
     *
     * @schema SecretStoreSpecProviderWebhook#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhook' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhook(obj: SecretStoreSpecProviderWebhook | undefined): Record<string, any> | undefined;
/**
 * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanager
 */
export interface SecretStoreSpecProviderYandexcertificatemanager {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanager#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex.Cloud
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanager#auth
     */
    readonly auth: SecretStoreSpecProviderYandexcertificatemanagerAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanager#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderYandexcertificatemanagerCaProvider;
    /**
     * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as certificate ID or certificate name
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanager#fetching
     */
    readonly fetching?: SecretStoreSpecProviderYandexcertificatemanagerFetching;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanager' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanager(obj: SecretStoreSpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
/**
 * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
 *
 * @schema SecretStoreSpecProviderYandexlockbox
 */
export interface SecretStoreSpecProviderYandexlockbox {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema SecretStoreSpecProviderYandexlockbox#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex.Cloud
     *
     * @schema SecretStoreSpecProviderYandexlockbox#auth
     */
    readonly auth: SecretStoreSpecProviderYandexlockboxAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema SecretStoreSpecProviderYandexlockbox#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderYandexlockboxCaProvider;
    /**
     * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID or secret name
     *
     * @schema SecretStoreSpecProviderYandexlockbox#fetching
     */
    readonly fetching?: SecretStoreSpecProviderYandexlockboxFetching;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockbox' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockbox(obj: SecretStoreSpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SecretStoreSpecConditionsNamespaceSelectorMatchExpressions
 */
export interface SecretStoreSpecConditionsNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SecretStoreSpecConditionsNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SecretStoreSpecConditionsNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(obj: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Akeyless.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRef
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRef {
    /**
     * Kubernetes authenticates with Akeyless by passing the ServiceAccount
     * token stored in the named Secret resource.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRef#kubernetesAuth
     */
    readonly kubernetesAuth?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth;
    /**
     * Reference to a Secret that contains the details
     * to authenticate with Akeyless.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRef#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef;
    /**
     * ServiceAccountRef specifies a Kubernetes ServiceAccount used for azure_ad
     * authentication on AKS Workload Identity. The operator obtains a federated
     * identity token from this ServiceAccount via the TokenRequest API instead
     * of using the ESO controller pod identity. Ignored for other access types.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRef#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
 *
 * @schema SecretStoreSpecProviderAkeylessCaProvider
 */
export interface SecretStoreSpecProviderAkeylessCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderAkeylessCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderAkeylessCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderAkeylessCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderAkeylessCaProvider#type
     */
    readonly type: SecretStoreSpecProviderAkeylessCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessCaProvider(obj: SecretStoreSpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against AWS
 * if not set aws sdk will infer credentials from your environment
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema SecretStoreSpecProviderAwsAuth
 */
export interface SecretStoreSpecProviderAwsAuth {
    /**
     * AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
     *
     * @schema SecretStoreSpecProviderAwsAuth#jwt
     */
    readonly jwt?: SecretStoreSpecProviderAwsAuthJwt;
    /**
     * AWSAuthSecretRef holds secret references for AWS credentials
     * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
     *
     * @schema SecretStoreSpecProviderAwsAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderAwsAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuth(obj: SecretStoreSpecProviderAwsAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
 *
 * @schema SecretStoreSpecProviderAwsSecretsManager
 */
export interface SecretStoreSpecProviderAwsSecretsManager {
    /**
     * Specifies whether to delete the secret without any recovery window. You
     * can't use both this parameter and RecoveryWindowInDays in the same call.
     * If you don't use either, then by default Secrets Manager uses a 30 day
     * recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
     *
     * @schema SecretStoreSpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
     */
    readonly forceDeleteWithoutRecovery?: boolean;
    /**
     * The number of days from 7 to 30 that Secrets Manager waits before
     * permanently deleting the secret. You can't use both this parameter and
     * ForceDeleteWithoutRecovery in the same call. If you don't use either,
     * then by default Secrets Manager uses a 30-day recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays
     *
     * @schema SecretStoreSpecProviderAwsSecretsManager#recoveryWindowInDays
     */
    readonly recoveryWindowInDays?: number;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsSecretsManager' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsSecretsManager(obj: SecretStoreSpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
/**
 * Service defines which service should be used to fetch the secrets
 *
 * @schema SecretStoreSpecProviderAwsService
 */
export declare enum SecretStoreSpecProviderAwsService {
    /** SecretsManager */
    SECRETS_MANAGER = "SecretsManager",
    /** ParameterStore */
    PARAMETER_STORE = "ParameterStore",
    /** CertificateManager */
    CERTIFICATE_MANAGER = "CertificateManager"
}
/**
 * Tag is a key-value pair that can be attached to an AWS resource.
 * see: https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html
 *
 * @schema SecretStoreSpecProviderAwsSessionTags
 */
export interface SecretStoreSpecProviderAwsSessionTags {
    /**
     * @schema SecretStoreSpecProviderAwsSessionTags#key
     */
    readonly key: string;
    /**
     * @schema SecretStoreSpecProviderAwsSessionTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsSessionTags' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsSessionTags(obj: SecretStoreSpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
/**
 * SessionTagsPolicy controls whether and how STS session tags are added when assuming roles.
 * None (default): no tags are added.
 * Simple: automatically adds esoNamespace (from the ExternalSecret), esoStoreName, and esoStoreKind tags.
 * Custom: adds esoNamespace, esoStoreName, and esoStoreKind plus any tags defined in CustomSessionTags.
 * Note: the IAM role must have sts:TagSession permission when using Simple or Custom.
 *
 * @schema SecretStoreSpecProviderAwsSessionTagsPolicy
 */
export declare enum SecretStoreSpecProviderAwsSessionTagsPolicy {
    /** None */
    NONE = "None",
    /** Simple */
    SIMPLE = "Simple",
    /** Custom */
    CUSTOM = "Custom"
}
/**
 * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
 *
 * @schema SecretStoreSpecProviderAzurekvAuthSecretRef
 */
export interface SecretStoreSpecProviderAzurekvAuthSecretRef {
    /**
     * The Azure ClientCertificate of the service principle used for authentication.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRef#clientCertificate
     */
    readonly clientCertificate?: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate;
    /**
     * The Azure clientId of the service principle or managed identity used for authentication.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRef#clientId
     */
    readonly clientId?: SecretStoreSpecProviderAzurekvAuthSecretRefClientId;
    /**
     * The Azure ClientSecret of the service principle used for authentication.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRef#clientSecret
     */
    readonly clientSecret?: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret;
    /**
     * The Azure tenantId of the managed identity used for authentication.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRef#tenantId
     */
    readonly tenantId?: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRef(obj: SecretStoreSpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth type defines how to authenticate to the keyvault service.
 * Valid values are:
 * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
 * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
 * - "WorkloadIdentity": Using a Kubernetes ServiceAccount federated with Entra ID
 *
 * @schema SecretStoreSpecProviderAzurekvAuthType
 */
export declare enum SecretStoreSpecProviderAzurekvAuthType {
    /** ServicePrincipal */
    SERVICE_PRINCIPAL = "ServicePrincipal",
    /** ManagedIdentity */
    MANAGED_IDENTITY = "ManagedIdentity",
    /** WorkloadIdentity */
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
/**
 * CustomCloudConfig defines custom Azure endpoints for non-standard clouds.
 * Required when EnvironmentType is AzureStackCloud.
 * Optional for other environment types - useful for Azure China when using Workload Identity
 * with AKS, where the OIDC issuer (login.partner.microsoftonline.cn) differs from the
 * standard China Cloud endpoint (login.chinacloudapi.cn).
 * IMPORTANT: This feature REQUIRES UseAzureSDK to be set to true. Custom cloud
 * configuration is not supported with the legacy go-autorest SDK.
 *
 * @schema SecretStoreSpecProviderAzurekvCustomCloudConfig
 */
export interface SecretStoreSpecProviderAzurekvCustomCloudConfig {
    /**
     * ActiveDirectoryEndpoint is the AAD endpoint for authentication
     * Required when using custom cloud configuration
     *
     * @schema SecretStoreSpecProviderAzurekvCustomCloudConfig#activeDirectoryEndpoint
     */
    readonly activeDirectoryEndpoint: string;
    /**
     * KeyVaultDNSSuffix is the DNS suffix for Key Vault URLs
     *
     * @schema SecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultDNSSuffix
     */
    readonly keyVaultDnsSuffix?: string;
    /**
     * KeyVaultEndpoint is the Key Vault service endpoint
     *
     * @schema SecretStoreSpecProviderAzurekvCustomCloudConfig#keyVaultEndpoint
     */
    readonly keyVaultEndpoint?: string;
    /**
     * ResourceManagerEndpoint is the Azure Resource Manager endpoint
     *
     * @schema SecretStoreSpecProviderAzurekvCustomCloudConfig#resourceManagerEndpoint
     */
    readonly resourceManagerEndpoint?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvCustomCloudConfig' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvCustomCloudConfig(obj: SecretStoreSpecProviderAzurekvCustomCloudConfig | undefined): Record<string, any> | undefined;
/**
 * EnvironmentType specifies the Azure cloud environment endpoints to use for
 * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
 * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
 * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud, AzureStackCloud
 * Use AzureStackCloud when you need to configure custom Azure Stack Hub or Azure Stack Edge endpoints.
 *
 * @schema SecretStoreSpecProviderAzurekvEnvironmentType
 */
export declare enum SecretStoreSpecProviderAzurekvEnvironmentType {
    /** PublicCloud */
    PUBLIC_CLOUD = "PublicCloud",
    /** USGovernmentCloud */
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    /** ChinaCloud */
    CHINA_CLOUD = "ChinaCloud",
    /** GermanCloud */
    GERMAN_CLOUD = "GermanCloud",
    /** AzureStackCloud */
    AZURE_STACK_CLOUD = "AzureStackCloud"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema SecretStoreSpecProviderAzurekvServiceAccountRef
 */
export interface SecretStoreSpecProviderAzurekvServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderAzurekvServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderAzurekvServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAzurekvServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvServiceAccountRef(obj: SecretStoreSpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * BarbicanAuth contains the authentication information for Barbican.
 *
 * @schema SecretStoreSpecProviderBarbicanAuth
 */
export interface SecretStoreSpecProviderBarbicanAuth {
    /**
     * BarbicanProviderPasswordRef defines a reference to a secret containing password for the Barbican provider.
     *
     * @schema SecretStoreSpecProviderBarbicanAuth#password
     */
    readonly password: SecretStoreSpecProviderBarbicanAuthPassword;
    /**
     * BarbicanProviderUsernameRef defines a reference to a secret containing username for the Barbican provider.
     *
     * @schema SecretStoreSpecProviderBarbicanAuth#username
     */
    readonly username: SecretStoreSpecProviderBarbicanAuthUsername;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbicanAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbicanAuth(obj: SecretStoreSpecProviderBarbicanAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Beyondtrust.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuth
 */
export interface SecretStoreSpecProviderBeyondtrustAuth {
    /**
     * APIKey If not provided then ClientID/ClientSecret become required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuth#apiKey
     */
    readonly apiKey?: SecretStoreSpecProviderBeyondtrustAuthApiKey;
    /**
     * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuth#certificate
     */
    readonly certificate?: SecretStoreSpecProviderBeyondtrustAuthCertificate;
    /**
     * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuth#certificateKey
     */
    readonly certificateKey?: SecretStoreSpecProviderBeyondtrustAuthCertificateKey;
    /**
     * ClientID is the API OAuth Client ID.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuth#clientId
     */
    readonly clientId?: SecretStoreSpecProviderBeyondtrustAuthClientId;
    /**
     * ClientSecret is the API OAuth Client Secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuth#clientSecret
     */
    readonly clientSecret?: SecretStoreSpecProviderBeyondtrustAuthClientSecret;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuth(obj: SecretStoreSpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how API server works.
 *
 * @schema SecretStoreSpecProviderBeyondtrustServer
 */
export interface SecretStoreSpecProviderBeyondtrustServer {
    /**
     * @schema SecretStoreSpecProviderBeyondtrustServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * @schema SecretStoreSpecProviderBeyondtrustServer#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Timeout specifies a time limit for requests made by this Client. The timeout includes connection time, any redirects, and reading the response body. Defaults to 45 seconds.
     *
     * @default 45 seconds.
     * @schema SecretStoreSpecProviderBeyondtrustServer#clientTimeOutSeconds
     */
    readonly clientTimeOutSeconds?: number;
    /**
     * When true, the response includes the decrypted password. When false, the password field is omitted. This option only applies to the SECRET retrieval type. Default: true.
     *
     * @schema SecretStoreSpecProviderBeyondtrustServer#decrypt
     */
    readonly decrypt?: boolean;
    /**
     * The secret retrieval type. SECRET = Secrets Safe (credential, text, file). MANAGED_ACCOUNT = Password Safe account associated with a system.
     *
     * @schema SecretStoreSpecProviderBeyondtrustServer#retrievalType
     */
    readonly retrievalType?: string;
    /**
     * A character that separates the folder names.
     *
     * @schema SecretStoreSpecProviderBeyondtrustServer#separator
     */
    readonly separator?: string;
    /**
     * @schema SecretStoreSpecProviderBeyondtrustServer#verifyCA
     */
    readonly verifyCa: boolean;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustServer' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustServer(obj: SecretStoreSpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the BeyondTrust Workload Credentials API.
 * Currently supports API key authentication via Kubernetes secret reference.
 * For authentication setup, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth {
    /**
     * APIKey configures API token authentication for BeyondTrust Workload Credentials.
     * The token is retrieved from a Kubernetes secret and used as a Bearer token for API requests.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth#apikey
     */
    readonly apikey: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth | undefined): Record<string, any> | undefined;
/**
 * CAProvider points to a Secret or ConfigMap containing a PEM-encoded CA certificate.
 * This is used to validate the BeyondTrust Workload Credentials API TLS certificate.
 * Use this as an alternative to CABundle when you want to reference an existing Kubernetes resource.
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider#type
     */
    readonly type: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider | undefined): Record<string, any> | undefined;
/**
 * Server configures the BeyondTrust Workload Credentials server connection details.
 * Includes the API URL and Site ID for your BeyondTrust instance.
 * For API reference, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer {
    /**
     * APIURL is the base URL of your BeyondTrust Workload Credentials API server.
     * This should be the full URL to your BeyondTrust instance.
     * Example: https://api.beyondtrust.io/siie
     * For more information, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#base-url
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * SiteID is your BeyondTrust Workload Credentials site identifier (UUID format).
     * This identifier is unique to your BeyondTrust Workload Credentials instance.
     * You can find your Site ID in the BeyondTrust Workload Credentials admin console.
     * Example: a1b2c3d4-e5f6-4890-abcd-ef1234567890
     * For more information, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer#siteId
     */
    readonly siteId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
 * Make sure that the token being used has permissions on the given secret.
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuth
 */
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuth {
    /**
     * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBitwardensecretsmanagerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuth(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProvider
 */
export interface SecretStoreSpecProviderBitwardensecretsmanagerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProvider#type
     */
    readonly type: SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBitwardensecretsmanagerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj: SecretStoreSpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against chef Server
 *
 * @schema SecretStoreSpecProviderChefAuth
 */
export interface SecretStoreSpecProviderChefAuth {
    /**
     * ChefAuthSecretRef holds secret references for chef server login credentials.
     *
     * @schema SecretStoreSpecProviderChefAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderChefAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderChefAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderChefAuth(obj: SecretStoreSpecProviderChefAuth | undefined): Record<string, any> | undefined;
/**
 * CSMAuth contains a secretRef for credentials.
 *
 * @schema SecretStoreSpecProviderCloudrusmAuth
 */
export interface SecretStoreSpecProviderCloudrusmAuth {
    /**
     * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderCloudrusmAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCloudrusmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCloudrusmAuth(obj: SecretStoreSpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
/**
 * Defines authentication settings for connecting to Conjur.
 *
 * @schema SecretStoreSpecProviderConjurAuth
 */
export interface SecretStoreSpecProviderConjurAuth {
    /**
     * Authenticates with Conjur using an API key.
     *
     * @schema SecretStoreSpecProviderConjurAuth#apikey
     */
    readonly apikey?: SecretStoreSpecProviderConjurAuthApikey;
    /**
     * Cert enables certificate-based authentication using a client certificate and key.
     *
     * @schema SecretStoreSpecProviderConjurAuth#cert
     */
    readonly cert?: SecretStoreSpecProviderConjurAuthCert;
    /**
     * Jwt enables JWT authentication using Kubernetes service account tokens.
     *
     * @schema SecretStoreSpecProviderConjurAuth#jwt
     */
    readonly jwt?: SecretStoreSpecProviderConjurAuthJwt;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuth(obj: SecretStoreSpecProviderConjurAuth | undefined): Record<string, any> | undefined;
/**
 * Used to provide custom certificate authority (CA) certificates
 * for a secret store. The CAProvider points to a Secret or ConfigMap resource
 * that contains a PEM-encoded certificate.
 *
 * @schema SecretStoreSpecProviderConjurCaProvider
 */
export interface SecretStoreSpecProviderConjurCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderConjurCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderConjurCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderConjurCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderConjurCaProvider#type
     */
    readonly type: SecretStoreSpecProviderConjurCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurCaProvider(obj: SecretStoreSpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures authentication to the Kubernetes API, same as the
 * Kubernetes provider. Required when Server.URL is set (unless using AuthRef).
 *
 * @schema SecretStoreSpecProviderCrdAuth
 */
export interface SecretStoreSpecProviderCrdAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema SecretStoreSpecProviderCrdAuth#cert
     */
    readonly cert?: SecretStoreSpecProviderCrdAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema SecretStoreSpecProviderCrdAuth#serviceAccount
     */
    readonly serviceAccount?: SecretStoreSpecProviderCrdAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema SecretStoreSpecProviderCrdAuth#token
     */
    readonly token?: SecretStoreSpecProviderCrdAuthToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuth(obj: SecretStoreSpecProviderCrdAuth | undefined): Record<string, any> | undefined;
/**
 * AuthRef references a Secret containing a kubeconfig. Same semantics as the
 * Kubernetes provider.
 *
 * @schema SecretStoreSpecProviderCrdAuthRef
 */
export interface SecretStoreSpecProviderCrdAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCrdAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCrdAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCrdAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthRef(obj: SecretStoreSpecProviderCrdAuthRef | undefined): Record<string, any> | undefined;
/**
 * Resource identifies the CRD by its API group, version and kind.
 *
 * @schema SecretStoreSpecProviderCrdResource
 */
export interface SecretStoreSpecProviderCrdResource {
    /**
     * Group is the API group of the resource. Use "" (empty string) for core
     * Kubernetes resources such as ConfigMap; use e.g. "config.example.io"
     * for a CRD. The field is required to be present in the manifest — write
     * `group: ""` explicitly for core resources so typos fail at admission
     * time rather than later at discovery.
     *
     * @schema SecretStoreSpecProviderCrdResource#group
     */
    readonly group: string;
    /**
     * Kind is the Kubernetes resource kind (e.g. "MyCustomResource").
     *
     * @schema SecretStoreSpecProviderCrdResource#kind
     */
    readonly kind: string;
    /**
     * Version is the API version of the resource (e.g. "v1alpha1").
     *
     * @schema SecretStoreSpecProviderCrdResource#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdResource' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdResource(obj: SecretStoreSpecProviderCrdResource | undefined): Record<string, any> | undefined;
/**
 * Server configures the Kubernetes API address and TLS trust, same as the
 * Kubernetes provider. When omitted, the URL defaults to the in-cluster API.
 *
 * @schema SecretStoreSpecProviderCrdServer
 */
export interface SecretStoreSpecProviderCrdServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema SecretStoreSpecProviderCrdServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreSpecProviderCrdServer#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderCrdServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema SecretStoreSpecProviderCrdServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdServer' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdServer(obj: SecretStoreSpecProviderCrdServer | undefined): Record<string, any> | undefined;
/**
 * Whitelist optionally restricts which object names and requested properties
 * are allowed to be read.
 *
 * @schema SecretStoreSpecProviderCrdWhitelist
 */
export interface SecretStoreSpecProviderCrdWhitelist {
    /**
     * Rules is a list of allow rules. If rules are set, at least one rule must
     * match for a request to be allowed.
     *
     * @schema SecretStoreSpecProviderCrdWhitelist#rules
     */
    readonly rules?: SecretStoreSpecProviderCrdWhitelistRules[];
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdWhitelist' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdWhitelist(obj: SecretStoreSpecProviderCrdWhitelist | undefined): Record<string, any> | undefined;
/**
 * ClientID is the non-secret part of the credential.
 *
 * @schema SecretStoreSpecProviderDelineaClientId
 */
export interface SecretStoreSpecProviderDelineaClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderDelineaClientId#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderDelineaClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderDelineaClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDelineaClientId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDelineaClientId(obj: SecretStoreSpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the secret part of the credential.
 *
 * @schema SecretStoreSpecProviderDelineaClientSecret
 */
export interface SecretStoreSpecProviderDelineaClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderDelineaClientSecret#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderDelineaClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderDelineaClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDelineaClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDelineaClientSecret(obj: SecretStoreSpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Doppler API
 *
 * @schema SecretStoreSpecProviderDopplerAuth
 */
export interface SecretStoreSpecProviderDopplerAuth {
    /**
     * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
     *
     * @schema SecretStoreSpecProviderDopplerAuth#oidcConfig
     */
    readonly oidcConfig?: SecretStoreSpecProviderDopplerAuthOidcConfig;
    /**
     * SecretRef authenticates using a Doppler service token stored in a Kubernetes Secret.
     *
     * @schema SecretStoreSpecProviderDopplerAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderDopplerAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDopplerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDopplerAuth(obj: SecretStoreSpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
/**
 * Format enables the downloading of secrets as a file (string)
 *
 * @schema SecretStoreSpecProviderDopplerFormat
 */
export declare enum SecretStoreSpecProviderDopplerFormat {
    /** json */
    JSON = "json",
    /** dotnet-json */
    DOTNET_HYPHEN_JSON = "dotnet-json",
    /** env */
    ENV = "env",
    /** yaml */
    YAML = "yaml",
    /** docker */
    DOCKER = "docker"
}
/**
 * Environment variable compatible name transforms that change secret names to a different format
 *
 * @schema SecretStoreSpecProviderDopplerNameTransformer
 */
export declare enum SecretStoreSpecProviderDopplerNameTransformer {
    /** upper-camel */
    UPPER_HYPHEN_CAMEL = "upper-camel",
    /** camel */
    CAMEL = "camel",
    /** lower-snake */
    LOWER_HYPHEN_SNAKE = "lower-snake",
    /** tf-var */
    TF_HYPHEN_VAR = "tf-var",
    /** dotnet-env */
    DOTNET_HYPHEN_ENV = "dotnet-env",
    /** lower-kebab */
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
/**
 * Auth defines the authentication method to use.
 *
 * @schema SecretStoreSpecProviderDvlsAuth
 */
export interface SecretStoreSpecProviderDvlsAuth {
    /**
     * SecretRef contains the Application ID and Application Secret for authentication.
     *
     * @schema SecretStoreSpecProviderDvlsAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderDvlsAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDvlsAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDvlsAuth(obj: SecretStoreSpecProviderDvlsAuth | undefined): Record<string, any> | undefined;
/**
 * FakeProviderData defines a key-value pair with optional version for the fake provider.
 *
 * @schema SecretStoreSpecProviderFakeData
 */
export interface SecretStoreSpecProviderFakeData {
    /**
     * @schema SecretStoreSpecProviderFakeData#key
     */
    readonly key: string;
    /**
     * @schema SecretStoreSpecProviderFakeData#value
     */
    readonly value: string;
    /**
     * @schema SecretStoreSpecProviderFakeData#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderFakeData' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderFakeData(obj: SecretStoreSpecProviderFakeData | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API token to access SDKMS Applications.
 *
 * @schema SecretStoreSpecProviderFortanixApiKey
 */
export interface SecretStoreSpecProviderFortanixApiKey {
    /**
     * SecretRef is a reference to a secret containing the SDKMS API Key.
     *
     * @schema SecretStoreSpecProviderFortanixApiKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderFortanixApiKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderFortanixApiKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderFortanixApiKey(obj: SecretStoreSpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against GCP
 *
 * @schema SecretStoreSpecProviderGcpsmAuth
 */
export interface SecretStoreSpecProviderGcpsmAuth {
    /**
     * GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
     *
     * @schema SecretStoreSpecProviderGcpsmAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderGcpsmAuthSecretRef;
    /**
     * GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
     *
     * @schema SecretStoreSpecProviderGcpsmAuth#workloadIdentity
     */
    readonly workloadIdentity?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity;
    /**
     * GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.
     *
     * @schema SecretStoreSpecProviderGcpsmAuth#workloadIdentityFederation
     */
    readonly workloadIdentityFederation?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuth(obj: SecretStoreSpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
/**
 * auth configures how secret-manager authenticates with a Github instance.
 *
 * @schema SecretStoreSpecProviderGithubAuth
 */
export interface SecretStoreSpecProviderGithubAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderGithubAuth#privateKey
     */
    readonly privateKey: SecretStoreSpecProviderGithubAuthPrivateKey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGithubAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGithubAuth(obj: SecretStoreSpecProviderGithubAuth | undefined): Record<string, any> | undefined;
/**
 * orgSecretVisibility controls the visibility of organization secrets pushed via PushSecret.
 * Valid values are "all" or "private".
 * When unset, new secrets are created with visibility "all" and existing secrets preserve
 * whatever visibility they already have in GitHub.
 *
 * @schema SecretStoreSpecProviderGithubOrgSecretVisibility
 */
export declare enum SecretStoreSpecProviderGithubOrgSecretVisibility {
    /** all */
    ALL = "all",
    /** private */
    PRIVATE = "private"
}
/**
 * Auth configures how secret-manager authenticates with a GitLab instance.
 *
 * @schema SecretStoreSpecProviderGitlabAuth
 */
export interface SecretStoreSpecProviderGitlabAuth {
    /**
     * GitlabSecretRef contains the secret reference for GitLab authentication credentials.
     *
     * @schema SecretStoreSpecProviderGitlabAuth#SecretRef
     */
    readonly secretRef: SecretStoreSpecProviderGitlabAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGitlabAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGitlabAuth(obj: SecretStoreSpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreSpecProviderGitlabCaProvider
 */
export interface SecretStoreSpecProviderGitlabCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderGitlabCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderGitlabCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderGitlabCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderGitlabCaProvider#type
     */
    readonly type: SecretStoreSpecProviderGitlabCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGitlabCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGitlabCaProvider(obj: SecretStoreSpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the IBM secrets manager.
 *
 * @schema SecretStoreSpecProviderIbmAuth
 */
export interface SecretStoreSpecProviderIbmAuth {
    /**
     * IBMAuthContainerAuth defines container-based authentication with IAM Trusted Profile.
     *
     * @schema SecretStoreSpecProviderIbmAuth#containerAuth
     */
    readonly containerAuth?: SecretStoreSpecProviderIbmAuthContainerAuth;
    /**
     * IBMAuthSecretRef contains the secret reference for IBM Cloud API key authentication.
     *
     * @schema SecretStoreSpecProviderIbmAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderIbmAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderIbmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderIbmAuth(obj: SecretStoreSpecProviderIbmAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Infisical API
 *
 * @schema SecretStoreSpecProviderInfisicalAuth
 */
export interface SecretStoreSpecProviderInfisicalAuth {
    /**
     * AwsAuthCredentials represents the credentials for AWS authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#awsAuthCredentials
     */
    readonly awsAuthCredentials?: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials;
    /**
     * AzureAuthCredentials represents the credentials for Azure authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#azureAuthCredentials
     */
    readonly azureAuthCredentials?: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials;
    /**
     * GcpIamAuthCredentials represents the credentials for GCP IAM authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#gcpIamAuthCredentials
     */
    readonly gcpIamAuthCredentials?: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials;
    /**
     * GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#gcpIdTokenAuthCredentials
     */
    readonly gcpIdTokenAuthCredentials?: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials;
    /**
     * JwtAuthCredentials represents the credentials for JWT authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#jwtAuthCredentials
     */
    readonly jwtAuthCredentials?: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials;
    /**
     * KubernetesAuthCredentials represents the credentials for Kubernetes authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#kubernetesAuthCredentials
     */
    readonly kubernetesAuthCredentials?: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials;
    /**
     * LdapAuthCredentials represents the credentials for LDAP authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#ldapAuthCredentials
     */
    readonly ldapAuthCredentials?: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials;
    /**
     * OciAuthCredentials represents the credentials for OCI authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#ociAuthCredentials
     */
    readonly ociAuthCredentials?: SecretStoreSpecProviderInfisicalAuthOciAuthCredentials;
    /**
     * TokenAuthCredentials represents the credentials for access token-based authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#tokenAuthCredentials
     */
    readonly tokenAuthCredentials?: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials;
    /**
     * UniversalAuthCredentials represents the client credentials for universal authentication.
     *
     * @schema SecretStoreSpecProviderInfisicalAuth#universalAuthCredentials
     */
    readonly universalAuthCredentials?: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuth(obj: SecretStoreSpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
/**
 * CAProvider is a reference to a Secret or ConfigMap that contains a CA certificate.
 * The certificate is used to validate the Infisical server's TLS certificate.
 * Mutually exclusive with CABundle.
 *
 * @schema SecretStoreSpecProviderInfisicalCaProvider
 */
export interface SecretStoreSpecProviderInfisicalCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderInfisicalCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderInfisicalCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderInfisicalCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderInfisicalCaProvider#type
     */
    readonly type: SecretStoreSpecProviderInfisicalCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalCaProvider(obj: SecretStoreSpecProviderInfisicalCaProvider | undefined): Record<string, any> | undefined;
/**
 * SecretsScope defines the scope of the secrets within the workspace
 *
 * @schema SecretStoreSpecProviderInfisicalSecretsScope
 */
export interface SecretStoreSpecProviderInfisicalSecretsScope {
    /**
     * EnvironmentSlug is the required slug identifier for the environment.
     *
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#environmentSlug
     */
    readonly environmentSlug: string;
    /**
     * ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided.
     *
     * @default true if not provided.
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#expandSecretReferences
     */
    readonly expandSecretReferences?: boolean;
    /**
     * OrganizationSlug is the optional slug that identifies the organization that will be used
     * during authentication. Useful for sub-organization setups
     *
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#organizationSlug
     */
    readonly organizationSlug?: string;
    /**
     * ProjectSlug is the required slug identifier for the project.
     *
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#projectSlug
     */
    readonly projectSlug: string;
    /**
     * Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided.
     *
     * @default false if not provided.
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#recursive
     */
    readonly recursive?: boolean;
    /**
     * SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided.
     *
     * @default if not provided.
     * @schema SecretStoreSpecProviderInfisicalSecretsScope#secretsPath
     */
    readonly secretsPath?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalSecretsScope' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalSecretsScope(obj: SecretStoreSpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderKeepersecurityAuthRef
 */
export interface SecretStoreSpecProviderKeepersecurityAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderKeepersecurityAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderKeepersecurityAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKeepersecurityAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKeepersecurityAuthRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKeepersecurityAuthRef(obj: SecretStoreSpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Kubernetes instance.
 *
 * @schema SecretStoreSpecProviderKubernetesAuth
 */
export interface SecretStoreSpecProviderKubernetesAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema SecretStoreSpecProviderKubernetesAuth#cert
     */
    readonly cert?: SecretStoreSpecProviderKubernetesAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema SecretStoreSpecProviderKubernetesAuth#serviceAccount
     */
    readonly serviceAccount?: SecretStoreSpecProviderKubernetesAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema SecretStoreSpecProviderKubernetesAuth#token
     */
    readonly token?: SecretStoreSpecProviderKubernetesAuthToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuth(obj: SecretStoreSpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * A reference to a secret that contains the auth information.
 *
 * @schema SecretStoreSpecProviderKubernetesAuthRef
 */
export interface SecretStoreSpecProviderKubernetesAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthRef(obj: SecretStoreSpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
/**
 * configures the Kubernetes server Address.
 *
 * @schema SecretStoreSpecProviderKubernetesServer
 */
export interface SecretStoreSpecProviderKubernetesServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema SecretStoreSpecProviderKubernetesServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreSpecProviderKubernetesServer#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderKubernetesServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema SecretStoreSpecProviderKubernetesServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesServer' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesServer(obj: SecretStoreSpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in MysteryBox
 *
 * @schema SecretStoreSpecProviderNebiusmysteryboxAuth
 */
export interface SecretStoreSpecProviderNebiusmysteryboxAuth {
    /**
     * ServiceAccountCreds references a Kubernetes Secret key that contains a JSON
     * document with service account credentials used to get an IAM token.
     *
     * Expected JSON structure:
     * {
     * "subject-credentials": {
     * "alg": "RS256",
     * "private-key": "-----BEGIN PRIVATE KEY-----\n<private-key>\n-----END PRIVATE KEY-----\n",
     * "kid": "<public-key-id>",
     * "iss": "<issuer-service-account-id>",
     * "sub": "<subject-service-account-id>"
     * }
     * }
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuth#serviceAccountCredsSecretRef
     */
    readonly serviceAccountCredsSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef;
    /**
     * Token authenticates with Nebius Mysterybox by presenting a token.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysteryboxAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuth(obj: SecretStoreSpecProviderNebiusmysteryboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate NebiusMysterybox server certificate.
 *
 * @schema SecretStoreSpecProviderNebiusmysteryboxCaProvider
 */
export interface SecretStoreSpecProviderNebiusmysteryboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysteryboxCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProvider(obj: SecretStoreSpecProviderNebiusmysteryboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the ngrok provider authenticates with the ngrok API.
 *
 * @schema SecretStoreSpecProviderNgrokAuth
 */
export interface SecretStoreSpecProviderNgrokAuth {
    /**
     * APIKey is the API Key used to authenticate with ngrok. See https://ngrok.com/docs/api/#authentication
     *
     * @schema SecretStoreSpecProviderNgrokAuth#apiKey
     */
    readonly apiKey?: SecretStoreSpecProviderNgrokAuthApiKey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNgrokAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNgrokAuth(obj: SecretStoreSpecProviderNgrokAuth | undefined): Record<string, any> | undefined;
/**
 * Vault configures the ngrok vault to sync secrets with.
 *
 * @schema SecretStoreSpecProviderNgrokVault
 */
export interface SecretStoreSpecProviderNgrokVault {
    /**
     * Name is the name of the ngrok vault to sync secrets with.
     *
     * @schema SecretStoreSpecProviderNgrokVault#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNgrokVault' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNgrokVault(obj: SecretStoreSpecProviderNgrokVault | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Onboardbase API
 *
 * @schema SecretStoreSpecProviderOnboardbaseAuth
 */
export interface SecretStoreSpecProviderOnboardbaseAuth {
    /**
     * OnboardbaseAPIKey is the APIKey generated by an admin account.
     * It is used to recognize and authorize access to a project and environment within onboardbase
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuth#apiKeyRef
     */
    readonly apiKeyRef: SecretStoreSpecProviderOnboardbaseAuthApiKeyRef;
    /**
     * OnboardbasePasscode is the passcode attached to the API Key
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuth#passcodeRef
     */
    readonly passcodeRef: SecretStoreSpecProviderOnboardbaseAuthPasscodeRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnboardbaseAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuth(obj: SecretStoreSpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword Connect Server
 *
 * @schema SecretStoreSpecProviderOnepasswordAuth
 */
export interface SecretStoreSpecProviderOnepasswordAuth {
    /**
     * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
     *
     * @schema SecretStoreSpecProviderOnepasswordAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderOnepasswordAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordAuth(obj: SecretStoreSpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword API.
 *
 * @schema SecretStoreSpecProviderOnepasswordSdkAuth
 */
export interface SecretStoreSpecProviderOnepasswordSdkAuth {
    /**
     * ServiceAccountSecretRef points to the secret containing the token to access 1Password vault.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkAuth#serviceAccountSecretRef
     */
    readonly serviceAccountSecretRef: SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordSdkAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkAuth(obj: SecretStoreSpecProviderOnepasswordSdkAuth | undefined): Record<string, any> | undefined;
/**
 * Cache configures client-side caching for read operations (GetSecret, GetSecretMap).
 * When enabled, secrets are cached with the specified TTL.
 * Write operations (PushSecret, DeleteSecret) automatically invalidate relevant cache entries.
 * If omitted, caching is disabled (default).
 * cache: {} is a valid option to set.
 *
 * @schema SecretStoreSpecProviderOnepasswordSdkCache
 */
export interface SecretStoreSpecProviderOnepasswordSdkCache {
    /**
     * MaxSize is the maximum number of secrets to cache.
     * When the cache is full, least-recently-used entries are evicted.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkCache#maxSize
     */
    readonly maxSize?: number;
    /**
     * TTL is the time-to-live for cached secrets.
     * Format: duration string (e.g., "5m", "1h", "30s")
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkCache#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordSdkCache' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkCache(obj: SecretStoreSpecProviderOnepasswordSdkCache | undefined): Record<string, any> | undefined;
/**
 * IntegrationInfo specifies the name and version of the integration built using the 1Password Go SDK.
 * If you don't know which name and version to use, use `DefaultIntegrationName` and `DefaultIntegrationVersion`, respectively.
 *
 * @schema SecretStoreSpecProviderOnepasswordSdkIntegrationInfo
 */
export interface SecretStoreSpecProviderOnepasswordSdkIntegrationInfo {
    /**
     * Name defaults to "1Password SDK".
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkIntegrationInfo#name
     */
    readonly name?: string;
    /**
     * Version defaults to "v1.0.0".
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkIntegrationInfo#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordSdkIntegrationInfo' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj: SecretStoreSpecProviderOnepasswordSdkIntegrationInfo | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the OpenBao server.
 *
 * @schema SecretStoreSpecProviderOpenBaoAuth
 */
export interface SecretStoreSpecProviderOpenBaoAuth {
    /**
     * AppRole authenticates with OpenBao using the [App Role auth mechanism],
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * [App Role auth mechanism]: https://openbao.org/docs/auth/approle/
     *
     * @schema SecretStoreSpecProviderOpenBaoAuth#appRole
     */
    readonly appRole?: SecretStoreSpecProviderOpenBaoAuthAppRole;
    /**
     * Name of the [OpenBao Namespace] to authenticate to. This can be different
     * than the namespace your secret is in. Namespaces is a set of features
     * within OpenBao that allows OpenBao environments to support secure
     * multi-tenancy. e.g: "ns1". This will default to OpenBao.Namespace field
     * if set, or empty otherwise
     *
     * [OpenBao Namespace]: https://openbao.org/docs/concepts/namespaces/
     *
     * @schema SecretStoreSpecProviderOpenBaoAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with OpenBao by presenting a token.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: SecretStoreSpecProviderOpenBaoAuthTokenSecretRef;
    /**
     * UserPass authenticates with OpenBao by passing a username/password pair
     *
     * @schema SecretStoreSpecProviderOpenBaoAuth#userPass
     */
    readonly userPass?: SecretStoreSpecProviderOpenBaoAuthUserPass;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuth(obj: SecretStoreSpecProviderOpenBaoAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate OpenBao server
 * certificate. If this and `caBundle` are not set the system root
 * certificates are used to validate the TLS connection.
 *
 * @schema SecretStoreSpecProviderOpenBaoCaProvider
 */
export interface SecretStoreSpecProviderOpenBaoCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderOpenBaoCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderOpenBaoCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderOpenBaoCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderOpenBaoCaProvider#type
     */
    readonly type: SecretStoreSpecProviderOpenBaoCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoCaProvider(obj: SecretStoreSpecProviderOpenBaoCaProvider | undefined): Record<string, any> | undefined;
/**
 * Version is the OpenBao KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema SecretStoreSpecProviderOpenBaoVersion
 */
export declare enum SecretStoreSpecProviderOpenBaoVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth configures how secret-manager authenticates with the Oracle Vault.
 * If empty, use the instance principal, otherwise the user credentials specified in Auth.
 *
 * @schema SecretStoreSpecProviderOracleAuth
 */
export interface SecretStoreSpecProviderOracleAuth {
    /**
     * SecretRef to pass through sensitive information.
     *
     * @schema SecretStoreSpecProviderOracleAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderOracleAuthSecretRef;
    /**
     * Tenancy is the tenancy OCID where user is located.
     *
     * @schema SecretStoreSpecProviderOracleAuth#tenancy
     */
    readonly tenancy: string;
    /**
     * User is an access OCID specific to the account.
     *
     * @schema SecretStoreSpecProviderOracleAuth#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracleAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracleAuth(obj: SecretStoreSpecProviderOracleAuth | undefined): Record<string, any> | undefined;
/**
 * The type of principal to use for authentication. If left blank, the Auth struct will
 * determine the principal type. This optional field must be specified if using
 * workload identity.
 *
 * @schema SecretStoreSpecProviderOraclePrincipalType
 */
export declare enum SecretStoreSpecProviderOraclePrincipalType {
    /** UserPrincipal */
    USER_PRINCIPAL = "UserPrincipal",
    /** InstancePrincipal */
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    /** Workload */
    WORKLOAD = "Workload"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema SecretStoreSpecProviderOracleServiceAccountRef
 */
export interface SecretStoreSpecProviderOracleServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderOracleServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderOracleServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOracleServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracleServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracleServiceAccountRef(obj: SecretStoreSpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Authentication method (mtls or token).
 *
 * @schema SecretStoreSpecProviderOvhAuth
 */
export interface SecretStoreSpecProviderOvhAuth {
    /**
     * OvhClientMTLS defines the configuration required to authenticate to OVHcloud's Secret Manager using mTLS.
     *
     * @schema SecretStoreSpecProviderOvhAuth#mtls
     */
    readonly mtls?: SecretStoreSpecProviderOvhAuthMtls;
    /**
     * OvhClientToken defines the configuration required to authenticate to OVHcloud's Secret Manager using a token.
     *
     * @schema SecretStoreSpecProviderOvhAuth#token
     */
    readonly token?: SecretStoreSpecProviderOvhAuthToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuth(obj: SecretStoreSpecProviderOvhAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Passbolt Server
 *
 * @schema SecretStoreSpecProviderPassboltAuth
 */
export interface SecretStoreSpecProviderPassboltAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderPassboltAuth#passwordSecretRef
     */
    readonly passwordSecretRef: SecretStoreSpecProviderPassboltAuthPasswordSecretRef;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderPassboltAuth#privateKeySecretRef
     */
    readonly privateKeySecretRef: SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassboltAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassboltAuth(obj: SecretStoreSpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Passbolt server certificate.
 *
 * @schema SecretStoreSpecProviderPassboltCaProvider
 */
export interface SecretStoreSpecProviderPassboltCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderPassboltCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderPassboltCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderPassboltCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderPassboltCaProvider#type
     */
    readonly type: SecretStoreSpecProviderPassboltCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassboltCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassboltCaProvider(obj: SecretStoreSpecProviderPassboltCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Password Depot instance.
 *
 * @schema SecretStoreSpecProviderPassworddepotAuth
 */
export interface SecretStoreSpecProviderPassworddepotAuth {
    /**
     * PasswordDepotSecretRef contains the secret reference for Password Depot authentication.
     *
     * @schema SecretStoreSpecProviderPassworddepotAuth#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderPassworddepotAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassworddepotAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassworddepotAuth(obj: SecretStoreSpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
/**
 * PreviderAuth contains a secretRef for credentials.
 *
 * @schema SecretStoreSpecProviderPreviderAuth
 */
export interface SecretStoreSpecProviderPreviderAuth {
    /**
     * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
     *
     * @schema SecretStoreSpecProviderPreviderAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderPreviderAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPreviderAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPreviderAuth(obj: SecretStoreSpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
/**
 * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
 *
 * Deprecated: Use auth.accessToken instead.
 *
 * @schema SecretStoreSpecProviderPulumiAccessToken
 */
export interface SecretStoreSpecProviderPulumiAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema SecretStoreSpecProviderPulumiAccessToken#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderPulumiAccessTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAccessToken(obj: SecretStoreSpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Pulumi API.
 * Either auth or the deprecated accessToken field must be specified.
 *
 * @schema SecretStoreSpecProviderPulumiAuth
 */
export interface SecretStoreSpecProviderPulumiAuth {
    /**
     * AccessToken authenticates using a Pulumi access token stored in a Kubernetes Secret.
     *
     * @schema SecretStoreSpecProviderPulumiAuth#accessToken
     */
    readonly accessToken?: SecretStoreSpecProviderPulumiAuthAccessToken;
    /**
     * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
     *
     * @schema SecretStoreSpecProviderPulumiAuth#oidcConfig
     */
    readonly oidcConfig?: SecretStoreSpecProviderPulumiAuthOidcConfig;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAuth(obj: SecretStoreSpecProviderPulumiAuth | undefined): Record<string, any> | undefined;
/**
 * AccessKey is the non-secret part of the api key.
 *
 * @schema SecretStoreSpecProviderScalewayAccessKey
 */
export interface SecretStoreSpecProviderScalewayAccessKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderScalewayAccessKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderScalewayAccessKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderScalewayAccessKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderScalewayAccessKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderScalewayAccessKey(obj: SecretStoreSpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the non-secret part of the api key.
 *
 * @schema SecretStoreSpecProviderScalewaySecretKey
 */
export interface SecretStoreSpecProviderScalewaySecretKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderScalewaySecretKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderScalewaySecretKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderScalewaySecretKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderScalewaySecretKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderScalewaySecretKey(obj: SecretStoreSpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Secret ServerURL certificate.
 *
 * @schema SecretStoreSpecProviderSecretserverCaProvider
 */
export interface SecretStoreSpecProviderSecretserverCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderSecretserverCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderSecretserverCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderSecretserverCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderSecretserverCaProvider#type
     */
    readonly type: SecretStoreSpecProviderSecretserverCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverCaProvider(obj: SecretStoreSpecProviderSecretserverCaProvider | undefined): Record<string, any> | undefined;
/**
 * Password is the secret server account password.
 * Required unless Token is set.
 *
 * @schema SecretStoreSpecProviderSecretserverPassword
 */
export interface SecretStoreSpecProviderSecretserverPassword {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderSecretserverPassword#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderSecretserverPasswordSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderSecretserverPassword#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverPassword' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverPassword(obj: SecretStoreSpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
/**
 * Token is an access token used to authenticate to the secret server,
 * as an alternative to Username and Password. When set, Username and
 * Password are not required and are ignored.
 *
 * @schema SecretStoreSpecProviderSecretserverToken
 */
export interface SecretStoreSpecProviderSecretserverToken {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderSecretserverToken#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderSecretserverTokenSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderSecretserverToken#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverToken(obj: SecretStoreSpecProviderSecretserverToken | undefined): Record<string, any> | undefined;
/**
 * Username is the secret server account username.
 * Required unless Token is set.
 *
 * @schema SecretStoreSpecProviderSecretserverUsername
 */
export interface SecretStoreSpecProviderSecretserverUsername {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderSecretserverUsername#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderSecretserverUsernameSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderSecretserverUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverUsername' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverUsername(obj: SecretStoreSpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in senhasegura
 *
 * @schema SecretStoreSpecProviderSenhaseguraAuth
 */
export interface SecretStoreSpecProviderSenhaseguraAuth {
    /**
     * @schema SecretStoreSpecProviderSenhaseguraAuth#clientId
     */
    readonly clientId: string;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderSenhaseguraAuth#clientSecretSecretRef
     */
    readonly clientSecretSecretRef: SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSenhaseguraAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSenhaseguraAuth(obj: SecretStoreSpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Vault server.
 *
 * @schema SecretStoreSpecProviderVaultAuth
 */
export interface SecretStoreSpecProviderVaultAuth {
    /**
     * AppRole authenticates with Vault using the App Role auth mechanism,
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * @schema SecretStoreSpecProviderVaultAuth#appRole
     */
    readonly appRole?: SecretStoreSpecProviderVaultAuthAppRole;
    /**
     * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
     * Cert authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuth#cert
     */
    readonly cert?: SecretStoreSpecProviderVaultAuthCert;
    /**
     * Gcp authenticates with Vault using Google Cloud Platform authentication method
     * GCP authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuth#gcp
     */
    readonly gcp?: SecretStoreSpecProviderVaultAuthGcp;
    /**
     * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
     * AWS IAM authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuth#iam
     */
    readonly iam?: SecretStoreSpecProviderVaultAuthIam;
    /**
     * Jwt authenticates with Vault by passing role and JWT token using the
     * JWT/OIDC authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuth#jwt
     */
    readonly jwt?: SecretStoreSpecProviderVaultAuthJwt;
    /**
     * Kubernetes authenticates with Vault by passing the ServiceAccount
     * token stored in the named Secret resource to the Vault server.
     *
     * @schema SecretStoreSpecProviderVaultAuth#kubernetes
     */
    readonly kubernetes?: SecretStoreSpecProviderVaultAuthKubernetes;
    /**
     * Ldap authenticates with Vault by passing username/password pair using
     * the LDAP authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuth#ldap
     */
    readonly ldap?: SecretStoreSpecProviderVaultAuthLdap;
    /**
     * Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in.
     * Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     * This will default to Vault.Namespace field if set, or empty otherwise
     *
     * @schema SecretStoreSpecProviderVaultAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with Vault by presenting a token.
     *
     * @schema SecretStoreSpecProviderVaultAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: SecretStoreSpecProviderVaultAuthTokenSecretRef;
    /**
     * UserPass authenticates with Vault by passing username/password pair
     *
     * @schema SecretStoreSpecProviderVaultAuth#userPass
     */
    readonly userPass?: SecretStoreSpecProviderVaultAuthUserPass;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuth(obj: SecretStoreSpecProviderVaultAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Vault server certificate.
 *
 * @schema SecretStoreSpecProviderVaultCaProvider
 */
export interface SecretStoreSpecProviderVaultCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderVaultCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderVaultCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderVaultCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderVaultCaProvider#type
     */
    readonly type: SecretStoreSpecProviderVaultCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultCaProvider(obj: SecretStoreSpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
/**
 * CheckAndSet defines the Check-And-Set (CAS) settings for PushSecret operations.
 * Only applies to Vault KV v2 stores. When enabled, write operations must include
 * the current version of the secret to prevent unintentional overwrites.
 *
 * @schema SecretStoreSpecProviderVaultCheckAndSet
 */
export interface SecretStoreSpecProviderVaultCheckAndSet {
    /**
     * Required when true, all write operations must include a check-and-set parameter.
     * This helps prevent unintentional overwrites of secrets.
     *
     * @schema SecretStoreSpecProviderVaultCheckAndSet#required
     */
    readonly required?: boolean;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultCheckAndSet' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultCheckAndSet(obj: SecretStoreSpecProviderVaultCheckAndSet | undefined): Record<string, any> | undefined;
/**
 * The configuration used for client side related TLS communication, when the Vault server
 * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
 * This parameter is ignored for plain HTTP protocol connection.
 * It's worth noting this configuration is different from the "TLS certificates auth method",
 * which is available under the `auth.cert` section.
 *
 * @schema SecretStoreSpecProviderVaultTls
 */
export interface SecretStoreSpecProviderVaultTls {
    /**
     * CertSecretRef is a certificate added to the transport layer
     * when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
     *
     * @schema SecretStoreSpecProviderVaultTls#certSecretRef
     */
    readonly certSecretRef?: SecretStoreSpecProviderVaultTlsCertSecretRef;
    /**
     * KeySecretRef to a key in a Secret resource containing client private key
     * added to the transport layer when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.key'.
     *
     * @schema SecretStoreSpecProviderVaultTls#keySecretRef
     */
    readonly keySecretRef?: SecretStoreSpecProviderVaultTlsKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultTls' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultTls(obj: SecretStoreSpecProviderVaultTls | undefined): Record<string, any> | undefined;
/**
 * Version is the Vault KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema SecretStoreSpecProviderVaultVersion
 */
export declare enum SecretStoreSpecProviderVaultVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth defines the authentication method to use.
 * If not specified, the provider will try to use IRSA (IAM Role for Service Account).
 *
 * @schema SecretStoreSpecProviderVolcengineAuth
 */
export interface SecretStoreSpecProviderVolcengineAuth {
    /**
     * SecretRef defines the static credentials to use for authentication.
     * If not set, IRSA is used.
     *
     * @schema SecretStoreSpecProviderVolcengineAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVolcengineAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengineAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengineAuth(obj: SecretStoreSpecProviderVolcengineAuth | undefined): Record<string, any> | undefined;
/**
 * Auth specifies a authorization protocol. Only one protocol may be set.
 *
 * @schema SecretStoreSpecProviderWebhookAuth
 */
export interface SecretStoreSpecProviderWebhookAuth {
    /**
     * NTLMProtocol configures the store to use NTLM for auth
     *
     * @schema SecretStoreSpecProviderWebhookAuth#ntlm
     */
    readonly ntlm?: SecretStoreSpecProviderWebhookAuthNtlm;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookAuth(obj: SecretStoreSpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate webhook server certificate.
 *
 * @schema SecretStoreSpecProviderWebhookCaProvider
 */
export interface SecretStoreSpecProviderWebhookCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderWebhookCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderWebhookCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     *
     * @schema SecretStoreSpecProviderWebhookCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderWebhookCaProvider#type
     */
    readonly type: SecretStoreSpecProviderWebhookCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookCaProvider(obj: SecretStoreSpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
/**
 * Result formatting
 *
 * @schema SecretStoreSpecProviderWebhookResult
 */
export interface SecretStoreSpecProviderWebhookResult {
    /**
     * Json path of return value
     *
     * @schema SecretStoreSpecProviderWebhookResult#jsonPath
     */
    readonly jsonPath?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookResult' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookResult(obj: SecretStoreSpecProviderWebhookResult | undefined): Record<string, any> | undefined;
/**
 * WebhookSecret defines a secret that will be passed to the webhook request.
 *
 * @schema SecretStoreSpecProviderWebhookSecrets
 */
export interface SecretStoreSpecProviderWebhookSecrets {
    /**
     * Name of this secret in templates
     *
     * @schema SecretStoreSpecProviderWebhookSecrets#name
     */
    readonly name: string;
    /**
     * Secret ref to fill in credentials
     *
     * @schema SecretStoreSpecProviderWebhookSecrets#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderWebhookSecretsSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookSecrets' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookSecrets(obj: SecretStoreSpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex.Cloud
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerAuth
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuth(obj: SecretStoreSpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProvider
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProvider#certSecretRef
     */
    readonly certSecretRef?: SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj: SecretStoreSpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as certificate ID or certificate name
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerFetching
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerFetching {
    /**
     * ByID configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerFetching#byID
     */
    readonly byId?: any;
    /**
     * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerFetching#byName
     */
    readonly byName?: SecretStoreSpecProviderYandexcertificatemanagerFetchingByName;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerFetching' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetching(obj: SecretStoreSpecProviderYandexcertificatemanagerFetching | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex.Cloud
 *
 * @schema SecretStoreSpecProviderYandexlockboxAuth
 */
export interface SecretStoreSpecProviderYandexlockboxAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema SecretStoreSpecProviderYandexlockboxAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxAuth(obj: SecretStoreSpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema SecretStoreSpecProviderYandexlockboxCaProvider
 */
export interface SecretStoreSpecProviderYandexlockboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderYandexlockboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxCaProvider(obj: SecretStoreSpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * FetchingPolicy configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID or secret name
 *
 * @schema SecretStoreSpecProviderYandexlockboxFetching
 */
export interface SecretStoreSpecProviderYandexlockboxFetching {
    /**
     * ByID configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret ID.
     *
     * @schema SecretStoreSpecProviderYandexlockboxFetching#byID
     */
    readonly byId?: any;
    /**
     * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
     *
     * @schema SecretStoreSpecProviderYandexlockboxFetching#byName
     */
    readonly byName?: SecretStoreSpecProviderYandexlockboxFetchingByName;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxFetching' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxFetching(obj: SecretStoreSpecProviderYandexlockboxFetching | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Akeyless by passing the ServiceAccount
 * token stored in the named Secret resource.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth {
    /**
     * the Akeyless Kubernetes auth-method access-id
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#accessID
     */
    readonly accessId: string;
    /**
     * Kubernetes-auth configuration name in Akeyless-Gateway
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#k8sConfName
     */
    readonly k8SConfName: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Akeyless. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Akeyless. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret that contains the details
 * to authenticate with Akeyless.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef {
    /**
     * The SecretAccessID is used for authentication
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessID
     */
    readonly accessId?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessType
     */
    readonly accessType?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef#accessTypeParam
     */
    readonly accessTypeParam?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef specifies a Kubernetes ServiceAccount used for azure_ad
 * authentication on AKS Workload Identity. The operator obtains a federated
 * identity token from this ServiceAccount via the TokenRequest API instead
 * of using the ESO controller pod identity. Ignored for other access types.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderAkeylessCaProviderType
 */
export declare enum SecretStoreSpecProviderAkeylessCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * AWSJWTAuth stores reference to Authenticate against AWS using service account tokens.
 *
 * @schema SecretStoreSpecProviderAwsAuthJwt
 */
export interface SecretStoreSpecProviderAwsAuthJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreSpecProviderAwsAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthJwt(obj: SecretStoreSpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
/**
 * AWSAuthSecretRef holds secret references for AWS credentials
 * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
 *
 * @schema SecretStoreSpecProviderAwsAuthSecretRef
 */
export interface SecretStoreSpecProviderAwsAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientCertificate of the service principle used for authentication.
 *
 * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate
 */
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
/**
 * The Azure clientId of the service principle or managed identity used for authentication.
 *
 * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientId
 */
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvAuthSecretRefClientId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientSecret of the service principle used for authentication.
 *
 * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret
 */
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
/**
 * The Azure tenantId of the managed identity used for authentication.
 *
 * @schema SecretStoreSpecProviderAzurekvAuthSecretRefTenantId
 */
export interface SecretStoreSpecProviderAzurekvAuthSecretRefTenantId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAzurekvAuthSecretRefTenantId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAzurekvAuthSecretRefTenantId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
/**
 * BarbicanProviderPasswordRef defines a reference to a secret containing password for the Barbican provider.
 *
 * @schema SecretStoreSpecProviderBarbicanAuthPassword
 */
export interface SecretStoreSpecProviderBarbicanAuthPassword {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthPassword#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderBarbicanAuthPasswordSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbicanAuthPassword' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbicanAuthPassword(obj: SecretStoreSpecProviderBarbicanAuthPassword | undefined): Record<string, any> | undefined;
/**
 * BarbicanProviderUsernameRef defines a reference to a secret containing username for the Barbican provider.
 *
 * @schema SecretStoreSpecProviderBarbicanAuthUsername
 */
export interface SecretStoreSpecProviderBarbicanAuthUsername {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthUsername#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBarbicanAuthUsernameSecretRef;
    /**
     * @schema SecretStoreSpecProviderBarbicanAuthUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbicanAuthUsername' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbicanAuthUsername(obj: SecretStoreSpecProviderBarbicanAuthUsername | undefined): Record<string, any> | undefined;
/**
 * APIKey If not provided then ClientID/ClientSecret become required.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthApiKey
 */
export interface SecretStoreSpecProviderBeyondtrustAuthApiKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthApiKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthApiKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthApiKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKey(obj: SecretStoreSpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthCertificate
 */
export interface SecretStoreSpecProviderBeyondtrustAuthCertificate {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificate#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificate#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthCertificate' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificate(obj: SecretStoreSpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
/**
 * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKey
 */
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthCertificateKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
/**
 * ClientID is the API OAuth Client ID.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthClientId
 */
export interface SecretStoreSpecProviderBeyondtrustAuthClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientId#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthClientId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientId(obj: SecretStoreSpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the API OAuth Client Secret.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecret
 */
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecret#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecret(obj: SecretStoreSpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
/**
 * APIKey configures API token authentication for BeyondTrust Workload Credentials.
 * The token is retrieved from a Kubernetes secret and used as a Bearer token for API requests.
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey {
    /**
     * Token references the Kubernetes secret containing the BeyondTrust Workload Credentials API token.
     * The secret should contain the API key used to authenticate with BeyondTrust Workload Credentials.
     * Create an API token in your BeyondTrust Workload Credentials console and store it in a Kubernetes secret.
     * For details on creating API tokens, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey#token
     */
    readonly token: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType
 */
export declare enum SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef
 */
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef {
    /**
     * AccessToken used for the bitwarden instance.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef#credentials
     */
    readonly credentials: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType
 */
export declare enum SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ChefAuthSecretRef holds secret references for chef server login credentials.
 *
 * @schema SecretStoreSpecProviderChefAuthSecretRef
 */
export interface SecretStoreSpecProviderChefAuthSecretRef {
    /**
     * SecretKey is the Signing Key in PEM format, used for authentication.
     *
     * @schema SecretStoreSpecProviderChefAuthSecretRef#privateKeySecretRef
     */
    readonly privateKeySecretRef: SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderChefAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderChefAuthSecretRef(obj: SecretStoreSpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
 *
 * @schema SecretStoreSpecProviderCloudrusmAuthSecretRef
 */
export interface SecretStoreSpecProviderCloudrusmAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCloudrusmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Authenticates with Conjur using an API key.
 *
 * @schema SecretStoreSpecProviderConjurAuthApikey
 */
export interface SecretStoreSpecProviderConjurAuthApikey {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikey#account
     */
    readonly account: string;
    /**
     * A reference to a specific 'key' containing the Conjur API key
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikey#apiKeyRef
     */
    readonly apiKeyRef: SecretStoreSpecProviderConjurAuthApikeyApiKeyRef;
    /**
     * A reference to a specific 'key' containing the Conjur username
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikey#userRef
     */
    readonly userRef: SecretStoreSpecProviderConjurAuthApikeyUserRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthApikey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthApikey(obj: SecretStoreSpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
/**
 * Cert enables certificate-based authentication using a client certificate and key.
 *
 * @schema SecretStoreSpecProviderConjurAuthCert
 */
export interface SecretStoreSpecProviderConjurAuthCert {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema SecretStoreSpecProviderConjurAuthCert#account
     */
    readonly account: string;
    /**
     * ClientCertRef is a reference to a specific 'key' containing the client certificate
     * within a Secret resource. The certificate must be PEM-encoded.
     *
     * @schema SecretStoreSpecProviderConjurAuthCert#clientCertRef
     */
    readonly clientCertRef: SecretStoreSpecProviderConjurAuthCertClientCertRef;
    /**
     * ClientKeyRef is a reference to a specific 'key' containing the private RSA client key
     * within a Secret resource. The key must be PEM-encoded.
     *
     * @schema SecretStoreSpecProviderConjurAuthCert#clientKeyRef
     */
    readonly clientKeyRef: SecretStoreSpecProviderConjurAuthCertClientKeyRef;
    /**
     * Optional HostID for cert authentication (can be omitted when using 'spiffe' mode).
     *
     * @schema SecretStoreSpecProviderConjurAuthCert#hostId
     */
    readonly hostId?: string;
    /**
     * The conjur authn cert webservice id
     *
     * @schema SecretStoreSpecProviderConjurAuthCert#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthCert(obj: SecretStoreSpecProviderConjurAuthCert | undefined): Record<string, any> | undefined;
/**
 * Jwt enables JWT authentication using Kubernetes service account tokens.
 *
 * @schema SecretStoreSpecProviderConjurAuthJwt
 */
export interface SecretStoreSpecProviderConjurAuthJwt {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwt#account
     */
    readonly account: string;
    /**
     * Optional HostID for JWT authentication. This may be used depending
     * on how the Conjur JWT authenticator policy is configured.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwt#hostId
     */
    readonly hostId?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Conjur using the JWT authentication method.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwt#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderConjurAuthJwtSecretRef;
    /**
     * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderConjurAuthJwtServiceAccountRef;
    /**
     * The conjur authn jwt webservice id
     *
     * @schema SecretStoreSpecProviderConjurAuthJwt#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthJwt(obj: SecretStoreSpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderConjurCaProviderType
 */
export declare enum SecretStoreSpecProviderConjurCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema SecretStoreSpecProviderCrdAuthCert
 */
export interface SecretStoreSpecProviderCrdAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderCrdAuthCert#clientCert
     */
    readonly clientCert: SecretStoreSpecProviderCrdAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderCrdAuthCert#clientKey
     */
    readonly clientKey: SecretStoreSpecProviderCrdAuthCertClientKey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthCert(obj: SecretStoreSpecProviderCrdAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema SecretStoreSpecProviderCrdAuthServiceAccount
 */
export interface SecretStoreSpecProviderCrdAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderCrdAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderCrdAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCrdAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthServiceAccount' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthServiceAccount(obj: SecretStoreSpecProviderCrdAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema SecretStoreSpecProviderCrdAuthToken
 */
export interface SecretStoreSpecProviderCrdAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderCrdAuthToken#bearerToken
     */
    readonly bearerToken: SecretStoreSpecProviderCrdAuthTokenBearerToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthToken(obj: SecretStoreSpecProviderCrdAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreSpecProviderCrdServerCaProvider
 */
export interface SecretStoreSpecProviderCrdServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderCrdServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderCrdServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderCrdServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderCrdServerCaProvider#type
     */
    readonly type: SecretStoreSpecProviderCrdServerCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdServerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdServerCaProvider(obj: SecretStoreSpecProviderCrdServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * CRDProviderWhitelistRule defines a single allow rule for CRD reads.
 *
 * @schema SecretStoreSpecProviderCrdWhitelistRules
 */
export interface SecretStoreSpecProviderCrdWhitelistRules {
    /**
     * Name is an optional regular expression matched against the bare object name.
     * For both SecretStore and ClusterSecretStore this is always the object name
     * without any namespace prefix (e.g. "my-db-spec", not "prod/my-db-spec").
     *
     * @schema SecretStoreSpecProviderCrdWhitelistRules#name
     */
    readonly name?: string;
    /**
     * Namespace is an optional regular expression matched against the namespace of
     * the object. Applies only when a ClusterSecretStore is used; it is ignored
     * for SecretStore (where the namespace is fixed to the store namespace).
     *
     * @schema SecretStoreSpecProviderCrdWhitelistRules#namespace
     */
    readonly namespace?: string;
    /**
     * Properties is an optional list of regular expressions matched against
     * requested property keys (for example: "spec.secretValue").
     *
     * @schema SecretStoreSpecProviderCrdWhitelistRules#properties
     */
    readonly properties?: string[];
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdWhitelistRules' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdWhitelistRules(obj: SecretStoreSpecProviderCrdWhitelistRules | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderDelineaClientIdSecretRef
 */
export interface SecretStoreSpecProviderDelineaClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderDelineaClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderDelineaClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDelineaClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDelineaClientIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDelineaClientIdSecretRef(obj: SecretStoreSpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderDelineaClientSecretSecretRef
 */
export interface SecretStoreSpecProviderDelineaClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderDelineaClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderDelineaClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDelineaClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDelineaClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDelineaClientSecretSecretRef(obj: SecretStoreSpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
 *
 * @schema SecretStoreSpecProviderDopplerAuthOidcConfig
 */
export interface SecretStoreSpecProviderDopplerAuthOidcConfig {
    /**
     * ExpirationSeconds sets the ServiceAccount token validity duration.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfig#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Identity is the Doppler Service Account Identity ID configured for OIDC authentication.
     *
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfig#identity
     */
    readonly identity: string;
    /**
     * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
     *
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfig#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDopplerAuthOidcConfig' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDopplerAuthOidcConfig(obj: SecretStoreSpecProviderDopplerAuthOidcConfig | undefined): Record<string, any> | undefined;
/**
 * SecretRef authenticates using a Doppler service token stored in a Kubernetes Secret.
 *
 * @schema SecretStoreSpecProviderDopplerAuthSecretRef
 */
export interface SecretStoreSpecProviderDopplerAuthSecretRef {
    /**
     * The DopplerToken is used for authentication.
     * See https://docs.doppler.com/reference/api#authentication for auth token types.
     * The Key attribute defaults to dopplerToken if not specified.
     *
     * @schema SecretStoreSpecProviderDopplerAuthSecretRef#dopplerToken
     */
    readonly dopplerToken: SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDopplerAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDopplerAuthSecretRef(obj: SecretStoreSpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef contains the Application ID and Application Secret for authentication.
 *
 * @schema SecretStoreSpecProviderDvlsAuthSecretRef
 */
export interface SecretStoreSpecProviderDvlsAuthSecretRef {
    /**
     * AppID is the reference to the secret containing the Application ID.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRef#appId
     */
    readonly appId: SecretStoreSpecProviderDvlsAuthSecretRefAppId;
    /**
     * AppSecret is the reference to the secret containing the Application Secret.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRef#appSecret
     */
    readonly appSecret: SecretStoreSpecProviderDvlsAuthSecretRefAppSecret;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDvlsAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRef(obj: SecretStoreSpecProviderDvlsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the SDKMS API Key.
 *
 * @schema SecretStoreSpecProviderFortanixApiKeySecretRef
 */
export interface SecretStoreSpecProviderFortanixApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderFortanixApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderFortanixApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderFortanixApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderFortanixApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderFortanixApiKeySecretRef(obj: SecretStoreSpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPSMAuthSecretRef contains the secret references for GCP Secret Manager authentication.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthSecretRef
 */
export interface SecretStoreSpecProviderGcpsmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreSpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthSecretRef(obj: SecretStoreSpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentity defines configuration for workload identity authentication to GCP.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentity
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentity' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentityFederation holds the configurations required for generating federated access tokens.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation {
    /**
     * audience is the Secure Token Service (STS) audience which contains the resource name for the workload identity pool and the provider identifier in that pool.
     * If specified, Audience found in the external account credential config will be overridden with the configured value.
     * audience must be provided when serviceAccountRef or awsSecurityCredentials is configured.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#audience
     */
    readonly audience?: string;
    /**
     * awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token,
     * when using the AWS metadata server is not an option.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#awsSecurityCredentials
     */
    readonly awsSecurityCredentials?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials;
    /**
     * credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.
     * For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
     * serviceAccountRef must be used by providing operators service account details.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#credConfig
     */
    readonly credConfig?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig;
    /**
     * externalTokenEndpoint is the endpoint explicitly set up to provide tokens, which will be matched against the
     * credential_source.url in the provided credConfig. This field is merely to double-check the external token source
     * URL is having the expected value.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#externalTokenEndpoint
     */
    readonly externalTokenEndpoint?: string;
    /**
     * GCPServiceAccountEmail is the email of the Google Cloud service account to impersonate
     * after Workload Identity Federation. Use this to grant access through the service account's
     * IAM bindings (for example roles/secretmanager.secretAccessor). When set, it overrides
     * service_account_impersonation_url in the external account JSON from credConfig;
     * when serviceAccountRef is set, it also overrides the "iam.gke.io/gcp-service-account" annotation
     * on that ServiceAccount.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#gcpServiceAccountEmail
     */
    readonly gcpServiceAccountEmail?: string;
    /**
     * serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens,
     * when Kubernetes is configured as provider in workload identity pool.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderGithubAuthPrivateKey
 */
export interface SecretStoreSpecProviderGithubAuthPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderGithubAuthPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderGithubAuthPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderGithubAuthPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGithubAuthPrivateKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGithubAuthPrivateKey(obj: SecretStoreSpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
/**
 * GitlabSecretRef contains the secret reference for GitLab authentication credentials.
 *
 * @schema SecretStoreSpecProviderGitlabAuthSecretRef
 */
export interface SecretStoreSpecProviderGitlabAuthSecretRef {
    /**
     * AccessToken is used for authentication.
     *
     * @schema SecretStoreSpecProviderGitlabAuthSecretRef#accessToken
     */
    readonly accessToken?: SecretStoreSpecProviderGitlabAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGitlabAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGitlabAuthSecretRef(obj: SecretStoreSpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderGitlabCaProviderType
 */
export declare enum SecretStoreSpecProviderGitlabCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * IBMAuthContainerAuth defines container-based authentication with IAM Trusted Profile.
 *
 * @schema SecretStoreSpecProviderIbmAuthContainerAuth
 */
export interface SecretStoreSpecProviderIbmAuthContainerAuth {
    /**
     * @schema SecretStoreSpecProviderIbmAuthContainerAuth#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * the IBM Trusted Profile
     *
     * @schema SecretStoreSpecProviderIbmAuthContainerAuth#profile
     */
    readonly profile: string;
    /**
     * Location the token is mounted on the pod
     *
     * @schema SecretStoreSpecProviderIbmAuthContainerAuth#tokenLocation
     */
    readonly tokenLocation?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderIbmAuthContainerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderIbmAuthContainerAuth(obj: SecretStoreSpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
/**
 * IBMAuthSecretRef contains the secret reference for IBM Cloud API key authentication.
 *
 * @schema SecretStoreSpecProviderIbmAuthSecretRef
 */
export interface SecretStoreSpecProviderIbmAuthSecretRef {
    /**
     * The IAM endpoint used to obain a token
     *
     * @schema SecretStoreSpecProviderIbmAuthSecretRef#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreSpecProviderIbmAuthSecretRef#secretApiKeySecretRef
     */
    readonly secretApiKeySecretRef?: SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderIbmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderIbmAuthSecretRef(obj: SecretStoreSpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * AwsAuthCredentials represents the credentials for AWS authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * AzureAuthCredentials represents the credentials for Azure authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials#resource
     */
    readonly resource?: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * GcpIamAuthCredentials represents the credentials for GCP IAM authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials#serviceAccountKeyFilePath
     */
    readonly serviceAccountKeyFilePath: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * GcpIDTokenAuthCredentials represents the credentials for GCP ID token authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * JwtAuthCredentials represents the credentials for JWT authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials#jwt
     */
    readonly jwt: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * KubernetesAuthCredentials represents the credentials for Kubernetes authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials#serviceAccountTokenPath
     */
    readonly serviceAccountTokenPath?: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * LdapAuthCredentials represents the credentials for LDAP authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapPassword
     */
    readonly ldapPassword: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials#ldapUsername
     */
    readonly ldapUsername: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * OciAuthCredentials represents the credentials for OCI authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#fingerprint
     */
    readonly fingerprint: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#identityId
     */
    readonly identityId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKey
     */
    readonly privateKey: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#privateKeyPassphrase
     */
    readonly privateKeyPassphrase?: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#region
     */
    readonly region: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#tenancyId
     */
    readonly tenancyId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentials#userId
     */
    readonly userId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * TokenAuthCredentials represents the credentials for access token-based authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials#accessToken
     */
    readonly accessToken: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * UniversalAuthCredentials represents the client credentials for universal authentication.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials
 */
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientId
     */
    readonly clientId: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
     */
    readonly clientSecret: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderInfisicalCaProviderType
 */
export declare enum SecretStoreSpecProviderInfisicalCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema SecretStoreSpecProviderKubernetesAuthCert
 */
export interface SecretStoreSpecProviderKubernetesAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCert#clientCert
     */
    readonly clientCert: SecretStoreSpecProviderKubernetesAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCert#clientKey
     */
    readonly clientKey: SecretStoreSpecProviderKubernetesAuthCertClientKey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCert(obj: SecretStoreSpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema SecretStoreSpecProviderKubernetesAuthServiceAccount
 */
export interface SecretStoreSpecProviderKubernetesAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderKubernetesAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthServiceAccount' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthServiceAccount(obj: SecretStoreSpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema SecretStoreSpecProviderKubernetesAuthToken
 */
export interface SecretStoreSpecProviderKubernetesAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthToken#bearerToken
     */
    readonly bearerToken: SecretStoreSpecProviderKubernetesAuthTokenBearerToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthToken(obj: SecretStoreSpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreSpecProviderKubernetesServerCaProvider
 */
export interface SecretStoreSpecProviderKubernetesServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderKubernetesServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderKubernetesServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderKubernetesServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderKubernetesServerCaProvider#type
     */
    readonly type: SecretStoreSpecProviderKubernetesServerCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesServerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesServerCaProvider(obj: SecretStoreSpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountCreds references a Kubernetes Secret key that contains a JSON
 * document with service account credentials used to get an IAM token.
 *
 * Expected JSON structure:
 * {
 * "subject-credentials": {
 * "alg": "RS256",
 * "private-key": "-----BEGIN PRIVATE KEY-----\n<private-key>\n-----END PRIVATE KEY-----\n",
 * "kid": "<public-key-id>",
 * "iss": "<issuer-service-account-id>",
 * "sub": "<subject-service-account-id>"
 * }
 * }
 *
 * @schema SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef
 */
export interface SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Token authenticates with Nebius Mysterybox by presenting a token.
 *
 * @schema SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef
 */
export interface SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef
 */
export interface SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API Key used to authenticate with ngrok. See https://ngrok.com/docs/api/#authentication
 *
 * @schema SecretStoreSpecProviderNgrokAuthApiKey
 */
export interface SecretStoreSpecProviderNgrokAuthApiKey {
    /**
     * SecretRef is a reference to a secret containing the ngrok API key.
     *
     * @schema SecretStoreSpecProviderNgrokAuthApiKey#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderNgrokAuthApiKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNgrokAuthApiKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNgrokAuthApiKey(obj: SecretStoreSpecProviderNgrokAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * OnboardbaseAPIKey is the APIKey generated by an admin account.
 * It is used to recognize and authorize access to a project and environment within onboardbase
 *
 * @schema SecretStoreSpecProviderOnboardbaseAuthApiKeyRef
 */
export interface SecretStoreSpecProviderOnboardbaseAuthApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnboardbaseAuthApiKeyRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj: SecretStoreSpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * OnboardbasePasscode is the passcode attached to the API Key
 *
 * @schema SecretStoreSpecProviderOnboardbaseAuthPasscodeRef
 */
export interface SecretStoreSpecProviderOnboardbaseAuthPasscodeRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthPasscodeRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthPasscodeRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOnboardbaseAuthPasscodeRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnboardbaseAuthPasscodeRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj: SecretStoreSpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
/**
 * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
 *
 * @schema SecretStoreSpecProviderOnepasswordAuthSecretRef
 */
export interface SecretStoreSpecProviderOnepasswordAuthSecretRef {
    /**
     * The ConnectToken is used for authentication to a 1Password Connect Server.
     *
     * @schema SecretStoreSpecProviderOnepasswordAuthSecretRef#connectTokenSecretRef
     */
    readonly connectTokenSecretRef: SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRef(obj: SecretStoreSpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSecretRef points to the secret containing the token to access 1Password vault.
 *
 * @schema SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef
 */
export interface SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj: SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with OpenBao using the [App Role auth mechanism],
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * [App Role auth mechanism]: https://openbao.org/docs/auth/approle/
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthAppRole
 */
export interface SecretStoreSpecProviderOpenBaoAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in OpenBao, e.g: "approle"
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in OpenBao.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with OpenBao.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRole#roleRef
     */
    readonly roleRef?: SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with OpenBao.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRole#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthAppRole' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRole(obj: SecretStoreSpecProviderOpenBaoAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with OpenBao by presenting a token.
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthTokenSecretRef
 */
export interface SecretStoreSpecProviderOpenBaoAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with OpenBao by passing a username/password pair
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthUserPass
 */
export interface SecretStoreSpecProviderOpenBaoAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in OpenBao, e.g: "userpass"
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the user
     * used to authenticate with OpenBao using the [UserPass authentication
     * method]
     *
     * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPass#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the [UserPass
     * authentication method]
     *
     * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthUserPass' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthUserPass(obj: SecretStoreSpecProviderOpenBaoAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderOpenBaoCaProviderType
 */
export declare enum SecretStoreSpecProviderOpenBaoCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef to pass through sensitive information.
 *
 * @schema SecretStoreSpecProviderOracleAuthSecretRef
 */
export interface SecretStoreSpecProviderOracleAuthSecretRef {
    /**
     * Fingerprint is the fingerprint of the API private key.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRef#fingerprint
     */
    readonly fingerprint: SecretStoreSpecProviderOracleAuthSecretRefFingerprint;
    /**
     * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRef#privatekey
     */
    readonly privatekey: SecretStoreSpecProviderOracleAuthSecretRefPrivatekey;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracleAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRef(obj: SecretStoreSpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * OvhClientMTLS defines the configuration required to authenticate to OVHcloud's Secret Manager using mTLS.
 *
 * @schema SecretStoreSpecProviderOvhAuthMtls
 */
export interface SecretStoreSpecProviderOvhAuthMtls {
    /**
     * @schema SecretStoreSpecProviderOvhAuthMtls#caBundle
     */
    readonly caBundle?: string;
    /**
     * CAProvider provides a custom certificate authority for accessing the provider's store.
     * The CAProvider points to a Secret or ConfigMap resource that contains a PEM-encoded certificate.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtls#caProvider
     */
    readonly caProvider?: SecretStoreSpecProviderOvhAuthMtlsCaProvider;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtls#certSecretRef
     */
    readonly certSecretRef: SecretStoreSpecProviderOvhAuthMtlsCertSecretRef;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtls#keySecretRef
     */
    readonly keySecretRef: SecretStoreSpecProviderOvhAuthMtlsKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthMtls' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthMtls(obj: SecretStoreSpecProviderOvhAuthMtls | undefined): Record<string, any> | undefined;
/**
 * OvhClientToken defines the configuration required to authenticate to OVHcloud's Secret Manager using a token.
 *
 * @schema SecretStoreSpecProviderOvhAuthToken
 */
export interface SecretStoreSpecProviderOvhAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderOvhAuthToken#tokenSecretRef
     */
    readonly tokenSecretRef: SecretStoreSpecProviderOvhAuthTokenTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthToken(obj: SecretStoreSpecProviderOvhAuthToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderPassboltAuthPasswordSecretRef
 */
export interface SecretStoreSpecProviderPassboltAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassboltAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj: SecretStoreSpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef
 */
export interface SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj: SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderPassboltCaProviderType
 */
export declare enum SecretStoreSpecProviderPassboltCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * PasswordDepotSecretRef contains the secret reference for Password Depot authentication.
 *
 * @schema SecretStoreSpecProviderPassworddepotAuthSecretRef
 */
export interface SecretStoreSpecProviderPassworddepotAuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema SecretStoreSpecProviderPassworddepotAuthSecretRef#credentials
     */
    readonly credentials?: SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassworddepotAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRef(obj: SecretStoreSpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
 *
 * @schema SecretStoreSpecProviderPreviderAuthSecretRef
 */
export interface SecretStoreSpecProviderPreviderAuthSecretRef {
    /**
     * The AccessToken is used for authentication
     *
     * @schema SecretStoreSpecProviderPreviderAuthSecretRef#accessToken
     */
    readonly accessToken: SecretStoreSpecProviderPreviderAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPreviderAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPreviderAuthSecretRef(obj: SecretStoreSpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema SecretStoreSpecProviderPulumiAccessTokenSecretRef
 */
export interface SecretStoreSpecProviderPulumiAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPulumiAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPulumiAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPulumiAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAccessTokenSecretRef(obj: SecretStoreSpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken authenticates using a Pulumi access token stored in a Kubernetes Secret.
 *
 * @schema SecretStoreSpecProviderPulumiAuthAccessToken
 */
export interface SecretStoreSpecProviderPulumiAuthAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema SecretStoreSpecProviderPulumiAuthAccessToken#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAuthAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAuthAccessToken(obj: SecretStoreSpecProviderPulumiAuthAccessToken | undefined): Record<string, any> | undefined;
/**
 * OIDCConfig authenticates using Kubernetes ServiceAccount tokens via OIDC.
 *
 * @schema SecretStoreSpecProviderPulumiAuthOidcConfig
 */
export interface SecretStoreSpecProviderPulumiAuthOidcConfig {
    /**
     * ExpirationSeconds sets the token validity duration for service account and OIDC token.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfig#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Organization is the name of the Pulumi organization configured for OIDC authentication.
     *
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfig#organization
     */
    readonly organization: string;
    /**
     * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
     *
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfig#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAuthOidcConfig' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAuthOidcConfig(obj: SecretStoreSpecProviderPulumiAuthOidcConfig | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderScalewayAccessKeySecretRef
 */
export interface SecretStoreSpecProviderScalewayAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderScalewayAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderScalewayAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderScalewayAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderScalewayAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderScalewayAccessKeySecretRef(obj: SecretStoreSpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderScalewaySecretKeySecretRef
 */
export interface SecretStoreSpecProviderScalewaySecretKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderScalewaySecretKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderScalewaySecretKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderScalewaySecretKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderScalewaySecretKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderScalewaySecretKeySecretRef(obj: SecretStoreSpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderSecretserverCaProviderType
 */
export declare enum SecretStoreSpecProviderSecretserverCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderSecretserverPasswordSecretRef
 */
export interface SecretStoreSpecProviderSecretserverPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderSecretserverPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderSecretserverPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderSecretserverPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverPasswordSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverPasswordSecretRef(obj: SecretStoreSpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderSecretserverTokenSecretRef
 */
export interface SecretStoreSpecProviderSecretserverTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderSecretserverTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderSecretserverTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderSecretserverTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverTokenSecretRef(obj: SecretStoreSpecProviderSecretserverTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderSecretserverUsernameSecretRef
 */
export interface SecretStoreSpecProviderSecretserverUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderSecretserverUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderSecretserverUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderSecretserverUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSecretserverUsernameSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSecretserverUsernameSecretRef(obj: SecretStoreSpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef
 */
export interface SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj: SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with Vault using the App Role auth mechanism,
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * @schema SecretStoreSpecProviderVaultAuthAppRole
 */
export interface SecretStoreSpecProviderVaultAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in Vault, e.g: "approle"
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in Vault.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRole#roleRef
     */
    readonly roleRef?: SecretStoreSpecProviderVaultAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRole#secretRef
     */
    readonly secretRef: SecretStoreSpecProviderVaultAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthAppRole' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRole(obj: SecretStoreSpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
 * Cert authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthCert
 */
export interface SecretStoreSpecProviderVaultAuthCert {
    /**
     * ClientCert is a certificate to authenticate using the Cert Vault
     * authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuthCert#clientCert
     */
    readonly clientCert?: SecretStoreSpecProviderVaultAuthCertClientCert;
    /**
     * Path where the Certificate authentication backend is mounted
     * in Vault, e.g: "cert"
     *
     * @schema SecretStoreSpecProviderVaultAuthCert#path
     */
    readonly path?: string;
    /**
     * SecretRef to a key in a Secret resource containing client private key to
     * authenticate with Vault using the Cert authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuthCert#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthCertSecretRef;
    /**
     * VaultRole specifies the Vault role to use for TLS certificate authentication.
     *
     * @schema SecretStoreSpecProviderVaultAuthCert#vaultRole
     */
    readonly vaultRole?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthCert(obj: SecretStoreSpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
/**
 * Gcp authenticates with Vault using Google Cloud Platform authentication method
 * GCP authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthGcp
 */
export interface SecretStoreSpecProviderVaultAuthGcp {
    /**
     * Location optionally defines a location/region for the secret
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#location
     */
    readonly location?: string;
    /**
     * Path where the GCP auth method is enabled in Vault, e.g: "gcp"
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#path
     */
    readonly path?: string;
    /**
     * Project ID of the Google Cloud Platform project
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#projectID
     */
    readonly projectId?: string;
    /**
     * Vault Role. In Vault, a role describes an identity with a set of permissions, groups, or policies you want to attach to a user of the secrets engine.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#role
     */
    readonly role: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRef;
    /**
     * ServiceAccountRef to a service account for impersonation
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef;
    /**
     * Specify a service account with Workload Identity
     *
     * @schema SecretStoreSpecProviderVaultAuthGcp#workloadIdentity
     */
    readonly workloadIdentity?: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcp' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcp(obj: SecretStoreSpecProviderVaultAuthGcp | undefined): Record<string, any> | undefined;
/**
 * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
 * AWS IAM authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthIam
 */
export interface SecretStoreSpecProviderVaultAuthIam {
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#externalID
     */
    readonly externalId?: string;
    /**
     * Specify a service account with IRSA enabled
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#jwt
     */
    readonly jwt?: SecretStoreSpecProviderVaultAuthIamJwt;
    /**
     * Path where the AWS auth method is enabled in Vault, e.g: "aws"
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#path
     */
    readonly path?: string;
    /**
     * AWS region
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#region
     */
    readonly region?: string;
    /**
     * This is the AWS role to be assumed before talking to vault
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#role
     */
    readonly role?: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthIamSecretRef;
    /**
     * X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#vaultAwsIamServerID
     */
    readonly vaultAwsIamServerId?: string;
    /**
     * Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
     *
     * @schema SecretStoreSpecProviderVaultAuthIam#vaultRole
     */
    readonly vaultRole: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIam' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIam(obj: SecretStoreSpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
/**
 * Jwt authenticates with Vault by passing role and JWT token using the
 * JWT/OIDC authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthJwt
 */
export interface SecretStoreSpecProviderVaultAuthJwt {
    /**
     * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwt#kubernetesServiceAccountToken
     */
    readonly kubernetesServiceAccountToken?: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    /**
     * Path where the JWT authentication backend is mounted
     * in Vault, e.g: "jwt"
     *
     * @schema SecretStoreSpecProviderVaultAuthJwt#path
     */
    readonly path: string;
    /**
     * Role is a JWT role to authenticate using the JWT/OIDC Vault
     * authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuthJwt#role
     */
    readonly role?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Vault using the JWT/OIDC authentication method.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwt#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthJwtSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthJwt(obj: SecretStoreSpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Vault by passing the ServiceAccount
 * token stored in the named Secret resource to the Vault server.
 *
 * @schema SecretStoreSpecProviderVaultAuthKubernetes
 */
export interface SecretStoreSpecProviderVaultAuthKubernetes {
    /**
     * Path where the Kubernetes authentication backend is mounted in Vault, e.g:
     * "kubernetes"
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetes#mountPath
     */
    readonly mountPath: string;
    /**
     * A required field containing the Vault Role to assume. A Role binds a
     * Kubernetes ServiceAccount with a set of Vault policies.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetes#role
     */
    readonly role: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Vault. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetes#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthKubernetesSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Vault. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthKubernetes' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetes(obj: SecretStoreSpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * Ldap authenticates with Vault by passing username/password pair using
 * the LDAP authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthLdap
 */
export interface SecretStoreSpecProviderVaultAuthLdap {
    /**
     * Path where the LDAP authentication backend is mounted
     * in Vault, e.g: "ldap"
     *
     * @schema SecretStoreSpecProviderVaultAuthLdap#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the LDAP
     * user used to authenticate with Vault using the LDAP authentication
     * method
     *
     * @schema SecretStoreSpecProviderVaultAuthLdap#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthLdapSecretRef;
    /**
     * Username is an LDAP username used to authenticate using the LDAP Vault
     * authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuthLdap#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthLdap' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthLdap(obj: SecretStoreSpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with Vault by presenting a token.
 *
 * @schema SecretStoreSpecProviderVaultAuthTokenSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthTokenSecretRef(obj: SecretStoreSpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with Vault by passing username/password pair
 *
 * @schema SecretStoreSpecProviderVaultAuthUserPass
 */
export interface SecretStoreSpecProviderVaultAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in Vault, e.g: "userpass"
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the
     * user used to authenticate with Vault using the UserPass authentication
     * method
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPass#secretRef
     */
    readonly secretRef?: SecretStoreSpecProviderVaultAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the UserPass Vault
     * authentication method
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthUserPass' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthUserPass(obj: SecretStoreSpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderVaultCaProviderType
 */
export declare enum SecretStoreSpecProviderVaultCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * CertSecretRef is a certificate added to the transport layer
 * when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
 *
 * @schema SecretStoreSpecProviderVaultTlsCertSecretRef
 */
export interface SecretStoreSpecProviderVaultTlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultTlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultTlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultTlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultTlsCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultTlsCertSecretRef(obj: SecretStoreSpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * KeySecretRef to a key in a Secret resource containing client private key
 * added to the transport layer when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.key'.
 *
 * @schema SecretStoreSpecProviderVaultTlsKeySecretRef
 */
export interface SecretStoreSpecProviderVaultTlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultTlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultTlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultTlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultTlsKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultTlsKeySecretRef(obj: SecretStoreSpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef defines the static credentials to use for authentication.
 * If not set, IRSA is used.
 *
 * @schema SecretStoreSpecProviderVolcengineAuthSecretRef
 */
export interface SecretStoreSpecProviderVolcengineAuthSecretRef {
    /**
     * AccessKeyID is the reference to the secret containing the Access Key ID.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRef#accessKeyID
     */
    readonly accessKeyId: SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId;
    /**
     * SecretAccessKey is the reference to the secret containing the Secret Access Key.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRef#secretAccessKey
     */
    readonly secretAccessKey: SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey;
    /**
     * Token is the reference to the secret containing the STS(Security Token Service) Token.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRef#token
     */
    readonly token?: SecretStoreSpecProviderVolcengineAuthSecretRefToken;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengineAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRef(obj: SecretStoreSpecProviderVolcengineAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * NTLMProtocol configures the store to use NTLM for auth
 *
 * @schema SecretStoreSpecProviderWebhookAuthNtlm
 */
export interface SecretStoreSpecProviderWebhookAuthNtlm {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlm#passwordSecret
     */
    readonly passwordSecret: SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlm#usernameSecret
     */
    readonly usernameSecret: SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookAuthNtlm' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlm(obj: SecretStoreSpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderWebhookCaProviderType
 */
export declare enum SecretStoreSpecProviderWebhookCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * Secret ref to fill in credentials
 *
 * @schema SecretStoreSpecProviderWebhookSecretsSecretRef
 */
export interface SecretStoreSpecProviderWebhookSecretsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderWebhookSecretsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderWebhookSecretsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderWebhookSecretsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookSecretsSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookSecretsSecretRef(obj: SecretStoreSpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
 *
 * @schema SecretStoreSpecProviderYandexcertificatemanagerFetchingByName
 */
export interface SecretStoreSpecProviderYandexcertificatemanagerFetchingByName {
    /**
     * The folder to fetch secrets from
     *
     * @schema SecretStoreSpecProviderYandexcertificatemanagerFetchingByName#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexcertificatemanagerFetchingByName' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj: SecretStoreSpecProviderYandexcertificatemanagerFetchingByName | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef
 */
export interface SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef
 */
export interface SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj: SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * ByName configures the provider to interpret the `data.secretKey.remoteRef.key` field in ExternalSecret as secret name.
 *
 * @schema SecretStoreSpecProviderYandexlockboxFetchingByName
 */
export interface SecretStoreSpecProviderYandexlockboxFetchingByName {
    /**
     * The folder to fetch secrets from
     *
     * @schema SecretStoreSpecProviderYandexlockboxFetchingByName#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderYandexlockboxFetchingByName' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderYandexlockboxFetchingByName(obj: SecretStoreSpecProviderYandexlockboxFetchingByName | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Akeyless. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Akeyless. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessID is used for authentication
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam
 */
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreSpecProviderAwsAuthJwtServiceAccountRef
 */
export interface SecretStoreSpecProviderAwsAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAwsAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef
 */
export interface SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderBarbicanAuthPasswordSecretRef
 */
export interface SecretStoreSpecProviderBarbicanAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbicanAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj: SecretStoreSpecProviderBarbicanAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderBarbicanAuthUsernameSecretRef
 */
export interface SecretStoreSpecProviderBarbicanAuthUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBarbicanAuthUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBarbicanAuthUsernameSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj: SecretStoreSpecProviderBarbicanAuthUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef
 */
export interface SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef
 */
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef
 */
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef
 */
export interface SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef
 */
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * Token references the Kubernetes secret containing the BeyondTrust Workload Credentials API token.
 * The secret should contain the API key used to authenticate with BeyondTrust Workload Credentials.
 * Create an API token in your BeyondTrust Workload Credentials console and store it in a Kubernetes secret.
 * For details on creating API tokens, see: https://docs.beyondtrust.com/bt-docs/docs/secrets-api#authentication
 *
 * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken
 */
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken | undefined): Record<string, any> | undefined;
/**
 * AccessToken used for the bitwarden instance.
 *
 * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials
 */
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the Signing Key in PEM format, used for authentication.
 *
 * @schema SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef
 */
export interface SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef
 */
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur API key
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderConjurAuthApikeyApiKeyRef
 */
export interface SecretStoreSpecProviderConjurAuthApikeyApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthApikeyApiKeyRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj: SecretStoreSpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur username
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderConjurAuthApikeyUserRef
 */
export interface SecretStoreSpecProviderConjurAuthApikeyUserRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyUserRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyUserRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthApikeyUserRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthApikeyUserRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthApikeyUserRef(obj: SecretStoreSpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
/**
 * ClientCertRef is a reference to a specific 'key' containing the client certificate
 * within a Secret resource. The certificate must be PEM-encoded.
 *
 * @schema SecretStoreSpecProviderConjurAuthCertClientCertRef
 */
export interface SecretStoreSpecProviderConjurAuthCertClientCertRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientCertRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientCertRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientCertRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthCertClientCertRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthCertClientCertRef(obj: SecretStoreSpecProviderConjurAuthCertClientCertRef | undefined): Record<string, any> | undefined;
/**
 * ClientKeyRef is a reference to a specific 'key' containing the private RSA client key
 * within a Secret resource. The key must be PEM-encoded.
 *
 * @schema SecretStoreSpecProviderConjurAuthCertClientKeyRef
 */
export interface SecretStoreSpecProviderConjurAuthCertClientKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthCertClientKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthCertClientKeyRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthCertClientKeyRef(obj: SecretStoreSpecProviderConjurAuthCertClientKeyRef | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Conjur using the JWT authentication method.
 *
 * @schema SecretStoreSpecProviderConjurAuthJwtSecretRef
 */
export interface SecretStoreSpecProviderConjurAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthJwtSecretRef(obj: SecretStoreSpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema SecretStoreSpecProviderConjurAuthJwtServiceAccountRef
 */
export interface SecretStoreSpecProviderConjurAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderConjurAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderConjurAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj: SecretStoreSpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderCrdAuthCertClientCert
 */
export interface SecretStoreSpecProviderCrdAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthCertClientCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthCertClientCert(obj: SecretStoreSpecProviderCrdAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderCrdAuthCertClientKey
 */
export interface SecretStoreSpecProviderCrdAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCrdAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthCertClientKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthCertClientKey(obj: SecretStoreSpecProviderCrdAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderCrdAuthTokenBearerToken
 */
export interface SecretStoreSpecProviderCrdAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderCrdAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderCrdAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderCrdAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderCrdAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderCrdAuthTokenBearerToken(obj: SecretStoreSpecProviderCrdAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderCrdServerCaProviderType
 */
export declare enum SecretStoreSpecProviderCrdServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
 *
 * @schema SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef
 */
export interface SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj: SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The DopplerToken is used for authentication.
 * See https://docs.doppler.com/reference/api#authentication for auth token types.
 * The Key attribute defaults to dopplerToken if not specified.
 *
 * @schema SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken
 */
export interface SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj: SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
/**
 * AppID is the reference to the secret containing the Application ID.
 *
 * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppId
 */
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDvlsAuthSecretRefAppId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppId(obj: SecretStoreSpecProviderDvlsAuthSecretRefAppId | undefined): Record<string, any> | undefined;
/**
 * AppSecret is the reference to the secret containing the Application Secret.
 *
 * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppSecret
 */
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderDvlsAuthSecretRefAppSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderDvlsAuthSecretRefAppSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj: SecretStoreSpecProviderDvlsAuthSecretRefAppSecret | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * awsSecurityCredentials is for configuring AWS region and credentials to use for obtaining the access token,
 * when using the AWS metadata server is not an option.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials {
    /**
     * awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.
     * Secret should be created with below names for keys
     * - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
     * - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
     * - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#awsCredentialsSecretRef
     */
    readonly awsCredentialsSecretRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef;
    /**
     * region is for configuring the AWS region to be used.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials#region
     */
    readonly region: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials | undefined): Record<string, any> | undefined;
/**
 * credConfig holds the configmap reference containing the GCP external account credential configuration in JSON format and the key name containing the json data.
 * For using Kubernetes cluster as the identity provider, use serviceAccountRef instead. Operators mounted serviceaccount token cannot be used as the token source, instead
 * serviceAccountRef must be used by providing operators service account details.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig {
    /**
     * key name holding the external account credential config.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#key
     */
    readonly key: string;
    /**
     * name of the configmap.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#name
     */
    readonly name: string;
    /**
     * namespace in which the configmap exists. If empty, configmap will looked up in local namespace.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig | undefined): Record<string, any> | undefined;
/**
 * serviceAccountRef is the reference to the kubernetes ServiceAccount to be used for obtaining the tokens,
 * when Kubernetes is configured as provider in workload identity pool.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken is used for authentication.
 *
 * @schema SecretStoreSpecProviderGitlabAuthSecretRefAccessToken
 */
export interface SecretStoreSpecProviderGitlabAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderGitlabAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderGitlabAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderGitlabAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGitlabAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj: SecretStoreSpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef
 */
export interface SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource
 */
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath
 */
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt
 */
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath
 */
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword
 */
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername
 */
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId
 */
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken
 */
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId
 */
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
 */
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderKubernetesAuthCertClientCert
 */
export interface SecretStoreSpecProviderKubernetesAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthCertClientCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCertClientCert(obj: SecretStoreSpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderKubernetesAuthCertClientKey
 */
export interface SecretStoreSpecProviderKubernetesAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthCertClientKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCertClientKey(obj: SecretStoreSpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderKubernetesAuthTokenBearerToken
 */
export interface SecretStoreSpecProviderKubernetesAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderKubernetesAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderKubernetesAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj: SecretStoreSpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderKubernetesServerCaProviderType
 */
export declare enum SecretStoreSpecProviderKubernetesServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef is a reference to a secret containing the ngrok API key.
 *
 * @schema SecretStoreSpecProviderNgrokAuthApiKeySecretRef
 */
export interface SecretStoreSpecProviderNgrokAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderNgrokAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderNgrokAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderNgrokAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderNgrokAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj: SecretStoreSpecProviderNgrokAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The ConnectToken is used for authentication to a 1Password Connect Server.
 *
 * @schema SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef
 */
export interface SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with OpenBao.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef
 */
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj: SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with OpenBao.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef
 */
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the user
 * used to authenticate with OpenBao using the [UserPass authentication
 * method]
 *
 * [UserPass authentication method]: https://openbao.org/docs/auth/userpass/
 *
 * @schema SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef
 */
export interface SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * Fingerprint is the fingerprint of the API private key.
 *
 * @schema SecretStoreSpecProviderOracleAuthSecretRefFingerprint
 */
export interface SecretStoreSpecProviderOracleAuthSecretRefFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracleAuthSecretRefFingerprint' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj: SecretStoreSpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
/**
 * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
 *
 * @schema SecretStoreSpecProviderOracleAuthSecretRefPrivatekey
 */
export interface SecretStoreSpecProviderOracleAuthSecretRefPrivatekey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefPrivatekey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefPrivatekey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOracleAuthSecretRefPrivatekey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOracleAuthSecretRefPrivatekey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj: SecretStoreSpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
/**
 * CAProvider provides a custom certificate authority for accessing the provider's store.
 * The CAProvider points to a Secret or ConfigMap resource that contains a PEM-encoded certificate.
 *
 * @schema SecretStoreSpecProviderOvhAuthMtlsCaProvider
 */
export interface SecretStoreSpecProviderOvhAuthMtlsCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCaProvider#type
     */
    readonly type: SecretStoreSpecProviderOvhAuthMtlsCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthMtlsCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsCaProvider(obj: SecretStoreSpecProviderOvhAuthMtlsCaProvider | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderOvhAuthMtlsCertSecretRef
 */
export interface SecretStoreSpecProviderOvhAuthMtlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthMtlsCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj: SecretStoreSpecProviderOvhAuthMtlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderOvhAuthMtlsKeySecretRef
 */
export interface SecretStoreSpecProviderOvhAuthMtlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOvhAuthMtlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthMtlsKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj: SecretStoreSpecProviderOvhAuthMtlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderOvhAuthTokenTokenSecretRef
 */
export interface SecretStoreSpecProviderOvhAuthTokenTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderOvhAuthTokenTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderOvhAuthTokenTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderOvhAuthTokenTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderOvhAuthTokenTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj: SecretStoreSpecProviderOvhAuthTokenTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials
 */
export interface SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj: SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The AccessToken is used for authentication
 *
 * @schema SecretStoreSpecProviderPreviderAuthSecretRefAccessToken
 */
export interface SecretStoreSpecProviderPreviderAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPreviderAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPreviderAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPreviderAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPreviderAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj: SecretStoreSpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef
 */
export interface SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj: SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef specifies the Kubernetes ServiceAccount to use for authentication.
 *
 * @schema SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef
 */
export interface SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj: SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema SecretStoreSpecProviderVaultAuthAppRoleRoleRef
 */
export interface SecretStoreSpecProviderVaultAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj: SecretStoreSpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema SecretStoreSpecProviderVaultAuthAppRoleSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj: SecretStoreSpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * ClientCert is a certificate to authenticate using the Cert Vault
 * authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthCertClientCert
 */
export interface SecretStoreSpecProviderVaultAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthCertClientCert' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthCertClientCert(obj: SecretStoreSpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing client private key to
 * authenticate with Vault using the Cert authentication method
 *
 * @schema SecretStoreSpecProviderVaultAuthCertSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthCertSecretRef(obj: SecretStoreSpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema SecretStoreSpecProviderVaultAuthGcpSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthGcpSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcpSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRef(obj: SecretStoreSpecProviderVaultAuthGcpSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountRef to a service account for impersonation
 *
 * @schema SecretStoreSpecProviderVaultAuthGcpServiceAccountRef
 */
export interface SecretStoreSpecProviderVaultAuthGcpServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcpServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with Workload Identity
 *
 * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity
 */
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with IRSA enabled
 *
 * @schema SecretStoreSpecProviderVaultAuthIamJwt
 */
export interface SecretStoreSpecProviderVaultAuthIamJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamJwt' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamJwt(obj: SecretStoreSpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema SecretStoreSpecProviderVaultAuthIamSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthIamSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken
 */
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    /**
     * Optional audiences field that will be used to request a temporary Kubernetes service
     * account token for the service account referenced by `serviceAccountRef`.
     * Defaults to a single audience `vault` it not specified.
     *
     * Deprecated: use serviceAccountRef.Audiences instead
     *
     * @default a single audience `vault` it not specified.
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
     */
    readonly audiences?: string[];
    /**
     * Optional expiration time in seconds that will be used to request a temporary
     * Kubernetes service account token for the service account referenced by
     * `serviceAccountRef`.
     *
     * Deprecated: this will be removed in the future.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Service account field containing the name of a kubernetes ServiceAccount.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Vault using the JWT/OIDC authentication method.
 *
 * @schema SecretStoreSpecProviderVaultAuthJwtSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtSecretRef(obj: SecretStoreSpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Vault. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema SecretStoreSpecProviderVaultAuthKubernetesSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthKubernetesSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthKubernetesSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj: SecretStoreSpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Vault. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef
 */
export interface SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the LDAP
 * user used to authenticate with Vault using the LDAP authentication
 * method
 *
 * @schema SecretStoreSpecProviderVaultAuthLdapSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthLdapSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthLdapSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthLdapSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthLdapSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthLdapSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthLdapSecretRef(obj: SecretStoreSpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the
 * user used to authenticate with Vault using the UserPass authentication
 * method
 *
 * @schema SecretStoreSpecProviderVaultAuthUserPassSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthUserPassSecretRef(obj: SecretStoreSpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessKeyID is the reference to the secret containing the Access Key ID.
 *
 * @schema SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId
 */
export interface SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj: SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId | undefined): Record<string, any> | undefined;
/**
 * SecretAccessKey is the reference to the secret containing the Secret Access Key.
 *
 * @schema SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey
 */
export interface SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj: SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey | undefined): Record<string, any> | undefined;
/**
 * Token is the reference to the secret containing the STS(Security Token Service) Token.
 *
 * @schema SecretStoreSpecProviderVolcengineAuthSecretRefToken
 */
export interface SecretStoreSpecProviderVolcengineAuthSecretRefToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVolcengineAuthSecretRefToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVolcengineAuthSecretRefToken' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefToken(obj: SecretStoreSpecProviderVolcengineAuthSecretRefToken | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret
 */
export interface SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj: SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret
 */
export interface SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj: SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
/**
 * awsCredentialsSecretRef is the reference to the secret which holds the AWS credentials.
 * Secret should be created with below names for keys
 * - aws_access_key_id: Access Key ID, which is the unique identifier for the AWS account or the IAM user.
 * - aws_secret_access_key: Secret Access Key, which is used to authenticate requests made to AWS services.
 * - aws_session_token: Session Token, is the short-lived token to authenticate requests made to AWS services.
 *
 * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef
 */
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef {
    /**
     * name of the secret.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * namespace in which the secret exists. If empty, secret will looked up in local namespace.
     *
     * @schema SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreSpecProviderOvhAuthMtlsCaProviderType
 */
export declare enum SecretStoreSpecProviderOvhAuthMtlsCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef
 */
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef
 */
export interface SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
 */
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Service account field containing the name of a kubernetes ServiceAccount.
 *
 * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
 */
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema SecretStoreV1Beta1
 */
export declare class SecretStoreV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "SecretStoreV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "SecretStoreV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: SecretStoreV1Beta1Props): any;
    /**
     * Defines a "SecretStoreV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: SecretStoreV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * SecretStore represents a secure external location for storing secrets, which can be referenced as part of `storeRef` fields.
 *
 * @schema SecretStoreV1Beta1
 */
export interface SecretStoreV1Beta1Props {
    /**
     * @schema SecretStoreV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * SecretStoreSpec defines the desired state of SecretStore.
     *
     * @schema SecretStoreV1Beta1#spec
     */
    readonly spec?: SecretStoreV1Beta1Spec;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1Props' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1Props(obj: SecretStoreV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * SecretStoreSpec defines the desired state of SecretStore.
 *
 * @schema SecretStoreV1Beta1Spec
 */
export interface SecretStoreV1Beta1Spec {
    /**
     * Used to constrain a ClusterSecretStore to specific namespaces. Relevant only to ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1Spec#conditions
     */
    readonly conditions?: SecretStoreV1Beta1SpecConditions[];
    /**
     * Used to select the correct ESO controller (think: ingress.ingressClassName)
     * The ESO controller is instantiated with a specific controller name and filters ES based on this property
     *
     * @schema SecretStoreV1Beta1Spec#controller
     */
    readonly controller?: string;
    /**
     * Used to configure the provider. Only one provider may be set
     *
     * @schema SecretStoreV1Beta1Spec#provider
     */
    readonly provider: SecretStoreV1Beta1SpecProvider;
    /**
     * Used to configure store refresh interval in seconds. Empty or 0 will default to the controller config.
     *
     * @schema SecretStoreV1Beta1Spec#refreshInterval
     */
    readonly refreshInterval?: number;
    /**
     * Used to configure HTTP retries on failures.
     *
     * @schema SecretStoreV1Beta1Spec#retrySettings
     */
    readonly retrySettings?: SecretStoreV1Beta1SpecRetrySettings;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1Spec' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1Spec(obj: SecretStoreV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ClusterSecretStoreCondition describes a condition by which to choose namespaces to process ExternalSecrets in
 * for a ClusterSecretStore instance.
 *
 * @schema SecretStoreV1Beta1SpecConditions
 */
export interface SecretStoreV1Beta1SpecConditions {
    /**
     * Choose namespaces by using regex matching
     *
     * @schema SecretStoreV1Beta1SpecConditions#namespaceRegexes
     */
    readonly namespaceRegexes?: string[];
    /**
     * Choose namespace using a labelSelector
     *
     * @schema SecretStoreV1Beta1SpecConditions#namespaceSelector
     */
    readonly namespaceSelector?: SecretStoreV1Beta1SpecConditionsNamespaceSelector;
    /**
     * Choose namespaces by name
     *
     * @schema SecretStoreV1Beta1SpecConditions#namespaces
     */
    readonly namespaces?: string[];
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecConditions' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecConditions(obj: SecretStoreV1Beta1SpecConditions | undefined): Record<string, any> | undefined;
/**
 * Used to configure the provider. Only one provider may be set
 *
 * @schema SecretStoreV1Beta1SpecProvider
 */
export interface SecretStoreV1Beta1SpecProvider {
    /**
     * Akeyless configures this store to sync secrets using Akeyless Vault provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#akeyless
     */
    readonly akeyless?: SecretStoreV1Beta1SpecProviderAkeyless;
    /**
     * Alibaba configures this store to sync secrets using Alibaba Cloud provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#alibaba
     */
    readonly alibaba?: SecretStoreV1Beta1SpecProviderAlibaba;
    /**
     * AWS configures this store to sync secrets using AWS Secret Manager provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#aws
     */
    readonly aws?: SecretStoreV1Beta1SpecProviderAws;
    /**
     * AzureKV configures this store to sync secrets using Azure Key Vault provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#azurekv
     */
    readonly azurekv?: SecretStoreV1Beta1SpecProviderAzurekv;
    /**
     * Beyondtrust configures this store to sync secrets using Password Safe provider.
     *
     * @schema SecretStoreV1Beta1SpecProvider#beyondtrust
     */
    readonly beyondtrust?: SecretStoreV1Beta1SpecProviderBeyondtrust;
    /**
     * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#bitwardensecretsmanager
     */
    readonly bitwardensecretsmanager?: SecretStoreV1Beta1SpecProviderBitwardensecretsmanager;
    /**
     * Chef configures this store to sync secrets with chef server
     *
     * @schema SecretStoreV1Beta1SpecProvider#chef
     */
    readonly chef?: SecretStoreV1Beta1SpecProviderChef;
    /**
     * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#cloudrusm
     */
    readonly cloudrusm?: SecretStoreV1Beta1SpecProviderCloudrusm;
    /**
     * Conjur configures this store to sync secrets using conjur provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#conjur
     */
    readonly conjur?: SecretStoreV1Beta1SpecProviderConjur;
    /**
     * Delinea DevOps Secrets Vault
     * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
     *
     * @schema SecretStoreV1Beta1SpecProvider#delinea
     */
    readonly delinea?: SecretStoreV1Beta1SpecProviderDelinea;
    /**
     * Device42 configures this store to sync secrets using the Device42 provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#device42
     */
    readonly device42?: SecretStoreV1Beta1SpecProviderDevice42;
    /**
     * Doppler configures this store to sync secrets using the Doppler provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#doppler
     */
    readonly doppler?: SecretStoreV1Beta1SpecProviderDoppler;
    /**
     * Fake configures a store with static key/value pairs
     *
     * @schema SecretStoreV1Beta1SpecProvider#fake
     */
    readonly fake?: SecretStoreV1Beta1SpecProviderFake;
    /**
     * Fortanix configures this store to sync secrets using the Fortanix provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#fortanix
     */
    readonly fortanix?: SecretStoreV1Beta1SpecProviderFortanix;
    /**
     * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#gcpsm
     */
    readonly gcpsm?: SecretStoreV1Beta1SpecProviderGcpsm;
    /**
     * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
     *
     * @schema SecretStoreV1Beta1SpecProvider#github
     */
    readonly github?: SecretStoreV1Beta1SpecProviderGithub;
    /**
     * GitLab configures this store to sync secrets using GitLab Variables provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#gitlab
     */
    readonly gitlab?: SecretStoreV1Beta1SpecProviderGitlab;
    /**
     * IBM configures this store to sync secrets using IBM Cloud provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#ibm
     */
    readonly ibm?: SecretStoreV1Beta1SpecProviderIbm;
    /**
     * Infisical configures this store to sync secrets using the Infisical provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#infisical
     */
    readonly infisical?: SecretStoreV1Beta1SpecProviderInfisical;
    /**
     * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#keepersecurity
     */
    readonly keepersecurity?: SecretStoreV1Beta1SpecProviderKeepersecurity;
    /**
     * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#kubernetes
     */
    readonly kubernetes?: SecretStoreV1Beta1SpecProviderKubernetes;
    /**
     * Onboardbase configures this store to sync secrets using the Onboardbase provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#onboardbase
     */
    readonly onboardbase?: SecretStoreV1Beta1SpecProviderOnboardbase;
    /**
     * OnePassword configures this store to sync secrets using the 1Password Cloud provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#onepassword
     */
    readonly onepassword?: SecretStoreV1Beta1SpecProviderOnepassword;
    /**
     * Oracle configures this store to sync secrets using Oracle Vault provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#oracle
     */
    readonly oracle?: SecretStoreV1Beta1SpecProviderOracle;
    /**
     * PassboltProvider defines configuration for the Passbolt provider.
     *
     * @schema SecretStoreV1Beta1SpecProvider#passbolt
     */
    readonly passbolt?: SecretStoreV1Beta1SpecProviderPassbolt;
    /**
     * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
     *
     * @schema SecretStoreV1Beta1SpecProvider#passworddepot
     */
    readonly passworddepot?: SecretStoreV1Beta1SpecProviderPassworddepot;
    /**
     * Previder configures this store to sync secrets using the Previder provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#previder
     */
    readonly previder?: SecretStoreV1Beta1SpecProviderPrevider;
    /**
     * Pulumi configures this store to sync secrets using the Pulumi provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#pulumi
     */
    readonly pulumi?: SecretStoreV1Beta1SpecProviderPulumi;
    /**
     * Scaleway configures this store to sync secrets using the Scaleway provider.
     *
     * @schema SecretStoreV1Beta1SpecProvider#scaleway
     */
    readonly scaleway?: SecretStoreV1Beta1SpecProviderScaleway;
    /**
     * SecretServer configures this store to sync secrets using SecretServer provider
     * https://docs.delinea.com/online-help/secret-server/start.htm
     *
     * @schema SecretStoreV1Beta1SpecProvider#secretserver
     */
    readonly secretserver?: SecretStoreV1Beta1SpecProviderSecretserver;
    /**
     * Senhasegura configures this store to sync secrets using senhasegura provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#senhasegura
     */
    readonly senhasegura?: SecretStoreV1Beta1SpecProviderSenhasegura;
    /**
     * Vault configures this store to sync secrets using the HashiCorp Vault provider.
     *
     * @schema SecretStoreV1Beta1SpecProvider#vault
     */
    readonly vault?: SecretStoreV1Beta1SpecProviderVault;
    /**
     * Webhook configures this store to sync secrets using a generic templated webhook
     *
     * @schema SecretStoreV1Beta1SpecProvider#webhook
     */
    readonly webhook?: SecretStoreV1Beta1SpecProviderWebhook;
    /**
     * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#yandexcertificatemanager
     */
    readonly yandexcertificatemanager?: SecretStoreV1Beta1SpecProviderYandexcertificatemanager;
    /**
     * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
     *
     * @schema SecretStoreV1Beta1SpecProvider#yandexlockbox
     */
    readonly yandexlockbox?: SecretStoreV1Beta1SpecProviderYandexlockbox;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProvider(obj: SecretStoreV1Beta1SpecProvider | undefined): Record<string, any> | undefined;
/**
 * Used to configure HTTP retries on failures.
 *
 * @schema SecretStoreV1Beta1SpecRetrySettings
 */
export interface SecretStoreV1Beta1SpecRetrySettings {
    /**
     * MaxRetries is the maximum number of retry attempts.
     *
     * @schema SecretStoreV1Beta1SpecRetrySettings#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * RetryInterval is the interval between retry attempts.
     *
     * @schema SecretStoreV1Beta1SpecRetrySettings#retryInterval
     */
    readonly retryInterval?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecRetrySettings' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecRetrySettings(obj: SecretStoreV1Beta1SpecRetrySettings | undefined): Record<string, any> | undefined;
/**
 * Choose namespace using a labelSelector
 *
 * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelector
 */
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecConditionsNamespaceSelector' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelector(obj: SecretStoreV1Beta1SpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Akeyless configures this store to sync secrets using Akeyless Vault provider
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeyless
 */
export interface SecretStoreV1Beta1SpecProviderAkeyless {
    /**
     * Akeyless GW API Url from which the secrets to be fetched from.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeyless#akeylessGWApiURL
     */
    readonly akeylessGwApiUrl: string;
    /**
     * Auth configures how the operator authenticates with Akeyless.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeyless#authSecretRef
     */
    readonly authSecretRef: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef;
    /**
     * PEM/base64 encoded CA bundle used to validate Akeyless Gateway certificate. Only used
     * if the AkeylessGWApiURL URL is using HTTPS protocol. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeyless#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeyless#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderAkeylessCaProvider;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeyless' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeyless(obj: SecretStoreV1Beta1SpecProviderAkeyless | undefined): Record<string, any> | undefined;
/**
 * Alibaba configures this store to sync secrets using Alibaba Cloud provider
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibaba
 */
export interface SecretStoreV1Beta1SpecProviderAlibaba {
    /**
     * AlibabaAuth contains a secretRef for credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibaba#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderAlibabaAuth;
    /**
     * Alibaba Region to be used for the provider
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibaba#regionID
     */
    readonly regionId: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibaba' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibaba(obj: SecretStoreV1Beta1SpecProviderAlibaba | undefined): Record<string, any> | undefined;
/**
 * AWS configures this store to sync secrets using AWS Secret Manager provider
 *
 * @schema SecretStoreV1Beta1SpecProviderAws
 */
export interface SecretStoreV1Beta1SpecProviderAws {
    /**
     * AdditionalRoles is a chained list of Role ARNs which the provider will sequentially assume before assuming the Role
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#additionalRoles
     */
    readonly additionalRoles?: string[];
    /**
     * Auth defines the information necessary to authenticate against AWS
     * if not set aws sdk will infer credentials from your environment
     * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderAwsAuth;
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#externalID
     */
    readonly externalId?: string;
    /**
     * Prefix adds a prefix to all retrieved values.
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#prefix
     */
    readonly prefix?: string;
    /**
     * AWS Region to be used for the provider
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#region
     */
    readonly region: string;
    /**
     * Role is a Role ARN which the provider will assume
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#role
     */
    readonly role?: string;
    /**
     * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#secretsManager
     */
    readonly secretsManager?: SecretStoreV1Beta1SpecProviderAwsSecretsManager;
    /**
     * Service defines which service should be used to fetch the secrets
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#service
     */
    readonly service: SecretStoreV1Beta1SpecProviderAwsService;
    /**
     * AWS STS assume role session tags
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#sessionTags
     */
    readonly sessionTags?: SecretStoreV1Beta1SpecProviderAwsSessionTags[];
    /**
     * AWS STS assume role transitive session tags. Required when multiple rules are used with the provider
     *
     * @schema SecretStoreV1Beta1SpecProviderAws#transitiveTagKeys
     */
    readonly transitiveTagKeys?: string[];
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAws' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAws(obj: SecretStoreV1Beta1SpecProviderAws | undefined): Record<string, any> | undefined;
/**
 * AzureKV configures this store to sync secrets using Azure Key Vault provider
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekv
 */
export interface SecretStoreV1Beta1SpecProviderAzurekv {
    /**
     * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#authSecretRef
     */
    readonly authSecretRef?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef;
    /**
     * Auth type defines how to authenticate to the keyvault service.
     * Valid values are:
     * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
     * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#authType
     */
    readonly authType?: SecretStoreV1Beta1SpecProviderAzurekvAuthType;
    /**
     * EnvironmentType specifies the Azure cloud environment endpoints to use for
     * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
     * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
     * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#environmentType
     */
    readonly environmentType?: SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
    /**
     * If multiple Managed Identity is assigned to the pod, you can select the one to be used
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#identityId
     */
    readonly identityId?: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef;
    /**
     * TenantID configures the Azure Tenant to send requests to. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#tenantId
     */
    readonly tenantId?: string;
    /**
     * Vault Url from which the secrets to be fetched from.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekv#vaultUrl
     */
    readonly vaultUrl: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekv' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekv(obj: SecretStoreV1Beta1SpecProviderAzurekv | undefined): Record<string, any> | undefined;
/**
 * Beyondtrust configures this store to sync secrets using Password Safe provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrust
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrust {
    /**
     * Auth configures how the operator authenticates with Beyondtrust.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrust#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderBeyondtrustAuth;
    /**
     * Auth configures how API server works.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrust#server
     */
    readonly server: SecretStoreV1Beta1SpecProviderBeyondtrustServer;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrust' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrust(obj: SecretStoreV1Beta1SpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManager configures this store to sync secrets using BitwardenSecretsManager provider
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager
 */
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanager {
    /**
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#apiURL
     */
    readonly apiUrl?: string;
    /**
     * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
     * Make sure that the token being used has permissions on the given secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth;
    /**
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#bitwardenServerSDKURL
     */
    readonly bitwardenServerSdkurl?: string;
    /**
     * Base64 encoded certificate for the bitwarden server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider;
    /**
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#identityURL
     */
    readonly identityUrl?: string;
    /**
     * OrganizationID determines which organization this secret store manages.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#organizationID
     */
    readonly organizationId: string;
    /**
     * ProjectID determines which project this secret store manages.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanager#projectID
     */
    readonly projectId: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBitwardensecretsmanager' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
/**
 * Chef configures this store to sync secrets with chef server
 *
 * @schema SecretStoreV1Beta1SpecProviderChef
 */
export interface SecretStoreV1Beta1SpecProviderChef {
    /**
     * Auth defines the information necessary to authenticate against chef Server
     *
     * @schema SecretStoreV1Beta1SpecProviderChef#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderChefAuth;
    /**
     * ServerURL is the chef server URL used to connect to. If using orgs you should include your org in the url and terminate the url with a "/"
     *
     * @schema SecretStoreV1Beta1SpecProviderChef#serverUrl
     */
    readonly serverUrl: string;
    /**
     * UserName should be the user ID on the chef server
     *
     * @schema SecretStoreV1Beta1SpecProviderChef#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderChef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderChef(obj: SecretStoreV1Beta1SpecProviderChef | undefined): Record<string, any> | undefined;
/**
 * CloudruSM configures this store to sync secrets using the Cloud.ru Secret Manager provider
 *
 * @schema SecretStoreV1Beta1SpecProviderCloudrusm
 */
export interface SecretStoreV1Beta1SpecProviderCloudrusm {
    /**
     * CSMAuth contains a secretRef for credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusm#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderCloudrusmAuth;
    /**
     * ProjectID is the project, which the secrets are stored in.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderCloudrusm' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusm(obj: SecretStoreV1Beta1SpecProviderCloudrusm | undefined): Record<string, any> | undefined;
/**
 * Conjur configures this store to sync secrets using conjur provider
 *
 * @schema SecretStoreV1Beta1SpecProviderConjur
 */
export interface SecretStoreV1Beta1SpecProviderConjur {
    /**
     * Defines authentication settings for connecting to Conjur.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjur#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderConjurAuth;
    /**
     * CABundle is a PEM encoded CA bundle that will be used to validate the Conjur server certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjur#caBundle
     */
    readonly caBundle?: string;
    /**
     * Used to provide custom certificate authority (CA) certificates
     * for a secret store. The CAProvider points to a Secret or ConfigMap resource
     * that contains a PEM-encoded certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjur#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderConjurCaProvider;
    /**
     * URL is the endpoint of the Conjur instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjur#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjur' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjur(obj: SecretStoreV1Beta1SpecProviderConjur | undefined): Record<string, any> | undefined;
/**
 * Delinea DevOps Secrets Vault
 * https://docs.delinea.com/online-help/products/devops-secrets-vault/current
 *
 * @schema SecretStoreV1Beta1SpecProviderDelinea
 */
export interface SecretStoreV1Beta1SpecProviderDelinea {
    /**
     * ClientID is the non-secret part of the credential.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelinea#clientId
     */
    readonly clientId: SecretStoreV1Beta1SpecProviderDelineaClientId;
    /**
     * ClientSecret is the secret part of the credential.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelinea#clientSecret
     */
    readonly clientSecret: SecretStoreV1Beta1SpecProviderDelineaClientSecret;
    /**
     * Tenant is the chosen hostname / site name.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelinea#tenant
     */
    readonly tenant: string;
    /**
     * TLD is based on the server location that was chosen during provisioning.
     * If unset, defaults to "com".
     *
     * @schema SecretStoreV1Beta1SpecProviderDelinea#tld
     */
    readonly tld?: string;
    /**
     * URLTemplate
     * If unset, defaults to "https://%s.secretsvaultcloud.%s/v1/%s%s".
     *
     * @schema SecretStoreV1Beta1SpecProviderDelinea#urlTemplate
     */
    readonly urlTemplate?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDelinea' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDelinea(obj: SecretStoreV1Beta1SpecProviderDelinea | undefined): Record<string, any> | undefined;
/**
 * Device42 configures this store to sync secrets using the Device42 provider
 *
 * @schema SecretStoreV1Beta1SpecProviderDevice42
 */
export interface SecretStoreV1Beta1SpecProviderDevice42 {
    /**
     * Auth configures how secret-manager authenticates with a Device42 instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderDevice42Auth;
    /**
     * URL configures the Device42 instance URL.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDevice42' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42(obj: SecretStoreV1Beta1SpecProviderDevice42 | undefined): Record<string, any> | undefined;
/**
 * Doppler configures this store to sync secrets using the Doppler provider
 *
 * @schema SecretStoreV1Beta1SpecProviderDoppler
 */
export interface SecretStoreV1Beta1SpecProviderDoppler {
    /**
     * Auth configures how the Operator authenticates with the Doppler API
     *
     * @schema SecretStoreV1Beta1SpecProviderDoppler#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderDopplerAuth;
    /**
     * Doppler config (required if not using a Service Token)
     *
     * @schema SecretStoreV1Beta1SpecProviderDoppler#config
     */
    readonly config?: string;
    /**
     * Format enables the downloading of secrets as a file (string)
     *
     * @schema SecretStoreV1Beta1SpecProviderDoppler#format
     */
    readonly format?: SecretStoreV1Beta1SpecProviderDopplerFormat;
    /**
     * Environment variable compatible name transforms that change secret names to a different format
     *
     * @schema SecretStoreV1Beta1SpecProviderDoppler#nameTransformer
     */
    readonly nameTransformer?: SecretStoreV1Beta1SpecProviderDopplerNameTransformer;
    /**
     * Doppler project (required if not using a Service Token)
     *
     * @schema SecretStoreV1Beta1SpecProviderDoppler#project
     */
    readonly project?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDoppler' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDoppler(obj: SecretStoreV1Beta1SpecProviderDoppler | undefined): Record<string, any> | undefined;
/**
 * Fake configures a store with static key/value pairs
 *
 * @schema SecretStoreV1Beta1SpecProviderFake
 */
export interface SecretStoreV1Beta1SpecProviderFake {
    /**
     * @schema SecretStoreV1Beta1SpecProviderFake#data
     */
    readonly data: SecretStoreV1Beta1SpecProviderFakeData[];
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderFake' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderFake(obj: SecretStoreV1Beta1SpecProviderFake | undefined): Record<string, any> | undefined;
/**
 * Fortanix configures this store to sync secrets using the Fortanix provider
 *
 * @schema SecretStoreV1Beta1SpecProviderFortanix
 */
export interface SecretStoreV1Beta1SpecProviderFortanix {
    /**
     * APIKey is the API token to access SDKMS Applications.
     *
     * @schema SecretStoreV1Beta1SpecProviderFortanix#apiKey
     */
    readonly apiKey?: SecretStoreV1Beta1SpecProviderFortanixApiKey;
    /**
     * APIURL is the URL of SDKMS API. Defaults to `sdkms.fortanix.com`.
     *
     * @default sdkms.fortanix.com`.
     * @schema SecretStoreV1Beta1SpecProviderFortanix#apiUrl
     */
    readonly apiUrl?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderFortanix' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanix(obj: SecretStoreV1Beta1SpecProviderFortanix | undefined): Record<string, any> | undefined;
/**
 * GCPSM configures this store to sync secrets using Google Cloud Platform Secret Manager provider
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsm
 */
export interface SecretStoreV1Beta1SpecProviderGcpsm {
    /**
     * Auth defines the information necessary to authenticate against GCP
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsm#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderGcpsmAuth;
    /**
     * Location optionally defines a location for a secret
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsm#location
     */
    readonly location?: string;
    /**
     * ProjectID project where secret is located
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsm#projectID
     */
    readonly projectId?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsm' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsm(obj: SecretStoreV1Beta1SpecProviderGcpsm | undefined): Record<string, any> | undefined;
/**
 * Github configures this store to push GitHub Actions secrets using the GitHub API provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderGithub
 */
export interface SecretStoreV1Beta1SpecProviderGithub {
    /**
     * appID specifies the Github APP that will be used to authenticate the client
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#appID
     */
    readonly appId: number;
    /**
     * auth configures how secret-manager authenticates with a Github instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderGithubAuth;
    /**
     * environment will be used to fetch secrets from a particular environment within a github repository
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#environment
     */
    readonly environment?: string;
    /**
     * installationID specifies the Github APP installation that will be used to authenticate the client
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#installationID
     */
    readonly installationId: number;
    /**
     * organization will be used to fetch secrets from the Github organization
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#organization
     */
    readonly organization: string;
    /**
     * repository will be used to fetch secrets from the Github repository within an organization
     *
     * @schema SecretStoreV1Beta1SpecProviderGithub#repository
     */
    readonly repository?: string;
    /**
     * Upload URL for enterprise instances. Default to URL.
     *
     * @default URL.
     * @schema SecretStoreV1Beta1SpecProviderGithub#uploadURL
     */
    readonly uploadUrl?: string;
    /**
     * URL configures the Github instance URL. Defaults to https://github.com/.
     *
     * @default https://github.com/.
     * @schema SecretStoreV1Beta1SpecProviderGithub#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGithub' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGithub(obj: SecretStoreV1Beta1SpecProviderGithub | undefined): Record<string, any> | undefined;
/**
 * GitLab configures this store to sync secrets using GitLab Variables provider
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlab
 */
export interface SecretStoreV1Beta1SpecProviderGitlab {
    /**
     * Auth configures how secret-manager authenticates with a GitLab instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderGitlabAuth;
    /**
     * Base64 encoded certificate for the GitLab server sdk. The sdk MUST run with HTTPS to make sure no MITM attack
     * can be performed.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderGitlabCaProvider;
    /**
     * Environment environment_scope of gitlab CI/CD variables (Please see https://docs.gitlab.com/ee/ci/environments/#create-a-static-environment on how to create environments)
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#environment
     */
    readonly environment?: string;
    /**
     * GroupIDs specify, which gitlab groups to pull secrets from. Group secrets are read from left to right followed by the project variables.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#groupIDs
     */
    readonly groupIDs?: string[];
    /**
     * InheritFromGroups specifies whether parent groups should be discovered and checked for secrets.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#inheritFromGroups
     */
    readonly inheritFromGroups?: boolean;
    /**
     * ProjectID specifies a project where secrets are located.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlab#projectID
     */
    readonly projectId?: string;
    /**
     * URL configures the GitLab instance URL. Defaults to https://gitlab.com/.
     *
     * @default https://gitlab.com/.
     * @schema SecretStoreV1Beta1SpecProviderGitlab#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGitlab' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlab(obj: SecretStoreV1Beta1SpecProviderGitlab | undefined): Record<string, any> | undefined;
/**
 * IBM configures this store to sync secrets using IBM Cloud provider
 *
 * @schema SecretStoreV1Beta1SpecProviderIbm
 */
export interface SecretStoreV1Beta1SpecProviderIbm {
    /**
     * Auth configures how secret-manager authenticates with the IBM secrets manager.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbm#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderIbmAuth;
    /**
     * ServiceURL is the Endpoint URL that is specific to the Secrets Manager service instance
     *
     * @schema SecretStoreV1Beta1SpecProviderIbm#serviceUrl
     */
    readonly serviceUrl?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderIbm' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderIbm(obj: SecretStoreV1Beta1SpecProviderIbm | undefined): Record<string, any> | undefined;
/**
 * Infisical configures this store to sync secrets using the Infisical provider
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisical
 */
export interface SecretStoreV1Beta1SpecProviderInfisical {
    /**
     * Auth configures how the Operator authenticates with the Infisical API
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisical#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderInfisicalAuth;
    /**
     * HostAPI specifies the base URL of the Infisical API. If not provided, it defaults to "https://app.infisical.com/api".
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisical#hostAPI
     */
    readonly hostApi?: string;
    /**
     * SecretsScope defines the scope of the secrets within the workspace
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisical#secretsScope
     */
    readonly secretsScope: SecretStoreV1Beta1SpecProviderInfisicalSecretsScope;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisical' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisical(obj: SecretStoreV1Beta1SpecProviderInfisical | undefined): Record<string, any> | undefined;
/**
 * KeeperSecurity configures this store to sync secrets using the KeeperSecurity provider
 *
 * @schema SecretStoreV1Beta1SpecProviderKeepersecurity
 */
export interface SecretStoreV1Beta1SpecProviderKeepersecurity {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderKeepersecurity#authRef
     */
    readonly authRef: SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef;
    /**
     * @schema SecretStoreV1Beta1SpecProviderKeepersecurity#folderID
     */
    readonly folderId: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKeepersecurity' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKeepersecurity(obj: SecretStoreV1Beta1SpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
/**
 * Kubernetes configures this store to sync secrets using a Kubernetes cluster provider
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetes
 */
export interface SecretStoreV1Beta1SpecProviderKubernetes {
    /**
     * Auth configures how secret-manager authenticates with a Kubernetes instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetes#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderKubernetesAuth;
    /**
     * A reference to a secret that contains the auth information.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetes#authRef
     */
    readonly authRef?: SecretStoreV1Beta1SpecProviderKubernetesAuthRef;
    /**
     * Remote namespace to fetch the secrets from
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetes#remoteNamespace
     */
    readonly remoteNamespace?: string;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetes#server
     */
    readonly server?: SecretStoreV1Beta1SpecProviderKubernetesServer;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetes' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetes(obj: SecretStoreV1Beta1SpecProviderKubernetes | undefined): Record<string, any> | undefined;
/**
 * Onboardbase configures this store to sync secrets using the Onboardbase provider
 *
 * @schema SecretStoreV1Beta1SpecProviderOnboardbase
 */
export interface SecretStoreV1Beta1SpecProviderOnboardbase {
    /**
     * APIHost use this to configure the host url for the API for selfhosted installation, default is https://public.onboardbase.com/api/v1/
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbase#apiHost
     */
    readonly apiHost: string;
    /**
     * Auth configures how the Operator authenticates with the Onboardbase API
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbase#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderOnboardbaseAuth;
    /**
     * Environment is the name of an environmnent within a project to pull the secrets from
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbase#environment
     */
    readonly environment: string;
    /**
     * Project is an onboardbase project that the secrets should be pulled from
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbase#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnboardbase' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbase(obj: SecretStoreV1Beta1SpecProviderOnboardbase | undefined): Record<string, any> | undefined;
/**
 * OnePassword configures this store to sync secrets using the 1Password Cloud provider
 *
 * @schema SecretStoreV1Beta1SpecProviderOnepassword
 */
export interface SecretStoreV1Beta1SpecProviderOnepassword {
    /**
     * Auth defines the information necessary to authenticate against OnePassword Connect Server
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepassword#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderOnepasswordAuth;
    /**
     * ConnectHost defines the OnePassword Connect Server to connect to
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepassword#connectHost
     */
    readonly connectHost: string;
    /**
     * Vaults defines which OnePassword vaults to search in which order
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepassword#vaults
     */
    readonly vaults: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnepassword' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepassword(obj: SecretStoreV1Beta1SpecProviderOnepassword | undefined): Record<string, any> | undefined;
/**
 * Oracle configures this store to sync secrets using Oracle Vault provider
 *
 * @schema SecretStoreV1Beta1SpecProviderOracle
 */
export interface SecretStoreV1Beta1SpecProviderOracle {
    /**
     * Auth configures how secret-manager authenticates with the Oracle Vault.
     * If empty, use the instance principal, otherwise the user credentials specified in Auth.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderOracleAuth;
    /**
     * Compartment is the vault compartment OCID.
     * Required for PushSecret
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#compartment
     */
    readonly compartment?: string;
    /**
     * EncryptionKey is the OCID of the encryption key within the vault.
     * Required for PushSecret
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#encryptionKey
     */
    readonly encryptionKey?: string;
    /**
     * The type of principal to use for authentication. If left blank, the Auth struct will
     * determine the principal type. This optional field must be specified if using
     * workload identity.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#principalType
     */
    readonly principalType?: SecretStoreV1Beta1SpecProviderOraclePrincipalType;
    /**
     * Region is the region where vault is located.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#region
     */
    readonly region: string;
    /**
     * ServiceAccountRef specified the service account
     * that should be used when authenticating with WorkloadIdentity.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderOracleServiceAccountRef;
    /**
     * Vault is the vault's OCID of the specific vault where secret is located.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracle#vault
     */
    readonly vault: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracle' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracle(obj: SecretStoreV1Beta1SpecProviderOracle | undefined): Record<string, any> | undefined;
/**
 * PassboltProvider defines configuration for the Passbolt provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderPassbolt
 */
export interface SecretStoreV1Beta1SpecProviderPassbolt {
    /**
     * Auth defines the information necessary to authenticate against Passbolt Server
     *
     * @schema SecretStoreV1Beta1SpecProviderPassbolt#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderPassboltAuth;
    /**
     * Host defines the Passbolt Server to connect to
     *
     * @schema SecretStoreV1Beta1SpecProviderPassbolt#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassbolt' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassbolt(obj: SecretStoreV1Beta1SpecProviderPassbolt | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotProvider configures a store to sync secrets with a Password Depot instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderPassworddepot
 */
export interface SecretStoreV1Beta1SpecProviderPassworddepot {
    /**
     * Auth configures how secret-manager authenticates with a Password Depot instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepot#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderPassworddepotAuth;
    /**
     * Database to use as source
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepot#database
     */
    readonly database: string;
    /**
     * URL configures the Password Depot instance URL.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepot#host
     */
    readonly host: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassworddepot' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepot(obj: SecretStoreV1Beta1SpecProviderPassworddepot | undefined): Record<string, any> | undefined;
/**
 * Previder configures this store to sync secrets using the Previder provider
 *
 * @schema SecretStoreV1Beta1SpecProviderPrevider
 */
export interface SecretStoreV1Beta1SpecProviderPrevider {
    /**
     * PreviderAuth contains a secretRef for credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderPrevider#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderPreviderAuth;
    /**
     * @schema SecretStoreV1Beta1SpecProviderPrevider#baseUri
     */
    readonly baseUri?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPrevider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPrevider(obj: SecretStoreV1Beta1SpecProviderPrevider | undefined): Record<string, any> | undefined;
/**
 * Pulumi configures this store to sync secrets using the Pulumi provider
 *
 * @schema SecretStoreV1Beta1SpecProviderPulumi
 */
export interface SecretStoreV1Beta1SpecProviderPulumi {
    /**
     * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumi#accessToken
     */
    readonly accessToken: SecretStoreV1Beta1SpecProviderPulumiAccessToken;
    /**
     * APIURL is the URL of the Pulumi API.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumi#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * Environment are YAML documents composed of static key-value pairs, programmatic expressions,
     * dynamically retrieved values from supported providers including all major clouds,
     * and other Pulumi ESC environments.
     * To create a new environment, visit https://www.pulumi.com/docs/esc/environments/ for more information.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumi#environment
     */
    readonly environment: string;
    /**
     * Organization are a space to collaborate on shared projects and stacks.
     * To create a new organization, visit https://app.pulumi.com/ and click "New Organization".
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumi#organization
     */
    readonly organization: string;
    /**
     * Project is the name of the Pulumi ESC project the environment belongs to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumi#project
     */
    readonly project: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPulumi' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumi(obj: SecretStoreV1Beta1SpecProviderPulumi | undefined): Record<string, any> | undefined;
/**
 * Scaleway configures this store to sync secrets using the Scaleway provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderScaleway
 */
export interface SecretStoreV1Beta1SpecProviderScaleway {
    /**
     * AccessKey is the non-secret part of the api key.
     *
     * @schema SecretStoreV1Beta1SpecProviderScaleway#accessKey
     */
    readonly accessKey: SecretStoreV1Beta1SpecProviderScalewayAccessKey;
    /**
     * APIURL is the url of the api to use. Defaults to https://api.scaleway.com
     *
     * @default https://api.scaleway.com
     * @schema SecretStoreV1Beta1SpecProviderScaleway#apiUrl
     */
    readonly apiUrl?: string;
    /**
     * ProjectID is the id of your project, which you can find in the console: https://console.scaleway.com/project/settings
     *
     * @schema SecretStoreV1Beta1SpecProviderScaleway#projectId
     */
    readonly projectId: string;
    /**
     * Region where your secrets are located: https://developers.scaleway.com/en/quickstart/#region-and-zone
     *
     * @schema SecretStoreV1Beta1SpecProviderScaleway#region
     */
    readonly region: string;
    /**
     * SecretKey is the non-secret part of the api key.
     *
     * @schema SecretStoreV1Beta1SpecProviderScaleway#secretKey
     */
    readonly secretKey: SecretStoreV1Beta1SpecProviderScalewaySecretKey;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderScaleway' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderScaleway(obj: SecretStoreV1Beta1SpecProviderScaleway | undefined): Record<string, any> | undefined;
/**
 * SecretServer configures this store to sync secrets using SecretServer provider
 * https://docs.delinea.com/online-help/secret-server/start.htm
 *
 * @schema SecretStoreV1Beta1SpecProviderSecretserver
 */
export interface SecretStoreV1Beta1SpecProviderSecretserver {
    /**
     * Password is the secret server account password.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserver#password
     */
    readonly password: SecretStoreV1Beta1SpecProviderSecretserverPassword;
    /**
     * ServerURL
     * URL to your secret server installation
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserver#serverURL
     */
    readonly serverUrl: string;
    /**
     * Username is the secret server account username.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserver#username
     */
    readonly username: SecretStoreV1Beta1SpecProviderSecretserverUsername;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSecretserver' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserver(obj: SecretStoreV1Beta1SpecProviderSecretserver | undefined): Record<string, any> | undefined;
/**
 * Senhasegura configures this store to sync secrets using senhasegura provider
 *
 * @schema SecretStoreV1Beta1SpecProviderSenhasegura
 */
export interface SecretStoreV1Beta1SpecProviderSenhasegura {
    /**
     * Auth defines parameters to authenticate in senhasegura
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhasegura#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderSenhaseguraAuth;
    /**
     * IgnoreSslCertificate defines if SSL certificate must be ignored
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhasegura#ignoreSslCertificate
     */
    readonly ignoreSslCertificate?: boolean;
    /**
     * Module defines which senhasegura module should be used to get secrets
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhasegura#module
     */
    readonly module: string;
    /**
     * URL of senhasegura
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhasegura#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSenhasegura' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhasegura(obj: SecretStoreV1Beta1SpecProviderSenhasegura | undefined): Record<string, any> | undefined;
/**
 * Vault configures this store to sync secrets using the HashiCorp Vault provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderVault
 */
export interface SecretStoreV1Beta1SpecProviderVault {
    /**
     * Auth configures how secret-manager authenticates with the Vault server.
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderVaultAuth;
    /**
     * PEM encoded CA bundle used to validate Vault server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate Vault server certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderVaultCaProvider;
    /**
     * ForwardInconsistent tells Vault to forward read-after-write requests to the Vault
     * leader instead of simply retrying within a loop. This can increase performance if
     * the option is enabled serverside.
     * https://www.vaultproject.io/docs/configuration/replication#allow_forwarding_via_header
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#forwardInconsistent
     */
    readonly forwardInconsistent?: boolean;
    /**
     * Headers to be added in Vault request
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Name of the vault namespace. Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#namespace
     */
    readonly namespace?: string;
    /**
     * Path is the mount path of the Vault KV backend endpoint, e.g:
     * "secret". The v2 KV secret engine version specific "/data" path suffix
     * for fetching secrets from Vault is optional and will be appended
     * if not present in specified path.
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#path
     */
    readonly path?: string;
    /**
     * ReadYourWrites ensures isolated read-after-write semantics by
     * providing discovered cluster replication states in each request.
     * More information about eventual consistency in Vault can be found here
     * https://www.vaultproject.io/docs/enterprise/consistency
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#readYourWrites
     */
    readonly readYourWrites?: boolean;
    /**
     * Server is the connection address for the Vault server, e.g: "https://vault.example.com:8200".
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#server
     */
    readonly server: string;
    /**
     * The configuration used for client side related TLS communication, when the Vault server
     * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
     * This parameter is ignored for plain HTTP protocol connection.
     * It's worth noting this configuration is different from the "TLS certificates auth method",
     * which is available under the `auth.cert` section.
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#tls
     */
    readonly tls?: SecretStoreV1Beta1SpecProviderVaultTls;
    /**
     * Version is the Vault KV secret engine version. This can be either "v1" or
     * "v2". Version defaults to "v2".
     *
     * @schema SecretStoreV1Beta1SpecProviderVault#version
     */
    readonly version?: SecretStoreV1Beta1SpecProviderVaultVersion;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVault' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVault(obj: SecretStoreV1Beta1SpecProviderVault | undefined): Record<string, any> | undefined;
/**
 * Webhook configures this store to sync secrets using a generic templated webhook
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhook
 */
export interface SecretStoreV1Beta1SpecProviderWebhook {
    /**
     * Auth specifies a authorization protocol. Only one protocol may be set.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#auth
     */
    readonly auth?: SecretStoreV1Beta1SpecProviderWebhookAuth;
    /**
     * Body
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#body
     */
    readonly body?: string;
    /**
     * PEM encoded CA bundle used to validate webhook server certificate. Only used
     * if the Server URL is using HTTPS protocol. This parameter is ignored for
     * plain HTTP protocol connection. If not set the system root certificates
     * are used to validate the TLS connection.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#caBundle
     */
    readonly caBundle?: string;
    /**
     * The provider for the CA bundle to use to validate webhook server certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderWebhookCaProvider;
    /**
     * Headers
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#headers
     */
    readonly headers?: {
        [key: string]: string;
    };
    /**
     * Webhook Method
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#method
     */
    readonly method?: string;
    /**
     * Result formatting
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#result
     */
    readonly result: SecretStoreV1Beta1SpecProviderWebhookResult;
    /**
     * Secrets to fill in templates
     * These secrets will be passed to the templating function as key value pairs under the given name
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#secrets
     */
    readonly secrets?: SecretStoreV1Beta1SpecProviderWebhookSecrets[];
    /**
     * Timeout
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#timeout
     */
    readonly timeout?: string;
    /**
     * Webhook url to call
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhook#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhook' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhook(obj: SecretStoreV1Beta1SpecProviderWebhook | undefined): Record<string, any> | undefined;
/**
 * YandexCertificateManager configures this store to sync secrets using Yandex Certificate Manager provider
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanager
 */
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanager {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanager#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex Certificate Manager
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanager#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanager#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexcertificatemanager' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
/**
 * YandexLockbox configures this store to sync secrets using Yandex Lockbox provider
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexlockbox
 */
export interface SecretStoreV1Beta1SpecProviderYandexlockbox {
    /**
     * Yandex.Cloud API endpoint (e.g. 'api.cloud.yandex.net:443')
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockbox#apiEndpoint
     */
    readonly apiEndpoint?: string;
    /**
     * Auth defines the information necessary to authenticate against Yandex Lockbox
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockbox#auth
     */
    readonly auth: SecretStoreV1Beta1SpecProviderYandexlockboxAuth;
    /**
     * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockbox#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexlockbox' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockbox(obj: SecretStoreV1Beta1SpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions
 */
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(obj: SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Akeyless.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef {
    /**
     * Kubernetes authenticates with Akeyless by passing the ServiceAccount
     * token stored in the named Secret resource.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef#kubernetesAuth
     */
    readonly kubernetesAuth?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth;
    /**
     * Reference to a Secret that contains the details
     * to authenticate with Akeyless.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Akeyless Gateway certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj: SecretStoreV1Beta1SpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
/**
 * AlibabaAuth contains a secretRef for credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibabaAuth
 */
export interface SecretStoreV1Beta1SpecProviderAlibabaAuth {
    /**
     * AlibabaRRSAAuth authenticates against Alibaba using RRSA (Resource-oriented RAM-based Service Authentication).
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuth#rrsa
     */
    readonly rrsa?: SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa;
    /**
     * AlibabaAuthSecretRef holds secret references for Alibaba credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibabaAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuth(obj: SecretStoreV1Beta1SpecProviderAlibabaAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against AWS
 * if not set aws sdk will infer credentials from your environment
 * see: https://docs.aws.amazon.com/sdk-for-go/v1/developer-guide/configuring-sdk.html#specifying-credentials
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuth
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuth {
    /**
     * AWSJWTAuth authenticates against AWS using service account tokens from the Kubernetes cluster.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuth#jwt
     */
    readonly jwt?: SecretStoreV1Beta1SpecProviderAwsAuthJwt;
    /**
     * AWSAuthSecretRef holds secret references for AWS credentials
     * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuth(obj: SecretStoreV1Beta1SpecProviderAwsAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsManager defines how the provider behaves when interacting with AWS SecretsManager
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsSecretsManager
 */
export interface SecretStoreV1Beta1SpecProviderAwsSecretsManager {
    /**
     * Specifies whether to delete the secret without any recovery window. You
     * can't use both this parameter and RecoveryWindowInDays in the same call.
     * If you don't use either, then by default Secrets Manager uses a 30 day
     * recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-ForceDeleteWithoutRecovery
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsSecretsManager#forceDeleteWithoutRecovery
     */
    readonly forceDeleteWithoutRecovery?: boolean;
    /**
     * The number of days from 7 to 30 that Secrets Manager waits before
     * permanently deleting the secret. You can't use both this parameter and
     * ForceDeleteWithoutRecovery in the same call. If you don't use either,
     * then by default Secrets Manager uses a 30 day recovery window.
     * see: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html#SecretsManager-DeleteSecret-request-RecoveryWindowInDays
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsSecretsManager#recoveryWindowInDays
     */
    readonly recoveryWindowInDays?: number;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsSecretsManager' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsSecretsManager(obj: SecretStoreV1Beta1SpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
/**
 * Service defines which service should be used to fetch the secrets
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsService
 */
export declare enum SecretStoreV1Beta1SpecProviderAwsService {
    /** SecretsManager */
    SECRETS_MANAGER = "SecretsManager",
    /** ParameterStore */
    PARAMETER_STORE = "ParameterStore"
}
/**
 * Tag defines a tag key and value for AWS resources.
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsSessionTags
 */
export interface SecretStoreV1Beta1SpecProviderAwsSessionTags {
    /**
     * @schema SecretStoreV1Beta1SpecProviderAwsSessionTags#key
     */
    readonly key: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderAwsSessionTags#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsSessionTags' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsSessionTags(obj: SecretStoreV1Beta1SpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Azure. Required for ServicePrincipal auth type. Optional for WorkloadIdentity.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef {
    /**
     * The Azure ClientCertificate of the service principle used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientCertificate
     */
    readonly clientCertificate?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate;
    /**
     * The Azure clientId of the service principle or managed identity used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientId
     */
    readonly clientId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId;
    /**
     * The Azure ClientSecret of the service principle used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#clientSecret
     */
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret;
    /**
     * The Azure tenantId of the managed identity used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef#tenantId
     */
    readonly tenantId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Auth type defines how to authenticate to the keyvault service.
 * Valid values are:
 * - "ServicePrincipal" (default): Using a service principal (tenantId, clientId, clientSecret)
 * - "ManagedIdentity": Using Managed Identity assigned to the pod (see aad-pod-identity)
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthType
 */
export declare enum SecretStoreV1Beta1SpecProviderAzurekvAuthType {
    /** ServicePrincipal */
    SERVICE_PRINCIPAL = "ServicePrincipal",
    /** ManagedIdentity */
    MANAGED_IDENTITY = "ManagedIdentity",
    /** WorkloadIdentity */
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
/**
 * EnvironmentType specifies the Azure cloud environment endpoints to use for
 * connecting and authenticating with Azure. By default it points to the public cloud AAD endpoint.
 * The following endpoints are available, also see here: https://github.com/Azure/go-autorest/blob/main/autorest/azure/environments.go#L152
 * PublicCloud, USGovernmentCloud, ChinaCloud, GermanCloud
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType
 */
export declare enum SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType {
    /** PublicCloud */
    PUBLIC_CLOUD = "PublicCloud",
    /** USGovernmentCloud */
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    /** ChinaCloud */
    CHINA_CLOUD = "ChinaCloud",
    /** GermanCloud */
    GERMAN_CLOUD = "GermanCloud"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the operator authenticates with Beyondtrust.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuth {
    /**
     * APIKey If not provided then ClientID/ClientSecret become required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth#apiKey
     */
    readonly apiKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey;
    /**
     * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth#certificate
     */
    readonly certificate?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate;
    /**
     * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth#certificateKey
     */
    readonly certificateKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey;
    /**
     * ClientID is the API OAuth Client ID.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth#clientId
     */
    readonly clientId?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId;
    /**
     * ClientSecret is the API OAuth Client Secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuth#clientSecret
     */
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how API server works.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustServer {
    /**
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#apiUrl
     */
    readonly apiUrl: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Timeout specifies a time limit for requests made by this Client. The timeout includes connection time, any redirects, and reading the response body. Defaults to 45 seconds.
     *
     * @default 45 seconds.
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#clientTimeOutSeconds
     */
    readonly clientTimeOutSeconds?: number;
    /**
     * When true, the response includes the decrypted password. When false, the password field is omitted. This option only applies to the SECRET retrieval type. Default: true.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#decrypt
     */
    readonly decrypt?: boolean;
    /**
     * The secret retrieval type. SECRET = Secrets Safe (credential, text, file). MANAGED_ACCOUNT = Password Safe account associated with a system.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#retrievalType
     */
    readonly retrievalType?: string;
    /**
     * A character that separates the folder names.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#separator
     */
    readonly separator?: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustServer#verifyCA
     */
    readonly verifyCa: boolean;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustServer' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustServer(obj: SecretStoreV1Beta1SpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a bitwarden machine account instance.
 * Make sure that the token being used has permissions on the given secret.
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth
 */
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth {
    /**
     * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against chef Server
 *
 * @schema SecretStoreV1Beta1SpecProviderChefAuth
 */
export interface SecretStoreV1Beta1SpecProviderChefAuth {
    /**
     * ChefAuthSecretRef holds secret references for chef server login credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderChefAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderChefAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuth(obj: SecretStoreV1Beta1SpecProviderChefAuth | undefined): Record<string, any> | undefined;
/**
 * CSMAuth contains a secretRef for credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuth
 */
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuth {
    /**
     * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderCloudrusmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuth(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
/**
 * Defines authentication settings for connecting to Conjur.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuth
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuth {
    /**
     * Authenticates with Conjur using an API key.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuth#apikey
     */
    readonly apikey?: SecretStoreV1Beta1SpecProviderConjurAuthApikey;
    /**
     * Jwt enables JWT authentication using Kubernetes service account tokens.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuth#jwt
     */
    readonly jwt?: SecretStoreV1Beta1SpecProviderConjurAuthJwt;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuth(obj: SecretStoreV1Beta1SpecProviderConjurAuth | undefined): Record<string, any> | undefined;
/**
 * Used to provide custom certificate authority (CA) certificates
 * for a secret store. The CAProvider points to a Secret or ConfigMap resource
 * that contains a PEM-encoded certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderConjurCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderConjurCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurCaProvider(obj: SecretStoreV1Beta1SpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
/**
 * ClientID is the non-secret part of the credential.
 *
 * @schema SecretStoreV1Beta1SpecProviderDelineaClientId
 */
export interface SecretStoreV1Beta1SpecProviderDelineaClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientId#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDelineaClientId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientId(obj: SecretStoreV1Beta1SpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the secret part of the credential.
 *
 * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecret
 */
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecret#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDelineaClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecret(obj: SecretStoreV1Beta1SpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Device42 instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderDevice42Auth
 */
export interface SecretStoreV1Beta1SpecProviderDevice42Auth {
    /**
     * Device42SecretRef defines a reference to a secret containing credentials for the Device42 provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42Auth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDevice42Auth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42Auth(obj: SecretStoreV1Beta1SpecProviderDevice42Auth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Doppler API
 *
 * @schema SecretStoreV1Beta1SpecProviderDopplerAuth
 */
export interface SecretStoreV1Beta1SpecProviderDopplerAuth {
    /**
     * DopplerAuthSecretRef defines a reference to a secret containing credentials for the Doppler provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderDopplerAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDopplerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuth(obj: SecretStoreV1Beta1SpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
/**
 * Format enables the downloading of secrets as a file (string)
 *
 * @schema SecretStoreV1Beta1SpecProviderDopplerFormat
 */
export declare enum SecretStoreV1Beta1SpecProviderDopplerFormat {
    /** json */
    JSON = "json",
    /** dotnet-json */
    DOTNET_HYPHEN_JSON = "dotnet-json",
    /** env */
    ENV = "env",
    /** yaml */
    YAML = "yaml",
    /** docker */
    DOCKER = "docker"
}
/**
 * Environment variable compatible name transforms that change secret names to a different format
 *
 * @schema SecretStoreV1Beta1SpecProviderDopplerNameTransformer
 */
export declare enum SecretStoreV1Beta1SpecProviderDopplerNameTransformer {
    /** upper-camel */
    UPPER_HYPHEN_CAMEL = "upper-camel",
    /** camel */
    CAMEL = "camel",
    /** lower-snake */
    LOWER_HYPHEN_SNAKE = "lower-snake",
    /** tf-var */
    TF_HYPHEN_VAR = "tf-var",
    /** dotnet-env */
    DOTNET_HYPHEN_ENV = "dotnet-env",
    /** lower-kebab */
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
/**
 * FakeProviderData defines a key-value pair for the fake provider used in testing.
 *
 * @schema SecretStoreV1Beta1SpecProviderFakeData
 */
export interface SecretStoreV1Beta1SpecProviderFakeData {
    /**
     * @schema SecretStoreV1Beta1SpecProviderFakeData#key
     */
    readonly key: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderFakeData#value
     */
    readonly value: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderFakeData#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderFakeData' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderFakeData(obj: SecretStoreV1Beta1SpecProviderFakeData | undefined): Record<string, any> | undefined;
/**
 * APIKey is the API token to access SDKMS Applications.
 *
 * @schema SecretStoreV1Beta1SpecProviderFortanixApiKey
 */
export interface SecretStoreV1Beta1SpecProviderFortanixApiKey {
    /**
     * SecretRef is a reference to a secret containing the SDKMS API Key.
     *
     * @schema SecretStoreV1Beta1SpecProviderFortanixApiKey#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderFortanixApiKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKey(obj: SecretStoreV1Beta1SpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against GCP
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsmAuth
 */
export interface SecretStoreV1Beta1SpecProviderGcpsmAuth {
    /**
     * GCPSMAuthSecretRef defines a reference to a secret containing credentials for the GCP Secret Manager provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef;
    /**
     * GCPWorkloadIdentity defines configuration for using GCP Workload Identity authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuth#workloadIdentity
     */
    readonly workloadIdentity?: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuth(obj: SecretStoreV1Beta1SpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
/**
 * auth configures how secret-manager authenticates with a Github instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderGithubAuth
 */
export interface SecretStoreV1Beta1SpecProviderGithubAuth {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderGithubAuth#privateKey
     */
    readonly privateKey: SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGithubAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGithubAuth(obj: SecretStoreV1Beta1SpecProviderGithubAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a GitLab instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlabAuth
 */
export interface SecretStoreV1Beta1SpecProviderGitlabAuth {
    /**
     * GitlabSecretRef defines a reference to a secret containing credentials for the GitLab provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabAuth#SecretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGitlabAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuth(obj: SecretStoreV1Beta1SpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/latest/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlabCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderGitlabCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderGitlabCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGitlabCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabCaProvider(obj: SecretStoreV1Beta1SpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the IBM secrets manager.
 *
 * @schema SecretStoreV1Beta1SpecProviderIbmAuth
 */
export interface SecretStoreV1Beta1SpecProviderIbmAuth {
    /**
     * IBMAuthContainerAuth defines authentication using IBM Container-based auth with IAM Trusted Profile.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuth#containerAuth
     */
    readonly containerAuth?: SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth;
    /**
     * IBMAuthSecretRef defines a reference to a secret containing credentials for the IBM provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderIbmAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuth(obj: SecretStoreV1Beta1SpecProviderIbmAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Infisical API
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisicalAuth
 */
export interface SecretStoreV1Beta1SpecProviderInfisicalAuth {
    /**
     * UniversalAuthCredentials defines the credentials for Infisical Universal Auth.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuth#universalAuthCredentials
     */
    readonly universalAuthCredentials?: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisicalAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuth(obj: SecretStoreV1Beta1SpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
/**
 * SecretsScope defines the scope of the secrets within the workspace
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope
 */
export interface SecretStoreV1Beta1SpecProviderInfisicalSecretsScope {
    /**
     * EnvironmentSlug is the required slug identifier for the environment.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope#environmentSlug
     */
    readonly environmentSlug: string;
    /**
     * ExpandSecretReferences indicates whether secret references should be expanded. Defaults to true if not provided.
     *
     * @default true if not provided.
     * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope#expandSecretReferences
     */
    readonly expandSecretReferences?: boolean;
    /**
     * ProjectSlug is the required slug identifier for the project.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope#projectSlug
     */
    readonly projectSlug: string;
    /**
     * Recursive indicates whether the secrets should be fetched recursively. Defaults to false if not provided.
     *
     * @default false if not provided.
     * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope#recursive
     */
    readonly recursive?: boolean;
    /**
     * SecretsPath specifies the path to the secrets within the workspace. Defaults to "/" if not provided.
     *
     * @default if not provided.
     * @schema SecretStoreV1Beta1SpecProviderInfisicalSecretsScope#secretsPath
     */
    readonly secretsPath?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisicalSecretsScope' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj: SecretStoreV1Beta1SpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef
 */
export interface SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj: SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Kubernetes instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuth
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuth {
    /**
     * has both clientCert and clientKey as secretKeySelector
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuth#cert
     */
    readonly cert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCert;
    /**
     * points to a service account that should be used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuth#serviceAccount
     */
    readonly serviceAccount?: SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount;
    /**
     * use static token to authenticate with
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuth#token
     */
    readonly token?: SecretStoreV1Beta1SpecProviderKubernetesAuthToken;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuth(obj: SecretStoreV1Beta1SpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * A reference to a secret that contains the auth information.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthRef
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
/**
 * configures the Kubernetes server Address.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesServer
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesServer {
    /**
     * CABundle is a base64-encoded CA certificate
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServer#caBundle
     */
    readonly caBundle?: string;
    /**
     * see: https://external-secrets.io/v0.4.1/spec/#external-secrets.io/v1alpha1.CAProvider
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServer#caProvider
     */
    readonly caProvider?: SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider;
    /**
     * configures the Kubernetes server Address.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServer#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesServer' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesServer(obj: SecretStoreV1Beta1SpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
/**
 * Auth configures how the Operator authenticates with the Onboardbase API
 *
 * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuth
 */
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuth {
    /**
     * OnboardbaseAPIKey is the APIKey generated by an admin account.
     * It is used to recognize and authorize access to a project and environment within onboardbase
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuth#apiKeyRef
     */
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef;
    /**
     * OnboardbasePasscode is the passcode attached to the API Key
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuth#passcodeRef
     */
    readonly passcodeRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnboardbaseAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against OnePassword Connect Server
 *
 * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuth
 */
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuth {
    /**
     * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnepasswordAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuth(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Oracle Vault.
 * If empty, use the instance principal, otherwise the user credentials specified in Auth.
 *
 * @schema SecretStoreV1Beta1SpecProviderOracleAuth
 */
export interface SecretStoreV1Beta1SpecProviderOracleAuth {
    /**
     * SecretRef to pass through sensitive information.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderOracleAuthSecretRef;
    /**
     * Tenancy is the tenancy OCID where user is located.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuth#tenancy
     */
    readonly tenancy: string;
    /**
     * User is an access OCID specific to the account.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuth#user
     */
    readonly user: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracleAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuth(obj: SecretStoreV1Beta1SpecProviderOracleAuth | undefined): Record<string, any> | undefined;
/**
 * The type of principal to use for authentication. If left blank, the Auth struct will
 * determine the principal type. This optional field must be specified if using
 * workload identity.
 *
 * @schema SecretStoreV1Beta1SpecProviderOraclePrincipalType
 */
export declare enum SecretStoreV1Beta1SpecProviderOraclePrincipalType {
    /** UserPrincipal */
    USER_PRINCIPAL = "UserPrincipal",
    /** InstancePrincipal */
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    /** Workload */
    WORKLOAD = "Workload"
}
/**
 * ServiceAccountRef specified the service account
 * that should be used when authenticating with WorkloadIdentity.
 *
 * @schema SecretStoreV1Beta1SpecProviderOracleServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderOracleServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracleServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Passbolt Server
 *
 * @schema SecretStoreV1Beta1SpecProviderPassboltAuth
 */
export interface SecretStoreV1Beta1SpecProviderPassboltAuth {
    /**
     * PasswordSecretRef is a reference to the secret containing the Passbolt password
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuth#passwordSecretRef
     */
    readonly passwordSecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef;
    /**
     * PrivateKeySecretRef is a reference to the secret containing the Passbolt private key
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuth#privateKeySecretRef
     */
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassboltAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuth(obj: SecretStoreV1Beta1SpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with a Password Depot instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuth
 */
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuth {
    /**
     * PasswordDepotSecretRef defines a reference to a secret containing credentials for the Password Depot provider.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuth#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassworddepotAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuth(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
/**
 * PreviderAuth contains a secretRef for credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderPreviderAuth
 */
export interface SecretStoreV1Beta1SpecProviderPreviderAuth {
    /**
     * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
     *
     * @schema SecretStoreV1Beta1SpecProviderPreviderAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPreviderAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuth(obj: SecretStoreV1Beta1SpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
/**
 * AccessToken is the access tokens to sign in to the Pulumi Cloud Console.
 *
 * @schema SecretStoreV1Beta1SpecProviderPulumiAccessToken
 */
export interface SecretStoreV1Beta1SpecProviderPulumiAccessToken {
    /**
     * SecretRef is a reference to a secret containing the Pulumi API token.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumiAccessToken#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPulumiAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessToken(obj: SecretStoreV1Beta1SpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
/**
 * AccessKey is the non-secret part of the api key.
 *
 * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKey
 */
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKey#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderScalewayAccessKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKey(obj: SecretStoreV1Beta1SpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the non-secret part of the api key.
 *
 * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKey
 */
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKey#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderScalewaySecretKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKey(obj: SecretStoreV1Beta1SpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
/**
 * Password is the secret server account password.
 *
 * @schema SecretStoreV1Beta1SpecProviderSecretserverPassword
 */
export interface SecretStoreV1Beta1SpecProviderSecretserverPassword {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverPassword#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverPassword#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSecretserverPassword' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverPassword(obj: SecretStoreV1Beta1SpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
/**
 * Username is the secret server account username.
 *
 * @schema SecretStoreV1Beta1SpecProviderSecretserverUsername
 */
export interface SecretStoreV1Beta1SpecProviderSecretserverUsername {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverUsername#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverUsername#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSecretserverUsername' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsername(obj: SecretStoreV1Beta1SpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
/**
 * Auth defines parameters to authenticate in senhasegura
 *
 * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuth
 */
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuth {
    /**
     * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuth#clientId
     */
    readonly clientId: string;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuth#clientSecretSecretRef
     */
    readonly clientSecretSecretRef: SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSenhaseguraAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj: SecretStoreV1Beta1SpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
/**
 * Auth configures how secret-manager authenticates with the Vault server.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuth
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuth {
    /**
     * AppRole authenticates with Vault using the App Role auth mechanism,
     * with the role and secret stored in a Kubernetes Secret resource.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#appRole
     */
    readonly appRole?: SecretStoreV1Beta1SpecProviderVaultAuthAppRole;
    /**
     * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
     * Cert authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#cert
     */
    readonly cert?: SecretStoreV1Beta1SpecProviderVaultAuthCert;
    /**
     * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
     * AWS IAM authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#iam
     */
    readonly iam?: SecretStoreV1Beta1SpecProviderVaultAuthIam;
    /**
     * Jwt authenticates with Vault by passing role and JWT token using the
     * JWT/OIDC authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#jwt
     */
    readonly jwt?: SecretStoreV1Beta1SpecProviderVaultAuthJwt;
    /**
     * Kubernetes authenticates with Vault by passing the ServiceAccount
     * token stored in the named Secret resource to the Vault server.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#kubernetes
     */
    readonly kubernetes?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetes;
    /**
     * Ldap authenticates with Vault by passing username/password pair using
     * the LDAP authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#ldap
     */
    readonly ldap?: SecretStoreV1Beta1SpecProviderVaultAuthLdap;
    /**
     * Name of the vault namespace to authenticate to. This can be different than the namespace your secret is in.
     * Namespaces is a set of features within Vault Enterprise that allows
     * Vault environments to support Secure Multi-tenancy. e.g: "ns1".
     * More about namespaces can be found here https://www.vaultproject.io/docs/enterprise/namespaces
     * This will default to Vault.Namespace field if set, or empty otherwise
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#namespace
     */
    readonly namespace?: string;
    /**
     * TokenSecretRef authenticates with Vault by presenting a token.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#tokenSecretRef
     */
    readonly tokenSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef;
    /**
     * UserPass authenticates with Vault by passing username/password pair
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuth#userPass
     */
    readonly userPass?: SecretStoreV1Beta1SpecProviderVaultAuthUserPass;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuth(obj: SecretStoreV1Beta1SpecProviderVaultAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Vault server certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderVaultCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderVaultCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultCaProvider(obj: SecretStoreV1Beta1SpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
/**
 * The configuration used for client side related TLS communication, when the Vault server
 * requires mutual authentication. Only used if the Server URL is using HTTPS protocol.
 * This parameter is ignored for plain HTTP protocol connection.
 * It's worth noting this configuration is different from the "TLS certificates auth method",
 * which is available under the `auth.cert` section.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultTls
 */
export interface SecretStoreV1Beta1SpecProviderVaultTls {
    /**
     * CertSecretRef is a certificate added to the transport layer
     * when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTls#certSecretRef
     */
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef;
    /**
     * KeySecretRef to a key in a Secret resource containing client private key
     * added to the transport layer when communicating with the Vault server.
     * If no key for the Secret is specified, external-secret will default to 'tls.key'.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTls#keySecretRef
     */
    readonly keySecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultTls' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTls(obj: SecretStoreV1Beta1SpecProviderVaultTls | undefined): Record<string, any> | undefined;
/**
 * Version is the Vault KV secret engine version. This can be either "v1" or
 * "v2". Version defaults to "v2".
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultVersion
 */
export declare enum SecretStoreV1Beta1SpecProviderVaultVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * Auth specifies a authorization protocol. Only one protocol may be set.
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookAuth
 */
export interface SecretStoreV1Beta1SpecProviderWebhookAuth {
    /**
     * NTLMProtocol configures the store to use NTLM for auth
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuth#ntlm
     */
    readonly ntlm?: SecretStoreV1Beta1SpecProviderWebhookAuthNtlm;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuth(obj: SecretStoreV1Beta1SpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate webhook server certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderWebhookCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderWebhookCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookCaProvider(obj: SecretStoreV1Beta1SpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
/**
 * Result formatting
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookResult
 */
export interface SecretStoreV1Beta1SpecProviderWebhookResult {
    /**
     * Json path of return value
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookResult#jsonPath
     */
    readonly jsonPath?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookResult' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookResult(obj: SecretStoreV1Beta1SpecProviderWebhookResult | undefined): Record<string, any> | undefined;
/**
 * WebhookSecret defines a secret to be used in webhook templates.
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookSecrets
 */
export interface SecretStoreV1Beta1SpecProviderWebhookSecrets {
    /**
     * Name of this secret in templates
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookSecrets#name
     */
    readonly name: string;
    /**
     * Secret ref to fill in credentials
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookSecrets#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookSecrets' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookSecrets(obj: SecretStoreV1Beta1SpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex Certificate Manager
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth
 */
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider#certSecretRef
     */
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
/**
 * Auth defines the information necessary to authenticate against Yandex Lockbox
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuth
 */
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuth {
    /**
     * The authorized key used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuth#authorizedKeySecretRef
     */
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexlockboxAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj: SecretStoreV1Beta1SpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
/**
 * The provider for the CA bundle to use to validate Yandex.Cloud server certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider#certSecretRef
     */
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj: SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Akeyless by passing the ServiceAccount
 * token stored in the named Secret resource.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth {
    /**
     * the Akeyless Kubernetes auth-method access-id
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#accessID
     */
    readonly accessId: string;
    /**
     * Kubernetes-auth configuration name in Akeyless-Gateway
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#k8sConfName
     */
    readonly k8SConfName: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Akeyless. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Akeyless. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
/**
 * Reference to a Secret that contains the details
 * to authenticate with Akeyless.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef {
    /**
     * The SecretAccessID is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessID
     */
    readonly accessId?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessType
     */
    readonly accessType?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef#accessTypeParam
     */
    readonly accessTypeParam?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderAkeylessCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * AlibabaRRSAAuth authenticates against Alibaba using RRSA (Resource-oriented RAM-based Service Authentication).
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa
 */
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa {
    /**
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#oidcProviderArn
     */
    readonly oidcProviderArn: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#oidcTokenFilePath
     */
    readonly oidcTokenFilePath: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#roleArn
     */
    readonly roleArn: string;
    /**
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa#sessionName
     */
    readonly sessionName: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa | undefined): Record<string, any> | undefined;
/**
 * AlibabaAuthSecretRef holds secret references for Alibaba credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * AWSJWTAuth authenticates against AWS using service account tokens from the Kubernetes cluster.
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwt
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwt(obj: SecretStoreV1Beta1SpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
/**
 * AWSAuthSecretRef holds secret references for AWS credentials
 * both AccessKeyID and SecretAccessKey must be defined in order to properly authenticate.
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientCertificate of the service principle used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
/**
 * The Azure clientId of the service principle or managed identity used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
/**
 * The Azure ClientSecret of the service principle used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
/**
 * The Azure tenantId of the managed identity used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId
 */
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
/**
 * APIKey If not provided then ClientID/ClientSecret become required.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
/**
 * Certificate (cert.pem) for use when authenticating with an OAuth client Id using a Client Certificate.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
/**
 * Certificate private key (key.pem). For use when authenticating with an OAuth client Id
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
/**
 * ClientID is the API OAuth Client ID.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
/**
 * ClientSecret is the API OAuth Client Secret.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret {
    /**
     * SecretRef references a key in a secret that will be used as value.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef;
    /**
     * Value can be specified directly to set a value without using a secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
/**
 * BitwardenSecretsManagerSecretRef contains the credential ref to the bitwarden instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef {
    /**
     * AccessToken used for the bitwarden instance.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef#credentials
     */
    readonly credentials: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * ChefAuthSecretRef holds secret references for chef server login credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRef {
    /**
     * SecretKey is the Signing Key in PEM format, used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRef#privateKeySecretRef
     */
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderChefAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * CSMAuthSecretRef holds secret references for Cloud.ru credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    /**
     * The AccessKeySecret is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef#accessKeySecretSecretRef
     */
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Authenticates with Conjur using an API key.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikey
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikey {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikey#account
     */
    readonly account: string;
    /**
     * A reference to a specific 'key' containing the Conjur API key
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikey#apiKeyRef
     */
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef;
    /**
     * A reference to a specific 'key' containing the Conjur username
     * within a Secret resource. In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikey#userRef
     */
    readonly userRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthApikey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikey(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
/**
 * Jwt enables JWT authentication using Kubernetes service account tokens.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwt {
    /**
     * Account is the Conjur organization account name.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt#account
     */
    readonly account: string;
    /**
     * Optional HostID for JWT authentication. This may be used depending
     * on how the Conjur JWT authenticator policy is configured.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt#hostId
     */
    readonly hostId?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Conjur using the JWT authentication method.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef;
    /**
     * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef;
    /**
     * The conjur authn jwt webservice id
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwt#serviceID
     */
    readonly serviceId: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwt(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderConjurCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj: SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * Device42SecretRef defines a reference to a secret containing credentials for the Device42 provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef#credentials
     */
    readonly credentials?: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * DopplerAuthSecretRef defines a reference to a secret containing credentials for the Doppler provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef {
    /**
     * The DopplerToken is used for authentication.
     * See https://docs.doppler.com/reference/api#authentication for auth token types.
     * The Key attribute defaults to dopplerToken if not specified.
     *
     * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef#dopplerToken
     */
    readonly dopplerToken: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the SDKMS API Key.
 *
 * @schema SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPSMAuthSecretRef defines a reference to a secret containing credentials for the GCP Secret Manager provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * GCPWorkloadIdentity defines configuration for using GCP Workload Identity authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity
 */
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity {
    /**
     * ClusterLocation is the location of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterLocation
     */
    readonly clusterLocation?: string;
    /**
     * ClusterName is the name of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterName
     */
    readonly clusterName?: string;
    /**
     * ClusterProjectID is the project ID of the cluster
     * If not specified, it fetches information from the metadata server
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#clusterProjectID
     */
    readonly clusterProjectId?: string;
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey
 */
export interface SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj: SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
/**
 * GitlabSecretRef defines a reference to a secret containing credentials for the GitLab provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef {
    /**
     * AccessToken is used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef#accessToken
     */
    readonly accessToken?: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlabCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderGitlabCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * IBMAuthContainerAuth defines authentication using IBM Container-based auth with IAM Trusted Profile.
 *
 * @schema SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth
 */
export interface SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth {
    /**
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#iamEndpoint
     */
    readonly iamEndpoint?: string;
    /**
     * the IBM Trusted Profile
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#profile
     */
    readonly profile: string;
    /**
     * Location the token is mounted on the pod
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth#tokenLocation
     */
    readonly tokenLocation?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj: SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
/**
 * IBMAuthSecretRef defines a reference to a secret containing credentials for the IBM provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRef {
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRef#secretApiKeySecretRef
     */
    readonly secretApiKeySecretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderIbmAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * UniversalAuthCredentials defines the credentials for Infisical Universal Auth.
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials
 */
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientId
     */
    readonly clientId: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials#clientSecret
     */
    readonly clientSecret: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
/**
 * has both clientCert and clientKey as secretKeySelector
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCert
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCert {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCert#clientCert
     */
    readonly clientCert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCert#clientKey
     */
    readonly clientKey?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
/**
 * points to a service account that should be used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
/**
 * use static token to authenticate with
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthToken
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthToken {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthToken#bearerToken
     */
    readonly bearerToken?: SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
/**
 * see: https://external-secrets.io/v0.4.1/spec/#external-secrets.io/v1alpha1.CAProvider
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider {
    /**
     * The key where the CA certificate can be found in the Secret or ConfigMap.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#key
     */
    readonly key?: string;
    /**
     * The name of the object located at the provider type.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#name
     */
    readonly name: string;
    /**
     * The namespace the Provider type is in.
     * Can only be defined when used in a ClusterSecretStore.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#namespace
     */
    readonly namespace?: string;
    /**
     * The type of provider to use such as "Secret", or "ConfigMap".
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider#type
     */
    readonly type: SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj: SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
/**
 * OnboardbaseAPIKey is the APIKey generated by an admin account.
 * It is used to recognize and authorize access to a project and environment within onboardbase
 *
 * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef
 */
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * OnboardbasePasscode is the passcode attached to the API Key
 *
 * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef
 */
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
/**
 * OnePasswordAuthSecretRef holds secret references for 1Password credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef {
    /**
     * The ConnectToken is used for authentication to a 1Password Connect Server.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef#connectTokenSecretRef
     */
    readonly connectTokenSecretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to pass through sensitive information.
 *
 * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRef {
    /**
     * Fingerprint is the fingerprint of the API private key.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRef#fingerprint
     */
    readonly fingerprint: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint;
    /**
     * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRef#privatekey
     */
    readonly privatekey: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracleAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PasswordSecretRef is a reference to the secret containing the Passbolt password
 *
 * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj: SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * PrivateKeySecretRef is a reference to the secret containing the Passbolt private key
 *
 * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * PasswordDepotSecretRef defines a reference to a secret containing credentials for the Password Depot provider.
 *
 * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef {
    /**
     * Username / Password is used for authentication.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef#credentials
     */
    readonly credentials?: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * PreviderAuthSecretRef holds secret references for Previder Vault credentials.
 *
 * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef {
    /**
     * The AccessToken is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef#accessToken
     */
    readonly accessToken: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef is a reference to a secret containing the Pulumi API token.
 *
 * @schema SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj: SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj: SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj: SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AppRole authenticates with Vault using the App Role auth mechanism,
 * with the role and secret stored in a Kubernetes Secret resource.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRole
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRole {
    /**
     * Path where the App Role authentication backend is mounted
     * in Vault, e.g: "approle"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRole#path
     */
    readonly path: string;
    /**
     * RoleID configured in the App Role authentication backend when setting
     * up the authentication backend in Vault.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRole#roleId
     */
    readonly roleId?: string;
    /**
     * Reference to a key in a Secret that contains the App Role ID used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role id.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRole#roleRef
     */
    readonly roleRef?: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef;
    /**
     * Reference to a key in a Secret that contains the App Role secret used
     * to authenticate with Vault.
     * The `key` field must be specified and denotes which entry within the Secret
     * resource is used as the app role secret.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRole#secretRef
     */
    readonly secretRef: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthAppRole' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
/**
 * Cert authenticates with TLS Certificates by passing client certificate, private key and ca certificate
 * Cert authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthCert
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthCert {
    /**
     * ClientCert is a certificate to authenticate using the Cert Vault
     * authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCert#clientCert
     */
    readonly clientCert?: SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert;
    /**
     * SecretRef to a key in a Secret resource containing client private key to
     * authenticate with Vault using the Cert authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCert#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthCert' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCert(obj: SecretStoreV1Beta1SpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
/**
 * Iam authenticates with vault by passing a special AWS request signed with AWS IAM credentials
 * AWS IAM authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIam {
    /**
     * AWS External ID set on assumed IAM roles
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#externalID
     */
    readonly externalId?: string;
    /**
     * Specify a service account with IRSA enabled
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#jwt
     */
    readonly jwt?: SecretStoreV1Beta1SpecProviderVaultAuthIamJwt;
    /**
     * Path where the AWS auth method is enabled in Vault, e.g: "aws"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#path
     */
    readonly path?: string;
    /**
     * AWS region
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#region
     */
    readonly region?: string;
    /**
     * This is the AWS role to be assumed before talking to vault
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#role
     */
    readonly role?: string;
    /**
     * Specify credentials in a Secret object
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef;
    /**
     * X-Vault-AWS-IAM-Server-ID is an additional header used by Vault IAM auth method to mitigate against different types of replay attacks. More details here: https://developer.hashicorp.com/vault/docs/auth/aws
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#vaultAwsIamServerID
     */
    readonly vaultAwsIamServerId?: string;
    /**
     * Vault Role. In vault, a role describes an identity with a set of permissions, groups, or policies you want to attach a user of the secrets engine
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIam#vaultRole
     */
    readonly vaultRole: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIam' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIam(obj: SecretStoreV1Beta1SpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
/**
 * Jwt authenticates with Vault by passing role and JWT token using the
 * JWT/OIDC authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwt
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwt {
    /**
     * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
     * a token for with the `TokenRequest` API.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwt#kubernetesServiceAccountToken
     */
    readonly kubernetesServiceAccountToken?: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    /**
     * Path where the JWT authentication backend is mounted
     * in Vault, e.g: "jwt"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwt#path
     */
    readonly path: string;
    /**
     * Role is a JWT role to authenticate using the JWT/OIDC Vault
     * authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwt#role
     */
    readonly role?: string;
    /**
     * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
     * authenticate with Vault using the JWT/OIDC authentication method.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwt#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthJwt' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwt(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
/**
 * Kubernetes authenticates with Vault by passing the ServiceAccount
 * token stored in the named Secret resource to the Vault server.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetes
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetes {
    /**
     * Path where the Kubernetes authentication backend is mounted in Vault, e.g:
     * "kubernetes"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetes#mountPath
     */
    readonly mountPath: string;
    /**
     * A required field containing the Vault Role to assume. A Role binds a
     * Kubernetes ServiceAccount with a set of Vault policies.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetes#role
     */
    readonly role: string;
    /**
     * Optional secret field containing a Kubernetes ServiceAccount JWT used
     * for authenticating with Vault. If a name is specified without a key,
     * `token` is the default. If one is not specified, the one bound to
     * the controller will be used.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetes#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef;
    /**
     * Optional service account field containing the name of a kubernetes ServiceAccount.
     * If the service account is specified, the service account secret token JWT will be used
     * for authenticating with Vault. If the service account selector is not supplied,
     * the secretRef will be used instead.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetes#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthKubernetes' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
/**
 * Ldap authenticates with Vault by passing username/password pair using
 * the LDAP authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdap
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdap {
    /**
     * Path where the LDAP authentication backend is mounted
     * in Vault, e.g: "ldap"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdap#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the LDAP
     * user used to authenticate with Vault using the LDAP authentication
     * method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdap#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef;
    /**
     * Username is an LDAP username used to authenticate using the LDAP Vault
     * authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdap#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthLdap' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdap(obj: SecretStoreV1Beta1SpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
/**
 * TokenSecretRef authenticates with Vault by presenting a token.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * UserPass authenticates with Vault by passing username/password pair
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPass
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPass {
    /**
     * Path where the UserPassword authentication backend is mounted
     * in Vault, e.g: "userpass"
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPass#path
     */
    readonly path: string;
    /**
     * SecretRef to a key in a Secret resource containing password for the
     * user used to authenticate with Vault using the UserPass authentication
     * method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPass#secretRef
     */
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef;
    /**
     * Username is a username used to authenticate using the UserPass Vault
     * authentication method
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPass#username
     */
    readonly username: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthUserPass' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj: SecretStoreV1Beta1SpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderVaultCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * CertSecretRef is a certificate added to the transport layer
 * when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.crt'.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * KeySecretRef to a key in a Secret resource containing client private key
 * added to the transport layer when communicating with the Vault server.
 * If no key for the Secret is specified, external-secret will default to 'tls.key'.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj: SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * NTLMProtocol configures the store to use NTLM for auth
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlm
 */
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlm {
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlm#passwordSecret
     */
    readonly passwordSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret;
    /**
     * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
     * In some instances, `key` is a required field.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlm#usernameSecret
     */
    readonly usernameSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookAuthNtlm' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderWebhookCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * Secret ref to fill in credentials
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj: SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * The authorized key used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj: SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Akeyless. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Akeyless. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessID is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam
 */
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef references a key in a secret that will be used as value.
 *
 * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken used for the bitwarden instance.
 *
 * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials
 */
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * SecretKey is the Signing Key in PEM format, used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeySecret is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur API key
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
/**
 * A reference to a specific 'key' containing the Conjur username
 * within a Secret resource. In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Conjur using the JWT authentication method.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountRef specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials
 */
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The DopplerToken is used for authentication.
 * See https://docs.doppler.com/reference/api#authentication for auth token types.
 * The Key attribute defaults to dopplerToken if not specified.
 *
 * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken
 */
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * AccessToken is used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken
 */
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId
 */
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret
 */
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken
 */
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
/**
 * The type of provider to use such as "Secret", or "ConfigMap".
 *
 * @schema SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType
 */
export declare enum SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType {
    /** Secret */
    SECRET = "Secret",
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap"
}
/**
 * The ConnectToken is used for authentication to a 1Password Connect Server.
 *
 * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Fingerprint is the fingerprint of the API private key.
 *
 * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint
 */
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
/**
 * PrivateKey is the user's API Signing Key in PEM format, used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey
 */
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
/**
 * Username / Password is used for authentication.
 *
 * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials
 */
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
/**
 * The AccessToken is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken
 */
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role ID used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role id.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
/**
 * Reference to a key in a Secret that contains the App Role secret used
 * to authenticate with Vault.
 * The `key` field must be specified and denotes which entry within the Secret
 * resource is used as the app role secret.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
/**
 * ClientCert is a certificate to authenticate using the Cert Vault
 * authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj: SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing client private key to
 * authenticate with Vault using the Cert authentication method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
/**
 * Specify a service account with IRSA enabled
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwt
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwt {
    /**
     * ServiceAccountSelector is a reference to a ServiceAccount resource.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwt#serviceAccountRef
     */
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamJwt' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
/**
 * Specify credentials in a Secret object
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef {
    /**
     * The AccessKeyID is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#accessKeyIDSecretRef
     */
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    /**
     * The SecretAccessKey is used for authentication
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#secretAccessKeySecretRef
     */
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    /**
     * The SessionToken used for authentication
     * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
     * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef#sessionTokenSecretRef
     */
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional ServiceAccountToken specifies the Kubernetes service account for which to request
 * a token for with the `TokenRequest` API.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    /**
     * Optional audiences field that will be used to request a temporary Kubernetes service
     * account token for the service account referenced by `serviceAccountRef`.
     * Defaults to a single audience `vault` it not specified.
     *
     * Deprecated: use serviceAccountRef.Audiences instead
     *
     * @default a single audience `vault` it not specified.
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#audiences
     */
    readonly audiences?: string[];
    /**
     * Optional expiration time in seconds that will be used to request a temporary
     * Kubernetes service account token for the service account referenced by
     * `serviceAccountRef`.
     *
     * Deprecated: this will be removed in the future.
     * Defaults to 10 minutes.
     *
     * @default 10 minutes.
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * Service account field containing the name of a kubernetes ServiceAccount.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken#serviceAccountRef
     */
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * Optional SecretRef that refers to a key in a Secret resource containing JWT token to
 * authenticate with Vault using the JWT/OIDC authentication method.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional secret field containing a Kubernetes ServiceAccount JWT used
 * for authenticating with Vault. If a name is specified without a key,
 * `token` is the default. If one is not specified, the one bound to
 * the controller will be used.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
/**
 * Optional service account field containing the name of a kubernetes ServiceAccount.
 * If the service account is specified, the service account secret token JWT will be used
 * for authenticating with Vault. If the service account selector is not supplied,
 * the secretRef will be used instead.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the LDAP
 * user used to authenticate with Vault using the LDAP authentication
 * method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretRef to a key in a Secret resource containing password for the
 * user used to authenticate with Vault using the UserPass authentication
 * method
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret
 */
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
/**
 * SecretKeySelector is a reference to a specific 'key' within a Secret resource.
 * In some instances, `key` is a required field.
 *
 * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret
 */
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
/**
 * ServiceAccountSelector is a reference to a ServiceAccount resource.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
/**
 * The AccessKeyID is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
/**
 * The SecretAccessKey is used for authentication
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
/**
 * The SessionToken used for authentication
 * This must be defined if AccessKeyID and SecretAccessKey are temporary credentials
 * see: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    /**
     * A key in the referenced Secret.
     * Some instances of this field may be defaulted, in others it may be required.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#key
     */
    readonly key?: string;
    /**
     * The name of the Secret resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#name
     */
    readonly name?: string;
    /**
     * The namespace of the Secret resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
/**
 * Service account field containing the name of a kubernetes ServiceAccount.
 *
 * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef
 */
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    /**
     * Audience specifies the `aud` claim for the service account token
     * If the service account uses a well-known annotation for e.g. IRSA or GCP Workload Identity
     * then this audiences will be appended to the list
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#audiences
     */
    readonly audiences?: string[];
    /**
     * The name of the ServiceAccount resource being referred to.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#name
     */
    readonly name: string;
    /**
     * Namespace of the resource being referred to.
     * Ignored if referent is not cluster-scoped, otherwise defaults to the namespace of the referent.
     *
     * @schema SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef' to JSON representation.
 */
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
