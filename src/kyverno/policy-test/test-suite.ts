/**
 * Reading Kyverno CLI test suites (`kyverno-test.yaml`): the `cli.kyverno.io/v1alpha1` `Test` kind and the
 * older un-versioned format (`name`, `policies`, `resources`, `results`, optional `variables`/`values`/`userinfo`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { GitOpsError } from '../../errors/index.js';
import type { EvaluationContext } from '../engine/index.js';
import type { KubeObject } from '../engine/match.js';
import type * as Yaml from 'yaml';
import { lazyModule } from '../../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** One expected result of a suite. */
export interface ExpectedResult {
  readonly policy: string;
  /** The rule; empty when the result holds for every rule of the policy (as for rule-less CEL policy kinds). */
  readonly rule: string;
  readonly resources: readonly string[];
  readonly kind?: string;
  readonly namespace?: string;
  readonly result: 'pass' | 'fail' | 'skip' | 'warn' | 'error';
  /** The admission operation this result is evaluated with, over the values file's. @default - the values file's */
  readonly operation?: string;
  /** Index in `results`, for messages. */
  readonly index: number;
}

/** Variables of a suite (its values file and inline values). */
export interface SuiteValues {
  readonly global: Record<string, unknown>;
  /** Per policy, per resource name. */
  readonly resources: Record<string, Record<string, Record<string, unknown>>>;
  /** Per policy, per rule. */
  readonly rules: Record<string, Record<string, Record<string, unknown>>>;
  readonly namespaceLabels: Record<string, Record<string, string>>;
}

/** A parsed suite, with its policies and resources loaded. */
export interface TestSuite {
  /** Path of the kyverno-test.yaml, relative to the folder searched. */
  readonly file: string;
  readonly name: string;
  readonly policies: readonly KubeObject[];
  readonly resources: readonly KubeObject[];
  readonly exceptions: readonly KubeObject[];
  readonly results: readonly ExpectedResult[];
  readonly values: SuiteValues;
  readonly userInfo?: EvaluationContext['userInfo'];
}

const RESULTS = ['pass', 'fail', 'skip', 'warn', 'error'];
const OPERATIONS = ['CREATE', 'UPDATE', 'DELETE'];

/** Kyverno's CEL-based policy kinds (rule-less: a result names the policy only); never evaluated locally. */
export const CEL_POLICY_KINDS = [
  'ValidatingPolicy',
  'NamespacedValidatingPolicy',
  'ValidatingAdmissionPolicy',
  'MutatingPolicy',
  'NamespacedMutatingPolicy',
  'MutatingAdmissionPolicy',
  'ImageValidatingPolicy',
  'NamespacedImageValidatingPolicy',
  'GeneratingPolicy',
  'NamespacedGeneratingPolicy',
  'DeletingPolicy',
  'NamespacedDeletingPolicy',
];

/** Cluster-scoped kinds; every other resource without a namespace is in `default`, as `kyverno test` assumes. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'StorageClass',
  'CustomResourceDefinition',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'ClusterPolicy',
  'ClusterIssuer',
  'ClusterSecretStore',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'PodSecurityPolicy',
  'CertificateSigningRequest',
  'ComponentStatus',
  'FlowSchema',
  'PriorityLevelConfiguration',
]);

function withDefaultNamespace(o: KubeObject): KubeObject {
  const m = (isObj(o.metadata) ? o.metadata : {}) as O;
  if (m.namespace || CLUSTER_SCOPED.has(String(o.kind))) return o;
  return { ...o, metadata: { ...m, namespace: 'default' } };
}

/** Every `kyverno-test.yaml` under `dir` (recursively, hidden folders such as `.kyverno-test` included), sorted. */
export function findSuites(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') walk(join(d, e.name));
      } else if (e.name === 'kyverno-test.yaml' || e.name === 'kyverno-test.yml') out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

function bad(file: string, field: string, message: string, hint: string): GitOpsError {
  return new GitOpsError(`${file}: ${message}`, { code: 'KYVERNO_TEST_INVALID', file, field, hint });
}

