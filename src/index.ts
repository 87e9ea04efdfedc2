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
  readTree,
  SchemaRegistry,
  validateManifests,
  WAIVER_ANNOTATION,
  type IssueCode,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationReport,
} from './validation/index.js';
export * from './kyverno/index.js';
