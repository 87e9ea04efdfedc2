import type { IConstruct } from 'constructs';
import { writeFileSync } from 'node:fs';
import { GitOpsError } from '../errors/index.js';
import {
  Platform,
  SynthChecks,
  type CheckContext,
  type KubeObject,
  type Manifest,
  type SynthCheck,
} from '../tree/index.js';
import type { CompiledPolicyView, PolicyEvaluator, RuleStatus } from './evaluator.js';
import { exceptionView, kindOf, type ExceptionView } from './exception-match.js';
import { localEvaluator } from './local-evaluator.js';
import { readPolicyFiles } from './policy-files.js';
import { policyObjectProblems } from './rule-checks.js';
import { PolicyEnv } from './policy-env.js';
import { expiryDate, EXCEPTION_EXPIRY_ANNOTATION } from './exception-expiry.js';
import { wildcardMatch } from './engine/index.js';
import type { FailureAction } from './rule.js';

/** One row of the gate's result table. */
export interface PolicyResult {
  /** Tier of the resource. @default - none (a folder shared by every tier) */
  readonly tier?: string;
  readonly policy: string;
  readonly rule: string;
  /** `Kind namespace/name` or `Kind name`. */
  readonly resource: string;
  readonly status: RuleStatus;
  /** The rule's failure action for this resource. */
  readonly action: FailureAction;
  readonly message?: string;
  /** Construct path of the resource. @default - unknown */
  readonly constructPath?: string;
  /** File of the resource in the tree. */
  readonly file?: string;
  /** Where the policy comes from: its file in the tree, or `--policies` file. */
  readonly policyFile?: string;
}

/** Counts of a gate run. */
export interface PolicySummary {
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly error: number;
  /** Failures of Enforce rules (each fails synth). */
  readonly enforceFailures: number;
  /** Failures of Audit rules (warnings). */
  readonly auditFailures: number;
}

/** How many Audit failures are printed one by one before the summary. */
const AUDIT_WARNINGS_SHOWN = 20;

interface GatePolicy {
  readonly object: KubeObject;
  /** Tier of the copy; undefined for a policy every tier gets. */
  readonly tier?: string;
  readonly file?: string;
  readonly constructPath?: string;
  /** Namespace of a namespaced Policy. */
  readonly namespace?: string;
  compiled?: CompiledPolicyView;
}

/**
 * The policy gate: at synth, every Kyverno ClusterPolicy and Policy of the tree (plus those under
 * `synth --policies DIR`) is evaluated against every resource of each tier it applies to. A failing Enforce
 * rule fails synth (exit 2) naming policy, rule, resource, tier and construct path; Audit failures are warnings,
 * summarised. Registered by every Kyverno construct and by GitOpsApp.
 *
 * Which policy applies to which tier: a copy in a tier's folder to that tier's resources; a policy outside the
 * tiers (`shared/policies`, `--policies`) to every tier's resources and to objects outside the tiers.
 * Policies are compiled once and indexed by kind; evaluation is linear in resources × matching policies.
 */
export class PolicyGate implements SynthCheck {
  /** The gate of the program `scope` belongs to (registered on first use). */
  public static of(scope: IConstruct): PolicyGate {
    return SynthChecks.of(scope).add(new PolicyGate(scope.node.root));
  }

  public readonly id = 'kyverno.policy-gate';
  /** The evaluator (the local engine). */
  public evaluator: PolicyEvaluator = localEvaluator;
  /** Results of the last run (failures, errors and skips; every result when a report is asked for). */
  public results: readonly PolicyResult[] = [];
  /** Milliseconds the last run took (compile, index, evaluate). */
  public elapsedMs = 0;
  /** Counts of the last run. */
  public summary: PolicySummary = { pass: 0, fail: 0, skip: 0, error: 0, enforceFailures: 0, auditFailures: 0 };

  private constructor(private readonly root: IConstruct) {}

  public check(ctx: CheckContext): void {
    const started = performance.now();
    try {
      this.run(ctx);
    } finally {
      this.elapsedMs = performance.now() - started;
    }
  }

