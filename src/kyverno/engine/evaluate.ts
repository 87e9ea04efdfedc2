/**
 * Compiles Kyverno policies once and evaluates their `validate` rules against resources, as `kyverno apply` does.
 *
 * ```ts
 * const compiled = compilePolicy(policy);           // throws GitOpsError on bad syntax
 * const results = compiled.evaluate(resource, { operation: 'CREATE' });
 * ```
 */
import { GitOpsError } from '../../errors/index.js';
import { conditionGroups, evaluateCondition, isConditionOperator, type RawCondition } from './conditions.js';
import { compileJmespath, UnsupportedFunctionError } from './jmespath.js';
import { blockIsEmpty, blockMatches, filterKinds, type KubeObject, type MatchContext } from './match.js';
import { matchPattern, patternSyntaxProblems, type PatternOutcome } from './pattern.js';
import { applyExclusions, podSecurityViolations } from './pod-security.js';
import { hasVariables, resolveVariable, substitute, VariableNotFoundError, variablesIn } from './variables.js';
import { isObject } from './values.js';

export type { MatchContext } from './match.js';

/** Status of one rule on one resource, as in a PolicyReport. */
export type RuleStatus = 'pass' | 'fail' | 'skip' | 'error';

/** Result of one rule on one resource. */
export interface RuleResult {
  /** Policy name (`namespace/name` for a namespaced Policy). */
  readonly policy: string;
  /** Rule name; auto-generated rules are `autogen-<rule>` and `autogen-cronjob-<rule>`. */
  readonly rule: string;
  readonly resource: { readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly status: RuleStatus;
  readonly message: string;
  /** Why the rule was skipped. @default - not skipped */
  readonly skipReason?: string;
  /** The rule needs something the local engine cannot evaluate (external context, CEL, image verification…). */
  readonly unsupported?: boolean;
  /** The rule was generated from a Pod rule for this controller kind. */
  readonly autogen?: boolean;
}

/** What the engine knows about the request, beyond the resource. */
export interface EvaluationContext extends MatchContext {
  /** Extra variables by dotted name (`request.operation`, a context entry's name…), as in a CLI values file. */
  readonly variables?: Readonly<Record<string, unknown>>;
}

/** Controllers that get auto-generated rules by default (Kyverno 1.12+). */
export const DEFAULT_AUTOGEN_CONTROLLERS = [
  'DaemonSet',
  'Deployment',
  'Job',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
  'CronJob',
];
/** Pod-template owners our gate also treats as controllers (Argo Rollouts' `spec.template`). */
const EXTRA_TEMPLATE_KINDS = ['Rollout'];

type O = Record<string, unknown>;

interface CompiledRule {
  readonly name: string;
  readonly raw: O;
  readonly validate?: O;
  readonly unsupported?: string;
  /** Controller kinds this Pod rule is generated for (empty: no autogen). */
  readonly autogenKinds: readonly string[];
  readonly autogenCronJob: boolean;
  readonly matchesPodOnly: boolean;
  /** The rule as Kyverno rewrites it for controllers (`request.object.spec` → `…spec.template.spec`). */
  readonly controllerRule?: O;
  /** The rule as rewritten for CronJobs. */
  readonly cronJobRule?: O;
}

/** Kyverno's textual autogen rewrite of variables over `request.object|oldObject.spec|metadata` (pkg/autogen). */
function rewriteForController(raw: O, prefix: string): O {
  const text = JSON.stringify(raw)
    .replaceAll('request.object.spec', `request.object.${prefix}.spec`)
    .replaceAll('request.oldObject.spec', `request.oldObject.${prefix}.spec`)
    .replaceAll('request.object.metadata', `request.object.${prefix}.metadata`)
    .replaceAll('request.oldObject.metadata', `request.oldObject.${prefix}.metadata`);
  return JSON.parse(text) as O;
}

/** A policy compiled for fast repeated evaluation. */
export interface CompiledPolicy {
  readonly name: string;
  readonly namespace?: string;
  readonly rules: readonly CompiledRule[];
  /** Every rule result for `resource` (rules that do not match are omitted). */
  evaluate(resource: KubeObject, context?: EvaluationContext): RuleResult[];
}

function policyError(
  policy: string,
  rule: string | undefined,
  message: string,
  field: string,
  hint: string,
  code = 'KYVERNO_POLICY_INVALID',
): GitOpsError {
  return new GitOpsError(`policy ${policy}${rule ? `, rule ${rule}` : ''}: ${message}`, { code, field, hint });
}

/**
 * Checks a ClusterPolicy/Policy and prepares it for evaluation. Throws a GitOpsError naming the policy and rule
 * for a rule with no `match`, invalid pattern syntax, an unknown operator or a JMESPath expression that does
 * not parse.
 */
export function compilePolicy(policy: KubeObject): CompiledPolicy {
  const metadata = (isObject(policy.metadata) ? policy.metadata : {}) as O;
  const name = String(metadata.name ?? '');
  const namespace = policy.kind === 'Policy' ? String(metadata.namespace ?? 'default') : undefined;
  const display = namespace ? `${namespace}/${name}` : name;
  const spec = (isObject(policy.spec) ? policy.spec : {}) as O;
  const rulesRaw = Array.isArray(spec.rules) ? (spec.rules as O[]) : [];
  const annotations = (isObject(metadata.annotations) ? metadata.annotations : {}) as O;
  const autogenAnn = annotations['pod-policies.kyverno.io/autogen-controllers'];
  const controllers =
    autogenAnn === undefined
      ? DEFAULT_AUTOGEN_CONTROLLERS
      : String(autogenAnn) === 'none'
        ? []
        : String(autogenAnn)
            .split(',')
            .map((s) => s.trim());
  const rules = rulesRaw.map((raw, i) => compileRule(display, raw, i, controllers));
  return {
    name: display,
    namespace,
    rules,
    evaluate: (resource, context = {}) => evaluateCompiled(display, namespace, rules, resource, context),
  };
}

function compileRule(policy: string, raw: O, index: number, controllers: readonly string[]): CompiledRule {
  const name = String(raw.name ?? `rule-${index}`);
  const field = `/spec/rules/${index}`;
  if (raw.name === undefined)
    throw policyError(policy, undefined, `rule ${index} has no name`, `${field}/name`, 'give every rule a unique name');
  if (blockIsEmpty(raw.match))
    throw policyError(
      policy,
      name,
      'the rule has no match',
      `${field}/match`,
      'add match.any (or match.all) with at least resources.kinds',
    );
  const validate = isObject(raw.validate) ? raw.validate : undefined;
  for (const [key, conds] of [
    ['preconditions', raw.preconditions],
    ['validate/deny/conditions', isObject(validate?.deny) ? validate.deny.conditions : undefined],
  ] as const)
    checkConditions(policy, name, conds, `${field}/${key}`);
  if (validate) {
    const patterns = [validate.pattern, ...(Array.isArray(validate.anyPattern) ? validate.anyPattern : [])].filter(
      (p) => p !== undefined,
    );
    for (const p of patterns) {
      const problems = patternSyntaxProblems(p);
      if (problems.length)
        throw policyError(
          policy,
          name,
          `invalid pattern: ${problems[0]}`,
          `${field}/validate/pattern`,
          'use Kyverno pattern syntax: anchors (), =(), ^(), X(), <() and operators ! | > < >= <= a-b',
        );
    }
    for (const fe of Array.isArray(validate.foreach) ? (validate.foreach as O[]) : [])
      checkForeach(policy, name, fe, `${field}/validate/foreach`);
  }
  let unsupported: string | undefined;
  for (const expr of variablesIn({ ...raw, context: undefined })) {
    try {
      compileJmespath(expr);
    } catch (e) {
      if (e instanceof UnsupportedFunctionError) {
        unsupported ??= e.message;
        continue;
      }
      throw policyError(
        policy,
        name,
        `JMESPath expression {{${expr}}} does not parse: ${(e as Error).message}`,
        field,
        'fix the expression; test it with `kyverno jp query`',
      );
    }
  }
  for (const entry of Array.isArray(raw.context) ? (raw.context as O[]) : []) {
    if (isObject(entry.variable) && typeof entry.variable.jmesPath === 'string') {
      try {
        compileJmespath(entry.variable.jmesPath);
      } catch (e) {
        if (!(e instanceof UnsupportedFunctionError))
          throw policyError(
            policy,
            name,
            `JMESPath expression ${entry.variable.jmesPath} of context ${String(entry.name)} does not parse: ${(e as Error).message}`,
            `${field}/context`,
            'fix the expression',
          );
      }
    }
  }
  if (!validate)
    unsupported ??= raw.verifyImages
      ? 'verifyImages rules need a registry'
      : raw.mutate
        ? 'mutate rules produce no validation result'
        : raw.generate
          ? 'generate rules produce no validation result'
          : 'the rule has no validate block';
  else if (validate.cel) unsupported ??= 'validate.cel rules are not evaluated locally';
  else if (validate.manifests) unsupported ??= 'validate.manifests needs signature verification';
  else if (!validate.pattern && !validate.anyPattern && !validate.deny && !validate.foreach && !validate.podSecurity)
    unsupported ??= 'the validate block has nothing the engine can evaluate';
  const kinds = ruleKinds(raw);
  const matchesPodOnly = kinds.length > 0 && kinds.every((k) => k === 'Pod' || k === 'v1/Pod');
  const canAutogen = matchesPodOnly && !hasNameOrSelector(raw.match) && !hasNameOrSelector(raw.exclude);
  return {
    name,
    raw,
    validate,
    unsupported,
    autogenKinds: canAutogen ? [...controllers.filter((c) => c !== 'CronJob'), ...EXTRA_TEMPLATE_KINDS] : [],
    autogenCronJob: canAutogen && controllers.includes('CronJob'),
    matchesPodOnly,
    ...(canAutogen
      ? {
          controllerRule: rewriteForController(raw, 'spec.template'),
          cronJobRule: rewriteForController(raw, 'spec.jobTemplate.spec.template'),
        }
      : {}),
  };
}

function ruleKinds(raw: O): string[] {
  const m = raw.match as O | undefined;
  if (!isObject(m)) return [];
  const filters = [
    ...(Array.isArray(m.any) ? m.any : []),
    ...(Array.isArray(m.all) ? m.all : []),
    ...(isObject(m.resources) ? [m] : []),
  ];
  return filters.flatMap(filterKinds);
}

function hasNameOrSelector(block: unknown): boolean {
  if (!isObject(block)) return false;
  const filters = [
    ...(Array.isArray(block.any) ? block.any : []),
    ...(Array.isArray(block.all) ? block.all : []),
    ...(isObject(block.resources) ? [block] : []),
  ] as O[];
  return filters.some((f) => {
    const r = (isObject(f.resources) ? f.resources : {}) as O;
    return (
      r.name !== undefined ||
      (Array.isArray(r.names) && r.names.length > 0) ||
      r.selector !== undefined ||
      r.annotations !== undefined
    );
  });
}

/** The conditions of a `{ any, all }` block or list, in order. */
function conditionList(conditions: unknown): RawCondition[] {
  const { any, all } = conditionGroups(conditions);
  return [...(any ?? []), ...(all ?? [])];
}

function checkConditions(policy: string, rule: string, conditions: unknown, field: string): void {
  if (conditions === undefined) return;
  const unknown = conditionList(conditions).find((c) => !isConditionOperator(c.operator));
  if (unknown)
    throw policyError(
      policy,
      rule,
      `unknown operator ${JSON.stringify(unknown.operator)}`,
      field,
      'use Equals, NotEquals, AnyIn, AllIn, AnyNotIn, AllNotIn, GreaterThan, GreaterThanOrEquals, LessThan, LessThanOrEquals or Duration…',
    );
}

function checkForeach(policy: string, rule: string, fe: O, field: string): void {
  if (typeof fe.list !== 'string')
    throw policyError(
      policy,
      rule,
      'foreach needs a list expression',
      `${field}/list`,
      'set list to a JMESPath expression such as request.object.spec.containers',
    );
  try {
    compileJmespath(fe.list);
  } catch (e) {
    if (!(e instanceof UnsupportedFunctionError))
      throw policyError(
        policy,
        rule,
        `foreach list ${fe.list} does not parse: ${(e as Error).message}`,
        `${field}/list`,
        'fix the expression',
      );
  }
  checkConditions(policy, rule, fe.preconditions, `${field}/preconditions`);
  checkConditions(policy, rule, isObject(fe.deny) ? fe.deny.conditions : undefined, `${field}/deny/conditions`);
  for (const p of [fe.pattern, ...(Array.isArray(fe.anyPattern) ? fe.anyPattern : [])].filter((x) => x !== undefined)) {
    const problems = patternSyntaxProblems(p);
    if (problems.length)
      throw policyError(
        policy,
        rule,
        `invalid pattern: ${problems[0]}`,
        `${field}/pattern`,
        'use Kyverno pattern syntax',
      );
  }
  for (const n of Array.isArray(fe.foreach) ? (fe.foreach as O[]) : [])
    checkForeach(policy, rule, n, `${field}/foreach`);
}

// ---------------------------------------------------------------- evaluation

function setPath(target: O, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) {
    if (!isObject(cur[p])) cur[p] = {};
    cur = cur[p] as O;
  }
  cur[parts[parts.length - 1]!] = value;
}

