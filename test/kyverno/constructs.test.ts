import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  ClusterPolicy,
  GitOpsError,
  GitOpsErrors,
  Policy,
  PolicyException,
  StandardPolicies,
  type PolicyRule,
} from '../../src/index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';

const rule: PolicyRule = {
  name: 'no-latest',
  match: { any: [{ kinds: ['Pod'] }] },
  validate: { message: 'no latest', pattern: { spec: { containers: [{ image: '!*:latest' }] } } },
};

function synth(app: ReturnType<typeof testApp>) {
  const output = captureOutput();
  const result = app.synth({ output, check: false, quiet: false });
  return { result, text: output.text() };
}

function yamlAt(dir: string, file: string): Record<string, any> {
  return parse(readFileSync(join(dir, file), 'utf8'));
}

describe('ClusterPolicy placement and failure action', () => {
  it('created on the app: one copy per tier in its infrastructure folder, Audit outside production, Enforce in production', () => {
    const dir = tempDir();
    const app = testApp(dir);
    new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    synth(app);
    const files = [...readTree(dir).keys()].filter((f) => f.includes('clusterpolicy'));
    expect(files).toEqual([
      'environments/dev/infrastructure/clusterpolicy-no-latest.yaml',
      'environments/production/infrastructure/clusterpolicy-no-latest.yaml',
      'environments/staging/infrastructure/clusterpolicy-no-latest.yaml',
    ]);
    const action = (tier: string) =>
      yamlAt(dir, `environments/${tier}/infrastructure/clusterpolicy-no-latest.yaml`).spec.rules[0].validate
        .failureAction;
    expect([action('dev'), action('staging'), action('production')]).toEqual(['Audit', 'Audit', 'Enforce']);
    const prod = yamlAt(dir, 'environments/production/infrastructure/clusterpolicy-no-latest.yaml');
    expect(prod.metadata.namespace).toBeUndefined();
    expect(prod.apiVersion).toBe('kyverno.io/v1');
  });

  it('takes a per-tier override', () => {
    const dir = tempDir();
    const app = testApp(dir);
    new ClusterPolicy(app, 'no-latest', {
      rules: [rule],
      failureAction: app.environments.perTier({ dev: 'Audit', staging: 'Enforce', production: 'Enforce' }),
    });
    synth(app);
    const action = (tier: string) =>
      yamlAt(dir, `environments/${tier}/infrastructure/clusterpolicy-no-latest.yaml`).spec.rules[0].validate
        .failureAction;
    expect(action('staging')).toBe('Enforce');
    expect(action('dev')).toBe('Audit');
  });

  it('in shared/policies: one cluster-wide copy, Enforce by default; a per-tier action there is an error', () => {
    const dir = tempDir();
    const app = testApp(dir);
    const p = new ClusterPolicy(app.shared.policies, 'no-latest', { rules: [rule] });
    expect(p.copies).toHaveLength(1);
    expect(p.failureActionFor()).toBe('Enforce');
    synth(app);
    expect(yamlAt(dir, 'shared/policies/clusterpolicy-no-latest.yaml').spec.rules[0].validate.failureAction).toBe(
      'Enforce',
    );
    const other = testApp(tempDir());
    const error = (() => {
      try {
        new ClusterPolicy(other.shared.policies, 'x', {
          rules: [rule],
          failureAction: (t) => (t.production ? 'Enforce' : 'Audit'),
        });
      } catch (e) {
        return e as GitOpsError;
      }
    })();
    expect(error).toBeInstanceOf(GitOpsError);
    expect(error?.code).toBe('KYVERNO_SHARED_ACTION_DIFFERS');
  });

  it('a namespaced Policy takes its folder namespace', () => {
    const dir = tempDir();
    const app = testApp(dir);
    const folder = app.tier('dev').application('web');
    const p = new Policy(folder, 'web-policy', { rules: [rule] });
    expect(p.copies[0]?.object.metadata.namespace).toBe(folder.namespace);
    expect(p.failureActionFor('dev')).toBe('Audit');
  });
});

describe('bad input names the policy and the rule', () => {
  const problem = (rules: PolicyRule[]) => {
    const app = testApp(tempDir());
    try {
      new ClusterPolicy(app, 'p', { rules });
    } catch (e) {
      if (e instanceof GitOpsErrors) return e.errors;
      return [e as GitOpsError];
    }
    return [];
  };

  it('a rule with no match', () => {
    const [e] = problem([{ ...rule, match: undefined as never }]);
    expect(e?.code).toBe('KYVERNO_RULE_NO_MATCH');
    expect(e?.message).toContain("policy 'p' rule 'no-latest'");
  });

  it('an unknown operator', () => {
    const [e] = problem([
      {
        name: 'deny-it',
        match: { kinds: ['Pod'] },
        validate: { deny: { conditions: { any: [{ key: 'a', operator: 'Matches' as never, value: 'b' }] } } },
      },
    ]);
    expect(e?.code).toBe('KYVERNO_UNKNOWN_OPERATOR');
    expect(e?.message).toContain("unknown operator 'Matches'");
    expect(e?.location.field).toBe('spec.rules[0].validate.deny.conditions.any[0].operator');
  });

  it('a JMESPath expression that does not parse', () => {
    const [e] = problem([
      {
        name: 'bad-var',
        match: { kinds: ['Pod'] },
        validate: { message: 'name {{ request.object.metadata.[ }}', pattern: { metadata: { name: '?*' } } },
      },
    ]);
    expect(e?.code).toBe('KYVERNO_JMESPATH_INVALID');
    expect(e?.message).toContain("rule 'bad-var'");
  });

  it('invalid pattern syntax: an unclosed anchor and an operator without operand', () => {
    const errors = problem([
      {
        name: 'bad-pattern',
        match: { kinds: ['Pod'] },
        validate: { pattern: { spec: { '=(hostPID': 'false', replicas: '>=' } } },
      },
    ]);
    expect(errors.map((e) => e.code)).toEqual(['KYVERNO_PATTERN_INVALID', 'KYVERNO_PATTERN_INVALID']);
    expect(errors[0]?.message).toContain("pattern key '=(hostPID'");
    expect(errors[1]?.message).toContain("operator '>=' without an operand");
  });

  it('a rule that does two things, and duplicate rule names', () => {
    const codes = problem([
      { ...rule, mutate: { patchStrategicMerge: { metadata: { labels: { a: 'b' } } } } },
      { ...rule },
    ]).map((e) => e.code);
    expect(codes).toEqual(['KYVERNO_RULE_TYPE', 'KYVERNO_RULE_DUPLICATE']);
  });
});

