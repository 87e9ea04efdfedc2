/** Version of the layout of the shipped `schemas/` folder; bumped when the layout changes. */
export const SCHEMA_LAYOUT_VERSION = 1;

/** Scope of a Kubernetes kind. */
export type Scope = 'Namespaced' | 'Cluster';

/** One apiVersion/kind known to the shipped schemas (an entry of `schemas/index.json`). */
export interface SchemaIndexEntry {
  /** Whether objects of the kind live in a namespace. */
  readonly scope: Scope;
  /**
   * Kubernetes core kinds: Kubernetes version (`1.33.0`) → definition name in `k8s/v<version>.json`.
   * Absent for CRD kinds.
   */
  readonly definitions?: Readonly<Record<string, string>>;
  /** CRD kinds: the file holding the version's `openAPIV3Schema`, relative to `schemas/`. */
  readonly file?: string;
  /** CRD kinds: whether the API server serves this version. @default true */
  readonly served?: boolean;
  /** CRD kinds: whether this is the storage version. */
  readonly storage?: boolean;
  /** CRD kinds: whether the version is marked deprecated. */
  readonly deprecated?: boolean;
  /** CRD kinds: the CRD's deprecation warning, if any. */
  readonly deprecationWarning?: string;
  /** CRD kinds: the upstream file it came from, relative to the CRDs folder. */
  readonly source?: string;
}

/** Content of `schemas/index.json`. */
export interface SchemaIndex {
  /** {@link SCHEMA_LAYOUT_VERSION} of the writer. */
  readonly layout: number;
  /** Kubernetes version → definitions file relative to `schemas/` (e.g. `k8s/v1.33.0.json`). */
  readonly kubernetes: Readonly<Record<string, string>>;
  /** File with ObjectMeta and the definitions it references, used for CRD kinds' `metadata`. */
  readonly objectMeta: string;
  /** Name of the ObjectMeta definition inside {@link SchemaIndex.objectMeta}. */
  readonly objectMetaDefinition: string;
  /** API group (`''` for core) → cluster-scoped built-in kinds of that group. */
  readonly clusterScopedCoreKinds: Readonly<Record<string, readonly string[]>>;
  /** `apiVersion/kind` (e.g. `apps/v1/Deployment`, `v1/Namespace`) → entry. */
  readonly kinds: Readonly<Record<string, SchemaIndexEntry>>;
}

/** Index key of an apiVersion/kind: `apps/v1/Deployment`, `v1/Secret`. */
export function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** Group part of an apiVersion (`''` for the core group `v1`). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/**
 * Built-in kinds that are cluster-scoped, by API group. `_definitions.json` does not record scope,
 * so this list is maintained by hand (Kubernetes 1.28–1.36); every other built-in kind is namespaced.
 */
export const CLUSTER_SCOPED_CORE_KINDS: Readonly<Record<string, readonly string[]>> = {
  '': ['ComponentStatus', 'Namespace', 'Node', 'PersistentVolume'],
  'admissionregistration.k8s.io': [
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'authentication.k8s.io': ['SelfSubjectReview', 'TokenReview'],
  'authorization.k8s.io': ['SelfSubjectAccessReview', 'SelfSubjectRulesReview', 'SubjectAccessReview'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'internal.apiserver.k8s.io': ['StorageVersion'],
  'networking.k8s.io': ['ClusterCIDR', 'IPAddress', 'IngressClass', 'ServiceCIDR'],
  'node.k8s.io': ['RuntimeClass'],
  policy: ['PodSecurityPolicy'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'resource.k8s.io': ['DeviceClass', 'DeviceTaintRule', 'ResourceClass', 'ResourceSlice'],
  'scheduling.k8s.io': ['PriorityClass'],
  'storage.k8s.io': ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment', 'VolumeAttributesClass'],
  'storagemigration.k8s.io': ['StorageVersionMigration'],
};
