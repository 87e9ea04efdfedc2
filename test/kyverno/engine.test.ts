import { describe, expect, it } from 'vitest';
import { GitOpsError } from '../../src/errors/index.js';
import {
  compileJmespath,
  compilePolicy,
  evaluateCondition,
  evaluatePolicy,
  kindMatches,
  searchJmespath,
} from '../../src/kyverno/engine/index.js';

type O = Record<string, unknown>;
const policy = (rules: O[], annotations?: O): O => ({
  apiVersion: 'kyverno.io/v1',
  kind: 'ClusterPolicy',
  metadata: { name: 'p', ...(annotations ? { annotations } : {}) },
  spec: { rules },
});
const podRule = (name: string, validate: O, extra: O = {}): O => ({
  name,
  match: { any: [{ resources: { kinds: ['Pod'] } }] },
  validate,
  ...extra,
});
const pod = (image: string, extra: O = {}): O => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'apps', labels: { app: 'web' } },
  spec: { containers: [{ name: 'c', image }], ...extra },
});
const deployment = (image: string, kind = 'Deployment', apiVersion = 'apps/v1'): O => ({
  apiVersion,
  kind,
  metadata: { name: 'web', namespace: 'apps' },
  spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image }] } } },
});
const noLatest = policy([
  podRule('no-latest', { message: 'no latest', pattern: { spec: { containers: [{ image: '!*:latest' }] } } }),
]);
const status = (p: O, r: O, ctx?: O): string[] => evaluatePolicy(p, r, ctx).map((x) => `${x.rule}=${x.status}`);

describe('conditions', () => {
  it.each([
    ['Equals', 'abc', 'a*', true],
    ['Equals', '1Gi', '1024Mi', true],
    ['Equals', { a: 1 }, { a: 1 }, true],
    ['NotEquals', 'x', 'y', true],
    ['AnyIn', ['a', 'z'], ['a', 'b'], true],
    ['AnyIn', ['y', 'z'], ['a', 'b'], false],
    ['AllIn', ['a', 'b'], ['a', 'b', 'c'], true],
    ['AllIn', ['a', 'z'], ['a', 'b'], false],
    ['AnyNotIn', ['a', 'z'], ['a', 'b'], true],
    ['AllNotIn', ['y', 'z'], ['a', 'b'], true],
    ['AllNotIn', ['a', 'z'], ['a', 'b'], false],
    ['AnyIn', 5, '1-6', true],
    ['In', 'a', ['a', 'b'], true],
    ['NotIn', 'c', ['a', 'b'], true],
    ['GreaterThan', 5, 3, true],
    ['GreaterThan', '2Gi', '1Gi', true],
    ['GreaterThanOrEquals', 3, 3, true],
    ['LessThan', '500m', '1', true],
    ['LessThanOrEquals', 4, 3, false],
    ['DurationGreaterThan', '2h', '90m', true],
    ['DurationGreaterThanOrEquals', '1h', '60m', true],
    ['DurationLessThan', '10s', '1m', true],
    ['DurationLessThanOrEquals', '2m', '1m', false],
  ] as const)('%s %j %j -> %s', (op, key, value, expected) => {
    expect(evaluateCondition(key, op, value)).toBe(expected);
  });
});

