import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript script without types
import { docSamples, sampleFile } from '../../scripts/doc-samples.mjs';

const OUT = resolve(import.meta.dirname, '..', 'doc-samples');

describe('documentation samples', () => {
  // `npm test` writes them (scripts/doc-samples.mjs) before its type-check compiles them, so a sample that
  // does not compile fails the suite; this test makes sure every sample was written and is current.
  it('every TypeScript sample of the README and docs/ is compiled by the type-check', () => {
    const samples = docSamples() as Array<{ doc: string; line: number; code: string }>;
    expect(samples.length).toBeGreaterThan(10);
    expect(new Set(samples.map((s) => s.doc)).size).toBeGreaterThan(4);
    for (const sample of samples) {
      const file = join(OUT, sampleFile(sample));
      expect(existsSync(file), `${sample.doc}:${sample.line} was not written; run npm test`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(`${sample.code}\nexport {};\n`);
    }
  });
});