function imagesOf(pod: O): O {
  const spec = (isObject(pod.spec) ? pod.spec : {}) as O;
  const out: O = {};
  for (const f of ['containers', 'initContainers', 'ephemeralContainers']) {
    const list = Array.isArray(spec[f]) ? (spec[f] as O[]) : [];
    if (!list.length) continue;
    const byName: O = {};
    for (const c of list) byName[String(c.name)] = parseImage(String(c.image ?? ''));
    out[f] = byName;
  }
  return out;
}

function parseImage(ref: string): O {
  let rest = ref;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const first = rest.split('/')[0]!;
  let registry = 'docker.io';
  let path = rest;
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    path = rest.slice(first.length + 1);
  } else if (!rest.includes('/')) path = `library/${rest}`;
  if (!tag && !digest) tag = 'latest';
  const name = path.split('/').pop()!;
  return { reference: ref, referenceWithTag: `${registry}/${path}:${tag}`, registry, path, name, tag, digest };
}

function podOf(resource: O, cron: boolean): O | undefined {
  const spec = isObject(resource.spec) ? resource.spec : undefined;
  const template = cron
    ? (((spec?.jobTemplate as O | undefined)?.spec as O | undefined)?.template as O | undefined)
    : (spec?.template as O | undefined);
  if (!isObject(template)) return undefined;
  const m = (isObject(template.metadata) ? template.metadata : {}) as O;
  const rm = (isObject(resource.metadata) ? resource.metadata : {}) as O;
  return { apiVersion: 'v1', kind: 'Pod', metadata: { namespace: rm.namespace, ...m }, spec: template.spec };
}

