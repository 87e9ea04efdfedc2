import { compile } from '@jmespath-community/jmespath';
import { GitOpsError } from '../errors/index.js';
import type { Condition, Conditions } from './conditions.js';
import { CONDITION_OPERATORS, isConditionOperator } from './engine/index.js';
import { filtersOf, hasDirectFilter, type ResourceMatch } from './match.js';
import type { PolicyRule, ValidateRule } from './rule.js';

/** Where a problem of a rule is reported. */
export interface RuleCheckLocation {
  /** The policy's name, e.g. `disallow-latest-tag`. */
  readonly policy: string;
  /** Construct path of the policy. */
  readonly constructPath?: string;
}

const ANCHOR_PREFIXES = ['(', '=(', '^(', 'X(', '<(', '+('];

/**
 * Everything wrong with the rules of one policy, checked when the policy is defined: a rule without `match`
 * (or without kinds), a rule that does nothing or several things, an unknown condition operator, a pattern key
 * with a malformed anchor, a comparison without an operand, and a `{{ }}` JMESPath expression that does not parse.
 */
export function ruleProblems(rules: readonly PolicyRule[], where: RuleCheckLocation): GitOpsError[] {
  const problems: GitOpsError[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const name = rule?.name;
    const at = (field: string) => `spec.rules[${i}]${field ? `.${field}` : ''}`;
    const err = (message: string, field: string, code: string, hint: string) =>
      problems.push(
        new GitOpsError(`policy '${where.policy}' rule '${name ?? i}': ${message}`, {
          code,
          constructPath: where.constructPath,
          field: at(field),
          hint,
        }),
      );
    if (typeof name !== 'string' || name.length === 0) {
      err('has no name', 'name', 'KYVERNO_RULE_NO_NAME', 'give every rule a unique name');
    } else if (seen.has(name)) {
      err('is defined twice', 'name', 'KYVERNO_RULE_DUPLICATE', 'rule names must be unique within a policy');
    } else if (name.length > 63) {
      err('name is longer than 63 characters', 'name', 'KYVERNO_RULE_NAME_TOO_LONG', 'shorten the rule name');
    }
    seen.add(name);
    matchProblems(rule.match, 'match', true, err);
    if (rule.exclude) matchProblems(rule.exclude, 'exclude', false, err);
    const kinds = (['validate', 'mutate', 'generate'] as const).filter((k) => rule[k] !== undefined);
    if (kinds.length !== 1) {
      err(
        kinds.length === 0 ? 'does nothing' : `has both ${kinds.join(' and ')}`,
        '',
        'KYVERNO_RULE_TYPE',
        'give each rule exactly one of validate, mutate and generate',
      );
    }
    if (rule.preconditions) conditionProblems(rule.preconditions, 'preconditions', err);
    if (rule.validate) validateProblems(rule.validate, err);
    if (rule.generate) {
      const g = rule.generate;
      if ((g.data === undefined) === (g.clone === undefined)) {
        err('generate needs exactly one of data and clone', 'generate', 'KYVERNO_GENERATE_SOURCE', 'set data or clone');
      }
    }
    if (rule.mutate && rule.mutate.patchStrategicMerge === undefined && !rule.mutate.patchesJson6902) {
      err('mutate has no patch', 'mutate', 'KYVERNO_MUTATE_EMPTY', 'set patchStrategicMerge or patchesJson6902');
    }
    walkStrings(rule, at(''), (s, field) => {
      const problem = variableProblem(s);
      if (problem) {
        problems.push(
          new GitOpsError(`policy '${where.policy}' rule '${name ?? i}': ${problem}`, {
            code: 'KYVERNO_JMESPATH_INVALID',
            constructPath: where.constructPath,
            field,
            hint: 'fix the expression between {{ and }} (JMESPath syntax, e.g. {{ request.object.metadata.name }})',
          }),
        );
      }
    });
  });
  return problems;
}

type Report = (message: string, field: string, code: string, hint: string) => void;