type O = Record<string, unknown>;
const isObj = (v: unknown): v is O => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads every YAML document of a file or of every .yaml/.yml/.json file in a folder. */
function loadObjects(path: string, suiteFile: string, field: string): KubeObject[] {
  if (/^https?:\/\//.test(path))
    throw bad(
      suiteFile,
      field,
      `remote file ${path} is not supported`,
      'download the file next to the suite and refer to it by a relative path',
    );
  if (!existsSync(path))
    throw bad(suiteFile, field, `file ${path} does not exist`, 'fix the path (relative to the kyverno-test.yaml)');
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out: KubeObject[] = [];
  for (const f of files) {
    for (const doc of yaml().parseAllDocuments(readFileSync(f, 'utf8'))) {
      if (doc.errors.length)
        throw bad(suiteFile, field, `${f} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, 'fix the YAML');
      const v = doc.toJS() as unknown;
      if (!isObj(v)) continue;
      if (v.kind === 'List' && Array.isArray(v.items)) out.push(...(v.items as KubeObject[]).filter(isObj));
      else out.push(v);
    }
  }
  return out;
}

function stringList(v: unknown, file: string, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw bad(file, field, `${field} must be a list of file paths`, `write ${field}: [path, …]`);
  return v as string[];
}

function parseValues(raw: unknown, file: string, field: string, into: SuiteValues): void {
  if (raw === undefined || raw === null) return;
  if (!isObj(raw)) throw bad(file, field, `${field} must be a mapping`, 'see the Kyverno CLI values file format');
  if (raw.globalValues !== undefined) {
    if (!isObj(raw.globalValues))
      throw bad(
        file,
        `${field}.globalValues`,
        'globalValues must be a mapping',
        'write globalValues: { request.operation: UPDATE }',
      );
    Object.assign(into.global, raw.globalValues);
  }
  for (const [i, p] of (Array.isArray(raw.policies) ? raw.policies : []).entries()) {
    if (!isObj(p) || typeof p.name !== 'string')
      throw bad(file, `${field}.policies[${i}].name`, 'a values entry needs the policy name', 'add name: <policy>');
    for (const r of Array.isArray(p.resources) ? (p.resources as O[]) : [])
      (((into.resources[p.name] ??= {})[String(r.name)] ??= {}),
        Object.assign(into.resources[p.name]![String(r.name)]!, r.values ?? {}));
    for (const r of Array.isArray(p.rules) ? (p.rules as O[]) : [])
      (((into.rules[p.name] ??= {})[String(r.name)] ??= {}),
        Object.assign(into.rules[p.name]![String(r.name)]!, r.values ?? {}));
  }
  for (const ns of Array.isArray(raw.namespaceSelector) ? (raw.namespaceSelector as O[]) : [])
    into.namespaceLabels[String(ns.name)] = (isObj(ns.labels) ? ns.labels : {}) as Record<string, string>;
}

/** Parses one suite and loads the files it names. Throws a GitOpsError naming the file and field when malformed. */
export function readSuite(path: string, root: string): TestSuite {
  const file = relative(root, path) || path;
  const base = dirname(path);
  let docs;
  try {
    docs = yaml().parseAllDocuments(readFileSync(path, 'utf8'));
  } catch (e) {
    throw bad(file, '', `cannot read: ${(e as Error).message}`, 'fix the file');
  }
  const doc = docs[0];
  if (!doc || doc.errors.length)
    throw bad(
      file,
      '',
      `not valid YAML${doc?.errors[0] ? `: ${doc.errors[0].message.split('\n')[0]}` : ''}`,
      'fix the YAML',
    );
  const raw = doc.toJS() as unknown;
  if (!isObj(raw)) throw bad(file, '', 'the test must be a mapping', 'see the kyverno-test.yaml format');
  if (raw.apiVersion !== undefined && !String(raw.apiVersion).startsWith('cli.kyverno.io/'))
    throw bad(
      file,
      'apiVersion',
      `unknown apiVersion ${String(raw.apiVersion)}`,
      'use apiVersion: cli.kyverno.io/v1alpha1',
    );
  if (raw.apiVersion !== undefined && raw.kind !== 'Test')
    throw bad(file, 'kind', `kind must be Test, found ${String(raw.kind)}`, 'use kind: Test');
  const name = String((isObj(raw.metadata) ? raw.metadata.name : undefined) ?? raw.name ?? file);
  const policies = stringList(raw.policies, file, 'policies');
  const resources = stringList(raw.resources, file, 'resources');
  if (policies.length === 0) throw bad(file, 'policies', 'the test names no policies', 'add policies: [policy.yaml]');
  if (raw.results !== undefined && raw.results !== null && !Array.isArray(raw.results))
    throw bad(file, 'results', 'results must be a list', 'write results: with policy, rule, resources and result');
  const results: ExpectedResult[] = ((raw.results ?? []) as unknown[]).map((r: unknown, i: number) => {
    const f = `results[${i}]`;
    if (!isObj(r)) throw bad(file, f, `${f} must be a mapping`, 'write policy, rule, resources and result');
    if (typeof r.policy !== 'string' || !r.policy)
      throw bad(file, `${f}.policy`, `${f} has no policy`, 'name the policy');
    if (r.rule !== undefined && typeof r.rule !== 'string')
      throw bad(file, `${f}.rule`, `${f}.rule must be a string`, 'name the rule');
    if (r.operation !== undefined && !OPERATIONS.includes(String(r.operation)))
      throw bad(
        file,
        `${f}.operation`,
        `${f}.operation must be CREATE, UPDATE or DELETE, found ${JSON.stringify(r.operation)}`,
        'set operation: CREATE|UPDATE|DELETE, or leave it out',
      );
    const result = r.result ?? r.status;
    if (typeof result !== 'string' || !RESULTS.includes(result))
      throw bad(
        file,
        `${f}.result`,
        `${f}.result must be pass, fail, skip, warn or error, found ${JSON.stringify(result)}`,
        'set result: pass|fail|skip',
      );
    const resList = r.resources !== undefined ? r.resources : r.resource !== undefined ? [r.resource] : undefined;
    if (!Array.isArray(resList) || resList.length === 0 || resList.some((x) => typeof x !== 'string'))
      throw bad(file, `${f}.resources`, `${f} names no resources`, 'add resources: [name, …] (or namespace/name)');
    return {
      policy: r.policy,
      rule: String(r.rule ?? ''),
      resources: resList as string[],
      kind: r.kind === undefined ? undefined : String(r.kind),
      namespace: r.namespace === undefined ? undefined : String(r.namespace),
      ...(r.operation === undefined ? {} : { operation: String(r.operation) }),
      result: result as ExpectedResult['result'],
      index: i,
    };
  });
  const values: SuiteValues = { global: {}, resources: {}, rules: {}, namespaceLabels: {} };
  if (typeof raw.variables === 'string') {
    const vf = resolve(base, raw.variables);
    if (!existsSync(vf)) throw bad(file, 'variables', `variables file ${raw.variables} does not exist`, 'fix the path');
    parseValues(yaml().parseAllDocuments(readFileSync(vf, 'utf8'))[0]?.toJS(), file, 'variables', values);
  }
  parseValues(raw.values, file, 'values', values);
  let userInfo: TestSuite['userInfo'];
  if (typeof raw.userinfo === 'string') {
    const ui = loadObjects(resolve(base, raw.userinfo), file, 'userinfo')[0] ?? {};
    const u = (isObj(ui.userInfo) ? ui.userInfo : {}) as O;
    userInfo = {
      username: u.username as string | undefined,
      groups: u.groups as string[] | undefined,
      roles: ui.roles as string[] | undefined,
      clusterRoles: ui.clusterRoles as string[] | undefined,
    };
  }
  const loadAll = (list: string[], field: string): KubeObject[] =>
    list.flatMap((p, i) => loadObjects(resolve(base, p), file, `${field}[${i}]`));
  const policyObjects = loadAll(policies, 'policies');
  const exceptions = loadAll(stringList(raw.exceptions, file, 'exceptions'), 'exceptions');
  return {
    file,
    name,
    policies: policyObjects.filter(
      (p) => p.kind === 'ClusterPolicy' || p.kind === 'Policy' || CEL_POLICY_KINDS.includes(String(p.kind)),
    ),
    resources: loadAll(resources, 'resources').map(withDefaultNamespace),
    exceptions: exceptions.filter((e) => e.kind === 'PolicyException'),
    results,
    values,
    userInfo,
  };
}