describe('JMESPath functions', () => {
  const q = (expr: string, data: unknown = {}): unknown => searchJmespath(compileJmespath(expr), data);
  it('string functions', () => {
    expect(q("to_upper('ab')")).toBe('AB');
    expect(q("to_lower('AB')")).toBe('ab');
    expect(q("trim('--a--', '-')")).toBe('a');
    expect(q("split('a,b', ',')")).toEqual(['a', 'b']);
    expect(q("replace_all('a.b.c', '.', '-')")).toBe('a-b-c');
    expect(q("replace('aaa', 'a', 'b', `2`)")).toBe('bba');
    expect(q("truncate('abcdef', `3`)")).toBe('abc');
    expect(q("equal_fold('Ab', 'aB')")).toBe(true);
    expect(q("regex_match('^v[0-9]+$', 'v12')")).toBe(true);
    expect(q("regex_replace_all('([a-z]+)-([0-9]+)', 'ab-12', '$2-$1')")).toBe('12-ab');
    expect(q("pattern_match('nginx:*', 'nginx:1')")).toBe(true);
    expect(q("base64_decode(base64_encode('hi'))")).toBe('hi');
    expect(q("path_canonicalize('/a/../b//c/.')")).toBe('/b/c');
    expect(q("compare('a', 'b')")).toBe(-1);
  });
  it('arithmetic on numbers, quantities and durations', () => {
    expect(q('add(`1`, `2`)')).toBe(3);
    expect(q("subtract('2h', '30m')")).toBe('5400s');
    expect(q("divide('1Gi', '512Mi')")).toBe(2);
    expect(q('multiply(`3`, `4`)')).toBe(12);
  });
  it('structured functions', () => {
    expect(q('parse_json(\'{"a":1}\').a')).toBe(1);
    expect(q("parse_yaml('a: [1, 2]').a[1]")).toBe(2);
    expect(q("items(@, 'k', 'v')", { b: 2, a: 1 })).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]);
    expect(q('label_match(`{"app":"a"}`, `{"app":"a","x":"y"}`)')).toBe(true);
    expect(q("semver_compare('1.2.3', '>=1.0.0 <2.0.0')")).toBe(true);
    expect(q("semver_compare('2.2.3', '>=1.0.0 <2.0.0')")).toBe(false);
    expect(q("lookup(@, 'a')", { a: 5 })).toBe(5);
  });
});

describe('match and exclude', () => {
  it('kinds with group/version, wildcards', () => {
    expect(kindMatches('Deployment', 'apps/v1', 'Deployment')).toBe(true);
    expect(kindMatches('apps/v1/Deployment', 'apps/v1', 'Deployment')).toBe(true);
    expect(kindMatches('apps/*/Deployment', 'apps/v1', 'Deployment')).toBe(true);
    expect(kindMatches('batch/v1/Deployment', 'apps/v1', 'Deployment')).toBe(false);
    expect(kindMatches('v1/Pod', 'v1', 'Pod')).toBe(true);
    expect(kindMatches('*', 'v1', 'ConfigMap')).toBe(true);
    expect(kindMatches('Pod/exec', 'v1', 'Pod')).toBe(false);
  });
  it('namespaces, names, selectors and exclude', () => {
    const p = policy([
      {
        name: 'r',
        match: {
          any: [{ resources: { kinds: ['Pod'], namespaces: ['app*'], selector: { matchLabels: { app: 'w*' } } } }],
        },
        exclude: { any: [{ resources: { names: ['skip-*'] } }] },
        validate: { pattern: { metadata: { name: '?*' } } },
      },
    ]);
    expect(status(p, pod('a:1'))).toEqual(['r=pass']);
    expect(
      status(p, { ...pod('a:1'), metadata: { name: 'skip-me', namespace: 'apps', labels: { app: 'web' } } }),
    ).toEqual([]);
    expect(
      status(p, { ...pod('a:1'), metadata: { name: 'x', namespace: 'kube-system', labels: { app: 'web' } } }),
    ).toEqual([]);
    expect(status(p, { ...pod('a:1'), metadata: { name: 'x', namespace: 'apps', labels: { app: 'db' } } })).toEqual([]);
  });
  it('namespaceSelector needs known namespace labels; operations default to CREATE', () => {
    const p = policy([
      {
        name: 'r',
        match: {
          any: [
            {
              resources: {
                kinds: ['Pod'],
                namespaceSelector: { matchLabels: { env: 'prod' } },
                operations: ['CREATE'],
              },
            },
          ],
        },
        validate: { pattern: { metadata: { name: '*' } } },
      },
    ]);
    expect(status(p, pod('a:1'))).toEqual([]);
    expect(status(p, pod('a:1'), { namespaceLabels: { apps: { env: 'prod' } } })).toEqual(['r=pass']);
    expect(status(p, pod('a:1'), { namespaceLabels: { apps: { env: 'prod' } }, operation: 'UPDATE' })).toEqual([]);
  });
  it('a subjects filter does not match without user info (kyverno test default)', () => {
    const p = policy([
      {
        name: 'r',
        match: { any: [{ resources: { kinds: ['Pod'] }, subjects: [{ kind: 'User', name: 'alice' }] }] },
        validate: { pattern: { metadata: { name: '*' } } },
      },
    ]);
    expect(status(p, pod('a:1'))).toEqual([]);
    expect(status(p, pod('a:1'), { userInfo: { username: 'alice' } })).toEqual(['r=pass']);
  });
});