function matchProblems(m: ResourceMatch | undefined, field: 'match' | 'exclude', required: boolean, err: Report): void {
  if (!m || typeof m !== 'object') {
    if (required) {
      err(
        'has no match',
        field,
        'KYVERNO_RULE_NO_MATCH',
        "say which resources it applies to, e.g. match: { kinds: ['Pod'] }",
      );
    }
    return;
  }
  if (hasDirectFilter(m) && (m.any || m.all)) {
    err(
      `${field} mixes a filter with any/all`,
      field,
      'KYVERNO_MATCH_MIXED',
      'put the filter into the any or all list',
    );
  }
  const filters = filtersOf(m);
  if (filters.length === 0) {
    err(`${field} selects nothing`, field, 'KYVERNO_RULE_NO_MATCH', "set kinds, e.g. { kinds: ['Pod'] }");
    return;
  }
  if (field === 'match' && filters.some((f) => !f.kinds || f.kinds.length === 0)) {
    err('match has a filter without kinds', field, 'KYVERNO_MATCH_NO_KINDS', "set kinds in every filter, e.g. ['Pod']");
  }
}

function validateProblems(v: ValidateRule, err: Report): void {
  const checks = [v.pattern, v.anyPattern, v.deny, v.foreach, v.podSecurity].filter((x) => x !== undefined);
  if (checks.length === 0) {
    err(
      'validate checks nothing',
      'validate',
      'KYVERNO_VALIDATE_EMPTY',
      'set one of pattern, anyPattern, deny, foreach and podSecurity',
    );
  }
  if (v.pattern !== undefined) patternProblems(v.pattern, 'validate.pattern', err);
  v.anyPattern?.forEach((p, i) => patternProblems(p, `validate.anyPattern[${i}]`, err));
  if (v.deny?.conditions) conditionProblems(v.deny.conditions, 'validate.deny.conditions', err);
  v.foreach?.forEach((f, i) => {
    const at = `validate.foreach[${i}]`;
    const problem = expressionProblem(f.list);
    if (problem) err(`list: ${problem}`, `${at}.list`, 'KYVERNO_JMESPATH_INVALID', 'write the list as JMESPath');
    if (f.pattern !== undefined) patternProblems(f.pattern, `${at}.pattern`, err);
    f.anyPattern?.forEach((p, j) => patternProblems(p, `${at}.anyPattern[${j}]`, err));
    if (f.deny?.conditions) conditionProblems(f.deny.conditions, `${at}.deny.conditions`, err);
    if (f.preconditions) conditionProblems(f.preconditions, `${at}.preconditions`, err);
  });
}

function conditionProblems(c: Conditions | readonly Condition[], field: string, err: Report): void {
  const lists: Array<[string, readonly Condition[] | undefined]> = Array.isArray(c)
    ? [['', c as readonly Condition[]]]
    : [
        ['.any', (c as Conditions).any],
        ['.all', (c as Conditions).all],
      ];
  for (const [block, list] of lists) {
    list?.forEach((cond, i) => {
      if (!isConditionOperator(cond?.operator)) {
        err(
          `unknown operator '${String(cond?.operator)}'`,
          `${field}${block}[${i}].operator`,
          'KYVERNO_UNKNOWN_OPERATOR',
          `use one of ${CONDITION_OPERATORS.join(', ')}`,
        );
      }
    });
  }
}

