/**
 * YAML for Kubernetes objects: a writer for JSON-shaped data (objects, arrays, strings, finite numbers,
 * booleans, null), several times faster than a general YAML library, which spends most of its time
 * deciding how to quote each scalar.
 *
 * Block style, two-space indent, `- ` items under their key, UTF-8, `\n` line ends, trailing newline.
 * A string is written plain only when no YAML 1.1 or 1.2 parser can read it as anything but that
 * string (Kubernetes parses YAML 1.1, where `on`, `yes`, `0o17` and `1:20` are not strings);
 * otherwise it is double-quoted with JSON escapes, which YAML reads the same way. Multi-line strings
 * become literal blocks (`|`), so embedded scripts, CEL and PromQL stay readable.
 */
export function toYaml(value: unknown): string {
  if (isCollection(value) && !isEmpty(value)) return block(value, '');
  return `${scalar(value, '')}\n`;
}

type Collection = readonly unknown[] | Readonly<Record<string, unknown>>;

function isCollection(value: unknown): value is Collection {
  return value !== null && typeof value === 'object';
}

function isEmpty(value: Collection): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const key in value) if (value[key as keyof typeof value] !== undefined) return false;
  return true;
}

/**
 * A non-empty collection whose first line starts at the current position, indented by `indent`.
 * Built by string concatenation, which V8 turns into ropes: cheaper than collecting parts and joining.
 */
function block(value: Collection, indent: string): string {
  const inner = `${indent}  `;
  let out = '';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += indent;
      const item = value[i];
      out += isCollection(item) && !isEmpty(item) ? `- ${block(item, inner)}` : `- ${scalar(item, inner)}\n`;
    }
    return out;
  }
  let first = true;
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    const item = record[key];
    if (item === undefined) continue;
    if (first) first = false;
    else out += indent;
    out +=
      isCollection(item) && !isEmpty(item)
        ? `${renderKey(key)}:\n${inner}${block(item, inner)}`
        : `${renderKey(key)}: ${scalar(item, inner)}\n`;
  }
  return out;
}

/** A scalar (or an empty collection) on the current line; `indent` is for literal block lines. */
function scalar(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return stringScalar(value, indent);
    case 'number':
      if (Number.isFinite(value)) return String(value);
      return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'object':
      return Array.isArray(value) ? '[]' : '{}';
    default:
      throw new TypeError(`cannot write a ${typeof value} as YAML`);
  }
}

function stringScalar(value: string, indent: string): string {
  // Short values recur across objects and tiers (names, ports, images): render each once.
  if (value.length <= MAX_CACHED_VALUE) {
    const cached = renderedCache.get(value);
    if (cached !== undefined) return cached;
  }
  // A first line that starts with a space or is blank would need an indentation indicator: quote instead.
  if (value.includes('\n') && LITERAL_SAFE.test(value) && !/^[ \t]*\n|^ /.test(value)) return literal(value, indent);
  const rendered = plainOrQuoted(value);
  if (value.length <= MAX_CACHED_VALUE) remember(value, rendered);
  return rendered;
}

/** A literal block `|`: lines are written as they are, indented; chomping keeps trailing newlines exact. */
function literal(value: string, indent: string): string {
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? value : value.slice(0, value.length - trailing) + '\n'.repeat(trailing - 1);
  const lines = body.split('\n').map((line) => (line.length > 0 ? `${indent}${line}` : ''));
  return `|${chomp}\n${lines.join('\n')}`;
}

/** Printable characters that may stand in a literal block: no CR, no other control characters but TAB. */
// eslint-disable-next-line no-control-regex
const LITERAL_SAFE = /^[^\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]*$/;

/**
 * Characters a plain scalar may hold here: letters, digits and `_ . / @ + = - ~ %`, spaces and `:` inside
 * (checked below). First character: letter, digit, `_`, `.`, `/`, or `-` followed by a non-space (`--port`).
 */
const PLAIN = /^([A-Za-z0-9_./]|-(?=[^ ]))[A-Za-z0-9_./@+=~%: -]*$/;

/** Strings YAML 1.1 (Kubernetes) or 1.2 reads as booleans, null or a merge/value key. */
const RESERVED = new Set(
  'y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL ~ = <<'.split(' '),
);

/** Strings YAML 1.1 or 1.2 may read as a number, a date or a special float. */
const NUMBER_LIKE = [
  /^[-+]?[0-9_]*\.?[0-9_]*([eE][-+]?[0-9]+)?$/, // 12, 1_000, 1.5, .5, 1e3, 1., 0755, 7.0
  /^[-+]?0[xX][0-9a-fA-F_]+$/, // hexadecimal
  /^[-+]?0[oO]?[0-7_]+$/, // octal (1.1 and 1.2 forms)
  /^[-+]?0[bB][01_]+$/, // binary
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/, // sexagesimal (1.1), e.g. 1:20
  /^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/, // timestamps
];

/**
 * Rendered single-line strings, keys and values alike (a string renders the same as either): the same
 * keys recur in every object of a tree, and many values in every tier.
 */
const renderedCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;
/** Longer values are rendered each time (they rarely recur). */
const MAX_CACHED_VALUE = 128;

function remember(value: string, rendered: string): void {
  if (renderedCache.size >= CACHE_LIMIT) renderedCache.clear();
  renderedCache.set(value, rendered);
}

function renderKey(key: string): string {
  let rendered = renderedCache.get(key);
  if (rendered === undefined) {
    if (key.length > 1000)
      throw new RangeError(`cannot write a key of ${key.length} characters as YAML (at most 1000)`);
    rendered = plainOrQuoted(key);
    remember(key, rendered);
  }
  return rendered;
}

function plainOrQuoted(value: string): string {
  if (isPlainSafe(value)) return value;
  return JSON.stringify(value).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters JSON leaves as they are but YAML does not allow in a double-quoted scalar. */
const UNPRINTABLE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

function isPlainSafe(value: string): boolean {
  if (value.length === 0 || !PLAIN.test(value)) return false;
  if (value.endsWith(' ') || value.endsWith(':') || value.includes(': ') || value.includes(' #')) return false;
  if (value.includes('  ') || value.startsWith('---') || value.startsWith('...')) return false;
  if (RESERVED.has(value)) return false;
  // No YAML number, date or special float starts with a letter or '_' or '/' (the common case).
  const first = value.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95 || first === 47) return true;
  for (const pattern of NUMBER_LIKE) if (pattern.test(value)) return false;
  return true;
}