describe('validate rules', () => {
  it('pattern pass and fail with message and path', () => {
    expect(status(noLatest, pod('a:1'))).toEqual(['no-latest=pass']);
    const [r] = evaluatePolicy(noLatest, pod('a:latest'));
    expect(r).toMatchObject({ status: 'fail', resource: { kind: 'Pod', namespace: 'apps', name: 'web' } });
    expect(r!.message).toContain('no latest');
    expect(r!.message).toContain('/spec/containers/0/image/');
  });
  it('anyPattern: one pass is enough; skips only when all skip', () => {
    const p = policy([
      podRule('r', {
        anyPattern: [
          { spec: { securityContext: { runAsNonRoot: true } } },
          { spec: { containers: [{ securityContext: { runAsNonRoot: true } }] } },
        ],
      }),
    ]);
    expect(status(p, pod('a', { securityContext: { runAsNonRoot: true } }))).toEqual(['r=pass']);
    expect(
      status(p, { ...pod('a'), spec: { containers: [{ name: 'c', securityContext: { runAsNonRoot: true } }] } }),
    ).toEqual(['r=pass']);
    expect(status(p, pod('a'))).toEqual(['r=fail']);
    const mixed = policy([
      podRule('r', {
        anyPattern: [{ spec: { '(hostNetwork)': true, hostPID: true } }, { spec: { containers: [{ image: 'x' }] } }],
      }),
    ]);
    expect(status(mixed, pod('a'))).toEqual(['r=fail']);
    const allSkip = policy([
      podRule('r', { anyPattern: [{ spec: { '(hostNetwork)': true, x: 1 } }, { spec: { '(hostPID)': true, x: 1 } }] }),
    ]);
    expect(status(allSkip, pod('a'))).toEqual(['r=skip']);
  });
  it('deny with any/all and variables', () => {
    const p = policy([
      podRule('r', {
        message: '{{ request.object.metadata.name }} is in default',
        deny: {
          conditions: {
            any: [{ key: '{{ request.object.metadata.namespace }}', operator: 'Equals', value: 'default' }],
          },
        },
      }),
    ]);
    expect(status(p, pod('a'))).toEqual(['r=pass']);
    const [r] = evaluatePolicy(p, { ...pod('a'), metadata: { name: 'x', namespace: 'default' } });
    expect(r).toMatchObject({ status: 'fail', message: 'x is in default' });
  });
  it('preconditions skip the rule', () => {
    const p = policy([
      podRule(
        'r',
        { deny: {} },
        { preconditions: { all: [{ key: '{{ request.operation }}', operator: 'Equals', value: 'UPDATE' }] } },
      ),
    ]);
    expect(evaluatePolicy(p, pod('a'))[0]).toMatchObject({ status: 'skip', skipReason: 'preconditions not met' });
    expect(status(p, pod('a'), { operation: 'UPDATE' })).toEqual(['r=fail']);
  });
  it('foreach with element, elementIndex, nested deny and pattern', () => {
    const p = policy([
      podRule('r', {
        foreach: [
          {
            list: 'request.object.spec.containers',
            deny: { conditions: { all: [{ key: '{{ element.image }}', operator: 'Equals', value: '*:latest' }] } },
          },
        ],
      }),
    ]);
    expect(status(p, pod('a:1'))).toEqual(['r=pass']);
    expect(
      status(p, {
        ...pod('a'),
        spec: {
          containers: [
            { name: 'a', image: 'a:1' },
            { name: 'b', image: 'b:latest' },
          ],
        },
      }),
    ).toEqual(['r=fail']);
    const idx = policy([
      podRule('r', {
        foreach: [
          {
            list: 'request.object.spec.containers',
            pattern: { name: 'c' },
            preconditions: { all: [{ key: '{{ elementIndex }}', operator: 'Equals', value: 0 }] },
          },
        ],
      }),
    ]);
    expect(status(idx, { ...pod('a'), spec: { containers: [{ name: 'c' }, { name: 'other' }] } })).toEqual(['r=pass']);
  });
  it('context variables and the images variable', () => {
    const p = policy([
      podRule(
        'r',
        { deny: { conditions: { any: [{ key: '{{ registry }}', operator: 'NotEquals', value: 'ghcr.io' }] } } },
        { context: [{ name: 'registry', variable: { jmesPath: 'images.containers.c.registry' } }] },
      ),
    ]);
    expect(status(p, pod('ghcr.io/org/app:1'))).toEqual(['r=pass']);
    expect(status(p, pod('nginx:1'))).toEqual(['r=fail']);
  });
  it('podSecurity baseline and restricted, with exclude', () => {
    const base = policy([podRule('psa', { podSecurity: { level: 'baseline', version: 'latest' } })]);
    expect(status(base, pod('a'))).toEqual(['psa=pass']);
    expect(status(base, pod('a', { hostNetwork: true }))).toEqual(['psa=fail']);
    const privileged = {
      ...pod('a'),
      spec: { containers: [{ name: 'c', image: 'a', securityContext: { privileged: true } }] },
    };
    expect(status(base, privileged)).toEqual(['psa=fail']);
    const ex = policy([
      podRule('psa', {
        podSecurity: { level: 'baseline', exclude: [{ controlName: 'Privileged Containers', images: ['a'] }] },
      }),
    ]);
    expect(status(ex, privileged)).toEqual(['psa=pass']);
    const restricted = policy([podRule('psa', { podSecurity: { level: 'restricted' } })]);
    expect(status(restricted, pod('a'))).toEqual(['psa=fail']);
    const good = {
      ...pod('a'),
      spec: {
        securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'c',
            image: 'a',
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          },
        ],
      },
    };
    expect(status(restricted, good)).toEqual(['psa=pass']);
  });
  it('what it cannot evaluate is skip with a reason, never pass', () => {
    const p = policy([
      podRule('api', { deny: {} }, { context: [{ name: 'x', apiCall: { urlPath: '/api/v1/namespaces' } }] }),
      {
        name: 'verify',
        match: { any: [{ resources: { kinds: ['Pod'] } }] },
        verifyImages: [{ imageReferences: ['*'] }],
      },
      podRule('cel', { cel: { expressions: [{ expression: 'true' }] } }),
      { name: 'mut', match: { any: [{ resources: { kinds: ['Pod'] } }] }, mutate: { patchStrategicMerge: {} } },
    ]);
    const rs = evaluatePolicy(p, pod('a'));
    expect(rs.map((r) => r.status)).toEqual(['skip', 'skip', 'skip', 'skip']);
    expect(rs.every((r) => r.unsupported && r.skipReason)).toBe(true);
  });
});