/** Anchors in pattern keys must be well formed; comparison operators need an operand. */
function patternProblems(pattern: unknown, field: string, err: Report): void {
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${path}[${i}]`));
      return;
    }
    if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const problem = anchorProblem(key);
        if (problem) {
          err(
            `pattern key '${key}' ${problem}`,
            `${path}.${key}`,
            'KYVERNO_PATTERN_INVALID',
            'write anchors as (key), =(key), ^(key), X(key), <(key) or +(key)',
          );
        }
        walk(value, `${path}.${key}`);
      }
      return;
    }
    if (typeof node === 'string') {
      const problem = valueProblem(node);
      if (problem) {
        err(
          `pattern value '${node}' ${problem}`,
          path,
          'KYVERNO_PATTERN_INVALID',
          "give the operator an operand, e.g. '>=1' or '!latest'",
        );
      }
    }
  };
  walk(pattern, field);
}

function anchorProblem(key: string): string | undefined {
  const opens = ANCHOR_PREFIXES.find((p) => key.startsWith(p));
  const closes = key.endsWith(')');
  if (opens && !closes) return 'opens an anchor it does not close';
  if (!opens && closes && key.includes('(')) return 'has an unknown anchor';
  if (opens && closes) {
    const inner = key.slice(opens.length, -1);
    if (inner.length === 0) return 'has an empty anchor';
    if (inner.includes('(') || inner.includes(')')) return 'has nested parentheses';
  }
  if (!opens && closes) return 'closes an anchor it does not open';
  return undefined;
}

function valueProblem(value: string): string | undefined {
  if (value.includes('{{')) return undefined;
  for (const alternative of value.split('|')) {
    const v = alternative.trim();
    if (/^(>=|<=|>|<|!)$/.test(v)) return `has operator '${v}' without an operand`;
  }
  return undefined;
}

/** Calls `visit` with every string key and value under `node`. */
function walkStrings(node: unknown, path: string, visit: (s: string, field: string) => void): void {
  if (typeof node === 'string') visit(node, path);
  else if (Array.isArray(node)) node.forEach((n, i) => walkStrings(n, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      visit(k, `${path}.${k}`);
      walkStrings(v, `${path}.${k}`, visit);
    }
  }
}

/** The first `{{ expression }}` of `s` that does not parse, described; undefined when all parse. */
export function variableProblem(s: string): string | undefined {
  if (!s.includes('{{')) return undefined;
  const re = /(\\?)\{\{(.*?)\}\}/gs;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[1]) continue; // escaped: \{{ … }}
    const expression = (m[2] as string).trim();
    if (expression === '@') continue;
    const problem = expressionProblem(expression);
    if (problem) return `variable '{{${m[2]}}}' is not valid JMESPath: ${problem}`;
  }
  return undefined;
}

/** Why `expression` is not JMESPath, or undefined when it parses. */
export function expressionProblem(expression: string): string | undefined {
  if (typeof expression !== 'string' || expression.trim().length === 0) return 'empty expression';
  try {
    compile(expression);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

interface RawBlock {
  resources?: Record<string, unknown>;
  any?: { resources?: Record<string, unknown> }[];
  all?: { resources?: Record<string, unknown> }[];
}

/**
 * The problems of a policy given as YAML (a ClusterPolicy or Policy from the tree or `--policies`), checked as
 * {@link ruleProblems} checks typed rules. Rules of kinds this library does not type (verifyImages, CEL …) are
 * only checked for match and JMESPath.
 */
export function policyObjectProblems(
  policy: { metadata?: { name?: string }; spec?: unknown },
  where: Omit<RuleCheckLocation, 'policy'> = {},
): GitOpsError[] {
  const spec = (policy.spec ?? {}) as { rules?: Record<string, unknown>[] };
  const toMatch = (b: RawBlock | undefined): ResourceMatch | undefined =>
    b && typeof b === 'object'
      ? {
          ...(b.resources ?? {}),
          ...(b.any ? { any: b.any.map((f) => f?.resources ?? {}) } : {}),
          ...(b.all ? { all: b.all.map((f) => f?.resources ?? {}) } : {}),
        }
      : undefined;
  const rules = (spec.rules ?? []).map((r) => {
    const typed = ['validate', 'mutate', 'generate'].some((k) => r[k] !== undefined);
    return {
      ...r,
      match: toMatch(r['match'] as RawBlock),
      ...(r['exclude'] ? { exclude: toMatch(r['exclude'] as RawBlock) } : {}),
      // verifyImages and other untyped rules count as validate rules that check something.
      ...(typed ? {} : { validate: { deny: {} } }),
    } as unknown as PolicyRule;
  });
  return ruleProblems(rules, { policy: policy.metadata?.name ?? '(unnamed)', ...where });
}
