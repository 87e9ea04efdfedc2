import type { KubeObject, Manifest, ScopeOf, ValidationOutcome } from '../synth/index.js';
import {
  formatIssue,
  ManifestValidator,
  readDefinitionFiles,
  SchemaRegistry,
  type ValidationReport,
  validateManifests,
} from '../validation/index.js';

/** Schema validation settings of a `GitOpsApp`. */
export interface ValidationSettings {
  /**
   * CRD or Crossplane XRD files (YAML, several documents allowed), or folders of them, for kinds the
   * program emits without emitting their definition. @default - none
   */
  readonly crdFiles?: readonly string[];
  /**
   * Kinds that have no schema and are not validated: `group/version/Kind`, `group/version` or `group`,
   * `*` allowed (e.g. `monitoring.coreos.com/v1/ServiceMonitor`). @default - none
   */
  readonly externalKinds?: readonly string[];
}

/** The validation a synth runs. */
export interface Validation {
  /** Scope of a kind, from the shipped schemas and the definitions registered so far. */
  readonly scopeOf: ScopeOf;
  /** Registers the CRDs and XRDs among the program's objects. */
  readonly define: (objects: readonly KubeObject[]) => void;
  /** Validates the placed manifests. @default - none (validation turned off) */
  readonly validate?: (manifests: readonly Manifest[]) => ValidationOutcome;
  /** Validation one object at a time, as they are placed (a worker thread's). @default - none (turned off) */
  readonly stream?: () => ValidationStream;
}

/** Validation fed one object at a time (see `ManifestValidator`). */
export interface ValidationStream {
  /** Registers the CRDs and XRDs among `objects`; call it before adding the objects of their kinds. */
  define(objects: readonly unknown[]): void;
  /** Runs the checks of one object. */
  add(manifest: Manifest): void;
  /** Runs the checks across objects; the outcome of every object added. */
  finish(): ValidationOutcome;
}

/**
 * Builds the validation for a synth: every object against the Kubernetes schema of its tier's version
 * or its CRD's schema, plus name, namespace and secret-safety checks. `false` turns schema
 * validation off (objects are still placed using the shipped scopes).
 */
export function createValidation(settings: ValidationSettings | false): Validation {
  const registry = new SchemaRegistry();
  const scopeOf: ScopeOf = (apiVersion, kind) => registry.scopeOf(apiVersion, kind);
  const define = (objects: readonly KubeObject[]): void => {
    for (const object of objects) {
      try {
        registry.registerDefinition(object);
      } catch {
        // A malformed definition is reported by its own schema validation.
      }
    }
  };
  if (settings === false) return { scopeOf, define };
  for (const file of settings.crdFiles ?? []) {
    for (const definition of readDefinitionFiles(file, 'validation.crdFiles')) registry.registerDefinition(definition);
  }
  for (const pattern of settings.externalKinds ?? []) registry.markExternal(pattern);
  return {
    scopeOf,
    define,
    validate: (manifests) => outcomeOf(validateManifests(manifests, { registry, oneObjectPerFile: true })),
    stream: () => {
      const validator = new ManifestValidator({ registry, oneObjectPerFile: true });
      return {
        define: (objects) => validator.define(objects),
        add: (manifest) => validator.add(manifest),
        finish: () => outcomeOf(validator.finish()),
      };
    },
  };
}

/** A report as synth prints it: errors and warnings, each formatted, and the CEL rules left out. */
function outcomeOf(report: ValidationReport): ValidationOutcome {
  const errors = report.issues.filter((i) => i.severity === 'error').map(formatIssue);
  const warnings = report.issues.filter((i) => i.severity !== 'error').map(formatIssue);
  const skipped = Object.entries(report.notEvaluated).map(([kind, rules]) => `${kind} (${rules})`);
  if (skipped.length > 0) warnings.push(`note: CEL rules not evaluated (unsupported functions): ${skipped.join(', ')}`);
  return { errors, warnings };
}
