/** Runs a Kyverno CLI test suite through the local engine and compares with its expected results. */
import { blockMatches } from '../engine/match.js';
import {
  compilePolicy,
  exceptionConditionsHold,
  type CompiledPolicy,
  type EvaluationContext,
  type RuleResult,
} from '../engine/index.js';
import type { KubeObject } from '../engine/match.js';
import { CEL_POLICY_KINDS, type ExpectedResult, type TestSuite } from './test-suite.js';

/** One expected result that did not hold. */
export interface Mismatch {
  readonly policy: string;
  readonly rule: string;
  readonly resource: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
}

/** Counts for a suite. */
export interface SuiteOutcome {
  readonly file: string;
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  /** Results the engine cannot evaluate (external context, CEL, mutate/generate, image verification). */
  readonly unsupported: number;
  /**
   * Expected results whose rule gave no result for the resource (it does not match it, or the policy has no
   * such rule). `kyverno test` reports these as `Excluded` and never fails on them; they are not in `passed`.
   */
  readonly excluded: number;
  readonly mismatches: readonly Mismatch[];
  readonly unsupportedReasons: readonly string[];
}

type O = Record<string, unknown>;
const meta = (o: KubeObject): O => (o.metadata ?? {}) as O;

function exceptionApplies(
  exceptions: readonly KubeObject[],
  policy: string,
  rule: string,
  resource: KubeObject,
  context: EvaluationContext,
): boolean {
  const bare = rule.replace(/^autogen-(cronjob-)?/, '');
  return exceptions.some((e) => {
    const spec = (e.spec ?? {}) as O;
    const covers = ((spec.exceptions ?? []) as O[]).some(
      (x) =>
        (x.policyName === policy || x.policyName === policy.split('/').pop()) &&
        ((x.ruleNames ?? []) as string[]).some((r) => r === rule || r === bare),
    );
    return (
      covers &&
      blockMatches(spec.match, resource, context) &&
      exceptionConditionsHold(spec.conditions, resource, context)
    );
  });
}

const opOf = (variables: Record<string, unknown>): string | undefined =>
  variables['request.operation'] as string | undefined;

/**
 * A suite may name an auto-generated rule by its Pod rule's name, as `kyverno test` accepts; a result without a
 * rule holds for every rule of the policy.
 */
function sameRule(actual: string, expected: string): boolean {
  return (
    expected === '' ||
    actual === expected ||
    actual === `autogen-${expected}` ||
    actual === `autogen-cronjob-${expected}`
  );
}