interface Outcome {
  status: RuleStatus;
  message: string;
  skipReason?: string;
  unsupported?: boolean;
}

function evaluateCompiled(
  policy: string,
  namespace: string | undefined,
  rules: readonly CompiledRule[],
  resource: KubeObject,
  ctx: EvaluationContext,
): RuleResult[] {
  const rm = (isObject(resource.metadata) ? resource.metadata : {}) as O;
  const kind = String(resource.kind ?? '');
  if (namespace !== undefined && (kind === 'Namespace' ? rm.name : (rm.namespace ?? 'default')) !== namespace)
    return [];
  const ref = { kind, ...(rm.namespace ? { namespace: String(rm.namespace) } : {}), name: String(rm.name ?? '') };
  const out: RuleResult[] = [];
  for (const rule of rules) {
    let target: O | undefined = resource;
    let ruleName = rule.name;
    let autogen = false;
    if (blockMatches(rule.raw.match, resource, ctx)) {
      if (!blockIsEmpty(rule.raw.exclude) && blockMatches(rule.raw.exclude, resource, ctx)) continue;
    } else if (rule.autogenKinds.includes(kind) || (rule.autogenCronJob && kind === 'CronJob')) {
      const cron = kind === 'CronJob';
      const kinds = [kind];
      if (!blockMatches(rule.raw.match, resource, ctx, kinds)) continue;
      if (!blockIsEmpty(rule.raw.exclude) && blockMatches(rule.raw.exclude, resource, ctx, kinds)) continue;
      target = podOf(resource, cron);
      if (!target) continue;
      ruleName = cron ? `autogen-cronjob-${rule.name}` : `autogen-${rule.name}`;
      autogen = true;
    } else continue;
    const o = autogen
      ? evaluateRule(rule, target, ctx, resource, kind === 'CronJob' ? rule.cronJobRule! : rule.controllerRule!)
      : evaluateRule(rule, target, ctx, resource, rule.raw);
    out.push({ policy, rule: ruleName, resource: ref, ...o, ...(autogen ? { autogen } : {}) });
  }
  return out;
}