describe('autogen', () => {
  it('Pod rules apply to controllers as autogen-<rule> and autogen-cronjob-<rule>', () => {
    for (const k of ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'])
      expect(status(noLatest, deployment('a:latest', k))).toEqual(['autogen-no-latest=fail']);
    expect(status(noLatest, deployment('a:1', 'Job', 'batch/v1'))).toEqual(['autogen-no-latest=pass']);
    const cron = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'c' },
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'a:latest' }] } } } } },
    };
    expect(status(noLatest, cron)).toEqual(['autogen-cronjob-no-latest=fail']);
    expect(evaluatePolicy(noLatest, cron)[0]!.autogen).toBe(true);
  });
  it('Argo Rollout pod templates', () => {
    expect(status(noLatest, deployment('a:latest', 'Rollout', 'argoproj.io/v1alpha1'))).toEqual([
      'autogen-no-latest=fail',
    ]);
  });
  it('honours pod-policies.kyverno.io/autogen-controllers', () => {
    const only = {
      ...noLatest,
      metadata: { name: 'p', annotations: { 'pod-policies.kyverno.io/autogen-controllers': 'Deployment' } },
    };
    expect(status(only, deployment('a:latest'))).toEqual(['autogen-no-latest=fail']);
    expect(status(only, deployment('a:latest', 'StatefulSet'))).toEqual([]);
    const none = {
      ...noLatest,
      metadata: { name: 'p', annotations: { 'pod-policies.kyverno.io/autogen-controllers': 'none' } },
    };
    expect(status(none, deployment('a:latest'))).toEqual([]);
  });
  it('variables over request.object refer to the pod template', () => {
    const p = policy([
      podRule('r', {
        deny: {
          conditions: {
            any: [{ key: "{{ request.object.metadata.labels.app || '' }}", operator: 'Equals', value: '' }],
          },
        },
      }),
    ]);
    expect(status(p, deployment('a'))).toEqual(['autogen-r=pass']);
  });
  it('rewrites request.object.spec/metadata textually, as Kyverno does (a quoted "object" is left alone)', () => {
    const p = policy([
      podRule(
        'r',
        { pattern: { spec: { automountServiceAccountToken: 'false' } } },
        {
          preconditions: {
            all: [
              { key: '{{ request."object".metadata.labels.team || \'\' }}', operator: 'NotEquals', value: 'infra' },
            ],
          },
        },
      ),
    ]);
    const d = { ...deployment('a'), metadata: { name: 'web', labels: { team: 'infra' } } };
    expect(status(p, d)).toEqual(['autogen-r=skip']);
    expect(status(p, deployment('a'))).toEqual(['autogen-r=fail']);
  });
  it('rules with names or selectors are not auto-generated', () => {
    const p = policy([
      {
        name: 'r',
        match: { any: [{ resources: { kinds: ['Pod'], names: ['web'] } }] },
        validate: { pattern: { spec: { containers: [{ image: '!*:latest' }] } } },
      },
    ]);
    expect(status(p, deployment('a:latest'))).toEqual([]);
  });
});

