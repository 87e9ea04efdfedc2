import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GitOpsError } from '../errors/index.js';
import { SCHEMA_LAYOUT_VERSION, type SchemaIndex } from './schema-index.js';
import type { JsonSchema } from './schema-walk.js';

/**
 * The shipped `schemas/` folder: found by walking up from this module (works from `src/` under tsx
 * and from the compiled `lib/src/`).
 */
export function defaultSchemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'schemas');
    if (existsSync(join(candidate, 'index.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new GitOpsError('the schemas/ folder of cdk8s-gitops was not found', {
    code: 'SCHEMAS_NOT_FOUND',
    hint: 'reinstall the package; in a clone run `npm run schemas`',
  });
}

/** Lazy, cached reader of one schemas folder: files are parsed on first use only. */
export class SchemaFiles {
  private static readonly instances = new Map<string, SchemaFiles>();

  /** The shared reader of `dir` (default: the shipped folder). */
  public static of(dir?: string): SchemaFiles {
    const resolved = resolve(dir ?? defaultSchemasDir());
    let files = SchemaFiles.instances.get(resolved);
    if (!files) {
      files = new SchemaFiles(resolved);
      SchemaFiles.instances.set(resolved, files);
    }
    return files;
  }

  private indexCache?: SchemaIndex;
  private readonly cache = new Map<string, JsonSchema>();

  private constructor(public readonly dir: string) {}

  /** `index.json`. */
  public get index(): SchemaIndex {
    if (!this.indexCache) {
      const index = this.readJson('index.json') as unknown as SchemaIndex;
      if (index.layout !== SCHEMA_LAYOUT_VERSION) {
        throw new GitOpsError(`schemas/index.json has layout ${index.layout}, expected ${SCHEMA_LAYOUT_VERSION}`, {
          code: 'SCHEMAS_LAYOUT',
          file: join(this.dir, 'index.json'),
          hint: 'run `npm run schemas` to regenerate the folder',
        });
      }
      this.indexCache = index;
    }
    return this.indexCache;
  }

  /** A JSON file of the folder, by path relative to it; parsed once. */
  public read(file: string): JsonSchema {
    let value = this.cache.get(file);
    if (!value) {
      value = this.readJson(file);
      this.cache.set(file, value);
    }
    return value;
  }

  private readJson(file: string): JsonSchema {
    return JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as JsonSchema;
  }
}

/**
 * The shipped Kubernetes version to validate against for `requested`: the same version, else the
 * newest shipped one not newer than it, else the oldest shipped one.
 */
export function pickKubernetesVersion(requested: string, available: readonly string[]): string {
  const sorted = [...available].sort(compareVersions);
  if (sorted.includes(requested)) return requested;
  const wanted = requested.replace(/^v/, '');
  let pick: string | undefined;
  for (const version of sorted) if (compareVersions(version, wanted) <= 0) pick = version;
  const result = pick ?? sorted[0];
  if (!result) throw new GitOpsError('no Kubernetes schemas are shipped', { code: 'SCHEMAS_EMPTY' });
  return result;
}

/** Numeric comparison of dotted versions (`1.28.0` < `1.33.0`). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
