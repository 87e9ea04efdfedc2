import { Ajv } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

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
export function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    unicodeRegExp: false,
    validateFormats: true,
    // The optimizer pass costs more compile time than it saves on these small, run-many validators.
    code: { optimize: false },
  });
  for (const name of CHECKED_FORMATS) ajv.addFormat(name, fullFormats[name]);
  ajv.addFormat('duration', DURATION);
  return ajv;
}