  private run(ctx: CheckContext): void {
    const reportFile = process.env[PolicyEnv.report];
    const policyDir = process.env[PolicyEnv.policies];
    const production = new Set(
      Platform.tryOf(this.root)
        ?.tiers.filter((t) => t.tier.production)
        .map((t) => t.name),
    );
    const policies: GatePolicy[] = [];
    const exceptions = new Map<string | undefined, ExceptionView[]>();
    const byTier = new Map<string | undefined, Manifest[]>();
    const namespaceLabels = new Map<string | undefined, Record<string, Record<string, string>>>();
    const now = Date.now();
    const addException = (
      object: KubeObject,
      tier: string | undefined,
      where: { file?: string; constructPath?: string },
    ) => {
      const expires = object.metadata.annotations?.[EXCEPTION_EXPIRY_ANNOTATION];
      const end = expiryDate(expires);
      if (expires !== undefined && end !== undefined && end < now) {
        const message = `PolicyException '${object.metadata.name}' expired on ${expires}`;
        if (tier === undefined || production.has(tier)) {
          ctx.error(
            new GitOpsError(message, {
              code: 'KYVERNO_EXCEPTION_EXPIRED',
              tier,
              ...where,
              field: `metadata.annotations.${EXCEPTION_EXPIRY_ANNOTATION}`,
              hint: 'fix the excepted resources and remove the exception, or extend its expiry after review',
            }),
          );
        } else ctx.warn(`${message}; remove it or extend it`, { tier, ...where });
      }
      const view = exceptionView(object);
      for (const problem of view.problems)
        ctx.error(
          new GitOpsError(`PolicyException '${object.metadata.name}': conditions: ${problem}`, {
            code: 'KYVERNO_EXCEPTION_INVALID',
            tier,
            ...where,
            field: 'spec.conditions',
            hint: 'use Kyverno condition operators (Equals, AnyIn, …) and JMESPath that parses',
          }),
        );
      const list = exceptions.get(tier) ?? [];
      list.push(view);
      exceptions.set(tier, list);
    };
    for (const m of ctx.manifests) {
      const o = m.object;
      if (o.apiVersion.startsWith('kyverno.io/')) {
        if (o.kind === 'ClusterPolicy' || o.kind === 'Policy') {
          policies.push({
            object: o,
            tier: m.tier,
            file: m.file,
            constructPath: m.constructPath,
            namespace: o.kind === 'Policy' ? (o.metadata.namespace ?? 'default') : undefined,
          });
        } else if (o.kind === 'PolicyException') {
          addException(o, m.tier, { file: m.file, constructPath: m.constructPath });
        }
      }
      if (o.kind === 'Namespace' && o.apiVersion === 'v1' && o.metadata.name) {
        const labels = namespaceLabels.get(m.tier) ?? {};
        labels[o.metadata.name] = { ...o.metadata.labels };
        namespaceLabels.set(m.tier, labels);
      }
      const list = byTier.get(m.tier);
      if (list) list.push(m);
      else byTier.set(m.tier, [m]);
    }
    if (policyDir) {
      for (const { file, object } of readPolicyFiles(policyDir)) {
        if (object.kind === 'PolicyException') addException(object, undefined, { file: `${policyDir}/${file}` });
        else {
          policies.push({
            object,
            file: `${policyDir}/${file}`,
            namespace: object.kind === 'Policy' ? (object.metadata.namespace ?? 'default') : undefined,
          });
        }
      }
    }
    if (policies.length === 0) {
      this.finish(ctx, [], reportFile);
      return;
    }

    // Compile once; index by kind, per tier ('' = policies every tier gets).
    const index = new Map<string, Map<string, GatePolicy[]>>();
    for (const p of policies) {
      const problems = policyObjectProblems(p.object, { constructPath: p.constructPath });
      if (problems.length > 0) {
        for (const e of problems) {
          ctx.error(
            new GitOpsError(e.message, {
              code: e.code,
              tier: p.tier,
              file: p.file,
              constructPath: p.constructPath,
              field: e.location.field,
              hint: e.hint,
            }),
          );
        }
        continue;
      }
      try {
        p.compiled = this.evaluator.compile(p.object, []);
      } catch (e) {
        if (!(e instanceof GitOpsError)) throw e;
        ctx.error(
          new GitOpsError(e.message, {
            code: e.code,
            tier: p.tier,
            file: p.file,
            constructPath: p.constructPath,
            field: e.location.field,
            hint: e.hint,
          }),
        );
        continue;
      }
      const key = p.tier ?? '';
      const kinds = index.get(key) ?? new Map<string, GatePolicy[]>();
      index.set(key, kinds);
      for (const k of new Set(p.compiled.kinds.map((s) => (/[*?]/.test(kindOf(s)) ? '*' : kindOf(s))))) {
        const list = kinds.get(k) ?? [];
        list.push(p);
        kinds.set(k, list);
      }
    }

    const rows: PolicyResult[] = [];
    const keepPasses = reportFile !== undefined;
    const counts = { pass: 0, fail: 0, skip: 0, error: 0, enforceFailures: 0, auditFailures: 0 };
    const shared = index.get('') ?? new Map<string, GatePolicy[]>();
    for (const [tier, manifests] of byTier) {
      const own = tier === undefined ? undefined : index.get(tier);
      const tierExceptions = [...(exceptions.get(undefined) ?? []), ...(tier ? (exceptions.get(tier) ?? []) : [])];
      // Namespaces outside the tiers (shared folders) exist in every tier's cluster.
      const context = { namespaceLabels: { ...namespaceLabels.get(undefined), ...namespaceLabels.get(tier) } };
      for (const m of manifests) {
        const r = m.object;
        const candidates = [
          ...(shared.get(r.kind) ?? []),
          ...(shared.get('*') ?? []),
          ...(own?.get(r.kind) ?? []),
          ...(own?.get('*') ?? []),
        ];
        if (candidates.length === 0) continue;
        const ns = r.metadata.namespace;

        for (const p of candidates) {
          if (p.namespace !== undefined && p.namespace !== ns) continue;
          const policyName = p.namespace ? `${p.namespace}/${p.object.metadata.name}` : (p.object.metadata.name ?? '');
          for (const outcome of (p.compiled as CompiledPolicyView).evaluate(r, context)) {
            let status = outcome.status;
            let message = outcome.message;
            const excepted = tierExceptions.find((x) => x.rules.get(policyName)?.has(outcome.rule) && x.covers(r));
            if (excepted && status !== 'pass') {
              status = 'skip';
              message = `excepted by PolicyException '${excepted.name}'`;
            }
            counts[status]++;
            const action = actionOf(p.object, outcome.rule, ns);
            if (status === 'fail') {
              if (action === 'Enforce') counts.enforceFailures++;
              else counts.auditFailures++;
            }
            if (status === 'pass' && !keepPasses) continue;
            rows.push({
              tier,
              policy: policyName,
              rule: outcome.rule,
              resource: describeResource(r),
              status,
              action,
              ...(message !== undefined ? { message } : {}),
              ...(m.constructPath ? { constructPath: m.constructPath } : {}),
              file: m.file,
              ...(p.file ? { policyFile: p.file } : {}),
            });
          }
        }
      }
    }
    this.summary = counts;
    this.finish(ctx, rows, reportFile);
  }

