import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { k8s } from 'cdk8s-plus-28';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ClusterPolicy,
  Policy,
  PolicyEnv,
  PolicyException,
  PolicyGate,
  SynthFailedError,
  type CompiledPolicyView,
  type KubeObject,
  type PolicyEvaluator,
  type PolicyRule,
} from '../../src/index.js';
import { captureOutput, tempDir, testApp } from '../helpers.js';

/**
 * A stand-in evaluator for the gate's own mechanics (which policies apply where, actions, exceptions, report):
 * each rule of a policy fails a Deployment whose first image ends in `:latest` and passes any other.
 */
const latestEvaluator: PolicyEvaluator = {
  compile(policy: KubeObject): CompiledPolicyView {
    const rules = (policy['spec'] as { rules: { name: string }[] }).rules;
    return {
      kinds: ['Deployment'],
      evaluate(resource) {
        if (resource.kind !== 'Deployment') return [];
        const image = (resource as any).spec.template.spec.containers[0].image as string;
        return rules.map((r) =>
          image.endsWith(':latest')
            ? { rule: r.name, status: 'fail' as const, message: 'latest is not allowed' }
            : { rule: r.name, status: 'pass' as const },
        );
      },
    };
  },
};

const rule: PolicyRule = {
  name: 'no-latest',
  match: { kinds: ['Pod'] },
  validate: { message: 'no latest', pattern: { spec: { containers: [{ image: '!*:latest' }] } } },
};

function deployment(scope: any, name: string, image: string) {
  return new k8s.KubeDeployment(scope, name, {
    metadata: { name },
    spec: {
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
    },
  });
}

function setup() {
  const dir = tempDir();
  const app = testApp(dir);
  PolicyGate.of(app).evaluator = latestEvaluator;
  return { app, dir };
}

function run(app: ReturnType<typeof testApp>) {
  const output = captureOutput();
  try {
    app.synth({ output, check: false, quiet: false });
    return { error: undefined, text: output.text() };
  } catch (e) {
    return { error: e as SynthFailedError, text: output.text() };
  }
}

afterEach(() => {
  delete process.env[PolicyEnv.report];
  delete process.env[PolicyEnv.policies];
});

