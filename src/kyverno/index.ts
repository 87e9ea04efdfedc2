export * from './conditions.js';
export * from './match.js';
export * from './rule.js';
export * from './placement.js';
export * from './policy-annotations.js';
export * from './policy-kinds.js';
export * from './policy-base.js';
export * from './cluster-policy.js';
export * from './policy.js';
export * from './policy-exception.js';
export * from './exception-expiry.js';
export * from './evaluator.js';
export * from './gate.js';
export { localEvaluator } from './local-evaluator.js';
export * from './policy-env.js';
export { ruleProblems, variableProblem, expressionProblem } from './rule-checks.js';
export * from './library/index.js';
// The engine's API (the constructs' own ConditionOperator, EvaluationContext and RuleStatus are the public ones).
export {
  compilePolicy,
  evaluatePolicy,
  DEFAULT_AUTOGEN_CONTROLLERS,
  CONDITION_OPERATORS,
  isConditionOperator,
  evaluateCondition,
  matchPattern,
  matchValue,
  parseAnchor,
  kindMatches,
  registerKyvernoFunctions,
  compileJmespath,
  searchJmespath,
  UnsupportedFunctionError,
  podSecurityViolations,
  parseQuantity,
  parseDuration,
  wildcardMatch,
  type CompiledPolicy,
  type RuleResult,
  type PatternOutcome,
  type AnchorKind,
  type PssViolation,
} from './engine/index.js';
export * from './policy-test/index.js';
