import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv, ValidateFunction } from 'ajv';
import type { JsonSchema } from './schema-walk.js';

const requireHere = createRequire(import.meta.url);
/** ajv's standalone code generator, loaded the first time a validator is stored. */
function standaloneCode(ajv: Ajv, validate: ValidateFunction): string {
  const standalone = requireHere('ajv/dist/standalone/index.js') as { default?: unknown };
  return ((standalone.default ?? standalone) as (ajv: Ajv, validate: ValidateFunction) => string)(ajv, validate);
}
const AJV_VERSION = (requireHere('ajv/package.json') as { version: string }).version;

/** The module id generated validators use to reach the formats (see `createAjv`). */
export const FORMATS_MODULE = 'cdk8s-gitops:ajv-formats';

/**
 * Where compiled validators are kept between runs: `$CDK8S_GITOPS_CACHE_DIR`, else
 * `node_modules/.cache/cdk8s-gitops/ajv` of the working folder when it has `node_modules`; none when
 * `CDK8S_GITOPS_CACHE=0`.
 */
export function defaultCacheDir(): string | undefined {
  if (process.env.CDK8S_GITOPS_CACHE === '0') return undefined;
  if (process.env.CDK8S_GITOPS_CACHE_DIR) return join(process.env.CDK8S_GITOPS_CACHE_DIR, 'ajv');
  const modules = join(process.cwd(), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'cdk8s-gitops', 'ajv') : undefined;
}

/**
 * Compiles schemas with ajv, keeping each compiled validator's code on disk (ajv's standalone output,
 * keyed by ajv's version, the options and the schema) so later runs load it instead of compiling.
 * Compiling the pieces a run needs is most of validation's start-up time.
 */
export class CompileCache {
  private readonly require = (id: string): unknown => (id === FORMATS_MODULE ? this.formats : requireHere(id));

  /**
   * @param dir cache folder, or undefined to compile every time
   * @param formats the formats object generated code requires as {@link FORMATS_MODULE}
   * @param fingerprint what else shapes the generated code (ajv options)
   */
  public constructor(
    private readonly dir: string | undefined,
    private readonly formats: Readonly<Record<string, unknown>>,
    private readonly fingerprint: string,
  ) {}

  /**
   * The validator for `schema`, from the cache when it is there. `ajv` is asked for only when the
   * schema must be compiled: a run served by the cache never loads ajv.
   */
  public compile(ajv: () => Ajv, schema: JsonSchema): ValidateFunction {
    if (!this.dir) return ajv().compile(schema);
    const key = createHash('sha256')
      .update(`${AJV_VERSION}\0${this.fingerprint}\0${JSON.stringify(schema)}`)
      .digest('hex');
    const file = join(this.dir, `${key.slice(0, 32)}.js`);
    const cached = this.load(file);
    if (cached) return cached;
    const instance = ajv();
    const validate = instance.compile(schema);
    this.save(file, instance, validate);
    return validate;
  }

  private load(file: string): ValidateFunction | undefined {
    let code: string;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const module = { exports: {} as { default?: ValidateFunction } };
      new Function('require', 'module', 'exports', code)(this.require, module, module.exports);
      return module.exports.default;
    } catch {
      return undefined; // a damaged entry is compiled again (and overwritten)
    }
  }

  private save(file: string, ajv: Ajv, validate: ValidateFunction): void {
    try {
      const code = standaloneCode(ajv, validate);
      mkdirSync(this.dir as string, { recursive: true });
      // Written aside and renamed, so a concurrent run never reads half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, code);
      renameSync(temp, file);
    } catch {
      // Caching is an optimisation: a read-only or full disk only costs speed.
    }
  }
}
