/**
 * Semantics the engine follows from Kyverno's own code, each with a small suite shaped like the upstream
 * kyverno/policies cases that exposed it (test/kyverno/fixtures/semantics).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileJmespath, evaluateCondition, evaluatePolicy } from '../../src/kyverno/engine/index.js';
import { missingKey } from '../../src/kyverno/engine/jmespath.js';
import { resolveVariable, VariableNotFoundError } from '../../src/kyverno/engine/variables.js';
import { readSuite, runSuite } from '../../src/kyverno/policy-test/index.js';
import { runCli } from '../cli/run-cli.js';

const SEMANTICS = resolve(import.meta.dirname, 'fixtures/semantics');
const suite = (name: string): ReturnType<typeof runSuite> =>
  runSuite(readSuite(join(SEMANTICS, name, 'kyverno-test.yaml'), SEMANTICS));

type O = Record<string, unknown>;

describe('In-family operators (pkg/engine/variables/operator)', () => {
  it.each([
    // a string value holding a JSON array of strings is that list (CLI values files, API call results)
    ['AnyIn', 'b', '["a","b"]', true],
    ['AnyIn', ['x', 'b'], '["a","b"]', true],
    ['AnyIn', ['x', 'y'], '["a","b"]', false],
    ['AllIn', ['a', 'b'], '["a","b","c"]', true],
    ['AnyNotIn', ['a', 'z'], '["a","b"]', true],
    ['AllNotIn', ['y', 'z'], '["a","b"]', true],
    ['AllNotIn', 'a', '["a","b"]', false],
    ['In', 'a', '["a","b"]', true],
    // other valid JSON is an invalid type: the condition is false, also for the negated operators
    ['AnyIn', 'a', '{"a":1}', false],
    ['AnyNotIn', 'a', '{"a":1}', false],
    // plain text is a one-item list for the Any/All operators; the deprecated In/NotIn need JSON
    ['AnyIn', ['a'], 'a', true],
    ['AnyNotIn', ['b'], 'a', true],
    ['NotIn', 'c', 'plain', false],
    // wildcards match in both directions: a `*` in the key matches every listed value
    ['AnyIn', ['*'], ['bind', 'escalate'], true],
    ['AllIn', ['*'], ['get'], true],
    ['AnyIn', 'bind', ['b*'], true],
    ['AllNotIn', ['*'], ['get'], false],
    // keys and list items are compared as strings
    ['AnyIn', 1337, ['1337'], true],
    ['AnyIn', ['1337'], [1337], true],
    ['AnyIn', ['1', '2'], 2, true],
    ['AllIn', ['2'], 2, false],
    // a range is a string value; a list item is never read as a range
    ['AnyIn', 5, '1-6', true],
    ['AllIn', [2, 3], '1-6', true],
    ['AnyNotIn', [2, 9], '1-6', true],
    ['AllNotIn', [7, 9], '1-6', true],
    ['AnyIn', 5, ['1-6'], false],
    // a null or object key is an unsupported type: false for every operator
    ['AnyIn', null, ['a'], false],
    ['AnyNotIn', null, ['a'], false],
    ['AllNotIn', { a: 1 }, ['a'], false],
  ] as const)('%s %j %j -> %s', (op, key, value, expected) => {
    expect(evaluateCondition(key, op, value)).toBe(expected);
  });

  it('a JSON-array value from the values file decides a deny (unique host, unique uid)', () => {
    const o = suite('unique-host');
    expect(o).toMatchObject({ passed: 4, failed: 0, unsupported: 0 });
  });

  it('a wildcard in a foreach key denies an escalation verb rule', () => {
    expect(suite('escalate-verbs')).toMatchObject({ passed: 3, failed: 0, unsupported: 0 });
  });
});

describe('request.operation and request.oldObject, as the Kyverno CLI sets them', () => {
  const cm = (labels: O): O => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels } });
  const policy: O = {
    apiVersion: 'kyverno.io/v1',
    kind: 'ClusterPolicy',
    metadata: { name: 'p' },
    spec: {
      rules: [
        {
          name: 'old-team',
          match: { any: [{ resources: { kinds: ['ConfigMap'] } }] },
          validate: {
            deny: {
              conditions: [
                { key: "{{ request.oldObject.metadata.labels.team || 'none' }}", operator: 'Equals', value: 'a' },
              ],
            },
          },
        },
      ],
    },
  };
  const status = (ctx: O): string => evaluatePolicy(policy, cm({ team: 'a' }), ctx)[0]!.status;

  it('CREATE has no old object', () => {
    expect(status({})).toBe('pass');
  });
  it('UPDATE and DELETE take the resource as its own old object', () => {
    expect(status({ operation: 'UPDATE' })).toBe('fail');
    expect(status({ operation: 'DELETE' })).toBe('fail');
  });
  it('a request.oldObject variable replaces it', () => {
    expect(status({ operation: 'UPDATE', variables: { 'request.oldObject': cm({ team: 'b' }) } })).toBe('pass');
  });
  it('auto-gen rewrites request.oldObject like request.object (pkg/autogen podReplacementRules)', () => {
    const podPolicy: O = {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'p' },
      spec: {
        rules: [
          {
            name: 'same-labels',
            match: { any: [{ resources: { kinds: ['Pod'] } }] },
            validate: {
              deny: {
                conditions: [
                  {
                    key: '{{ request.object.metadata.labels }}',
                    operator: 'NotEquals',
                    value: '{{ request.oldObject.metadata.labels }}',
                  },
                ],
              },
            },
          },
        ],
      },
    };
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const deploy: O = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'apps', labels: { tier: 'front' } },
      spec: { template },
    };
    const cron: O = {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'job', namespace: 'apps' },
      spec: { jobTemplate: { spec: { template } } },
    };
    for (const r of [deploy, cron])
      expect(evaluatePolicy(podPolicy, r, { operation: 'UPDATE' }).map((x) => `${x.rule}=${x.status}`)).toEqual([
        r === cron ? 'autogen-cronjob-same-labels=pass' : 'autogen-same-labels=pass',
      ]);
  });
  it('suite: label changes on UPDATE and deletion of protected objects', () => {
    expect(suite('label-changes')).toMatchObject({ passed: 6, failed: 0, unsupported: 0 });
  });
});

describe('missing keys and null values (kyverno/go-jmespath NotFoundError)', () => {
  const data = { request: { object: { metadata: { name: 'x', labels: null } } }, list: [{ a: 1 }, {}] };
  it.each([
    // a field missing from an object, reached through sub-expressions and indexes, is an unknown key
    ['request.object.metadata.annotations', 'annotations'],
    ['request.object.metadata.annotations.foo', 'annotations'],
    ['request.oldObject.metadata', 'oldObject'],
    ['list[1].a', 'a'],
    // a field of null is null; projections, flattens, filters, functions, pipes and || swallow the error
    ['request.object.metadata.labels.foo', undefined],
    ['request.object.metadata.annotations.values(@)[].length(@)', undefined],
    ['list[].a', undefined],
    ['list[?a].b', undefined],
    ["request.object.metadata.annotations || 'none'", undefined],
    ['request.object.metadata.annotations | length(@)', undefined],
    ['list[5].a', undefined],
  ] as const)('%s -> %s', (expr, key) => {
    expect(missingKey(compileJmespath(expr), data)).toBe(key);
  });
  it('only an unknown key fails where a value is required', () => {
    expect(() => resolveVariable('request.object.metadata.annotations', data, false)).toThrow(VariableNotFoundError);
    expect(() => resolveVariable('request.object.metadata.annotations', data, false)).toThrow(
      'Unknown key "annotations" in path',
    );
    expect(resolveVariable('request.object.metadata.annotations', data, true)).toBeNull();
    expect(resolveVariable('list[].a', data, false)).toEqual([1]);
    expect(resolveVariable('request.object.metadata.labels.foo', data, false)).toBeNull();
  });
  it('suite: null from a function is no error; a missing label is; no userinfo means no user', () => {
    expect(suite('null-values')).toMatchObject({ passed: 5, failed: 0, unsupported: 0 });
  });
  it('without a user, request.userInfo is absent; with one, only the fields given', () => {
    const read: O = {
      apiVersion: 'kyverno.io/v1',
      kind: 'ClusterPolicy',
      metadata: { name: 'p' },
      spec: {
        rules: [
          {
            name: 'user',
            match: { any: [{ resources: { kinds: ['ConfigMap'] } }] },
            validate: {
              deny: { conditions: [{ key: '{{ request.userInfo.username }}', operator: 'Equals', value: 'eve' }] },
            },
          },
        ],
      },
    };
    const cm: O = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    expect(evaluatePolicy(read, cm)[0]).toMatchObject({ status: 'error' });
    expect(evaluatePolicy(read, cm, { userInfo: { username: 'eve' } })[0]).toMatchObject({ status: 'fail' });
    expect(evaluatePolicy(read, cm, { userInfo: { groups: ['a'] } })[0]).toMatchObject({ status: 'error' });
  });
});

describe('expected results without a rule response (kyverno test: excluded)', () => {
  it('are neither passed nor failed, and do not hide a real mismatch', () => {
    const o = suite('excluded');
    expect(o).toMatchObject({ passed: 1, failed: 1, excluded: 2, unsupported: 0 });
    expect(o.mismatches).toEqual([
      expect.objectContaining({ rule: 'require-team', resource: 'apps', expected: 'pass', actual: 'fail' }),
    ]);
  });
  it('cdk8s-gitops policy test prints them in the suite line and the total', () => {
    const run = runCli(['policy', 'test', join(SEMANTICS, 'excluded')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'FAIL kyverno-test.yaml (excluded): 1 passed, 1 failed, 2 excluded (the rule gave no result, as kyverno test accepts)\n',
    );
    expect(run.stdout).toContain('total: 1 suites, 1 passed, 1 failed, 0 skipped: unsupported, 2 excluded\n');
  });
});

describe('results of rule-less policy kinds and results without a rule (commands/test)', () => {
  it('CEL policy kinds are unsupported, a result without a rule covers every rule, a result may set the operation', () => {
    const o = suite('ruleless');
    expect(o).toMatchObject({ passed: 2, failed: 0, unsupported: 1, excluded: 0 });
    expect(o.unsupportedReasons).toEqual(['ValidatingPolicy (CEL) is not evaluated locally']);
  });
});
