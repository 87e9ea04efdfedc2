import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSuites, readSuite, runSuite } from '../../src/index.js';
import { ROOT, runCli } from '../cli/run-cli.js';

const LIBRARY = join(ROOT, 'test', 'kyverno', 'library');

describe('the standard library through policy test', () => {
  it('every shipped suite passes, with nothing unsupported', () => {
    const files = findSuites(LIBRARY);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const outcome = runSuite(readSuite(file, LIBRARY));
      expect(outcome.mismatches, outcome.name).toEqual([]);
      expect(outcome.unsupported, outcome.name).toBe(0);
      expect(outcome.passed, outcome.name).toBeGreaterThan(0);
    }
  });

  it('cdk8s-gitops policy test exits 0 on the library suites', () => {
    const run = runCli(['policy', 'test', LIBRARY]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
