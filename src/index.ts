export * from './app/gitops-app.js';
export type { ValidationSettings } from './app/validation-hook.js';
export * from './app/waive.js';
export * from './environments/index.js';
export * from './errors/index.js';
export * from './synth/index.js';
export * from './tree/index.js';
export {
  ALL_ISSUE_CODES,
  formatIssue,
  ISSUE_CODES,
  ManifestValidator,
  readTree,
  SchemaRegistry,
  validateManifests,
  WAIVER_ANNOTATION,
  type IssueCode,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationReport,
} from './validation/index.js';
export * from './secrets/index.js';
export * from './promotion/index.js';
export * from './rollouts/index.js';
export * from './workloads/index.js';
export * from './argocd/index.js';
export * from './crossplane/index.js';
export * from './kyverno/index.js';
export * from './flux/index.js';
export * from './monitoring/index.js';