/** Evaluates the suite's policies on its resources and checks every expected result. */
export function runSuite(suite: TestSuite): SuiteOutcome {
  const compiled: CompiledPolicy[] = suite.policies.map((p) => compilePolicy(p));
  const cache = new Map<string, RuleResult[]>();
  const resultsFor = (p: CompiledPolicy, raw: KubeObject, res: KubeObject, operation?: string): RuleResult[] => {
    const key = `${p.name}\u0000${suite.resources.indexOf(res)}\u0000${operation ?? ''}`;
    let r = cache.get(key);
    if (!r) {
      const policyName = p.name.split('/').pop()!;
      const name = String(meta(res).name ?? '');
      const variables: Record<string, unknown> = {
        ...suite.values.global,
        ...(suite.values.resources[policyName]?.[name] ?? {}),
        // a result's own operation wins over the values file (processor/policy_processor.go)
        ...(operation ? { 'request.operation': operation } : {}),
      };
      const ctx = { namespaceLabels: suite.values.namespaceLabels, userInfo: suite.userInfo };
      r = p.evaluate(res, { ...ctx, variables, operation: opOf(variables) });
      // rules with per-rule values are evaluated again with those values
      const withRuleVars = p.rules.filter((rule) => suite.values.rules[policyName]?.[rule.name]);
      for (const rule of withRuleVars) {
        const vars = {
          ...variables,
          ...suite.values.rules[policyName]![rule.name]!,
          ...(operation ? { 'request.operation': operation } : {}),
        };
        const again = p.evaluate(res, {
          ...ctx,
          variables: vars,
          operation: opOf(vars),
        });
        r = [
          ...r.filter((x) => x.rule.replace(/^autogen-(cronjob-)?/, '') !== rule.name),
          ...again.filter((x) => x.rule.replace(/^autogen-(cronjob-)?/, '') === rule.name),
        ];
      }
      const scored = (meta(raw).annotations as O | undefined)?.['policies.kyverno.io/scored'] !== 'false';
      r = r.map((x) => {
        if (exceptionApplies(suite.exceptions, p.name, x.rule, res, { ...ctx, variables, operation: opOf(variables) }))
          return {
            ...x,
            status: 'skip' as const,
            message: 'excluded by a PolicyException',
            skipReason: 'PolicyException',
          };
        if (!scored && x.status === 'fail') return { ...x, status: 'warn' as never };
        return x;
      });
      cache.set(key, r);
    }
    return r;
  };
  let passed = 0;
  let failed = 0;
  let unsupported = 0;
  let excluded = 0;
  const mismatches: Mismatch[] = [];
  const reasons = new Set<string>();
  for (const exp of suite.results) {
    const idx = compiled.findIndex(
      (p) => p.name === exp.policy || p.name.split('/').pop() === exp.policy.split('/').pop(),
    );
    for (const resName of exp.resources) {
      const check = one(exp, resName, idx < 0 ? undefined : compiled[idx], idx < 0 ? undefined : suite.policies[idx]);
      if (check === 'pass') passed++;
      else if (check === 'unsupported') unsupported++;
      else if (check === 'excluded') excluded++;
      else {
        failed++;
        mismatches.push(check);
      }
    }
  }
  return {
    file: suite.file,
    name: suite.name,
    passed,
    failed,
    unsupported,
    excluded,
    mismatches,
    unsupportedReasons: [...reasons].sort(),
  };

  function one(
    exp: ExpectedResult,
    resName: string,
    p: CompiledPolicy | undefined,
    raw: KubeObject | undefined,
  ): 'pass' | 'unsupported' | 'excluded' | Mismatch {
    const mismatch = (actual: string, message: string): Mismatch => ({
      policy: exp.policy,
      rule: exp.rule,
      resource: resName,
      expected: exp.result,
      actual,
      message,
    });
    if (!p || !raw) return mismatch('none', `policy ${exp.policy} is not among the suite's policies`);
    if (CEL_POLICY_KINDS.includes(String(raw.kind))) {
      reasons.add(`${raw.kind} (CEL) is not evaluated locally`);
      return 'unsupported';
    }
    const [nsPart, namePart] = resName.includes('/') ? resName.split('/') : [exp.namespace, resName];
    const candidates = suite.resources.filter(
      (r) =>
        String(meta(r).name) === namePart &&
        (!exp.kind || r.kind === exp.kind) &&
        (!nsPart || String(meta(r).namespace ?? 'default') === nsPart || (!meta(r).namespace && nsPart === 'default')),
    );
    if (candidates.length === 0)
      return mismatch(
        'none',
        `resource ${resName}${exp.kind ? ` of kind ${exp.kind}` : ''} is not among the suite's resources`,
      );
    const statuses: RuleResult[] = [];
    for (const res of candidates)
      statuses.push(...resultsFor(p, raw, res, exp.operation).filter((x) => sameRule(x.rule, exp.rule)));
    if (statuses.some((s) => s.unsupported)) {
      for (const s of statuses) if (s.unsupported && s.skipReason) reasons.add(s.skipReason);
      return 'unsupported';
    }
    // No rule response for the resource: `kyverno test` (commands/test/output.go) prints it as excluded, a pass.
    if (statuses.length === 0) return exp.result === 'skip' ? 'pass' : 'excluded';
    const actual = statuses.some((s) => s.status === exp.result) ? exp.result : statuses[0]!.status;
    if (actual === exp.result) return 'pass';
    return mismatch(actual, statuses[0]?.message ?? 'the rule does not apply to the resource');
  }
}
