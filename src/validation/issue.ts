/** How bad a validation finding is: errors fail `synth`/`validate`, warnings are printed only. */
export type Severity = 'error' | 'warning';

/**
 * Stable codes of validation findings. Use them in `Manifest.waivers` or in the
 * `gitops.cdk8s.io/waive` annotation to waive a finding for one object.
 */
export const ISSUE_CODES = {
  /** The document is not a Kubernetes object (no apiVersion/kind, not a map). */
  manifestInvalid: 'manifest.invalid',
  /** A file of the tree is not valid YAML (the other files are still validated). */
  yamlInvalid: 'yaml.invalid',
  /** `kustomize build` of a kustomization failed. */
  kustomizeFailed: 'kustomize.build-failed',
  /** A field the schema does not declare (Kubernetes strict field validation). */
  unknownField: 'schema.unknown-field',
  /** A value of the wrong JSON type. */
  type: 'schema.type',
  /** A required field is missing. */
  required: 'schema.required',
  /** A value outside the schema's `enum`. */
  enum: 'schema.enum',
  /** A string that does not match the schema's `pattern`. */
  pattern: 'schema.pattern',
  /** A string that does not match the schema's `format` (date-time, byte, ...). */
  format: 'schema.format',
  /** A length, size or numeric bound of the schema is exceeded. */
  limit: 'schema.limit',
  /** None (or more than one) of the schema's `oneOf`/`anyOf` alternatives match, or a `not` matched. */
  oneOf: 'schema.one-of',
  /** Any other schema violation. */
  invalid: 'schema.invalid',
  /** No schema is known for the apiVersion/kind. */
  noSchema: 'schema.no-schema',
  /** The apiVersion/kind exists but is not served (CRD `served: false`, or not in this Kubernetes version). */
  notServed: 'schema.not-served',
  /** The apiVersion/kind is deprecated (warning). */
  deprecated: 'schema.deprecated',
  /** A CEL `x-kubernetes-validations` rule of the CRD failed. */
  celFailed: 'cel.failed',
  /** `metadata.name` is missing. */
  nameMissing: 'name.missing',
  /** `metadata.name` is not a valid name for the kind. */
  nameInvalid: 'name.invalid',
  /** A label key or value is not valid. */
  labelInvalid: 'label.invalid',
  /** An annotation key is not valid. */
  annotationInvalid: 'annotation.invalid',
  /** A namespaced kind without `metadata.namespace`. */
  namespaceMissing: 'namespace.missing',
  /** A cluster-scoped kind with `metadata.namespace`. */
  namespaceOnClusterScoped: 'namespace.on-cluster-scoped',
  /** Two objects with the same group, kind, namespace and name in one tier. */
  duplicate: 'identity.duplicate',
  /** A `v1` Secret with `data` or `stringData`: secret material would be committed to git. */
  secretPlaintext: 'secret.plaintext',
  /** A value that looks like a credential (private key, token, password literal). */
  credentialLike: 'secret.credential-like',
  /** A cron schedule, duration or time zone that the schema types as a plain string is invalid. */
  scheduleInvalid: 'schedule.invalid',
  /** A malformed waiver (warning). */
  waiverInvalid: 'waiver.invalid',
} as const;

/** One of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

/** Every known issue code, sorted. */
export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.values(ISSUE_CODES).sort();

/** One finding of {@link validateManifests}. */
export interface ValidationIssue {
  /** `error` fails the run; `warning` is informational. */
  readonly severity: Severity;
  /** Stable machine-readable code, e.g. `schema.unknown-field` (see {@link ISSUE_CODES}). */
  readonly code: IssueCode;
  /** What is wrong, in one line. */
  readonly message: string;
  /** File of the output tree, relative to its root (for kustomize output: the source file of the object). */
  readonly file: string;
  /** The kustomization whose build produced the object, relative to the tree's root. */
  readonly kustomization?: string;
  /** 1-based position of the object in a multi-document file; absent when the file holds one object. */
  readonly document?: number;
  /** `Kind namespace/name` of the object, when known. */
  readonly resource?: string;
  /** Construct path of the object, when known. */
  readonly constructPath?: string;
  /** Tier of the file, when it belongs to one. */
  readonly tier?: string;
  /** JSON pointer inside the object (`/spec/replicas`); `''` for the object itself. */
  readonly pointer: string;
  /** What the schema or check expected, e.g. `integer`. */
  readonly expected?: string;
  /** What was found, e.g. `string "3"`. */
  readonly found?: string;
  /** How to fix it, in one sentence. */
  readonly hint?: string;
}

/** A finding before the manifest context (file, tier, construct path) is added. */
export interface Finding {
  /** @default 'error' */
  readonly severity?: Severity;
  readonly code: IssueCode;
  readonly pointer: string;
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  readonly hint?: string;
}

/** Result of {@link validateManifests}. */
export interface ValidationReport {
  /** All findings, sorted by file, document, pointer, then code. */
  readonly issues: readonly ValidationIssue[];
  /** Number of issues with severity `error`. */
  readonly errors: number;
  /** Number of issues with severity `warning`. */
  readonly warnings: number;
  /** Number of findings dropped because a waiver covered them. */
  readonly waived: number;
  /** Distinct CEL rules that could not be evaluated (unsupported function or syntax), by `apiVersion/kind`. */
  readonly notEvaluated: Readonly<Record<string, number>>;
  /** Number of distinct files validated. */
  readonly files: number;
  /** Number of objects validated. */
  readonly objects: number;
}
