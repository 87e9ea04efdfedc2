import type { Manifest, ScopeOf, ValidationOutcome } from '../synth/index.js';

/** Schema validation settings of a `GitOpsApp`. */
export interface ValidationSettings {
  /** CRD files (YAML) whose kinds the program emits without emitting the CRD itself. @default - none */
  readonly crdFiles?: readonly string[];
  /** Kinds that have no schema and should not be validated, as `group/version/Kind` patterns (`*` allowed). @default - none */
  readonly externalKinds?: readonly string[];
}

/** The validation a synth runs. */
export interface Validation {
  readonly scopeOf: ScopeOf;
  readonly validate?: (manifests: readonly Manifest[]) => ValidationOutcome;
}

// TEMPORARY until src/validation lands: scope of the well-known cluster-scoped kinds only.
const CLUSTER_KINDS = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'ClusterPolicy',
  'CompositeResourceDefinition',
  'Composition',
]);

/** Builds the validation for a synth from the app's settings. */
export function createValidation(_settings: ValidationSettings): Validation {
  return { scopeOf: (_apiVersion, kind) => (CLUSTER_KINDS.has(kind) ? 'Cluster' : 'Namespaced') };
}
