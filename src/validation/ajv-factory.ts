import type * as AjvModule from 'ajv';
import type { Ajv } from 'ajv';
import { FORMATS_MODULE } from './compile-cache.js';
import type * as FormatsModule from 'ajv-formats/dist/formats.js';
import { lazyModule } from '../lazy/index.js';

const ajvModule = lazyModule<typeof AjvModule>('ajv');
const formatsModule = lazyModule<typeof FormatsModule>('ajv-formats/dist/formats.js');

/** Formats the API server checks for CRDs (and that built-in schemas use), validated as ajv-formats does. */
const CHECKED_FORMATS = [
  'date',
  'date-time',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'ipv4',
  'ipv6',
  'uuid',
  'email',
  'hostname',
] as const;

/** Go-style durations (`1h30m`, `500ms`, `2.5s`) and the unit words the API server also accepts. */
const DURATION = /^[-+]?(?:\d+(?:\.\d+)?\s*(?:ns|us|µs|ms|s|m|h|d|w|[a-z]+)\s*)+$/i;

/**
 * A new ajv instance configured for Kubernetes schemas: all errors, verbose errors (so the failing
 * value and schema are known), no strict mode (Kubernetes schemas carry extension keywords), unknown
 * formats ignored, non-unicode regular expressions (closer to Go's RE2 than the `u` flag).
 */
/** Options that shape generated validator code, part of the compile cache key. */
export const AJV_FINGERPRINT = 'allErrors,verbose,!strict,!unicodeRegExp,formats,!optimize,source:v1';

/** The formats validators use, by name (also what cached validators require as `FORMATS_MODULE`). */
let formats: Readonly<Record<string, unknown>> | undefined;

/** The formats validators use, by name (also what cached validators require as `FORMATS_MODULE`). */
export function ajvFormats(): Readonly<Record<string, unknown>> {
  const { fullFormats } = formatsModule();
  return (formats ??= Object.freeze({
    ...Object.fromEntries(CHECKED_FORMATS.map((name) => [name, fullFormats[name]])),
    duration: DURATION,
  }));
}

export function createAjv(): Ajv {
  const { Ajv, _ } = ajvModule();
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    unicodeRegExp: false,
    validateFormats: true,
    // The optimizer pass costs more compile time than it saves on these small, run-many validators.
    // `source` keeps the generated code so the compile cache can store it; formats are reached through
    // a module id the cache's loader provides.
    code: { optimize: false, source: true, formats: _`require(${FORMATS_MODULE})` },
  });
  for (const [name, format] of Object.entries(ajvFormats())) ajv.addFormat(name, format as never);
  return ajv;
}