describe('bad policies', () => {
  const err = (p: O): GitOpsError => {
    try {
      compilePolicy(p);
    } catch (e) {
      return e as GitOpsError;
    }
    throw new Error('no error');
  };
  it('a rule with no match', () => {
    const e = err(policy([{ name: 'r', validate: { pattern: {} } }]));
    expect(e.message).toBe('policy p, rule r: the rule has no match');
    expect(e.location.field).toBe('/spec/rules/0/match');
    expect(e.hint).toBeTruthy();
  });
  it('an unknown operator', () => {
    const e = err(
      policy([podRule('r', { deny: { conditions: { any: [{ key: 'a', operator: 'Contains', value: 'b' }] } } })]),
    );
    expect(e.message).toBe('policy p, rule r: unknown operator "Contains"');
  });
  it('a JMESPath expression that does not parse', () => {
    const e = err(
      policy([
        podRule('r', {
          deny: { conditions: { any: [{ key: '{{ request.object.spec[ }}', operator: 'Equals', value: 'b' }] } },
        }),
      ]),
    );
    expect(e.message).toMatch(/^policy p, rule r: JMESPath expression \{\{request.object.spec\[\}\} does not parse/);
  });
  it('invalid pattern syntax', () => {
    expect(err(policy([podRule('r', { pattern: { spec: { 'Y(hostPID)': 'null' } } })])).message).toMatch(
      /^policy p, rule r: invalid pattern: .*unknown anchor 'Y'/,
    );
    expect(err(policy([podRule('r', { pattern: { spec: { replicas: '>' } } })])).message).toMatch(
      /operator '>' has no operand/,
    );
    expect(err(policy([podRule('r', { pattern: { spec: { '^(containers)': { image: 'x' } } } })])).message).toMatch(
      /existence anchor/,
    );
  });
  it('a foreach list that does not parse', () => {
    expect(
      err(policy([podRule('r', { foreach: [{ list: 'request.object.spec.containers[', pattern: {} }] })])).message,
    ).toMatch(/^policy p, rule r: foreach list/);
  });
});