function definedOnly(o: O): O {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function baseContext(resource: O, ctx: EvaluationContext, pod: O): O {
  const rm = (isObject(resource.metadata) ? resource.metadata : {}) as O;
  const spec = (isObject(resource.spec) ? resource.spec : {}) as O;
  const operation = ctx.operation ?? 'CREATE';
  const request: O = {
    object: resource,
    operation,
    namespace: rm.namespace ?? '',
    name: rm.name ?? null,
    kind: { kind: resource.kind },
  };
  // Kyverno's CLI (processor/policy_processor.go) takes the resource as its own old object for UPDATE and
  // DELETE; on DELETE every `request.object` variable reads `request.oldObject` (variables/vars.go), which is
  // the same here. On CREATE there is no old object. A values file may still set `request.oldObject` (below).
  if (operation === 'UPDATE' || operation === 'DELETE') request.oldObject = resource;
  // The user is in the context only when the suite names one (`userinfo:`); absent fields stay absent.
  if (ctx.userInfo) {
    const { username, groups, roles, clusterRoles } = ctx.userInfo;
    request.userInfo = definedOnly({ username, groups });
    Object.assign(request, definedOnly({ roles, clusterRoles }));
  }
  const data: O = {
    request,
    serviceAccountName: String(spec.serviceAccountName ?? ''),
    serviceAccountNamespace: rm.namespace ?? '',
  };
  // `images` is computed only when a rule reads it.
  let images: O | undefined;
  Object.defineProperty(data, 'images', {
    enumerable: true,
    configurable: true,
    get: () => (images ??= pod.kind === 'Pod' ? imagesOf(pod) : {}),
    set: (v: O) => (images = v),
  });
  for (const [k, v] of Object.entries(ctx.variables ?? {})) setPath(data, k, v);
  return data;
}

/**
 * Evaluates a rule body: `resource` is what patterns apply to (the pod of a controller for auto-generated rules),
 * `requestObject` is `request.object`, and `raw` the rule (rewritten for controllers).
 */
function evaluateRule(rule: CompiledRule, resource: O, ctx: EvaluationContext, requestObject: O, raw: O): Outcome {
  if (rule.unsupported)
    return { status: 'skip', message: rule.unsupported, skipReason: rule.unsupported, unsupported: true };
  const data = baseContext(requestObject, ctx, resource);
  try {
    for (const entry of Array.isArray(raw.context) ? (raw.context as O[]) : []) {
      const name = String(entry.name);
      if (ctx.variables && name in ctx.variables) continue;
      if (isObject(entry.variable)) {
        const v = entry.variable;
        let value: unknown = v.value !== undefined ? substitute(v.value, data, true) : undefined;
        if (typeof v.jmesPath === 'string')
          value = resolveVariable(String(substitute(v.jmesPath, data, true)), value !== undefined ? value : data, true);
        if ((value === null || value === undefined) && v.default !== undefined)
          value = substitute(v.default, data, true);
        setPath(data, name, value ?? null);
      } else {
        const what = entry.apiCall
          ? 'apiCall'
          : entry.configMap
            ? 'configMap'
            : entry.imageRegistry
              ? 'imageRegistry'
              : entry.globalReference
                ? 'globalReference'
                : 'external';
        const reason = `context entry ${name} uses ${what}, which needs a cluster`;
        return { status: 'skip', message: reason, skipReason: reason, unsupported: true };
      }
    }
    if (raw.preconditions !== undefined && !conditionsHold(raw.preconditions, data, true))
      return { status: 'skip', message: 'preconditions not met', skipReason: 'preconditions not met' };
    return validateBody(raw.validate as O, resource, data, rule.name);
  } catch (e) {
    if (e instanceof UnsupportedFunctionError)
      return { status: 'skip', message: e.message, skipReason: e.message, unsupported: true };
    if (e instanceof VariableNotFoundError) return { status: 'error', message: e.message };
    return { status: 'error', message: (e as Error).message };
  }
}

function conditionsHold(conditions: unknown, data: O, nullable: boolean): boolean {
  const { any, all } = conditionGroups(conditions);
  const one = (c: RawCondition): boolean =>
    evaluateCondition(substitute(c.key, data, nullable), c.operator as never, substitute(c.value, data, nullable));
  const anyOk = any === undefined || any.length === 0 || any.some(one);
  const allOk = all === undefined || all.every(one);
  return anyOk && allOk;
}

function message(v: O, data: O): string {
  if (typeof v.message !== 'string') return '';
  try {
    return String(substitute(v.message, data, true));
  } catch {
    return v.message;
  }
}

function patternResult(outcome: PatternOutcome, msg: () => string, rule: string): Outcome {
  if (outcome.kind === 'pass') return { status: 'pass', message: `validation rule '${rule}' passed.` };
  if (outcome.kind === 'skip') return { status: 'skip', message: outcome.message, skipReason: outcome.message };
  return {
    status: 'fail',
    message: `validation error: ${lead(msg())}rule ${rule} failed at path ${outcome.path}`,
  };
}

const variableFree = new WeakMap<object, boolean>();

/** Substitutes only trees that hold variables (patterns without `{{ }}` are used as they are, without copying). */
function resolveTree(tree: unknown, data: O): unknown {
  if (typeof tree !== 'object' || tree === null) return substitute(tree, data);
  let free = variableFree.get(tree);
  if (free === undefined) {
    free = !hasVariables(tree);
    variableFree.set(tree, free);
  }
  return free ? tree : substitute(tree, data);
}

/** A message followed by Kyverno's `rule X failed at path P`. */
function lead(msg: string): string {
  return msg ? (/[.!?]$/.test(msg.trim()) ? `${msg.trim()} ` : `${msg.trim()}. `) : '';
}

function validateBody(v: O, resource: O, data: O, rule: string, fallback?: () => string): Outcome {
  // The message is rendered only when the rule fails.
  let cached: string | undefined;
  const msg = (): string => (cached ??= message(v, data) || (fallback?.() ?? ''));
  if (v.pattern !== undefined) {
    return patternResult(matchPattern(resource, resolveTree(v.pattern, data)), msg, rule);
  }
  if (Array.isArray(v.anyPattern)) {
    const outcomes = v.anyPattern.map((p) => matchPattern(resource, resolveTree(p, data)));
    if (outcomes.some((o) => o.kind === 'pass'))
      return { status: 'pass', message: `validation rule '${rule}' anyPattern passed.` };
    if (outcomes.every((o) => o.kind === 'skip'))
      return {
        status: 'skip',
        message: 'all anyPattern patterns skipped',
        skipReason: 'conditional anchors did not apply',
      };
    const failed = outcomes
      .map((o, i) => (o.kind === 'fail' ? `rule ${rule}[${i}] failed at path ${o.path}` : undefined))
      .filter(Boolean);
    return { status: 'fail', message: `validation error: ${lead(msg())}${failed.join(' ')}` };
  }
  if (isObject(v.deny)) {
    const denied = v.deny.conditions === undefined ? true : conditionsHold(v.deny.conditions, data, false);
    return denied
      ? { status: 'fail', message: msg() || `validation error: rule ${rule} failed` }
      : { status: 'pass', message: `validation rule '${rule}' passed.` };
  }
  if (isObject(v.podSecurity)) {
    const ps = v.podSecurity;
    if (resource.kind !== 'Pod') return { status: 'pass', message: 'podSecurity applies to pods' };
    const violations = applyExclusions(podSecurityViolations(resource, String(ps.level ?? 'baseline')), ps.exclude);
    if (!violations.length) return { status: 'pass', message: `validation rule '${rule}' passed.` };
    return {
      status: 'fail',
      message: `${msg() ? `${msg()} ` : ''}Validation rule '${rule}' failed. It violates PodSecurity "${String(ps.level)}:${String(ps.version ?? 'latest')}": ${[...new Set(violations.map((x) => `(${x.control}) ${x.message}`))].join('; ')}`,
    };
  }
  if (Array.isArray(v.foreach)) {
    let applied = 0;
    for (const fe of v.foreach as O[]) {
      const r = foreach(fe, resource, data, rule, msg);
      if (r.status === 'fail' || r.status === 'error') return r;
      if (r.status === 'pass') applied++;
    }
    return applied
      ? { status: 'pass', message: `validation rule '${rule}' passed.` }
      : { status: 'skip', message: 'rule skipped', skipReason: 'no foreach element applied' };
  }
  return { status: 'skip', message: 'nothing to evaluate', skipReason: 'nothing to evaluate', unsupported: true };
}

function foreach(fe: O, resource: O, data: O, rule: string, parentMsg: () => string): Outcome {
  const list = resolveVariable(String(fe.list), data, true);
  const elements = Array.isArray(list) ? list : list === null ? [] : [list];
  let applied = 0;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    const scoped: O = { ...data, element, elementIndex: i };
    if (typeof fe.elementScope === 'boolean' || true) (scoped as O)['@'] = element;
    if (fe.preconditions !== undefined && !conditionsHold(fe.preconditions, scoped, true)) continue;
    let r: Outcome;
    const msg = (): string => message(fe, scoped) || parentMsg();
    if (Array.isArray(fe.foreach)) {
      r = { status: 'skip', message: '' };
      for (const n of fe.foreach as O[]) {
        const nr = foreach(n, resource, scoped, rule, msg);
        if (nr.status === 'fail' || nr.status === 'error') return nr;
        if (nr.status === 'pass') r = nr;
      }
    } else {
      const target = fe.elementScope === false ? resource : element;
      r = validateBody(fe, target as O, scoped, rule, parentMsg);
    }
    if (r.status === 'fail' || r.status === 'error') return r;
    if (r.status === 'pass') applied++;
  }
  return applied
    ? { status: 'pass', message: `validation rule '${rule}' passed.` }
    : { status: 'skip', message: 'no element applied', skipReason: 'no foreach element applied' };
}

