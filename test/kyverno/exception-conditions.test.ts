/**
 * PolicyException `spec.conditions` in the synth policy gate and in `policy test`: an exception applies to a
 * matched resource only when its conditions hold (Kyverno pkg/engine/utils/exceptions.go).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { k8s } from 'cdk8s-plus-28';
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterPolicy, PolicyEnv, PolicyException, PolicyGate, type PolicyRule } from '../../src/index.js';
import { exceptionConditionsHold } from '../../src/kyverno/engine/index.js';
import { readSuite, runSuite } from '../../src/kyverno/policy-test/index.js';
import { captureOutput, tempDir, testApp } from '../helpers.js';

const rule: PolicyRule = {
  name: 'no-latest',
  match: { kinds: ['Pod'] },
  validate: { message: 'no latest', pattern: { spec: { containers: [{ image: '!*:latest' }] } } },
};

function deployment(scope: any, name: string, labels: Record<string, string>) {
  return new k8s.KubeDeployment(scope, name, {
    metadata: { name, labels },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image: 'ghcr.io/company/web:latest' }] },
      },
    },
  });
}

function run(app: ReturnType<typeof testApp>) {
  const output = captureOutput();
  try {
    app.synth({ output, check: false, quiet: false });
    return { error: undefined as Error | undefined, text: output.text() };
  } catch (e) {
    return { error: e as Error, text: output.text() };
  }
}

afterEach(() => {
  delete process.env[PolicyEnv.policies];
});

describe('PolicyException conditions', () => {
  const cm = (labels: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'c', namespace: 'apps', labels },
  });
  const legacy = {
    all: [{ key: "{{ request.object.metadata.labels.legacy || '' }}", operator: 'Equals', value: 'true' }],
  };

  it('hold as Kyverno evaluates them: all of `all`, one of a non-empty `any`, like preconditions', () => {
    expect(exceptionConditionsHold(undefined, cm({}))).toBe(true);
    expect(exceptionConditionsHold(legacy, cm({ legacy: 'true' }))).toBe(true);
    expect(exceptionConditionsHold(legacy, cm({}))).toBe(false);
    const any = {
      any: [
        { key: '{{ request.object.metadata.namespace }}', operator: 'AnyIn', value: ['kube-*'] },
        { key: '{{ request.object.metadata.labels.team }}', operator: 'Equals', value: 'platform' },
      ],
    };
    expect(exceptionConditionsHold(any, cm({ team: 'platform' }))).toBe(true);
    expect(exceptionConditionsHold(any, cm({ team: 'apps' }))).toBe(false);
    // a missing label is null in conditions, as in preconditions
    expect(exceptionConditionsHold(any, cm({}))).toBe(false);
    // the request operation is in the context
    const onUpdate = [{ key: '{{ request.operation }}', operator: 'Equals', value: 'UPDATE' }];
    expect(exceptionConditionsHold(onUpdate, cm({}))).toBe(false);
    expect(exceptionConditionsHold(onUpdate, cm({}), { operation: 'UPDATE' })).toBe(true);
  });

  it('synth gate: the exception skips only the resources its conditions hold for', () => {
    const app = testApp(tempDir());
    const policy = new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    const folder = app.tier('dev').application('web');
    deployment(folder, 'old-web', { legacy: 'true' });
    deployment(folder, 'new-web', {});
    new PolicyException(folder, 'legacy-only', {
      exceptions: [{ policy }],
      match: { kinds: ['Deployment'] },
      conditions: {
        all: [{ key: "{{ request.object.metadata.labels.legacy || '' }}", operator: 'Equals', value: 'true' }],
      },
      expires: '2999-12-31',
    });
    const { error } = run(app);
    expect(error).toBeUndefined();
    const results = PolicyGate.of(app).results.map((r) => `${r.resource} ${r.rule} ${r.status}`);
    expect(results).toContain('Deployment web-dev/new-web autogen-no-latest fail');
    expect(results).toContain('Deployment web-dev/old-web autogen-no-latest skip');
    const skipped = PolicyGate.of(app).results.find((r) => r.status === 'skip');
    expect(skipped?.message).toBe("excepted by PolicyException 'legacy-only'");
  });

  it('synth gate: conditions with an unknown operator are an error naming the exception', () => {
    const policies = tempDir();
    writeFileSync(
      join(policies, 'exception.yaml'),
      [
        'apiVersion: kyverno.io/v2',
        'kind: PolicyException',
        'metadata: { name: bad-conditions, namespace: apps }',
        'spec:',
        '  exceptions: [ { policyName: no-latest, ruleNames: [no-latest] } ]',
        '  match: { any: [ { resources: { kinds: [Deployment] } } ] }',
        '  conditions: { all: [ { key: "{{ request.object.metadata.name }}", operator: Matches, value: x } ] }',
      ].join('\n'),
    );
    process.env[PolicyEnv.policies] = policies;
    const app = testApp(tempDir());
    new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    const { error } = run(app);
    expect(error?.message).toContain(`PolicyException 'bad-conditions': conditions: unknown operator "Matches"`);
    expect(error?.message).toContain(`file: ${policies}/exception.yaml`);
  });

  it('policy test: an exception with conditions skips only where they hold', () => {
    const dir = resolve(import.meta.dirname, 'fixtures/semantics/exception-conditions');
    const o = runSuite(readSuite(join(dir, 'kyverno-test.yaml'), dir));
    expect(o).toMatchObject({ passed: 2, failed: 0, unsupported: 0, excluded: 0 });
  });
});
