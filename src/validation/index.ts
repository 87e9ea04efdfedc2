export { readDefinitionFiles } from './definition-files.js';
export { formatIssue } from './format.js';
export {
  ALL_ISSUE_CODES,
  ISSUE_CODES,
  type IssueCode,
  type Severity,
  type ValidationIssue,
  type ValidationReport,
} from './issue.js';
export { readRepository, type ReadRepositoryOptions, type RepositoryContents } from './read-repository.js';
export { readTree, tierOf, type ReadTreeOptions } from './read-tree.js';
export type { Scope } from './schema-index.js';
export {
  DEFAULT_KUBERNETES_VERSION,
  SchemaRegistry,
  type ResolvedKind,
  type SchemaOrigin,
  type SchemaRegistryOptions,
} from './schema-registry.js';
export {
  compareIssues,
  ManifestValidator,
  validateManifests,
  type SourceManifest,
  type ValidateOptions,
} from './validate.js';
export { WAIVER_ANNOTATION, parseWaiverAnnotation, type Waivers } from './waivers.js';
