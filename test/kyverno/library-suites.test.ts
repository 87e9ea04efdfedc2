import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LIBRARY_SUITES, libraryPolicyYaml } from './library/policies.js';

const root = join(import.meta.dirname, 'library');
const suites = Object.keys(LIBRARY_SUITES);

describe('standard library Kyverno CLI suites', () => {
  it('there is a suite for every library policy and nothing else', () => {
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...suites].sort());
  });

  it.each(suites)(
    '%s: policy.yaml is what the construct renders (npx tsx scripts/kyverno-library-suites.ts)',
    (name) => {
      expect(readFileSync(join(root, name, 'policy.yaml'), 'utf8')).toBe(libraryPolicyYaml(name));
    },
  );

  it.each(suites)('%s: every result names a rule of the policy and a resource of the suite', (name) => {
    const test = parse(readFileSync(join(root, name, 'kyverno-test.yaml'), 'utf8'));
    const policy = parse(readFileSync(join(root, name, 'policy.yaml'), 'utf8'));
    const resources = parseAllDocuments(readFileSync(join(root, name, 'resources.yaml'), 'utf8')).map((d) => d.toJS());
    expect(test.apiVersion).toBe('cli.kyverno.io/v1alpha1');
    const rules = new Set<string>(policy.spec.rules.map((r: { name: string }) => r.name));
    const byName = new Map(resources.map((r) => [r.metadata.name as string, r.kind as string]));
    const results = test.results as {
      policy: string;
      rule: string;
      kind: string;
      resources: string[];
      result: string;
    }[];
    expect(new Set(results.map((r) => r.result))).toEqual(new Set(['pass', 'fail']));
    for (const r of results) {
      expect(r.policy).toBe(policy.metadata.name);
      expect(rules.has(r.rule.replace(/^autogen-(cronjob-)?/, ''))).toBe(true);
      for (const res of r.resources) expect(byName.get(res)).toBe(r.kind);
    }
  });
});

describe('standard library suites evaluated by the local engine', () => {
  it.each(suites)('%s: every expected result holds', async (name) => {
    const { compilePolicy } = await import('../../src/kyverno/engine/index.js');
    const test = parse(readFileSync(join(root, name, 'kyverno-test.yaml'), 'utf8'));
    const compiled = compilePolicy(parse(readFileSync(join(root, name, 'policy.yaml'), 'utf8')));
    const resources = parseAllDocuments(readFileSync(join(root, name, 'resources.yaml'), 'utf8')).map((d) => d.toJS());
    const actual = new Map<string, string>();
    for (const r of resources) {
      for (const result of compiled.evaluate(r))
        actual.set(`${result.rule} ${r.kind}/${r.metadata.name}`, result.status);
    }
    const expected = new Map<string, string>();
    for (const r of test.results as { rule: string; kind: string; resources: string[]; result: string }[]) {
      for (const res of r.resources) expected.set(`${r.rule} ${r.kind}/${res}`, r.result);
    }
    expect(Object.fromEntries([...expected.keys()].map((k) => [k, actual.get(k)]))).toEqual(
      Object.fromEntries(expected),
    );
  });
});
