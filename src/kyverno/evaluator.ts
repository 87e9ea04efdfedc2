import type { KubeObject } from '../tree/index.js';

/** Result of one rule of one policy on one resource. */
export type RuleStatus = 'pass' | 'fail' | 'skip' | 'error';

/** What evaluating one rule on one resource gave. */
export interface RuleOutcome {
  /** Rule name as evaluated (auto-generated rules are named `autogen-<rule>`, `autogen-cronjob-<rule>`). */
  readonly rule: string;
  readonly status: RuleStatus;
  /** Why it failed, was skipped or errored. @default - none */
  readonly message?: string;
}

/** A policy prepared for evaluation (compiled once, evaluated against many resources). */
export interface CompiledPolicyView {
  /**
   * Kinds the policy can match (`Pod`, `Deployment`, … after auto-gen), used to index policies by kind;
   * `*` when it may match any kind.
   */
  readonly kinds: readonly string[];
  /** Results of the rules that apply to `resource` (rules that do not match it give nothing). */
  evaluate(resource: KubeObject, context: EvaluationContext): readonly RuleOutcome[];
}

/** What evaluation knows besides the resource. */
export interface EvaluationContext {
  /** Labels of the namespaces of the resource's tier that the tree defines, by name. @default - none known */
  readonly namespaceLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * Compiles and evaluates Kyverno policies. The gate uses the local engine (src/kyverno/engine) through
 * this interface; it compiles each policy once and throws a `GitOpsError` naming the policy and rule for
 * bad input (invalid pattern, unknown operator, JMESPath that does not parse, a rule without match).
 */
export interface PolicyEvaluator {
  compile(policy: KubeObject, exceptions: readonly KubeObject[]): CompiledPolicyView;
}