describe('mutate and generate rules', () => {
  it('renders patchesJson6902 as YAML text and generate with data', () => {
    const app = testApp(tempDir());
    const p = new ClusterPolicy(app.shared.policies, 'defaults', {
      rules: [
        {
          name: 'add-label',
          match: { kinds: ['Deployment'] },
          mutate: { patchesJson6902: [{ op: 'add', path: '/metadata/labels/team', value: 'platform' }] },
        },
        {
          name: 'default-deny',
          match: { kinds: ['Namespace'] },
          generate: {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            name: 'default-deny',
            namespace: '{{request.object.metadata.name}}',
            synchronize: true,
            data: { spec: { podSelector: {}, policyTypes: ['Ingress'] } },
          },
        },
      ],
    });
    const spec = p.copies[0]?.object.toJson().spec;
    expect(spec.rules[0].mutate.patchesJson6902).toBe('- op: add\n  path: /metadata/labels/team\n  value: platform\n');
    expect(spec.rules[1].generate).toMatchObject({ kind: 'NetworkPolicy', synchronize: true });
    expect(spec.rules[1].validate).toBeUndefined();
  });
});

describe('PolicyException', () => {
  it('lists the policy rules with their auto-gen names and the expiry annotation', () => {
    const app = testApp(tempDir());
    const policy = new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    const x = new PolicyException(app.tier('dev').application('legacy'), 'legacy-latest', {
      exceptions: [{ policy }],
      match: { kinds: ['Deployment'], names: ['legacy'] },
      expires: '2999-01-31',
    });
    const json = x.object.toJson();
    expect(json.apiVersion).toBe('kyverno.io/v2');
    expect(json.metadata.annotations['gitops.cdk8s.io/expires']).toBe('2999-01-31');
    expect(json.spec.exceptions).toEqual([
      { policyName: 'no-latest', ruleNames: ['no-latest', 'autogen-no-latest', 'autogen-cronjob-no-latest'] },
    ]);
    expect(json.spec.match).toEqual({ any: [{ resources: { kinds: ['Deployment'], names: ['legacy'] } }] });
  });

  it('rejects a date that is not YYYY-MM-DD and an unknown rule', () => {
    const app = testApp(tempDir());
    const policy = new ClusterPolicy(app, 'no-latest', { rules: [rule] });
    const folder = app.tier('dev').application('legacy');
    expect(
      () =>
        new PolicyException(folder, 'a', {
          exceptions: [{ policy }],
          match: { kinds: ['Pod'] },
          expires: '31.01.2999',
        }),
    ).toThrow(/not a date/);
    expect(
      () =>
        new PolicyException(folder, 'b', {
          exceptions: [{ policy, rules: ['nope'] }],
          match: { kinds: ['Pod'] },
          expires: '2999-01-31',
        }),
    ).toThrow(/names rule 'nope'/);
  });
});

describe('StandardPolicies', () => {
  it('emits every default library policy per tier and the tree validates against the Kyverno CRDs', () => {
    const dir = tempDir();
    const app = testApp(dir);
    new StandardPolicies(app, 'standard', {
      restrictImageRegistries: { registries: ['ghcr.io/company'] },
      requireImageDigest: { failureAction: 'Audit' },
    });
    const { result } = synth(app);
    expect(result.exitCode).toBe(0);
    const names = [...readTree(dir).keys()]
      .filter((f) => f.startsWith('environments/production/'))
      .map((f) => f.split('/').pop());
    expect(names).toEqual([
      'clusterpolicy-disallow-default-namespace.yaml',
      'clusterpolicy-disallow-host-namespaces.yaml',
      'clusterpolicy-disallow-latest-tag.yaml',
      'clusterpolicy-disallow-privileged-containers.yaml',
      'clusterpolicy-require-image-digest.yaml',
      'clusterpolicy-require-labels.yaml',
      'clusterpolicy-require-probes.yaml',
      'clusterpolicy-require-requests-limits.yaml',
      'clusterpolicy-require-run-as-non-root.yaml',
      'clusterpolicy-restrict-image-registries.yaml',
    ]);
    const digest = yamlAt(dir, 'environments/production/infrastructure/clusterpolicy-require-image-digest.yaml');
    expect(digest.spec.rules[0].validate.failureAction).toBe('Audit');
    const registries = yamlAt(
      dir,
      'environments/production/infrastructure/clusterpolicy-restrict-image-registries.yaml',
    );
    expect(registries.spec.rules[0].validate.pattern.spec.containers[0].image).toBe('ghcr.io/company/*');
  });
});
