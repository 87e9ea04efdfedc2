/**
 * Semantics the engine follows from Kyverno's own code, each with a small suite shaped like the upstream
 * kyverno/policies cases that exposed it (test/kyverno/fixtures/semantics).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluatePolicy } from '../../src/kyverno/engine/index.js';
import { readSuite, runSuite } from '../../src/kyverno/policy-test/index.js';

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
  it('suite: label changes on UPDATE and deletion of protected objects', () => {
    expect(suite('label-changes')).toMatchObject({ passed: 6, failed: 0, unsupported: 0 });
  });
});