describe('policy gate', () => {
  it('fails synth on an Enforce failure in production, naming policy, rule, resource, tier and construct path', () => {
    const { app, dir } = setup();
    new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    for (const t of app.tiers) deployment(t.application('web'), 'web', 'ghcr.io/company/web:latest');
    const { error } = run(app);
    expect(error).toBeInstanceOf(SynthFailedError);
    const text = error?.message ?? '';
    expect(text).toContain(
      "Enforce policy 'no-latest' rule 'no-latest' fails on Deployment web-production/web: latest is not allowed",
    );
    expect(text).toContain('tier: production');
    expect(text).toContain('construct: production/applications-web/web');
    expect(text).toContain('file: environments/production/applications/web/deployment-web.yaml');
    // dev and staging are Audit: not errors
    expect(text).not.toContain('tier: dev');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints Audit failures as warnings with a summary, and synth succeeds', () => {
    const { app } = setup();
    new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    deployment(app.tier('dev').application('web'), 'web', 'ghcr.io/company/web:latest');
    deployment(app.tier('production').application('web'), 'web', 'ghcr.io/company/web:1.0');
    const { error, text } = run(app);
    expect(error).toBeUndefined();
    expect(text).toContain('warning dev environments/dev/applications/web/deployment-web.yaml');
    expect(text).toContain("Audit policy 'no-latest' rule 'no-latest' fails on Deployment web-dev/web");
    expect(text).toContain('policy gate: 1 Audit failure (no-latest: 1)');
    expect(PolicyGate.of(app).summary).toMatchObject({ pass: 1, fail: 1, enforceFailures: 0, auditFailures: 1 });
  });

  it('a tier copy applies only to its tier; a shared policy to every tier', () => {
    const { app } = setup();
    new ClusterPolicy(app.tier('dev').infrastructure, 'dev-only', { rules: [rule] });
    new ClusterPolicy(app.shared.policies, 'everywhere', { rules: [rule], failureAction: 'Audit' });
    for (const t of app.tiers) deployment(t.application('web'), 'web', 'ghcr.io/company/web:latest');
    run(app);
    const seen = PolicyGate.of(app).results.map((r) => `${r.policy}@${r.tier}`);
    expect(seen.sort()).toEqual(['dev-only@dev', 'everywhere@dev', 'everywhere@production', 'everywhere@staging']);
  });

  it('a namespaced Policy applies only to its namespace', () => {
    const { app } = setup();
    const web = app.tier('dev').application('web');
    new Policy(web, 'web-only', { rules: [rule] });
    deployment(web, 'web', 'ghcr.io/company/web:latest');
    deployment(app.tier('dev').application('api'), 'api', 'ghcr.io/company/api:latest');
    run(app);
    expect(PolicyGate.of(app).results.map((r) => r.resource)).toEqual(['Deployment web-dev/web']);
  });

  it('a PolicyException turns a failure into a skip; an expired one is an error in production, a warning elsewhere', () => {
    const { app } = setup();
    const policy = new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    for (const t of app.tiers) {
      const folder = t.application('web');
      deployment(folder, 'web', 'ghcr.io/company/web:latest');
      new PolicyException(folder, 'legacy', {
        exceptions: [{ policy, rules: ['no-latest'] }],
        match: { kinds: ['Deployment'], names: ['web'] },
        expires: t.tier.production ? '2999-12-31' : '2020-01-31',
      });
    }
    const { error, text } = run(app);
    expect(error).toBeUndefined();
    expect(text).toContain("PolicyException 'legacy' expired on 2020-01-31");
    expect(PolicyGate.of(app).results.every((r) => r.status === 'skip')).toBe(true);
    expect(PolicyGate.of(app).results[0]?.message).toBe("excepted by PolicyException 'legacy'");

    const other = setup().app;
    const p2 = new ClusterPolicy(other, 'no-latest', { rules: [rule] });
    new PolicyException(other.tier('production').application('web'), 'legacy', {
      exceptions: [{ policy: p2 }],
      match: { kinds: ['Deployment'] },
      expires: '2020-01-31',
    });
    const failed = run(other).error;
    expect(failed?.message).toContain("PolicyException 'legacy' expired on 2020-01-31");
  });

  it('evaluates policies from --policies DIR against every tier, and writes every result for policy report', () => {
    const { app } = setup();
    const policies = tempDir();
    mkdirSync(join(policies, 'nested'), { recursive: true });
    writeFileSync(
      join(policies, 'nested', 'p.yaml'),
      [
        'apiVersion: kyverno.io/v1',
        'kind: ClusterPolicy',
        'metadata: { name: from-dir }',
        'spec:',
        '  rules:',
        '  - name: r',
        '    match: { any: [ { resources: { kinds: [Pod] } } ] }',
        '    validate: { failureAction: Audit, pattern: { spec: { containers: [ { image: "!*:latest" } ] } } }',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: ignored }',
      ].join('\n'),
    );
    const report = join(policies, 'report.json');
    process.env[PolicyEnv.policies] = policies;
    process.env[PolicyEnv.report] = report;
    for (const t of app.tiers) deployment(t.application('web'), 'web', 'ghcr.io/company/web:1.0');
    const { error } = run(app);
    expect(error).toBeUndefined();
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.summary).toMatchObject({ pass: 3, fail: 0 });
    expect(written.results.map((r: any) => `${r.policy} ${r.tier} ${r.status} ${r.policyFile}`)).toEqual([
      `from-dir dev pass ${policies}/nested/p.yaml`,
      `from-dir production pass ${policies}/nested/p.yaml`,
      `from-dir staging pass ${policies}/nested/p.yaml`,
    ]);
  });

  it('bad --policies input: a rule with an unknown operator, YAML that does not parse, a missing folder', () => {
    const policies = tempDir();
    writeFileSync(
      join(policies, 'bad.yaml'),
      [
        'apiVersion: kyverno.io/v1',
        'kind: ClusterPolicy',
        'metadata: { name: team-policy }',
        'spec:',
        '  rules:',
        '  - name: check-team',
        '    match: { any: [ { resources: { kinds: [Pod] } } ] }',
        '    validate:',
        '      deny: { conditions: { any: [ { key: "{{ request.object.metadata.labels.team }}", operator: Matches, value: "" } ] } }',
      ].join('\n'),
    );
    process.env[PolicyEnv.policies] = policies;
    let { app } = setup();
    let error = run(app).error;
    expect(error?.message).toContain("policy 'team-policy' rule 'check-team': unknown operator 'Matches'");
    expect(error?.message).toContain(`file: ${policies}/bad.yaml`);

    writeFileSync(join(policies, 'bad.yaml'), 'kind: [unclosed');
    ({ app } = setup());
    error = run(app).error;
    expect(error?.message).toContain('bad.yaml');

    process.env[PolicyEnv.policies] = join(policies, 'missing');
    ({ app } = setup());
    error = run(app).error;
    expect(error?.message).toContain(`policy folder '${join(policies, 'missing')}' does not exist`);
  });
});
