import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AJV_FINGERPRINT, ajvFormats, createAjv } from '../../src/validation/ajv-factory.js';
import { CompileCache } from '../../src/validation/compile-cache.js';
import { tempDir } from '../helpers.js';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[a-z]+$' },
    at: { type: 'string', format: 'date-time' },
    every: { type: 'string', format: 'duration' },
    size: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
  },
};
const samples: unknown[] = [
  { name: 'ok', at: '2026-11-23T10:00:00Z', every: '1h30m', size: 3 },
  { name: 'Bad!', at: 'yesterday', every: 'often', size: true, extra: 1 },
  {},
];

/** What a validator says about each sample: valid, and the errors without volatile fields. */
function verdicts(validate: ReturnType<CompileCache['compile']>): unknown[] {
  return samples.map((sample) => {
    const valid = validate(sample);
    return { valid, errors: (validate.errors ?? []).map((e) => [e.instancePath, e.keyword, e.params]) };
  });
}

describe('compiled validator cache', () => {
  it('stores a validator on first use and loads the same behaviour from disk afterwards', () => {
    const dir = tempDir();
    const first = new CompileCache(dir, ajvFormats(), AJV_FINGERPRINT).compile(createAjv, schema);
    expect(readdirSync(dir).filter((f) => f.endsWith('.js'))).toHaveLength(1);
    const compiled = verdicts(first);
    expect(compiled[0]).toEqual({ valid: true, errors: [] });
    expect((compiled[1] as { errors: unknown[] }).errors.length).toBeGreaterThanOrEqual(5);

    // A new cache object (as in a new process) must not compile, nor even create an ajv instance
    // (loading ajv is most of a cached run's start-up).
    const loaded = new CompileCache(dir, ajvFormats(), AJV_FINGERPRINT).compile(() => {
      throw new Error('asked for ajv instead of loading');
    }, schema);
    expect(verdicts(loaded)).toEqual(compiled);
  });

  it('compiles again when an entry is damaged, and when the schema or options differ', () => {
    const dir = tempDir();
    new CompileCache(dir, ajvFormats(), AJV_FINGERPRINT).compile(createAjv, schema);
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file as string), 'this is not javascript {');
    const again = new CompileCache(dir, ajvFormats(), AJV_FINGERPRINT).compile(createAjv, schema);
    expect(verdicts(again)[0]).toEqual({ valid: true, errors: [] });
    new CompileCache(dir, ajvFormats(), `${AJV_FINGERPRINT}+other`).compile(createAjv, schema);
    new CompileCache(dir, ajvFormats(), AJV_FINGERPRINT).compile(createAjv, { ...schema, required: [] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.js'))).toHaveLength(3);
  });

  it('compiles every time without a folder', () => {
    const validate = new CompileCache(undefined, ajvFormats(), AJV_FINGERPRINT).compile(createAjv, schema);
    expect(validate({ name: 'ok' })).toBe(true);
  });
});
