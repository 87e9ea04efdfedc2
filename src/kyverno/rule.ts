import { renderConditions, type Condition, type Conditions } from './conditions.js';
import { renderMatch, type ResourceMatch } from './match.js';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** What Kyverno does when a validate rule fails: block the request, or only report it. */
export type FailureAction = 'Audit' | 'Enforce';

/** One `foreach` entry of a validate rule: a list to iterate and what each `element` must satisfy. */
export interface ValidateForeach {
  /** JMESPath of the list, e.g. `request.object.spec.containers`. */
  readonly list: string;
  /** Only elements for which these hold are checked. @default - every element */
  readonly preconditions?: Conditions;
  /** Pattern each element must match. @default - none */
  readonly pattern?: unknown;
  /** Patterns of which each element must match one. @default - none */
  readonly anyPattern?: readonly unknown[];
  /** The element fails when these conditions hold. @default - none */
  readonly deny?: { readonly conditions?: Conditions | readonly Condition[] };
  /** Whether `pattern` applies to the element (true) or to the whole resource (false). @default true */
  readonly elementScope?: boolean;
}

/** Pod Security Standards check of a validate rule. */
export interface PodSecurityCheck {
  /** `baseline`, `restricted` or `privileged`. */
  readonly level: 'baseline' | 'restricted' | 'privileged';
  /** Version of the standards, e.g. `latest` or `v1.29`. @default 'latest' */
  readonly version?: string;
  /** Controls left out for some images. @default - none */
  readonly exclude?: readonly {
    readonly controlName: string;
    readonly images?: readonly string[];
    readonly restrictedField?: string;
    readonly values?: readonly string[];
  }[];
}

/** A validate rule: the resource must match `pattern` (or one of `anyPattern`), must not meet `deny`, … */
export interface ValidateRule {
  /** Shown when the rule fails. */
  readonly message?: string;
  /** Overlay pattern the resource must match (wildcards, operators and anchors). @default - none */
  readonly pattern?: unknown;
  /** Patterns of which the resource must match at least one. @default - none */
  readonly anyPattern?: readonly unknown[];
  /** The resource fails when these conditions hold. @default - none */
  readonly deny?: { readonly conditions?: Conditions | readonly Condition[] };
  /** Checks applied to each element of a list. @default - none */
  readonly foreach?: readonly ValidateForeach[];
  /** Pod Security Standards. @default - none */
  readonly podSecurity?: PodSecurityCheck;
}

/** One JSON patch operation (RFC 6902). */
export interface JsonPatchOperation {
  readonly op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  readonly path: string;
  readonly value?: unknown;
  readonly from?: string;
}

/** A mutate rule: a strategic-merge patch or JSON patches. */
export interface MutateRule {
  /** Strategic merge patch (anchors allowed). @default - none */
  readonly patchStrategicMerge?: unknown;
  /** JSON patch operations. @default - none */
  readonly patchesJson6902?: readonly JsonPatchOperation[];
}

/** A generate rule: creates a resource from `data`, or clones one. */
export interface GenerateRule {
  /** apiVersion of the generated resource. */
  readonly apiVersion: string;
  /** Kind of the generated resource. */
  readonly kind: string;
  /** Name of the generated resource (may use variables). */
  readonly name: string;
  /** Namespace of the generated resource (may use variables). @default - cluster-scoped */
  readonly namespace?: string;
  /** Keep the generated resource in sync with the rule (or the clone source). @default false */
  readonly synchronize?: boolean;
  /** The resource's content. Exactly one of `data` and `clone`. @default - none */
  readonly data?: unknown;
  /** The resource to copy. Exactly one of `data` and `clone`. @default - none */
  readonly clone?: { readonly namespace: string; readonly name: string };
}

/** One rule of a policy. */
export interface PolicyRule {
  /** Rule name, unique in the policy. */
  readonly name: string;
  /** Resources the rule applies to. */
  readonly match: ResourceMatch;
  /** Resources left out. @default - none */
  readonly exclude?: ResourceMatch;
  /** The rule only applies when these hold. @default - always */
  readonly preconditions?: Conditions;
  /** Validation. Exactly one of validate, mutate and generate. */
  readonly validate?: ValidateRule;
  /** Mutation. */
  readonly mutate?: MutateRule;
  /** Generation. */
  readonly generate?: GenerateRule;
  /**
   * Failure action of this rule's validation, overriding the policy's. @default - the policy's
   */
  readonly failureAction?: FailureAction;
}

/** A rule as Kyverno's YAML, with the validate failure action set. */
export function renderRule(rule: PolicyRule, failureAction: FailureAction): Record<string, unknown> {
  return {
    name: rule.name,
    match: renderMatch(rule.match),
    ...(rule.exclude ? { exclude: renderMatch(rule.exclude) } : {}),
    ...(rule.preconditions ? { preconditions: renderConditions(rule.preconditions) } : {}),
    ...(rule.validate ? { validate: renderValidate(rule.validate, rule.failureAction ?? failureAction) } : {}),
    ...(rule.mutate ? { mutate: renderMutate(rule.mutate) } : {}),
    ...(rule.generate ? { generate: renderGenerate(rule.generate) } : {}),
  };
}

function renderValidate(v: ValidateRule, failureAction: FailureAction): Record<string, unknown> {
  return {
    failureAction,
    ...(v.message !== undefined ? { message: v.message } : {}),
    ...(v.pattern !== undefined ? { pattern: v.pattern } : {}),
    ...(v.anyPattern !== undefined ? { anyPattern: v.anyPattern } : {}),
    ...(v.deny ? { deny: renderDeny(v.deny) } : {}),
    ...(v.foreach
      ? {
          foreach: v.foreach.map((f) => ({
            list: f.list,
            ...(f.preconditions ? { preconditions: renderConditions(f.preconditions) } : {}),
            ...(f.pattern !== undefined ? { pattern: f.pattern } : {}),
            ...(f.anyPattern !== undefined ? { anyPattern: f.anyPattern } : {}),
            ...(f.deny ? { deny: renderDeny(f.deny) } : {}),
            ...(f.elementScope !== undefined ? { elementScope: f.elementScope } : {}),
          })),
        }
      : {}),
    ...(v.podSecurity ? { podSecurity: { version: 'latest', ...v.podSecurity } } : {}),
  };
}

function renderDeny(d: { readonly conditions?: Conditions | readonly Condition[] }): Record<string, unknown> {
  return d.conditions ? { conditions: renderConditions(d.conditions) } : {};
}

function renderMutate(m: MutateRule): Record<string, unknown> {
  return {
    ...(m.patchStrategicMerge !== undefined ? { patchStrategicMerge: m.patchStrategicMerge } : {}),
    ...(m.patchesJson6902 ? { patchesJson6902: yaml().stringify(m.patchesJson6902) } : {}),
  };
}

function renderGenerate(g: GenerateRule): Record<string, unknown> {
  return {
    apiVersion: g.apiVersion,
    kind: g.kind,
    name: g.name,
    ...(g.namespace !== undefined ? { namespace: g.namespace } : {}),
    synchronize: g.synchronize ?? false,
    ...(g.data !== undefined ? { data: g.data } : {}),
    ...(g.clone ? { clone: g.clone } : {}),
  };
}
