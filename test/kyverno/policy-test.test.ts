import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitOpsError } from '../../src/errors/index.js';
import { findSuites, readSuite, runSuite } from '../../src/kyverno/policy-test/index.js';
import { runCli } from '../cli/run-cli.js';
import { tempDir } from '../helpers.js';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const SUITES = join(FIXTURES, 'suites');

describe('policy test suites', () => {
  it('finds kyverno-test.yaml recursively, including hidden .kyverno-test folders', () => {
    expect(findSuites(SUITES).map((f) => f.slice(SUITES.length + 1))).toEqual([
      'disallow-latest/.kyverno-test/kyverno-test.yaml',
      'external/kyverno-test.yaml',
      'legacy/kyverno-test.yaml',
    ]);
  });
  it('v1alpha1 suite: resources lists, kinds, autogen rule names (also by the Pod rule name)', () => {
    const o = runSuite(readSuite(join(SUITES, 'disallow-latest/.kyverno-test/kyverno-test.yaml'), SUITES));
    expect(o).toMatchObject({ passed: 7, failed: 0, unsupported: 0 });
  });
  it('legacy suite: resource:, namespace/name, values file with globalValues and namespaceSelector', () => {
    const o = runSuite(readSuite(join(SUITES, 'legacy/kyverno-test.yaml'), SUITES));
    expect(o).toMatchObject({ name: 'block-updates-in-prod', passed: 3, failed: 0 });
  });
  it('external context counts as skipped: unsupported, separately', () => {
    const o = runSuite(readSuite(join(SUITES, 'external/kyverno-test.yaml'), SUITES));
    expect(o).toMatchObject({ passed: 1, failed: 0, unsupported: 1 });
    expect(o.unsupportedReasons).toEqual(['context entry podCount uses apiCall, which needs a cluster']);
  });
  it('a wrong expectation is a mismatch naming policy, rule, resource and both results', () => {
    const o = runSuite(readSuite(join(FIXTURES, 'mismatch/kyverno-test.yaml'), FIXTURES));
    expect(o.failed).toBe(1);
    expect(o.mismatches[0]).toMatchObject({
      policy: 'disallow-latest-tag',
      rule: 'validate-image-tag',
      resource: 'badpod-latest',
      expected: 'pass',
      actual: 'fail',
    });
  });
});

describe('malformed kyverno-test.yaml names the file and the field', () => {
  const cases: Array<[string, string, string]> = [
    [
      'results: [{policy: p, rule: r, resources: [a], result: passed}]\npolicies: [p.yaml]',
      'results[0].result',
      'results[0].result must be pass, fail, skip, warn or error, found "passed"',
    ],
    ['policies: [p.yaml]\nresources: []\nresults: {a: 1}', 'results', 'results must be a list'],
    ['resources: []\nresults: []', 'policies', 'the test names no policies'],
    [
      'policies: [p.yaml]\nresults: [{rule: r, resources: [a], result: pass}]',
      'results[0].policy',
      'results[0] has no policy',
    ],
    [
      'policies: [p.yaml]\nresults: [{policy: p, rule: r, result: pass}]',
      'results[0].resources',
      'results[0] names no resources',
    ],
    [
      'policies: [p.yaml]\nresults: [{policy: p, rule: r, resources: [a], result: pass, operation: PATCH}]',
      'results[0].operation',
      'results[0].operation must be CREATE, UPDATE or DELETE, found "PATCH"',
    ],
    ['policies: [missing.yaml]\nresults: []', 'policies[0]', 'does not exist'],
    [
      'apiVersion: cli.kyverno.io/v1alpha1\nkind: Values\npolicies: [p.yaml]\nresults: []',
      'kind',
      'kind must be Test, found Values',
    ],
    ['policies: [p.yaml\nresults', '', 'not valid YAML'],
  ];
  it.each(cases)('%s', (text, field, message) => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'p.yaml'),
      'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: p}\nspec: {rules: []}\n',
    );
    writeFileSync(join(dir, 'kyverno-test.yaml'), text);
    let error: unknown;
    try {
      readSuite(join(dir, 'kyverno-test.yaml'), dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GitOpsError);
    const e = error as GitOpsError;
    expect(e.code).toBe('KYVERNO_TEST_INVALID');
    expect(e.location).toMatchObject({ file: 'kyverno-test.yaml', field });
    expect(e.message).toContain(message);
    expect(e.hint).toBeTruthy();
  });
});

describe('cdk8s-gitops policy test DIR', () => {
  it('exit 0 with per-suite lines and a total; unsupported is flagged', () => {
    const run = runCli(['policy', 'test', SUITES]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'PASS disallow-latest/.kyverno-test/kyverno-test.yaml (disallow-latest-tag): 7 passed, 0 failed\n',
    );
    expect(run.stdout).toContain(
      'PASS external/kyverno-test.yaml (limit-per-namespace): 1 passed, 0 failed, 1 skipped: unsupported [unsupported]\n',
    );
    expect(run.stdout).toContain('total: 3 suites, 11 passed, 0 failed, 1 skipped: unsupported\n');
  });
  it('exit 1 on a mismatch, 2 on a malformed suite or a bad policy', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bad'));
    writeFileSync(
      join(dir, 'bad/p.yaml'),
      'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata: {name: p}\nspec:\n  rules:\n  - name: r\n    validate: {pattern: {}}\n',
    );
    writeFileSync(join(dir, 'bad/kyverno-test.yaml'), 'policies: [p.yaml]\nresources: []\nresults: []\n');
    const mismatch = runCli(['policy', 'test', join(FIXTURES, 'mismatch')]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stdout).toContain('disallow-latest-tag/validate-image-tag badpod-latest: expected pass, got fail');
    const malformed = runCli(['policy', 'test', join(FIXTURES, 'malformed')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('field: results[0].result');
    const badPolicy = runCli(['policy', 'test', dir]);
    expect(badPolicy.code).toBe(2);
    expect(badPolicy.stderr).toContain('policy p, rule r: the rule has no match');
    expect(badPolicy.stderr).toContain('file: bad/kyverno-test.yaml');
  });
});