  private finish(ctx: CheckContext, rows: PolicyResult[], reportFile: string | undefined): void {
    this.results = rows;
    const auditByPolicy = new Map<string, number>();
    let shown = 0;
    for (const row of rows) {
      if (row.status !== 'fail') continue;
      const what = `policy '${row.policy}' rule '${row.rule}' fails on ${row.resource}: ${row.message ?? 'validation failed'}`;
      if (row.action === 'Enforce') {
        ctx.error(
          new GitOpsError(`Enforce ${what}`, {
            code: 'KYVERNO_POLICY_ENFORCED',
            tier: row.tier,
            file: row.file,
            constructPath: row.constructPath,
            hint: `change the resource to satisfy the rule, or add a PolicyException with an expiry${
              row.policyFile ? ` (policy in ${row.policyFile})` : ''
            }`,
          }),
        );
      } else {
        auditByPolicy.set(row.policy, (auditByPolicy.get(row.policy) ?? 0) + 1);
        if (shown++ < AUDIT_WARNINGS_SHOWN) {
          ctx.warn(`Audit ${what}`, { tier: row.tier, file: row.file, constructPath: row.constructPath });
        }
      }
    }
    const skipped = new Map<string, number>();
    for (const row of rows) {
      if (row.status === 'skip' && !row.message?.startsWith('excepted by')) {
        skipped.set(row.message ?? 'not evaluated', (skipped.get(row.message ?? 'not evaluated') ?? 0) + 1);
      }
    }
    for (const [reason, n] of [...skipped].sort(([a], [b]) => (a < b ? -1 : 1))) {
      ctx.warn(`policy gate: ${n} rule result${n === 1 ? '' : 's'} skipped (${reason})`);
    }
    const audits = [...auditByPolicy.values()].reduce((a, b) => a + b, 0);
    if (audits > 0) {
      const per = [...auditByPolicy].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, n]) => `${p}: ${n}`);
      ctx.warn(
        `policy gate: ${audits} Audit failure${audits === 1 ? '' : 's'} (${per.join(', ')})${
          audits > AUDIT_WARNINGS_SHOWN ? `, ${audits - AUDIT_WARNINGS_SHOWN} not shown` : ''
        }; \`cdk8s-gitops policy report\` lists them all`,
      );
    }
    if (reportFile) writeFileSync(reportFile, JSON.stringify({ summary: this.summary, results: rows }));
  }
}

/** `Deployment user-service-dev/user-service` */
export function describeResource(r: KubeObject): string {
  return `${r.kind} ${r.metadata.namespace ? `${r.metadata.namespace}/` : ''}${r.metadata.name ?? ''}`;
}

interface RuleSpec {
  name?: string;
  validate?: {
    failureAction?: string;
    failureActionOverrides?: Override[];
  };
}
interface Override {
  action?: string;
  namespaces?: string[];
}

/** The failure action of `rule` of `policy` for a resource in `namespace` (rule, then policy, default Audit). */
export function actionOf(policy: KubeObject, rule: string, namespace: string | undefined): FailureAction {
  const spec = (policy['spec'] ?? {}) as {
    rules?: RuleSpec[];
    validationFailureAction?: string;
    validationFailureActionOverrides?: Override[];
  };
  const base = rule.replace(/^autogen-(cronjob-)?/, '');
  const r = spec.rules?.find((x) => x.name === rule) ?? spec.rules?.find((x) => x.name === base);
  const overrides = r?.validate?.failureActionOverrides ?? spec.validationFailureActionOverrides ?? [];
  for (const o of overrides) {
    if (namespace !== undefined && o.namespaces?.some((n) => wildcardMatch(n, namespace))) return normalize(o.action);
  }
  return normalize(r?.validate?.failureAction ?? spec.validationFailureAction);
}

function normalize(action: string | undefined): FailureAction {
  return action?.toLowerCase() === 'enforce' ? 'Enforce' : 'Audit';
}