/**
 * Problems of a PolicyException's `spec.conditions` (unknown operators, JMESPath that does not parse), as
 * messages; empty when they can be evaluated. Check once before calling {@link exceptionConditionsHold}.
 */
export function exceptionConditionProblems(conditions: unknown): string[] {
  const problems: string[] = [];
  for (const c of conditionList(conditions)) {
    if (!isConditionOperator(c.operator)) problems.push(`unknown operator ${JSON.stringify(c.operator)}`);
    for (const expr of variablesIn([c.key, c.value])) {
      try {
        compileJmespath(expr);
      } catch (e) {
        if (!(e instanceof UnsupportedFunctionError))
          problems.push(`JMESPath expression {{${expr}}} does not parse: ${(e as Error).message}`);
      }
    }
  }
  return problems;
}

/**
 * Whether a PolicyException's `spec.conditions` hold for `resource`, as Kyverno decides it
 * (pkg/engine/utils/exceptions.go): substituted like preconditions against the request, every `all` condition
 * and, when there are `any` conditions, one of them. A condition that cannot be evaluated (a variable that
 * fails, a function that needs a cluster) means the exception does not apply.
 */
export function exceptionConditionsHold(
  conditions: unknown,
  resource: KubeObject,
  context: EvaluationContext = {},
): boolean {
  if (conditions === undefined || conditions === null) return true;
  try {
    return conditionsHold(conditions, baseContext(resource, context, resource), true);
  } catch {
    return false;
  }
}

/** Evaluates one policy against one resource (compiles it first; compile once with {@link compilePolicy} for many). */
export function evaluatePolicy(policy: KubeObject, resource: KubeObject, context?: EvaluationContext): RuleResult[] {
  return compilePolicy(policy).evaluate(resource, context);
}
