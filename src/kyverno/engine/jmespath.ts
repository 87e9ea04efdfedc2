/**
 * JMESPath with Kyverno's custom functions (pkg/engine/jmespath), on @jmespath-community/jmespath.
 *
 * Functions that need a cluster or a registry (`lookup` of live objects, `image_data`, `x509_decode`) are not
 * registered; an expression calling them fails at compile time with {@link UnsupportedFunctionError}.
 */
import {
  compile,
  registerFunction,
  TreeInterpreter,
  TYPE_ANY,
  TYPE_ARRAY,
  TYPE_NUMBER,
  TYPE_OBJECT,
  TYPE_STRING,
} from '@jmespath-community/jmespath';
import { isObject, parseDuration, parseQuantity, wildcardMatch } from './values.js';
import type * as Yaml from 'yaml';
import { lazyModule } from '../../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

type Json = unknown;
type Node = ReturnType<typeof compile>;

/** Kyverno functions the engine cannot run locally (need a cluster, a registry or certificates). */
export const UNSUPPORTED_FUNCTIONS = [
  'image_data',
  'x509_decode',
  'random',
  'time_now',
  'time_now_utc',
  'sha256',
] as const;

/** A JMESPath expression calls a function that needs a cluster or registry. */
export class UnsupportedFunctionError extends Error {}

let registered = false;

function reg(name: string, fn: (args: Json[]) => Json, types: number[][], variadic = false): void {
  registerFunction(
    name,
    ((args: Json[]) => fn(args)) as never,
    types.map((t, i) => ({
      types: t as never,
      ...(variadic && i === types.length - 1 ? { variadic: true } : {}),
    })) as never,
    { override: true },
  );
}

function num(v: Json): number {
  if (typeof v === 'number') return v;
  const q = parseQuantity(v);
  if (q !== undefined) return q;
  const d = parseDuration(v);
  if (d !== undefined) return d;
  throw new Error(`not a number: ${JSON.stringify(v)}`);
}

function arith(a: Json, b: Json, op: (x: number, y: number) => number): Json {
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  const da = parseDuration(a);
  const db = parseDuration(b);
  if (da !== undefined && db !== undefined) return `${op(da, db)}s`;
  return op(num(a), num(b));
}

/** Registers Kyverno's functions once per process. */
export function registerKyvernoFunctions(): void {
  if (registered) return;
  registered = true;
  const S = [TYPE_STRING];
  const A = [TYPE_ANY];
  reg('to_upper', ([s]) => String(s).toUpperCase(), [S]);
  reg('to_lower', ([s]) => String(s).toLowerCase(), [S]);
  reg(
    'trim',
    ([s, c]) => {
      const chars = String(c).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      return chars ? String(s).replace(new RegExp(`^[${chars}]+|[${chars}]+$`, 'g'), '') : String(s);
    },
    [S, S],
  );
  reg('trim_prefix', ([s, p]) => (String(s).startsWith(String(p)) ? String(s).slice(String(p).length) : s), [S, S]);
  reg('split', ([s, sep]) => String(s).split(String(sep)), [S, S]);
  reg('equal_fold', ([a, b]) => String(a).toLowerCase() === String(b).toLowerCase(), [S, S]);
  reg(
    'replace',
    ([s, o, n, c]) => {
      let out = String(s);
      let count = Number(c);
      if (count < 0) return out.split(String(o)).join(String(n));
      let idx = 0;
      while (count-- > 0) {
        const at = out.indexOf(String(o), idx);
        if (at < 0) break;
        out = out.slice(0, at) + String(n) + out.slice(at + String(o).length);
        idx = at + String(n).length;
      }
      return out;
    },
    [S, S, S, [TYPE_NUMBER]],
  );
  reg('replace_all', ([s, o, n]) => String(s).split(String(o)).join(String(n)), [S, S, S]);
  reg('truncate', ([s, n]) => String(s).slice(0, Math.max(0, Number(n))), [S, [TYPE_NUMBER]]);
  reg('regex_match', ([re, s]) => new RegExp(String(re)).test(typeof s === 'string' ? s : String(s)), [
    S,
    [TYPE_STRING, TYPE_NUMBER],
  ]);
  reg(
    'regex_replace_all',
    ([re, s, r]) => String(s).replace(new RegExp(String(re), 'g'), String(r).replace(/\$\{?(\d+)\}?/g, '$$$1')),
    [S, [TYPE_STRING, TYPE_NUMBER], [TYPE_STRING, TYPE_NUMBER]],
  );
  reg('regex_replace_all_literal', ([re, s, r]) => String(s).replace(new RegExp(String(re), 'g'), () => String(r)), [
    S,
    [TYPE_STRING, TYPE_NUMBER],
    [TYPE_STRING, TYPE_NUMBER],
  ]);
  reg('pattern_match', ([p, s]) => wildcardMatch(String(p), typeof s === 'string' ? s : String(s)), [
    S,
    [TYPE_STRING, TYPE_NUMBER],
  ]);
  reg(
    'label_match',
    ([sel, labels]) => {
      const l = (labels ?? {}) as Record<string, unknown>;
      return Object.entries((sel ?? {}) as Record<string, unknown>).every(([k, v]) => l[k] === v);
    },
    [[TYPE_OBJECT], [TYPE_OBJECT]],
  );
  reg('add', ([a, b]) => arith(a, b, (x, y) => x + y), [A, A]);
  reg('subtract', ([a, b]) => arith(a, b, (x, y) => x - y), [A, A]);
  reg('multiply', ([a, b]) => num(a) * num(b), [A, A]);
  reg(
    'divide',
    ([a, b]) => {
      const d = num(b);
      if (d === 0) throw new Error('divide by zero');
      return num(a) / d;
    },
    [A, A],
  );
  reg('modulo', ([a, b]) => num(a) % num(b), [A, A]);
  reg('round', ([a, p]) => Number(Number(a).toFixed(Number(p))), [[TYPE_NUMBER], [TYPE_NUMBER]]);
  reg('sum', ([xs]) => (xs as Json[]).reduce<number>((s, x) => s + num(x), 0), [[TYPE_ARRAY]]);
  reg('compare', ([a, b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0), [S, S]);
  reg('semver_compare', ([v, range]) => semverSatisfies(String(v), String(range)), [S, S]);
  reg('parse_json', ([s]) => JSON.parse(String(s)) as Json, [S]);
  reg('parse_yaml', ([s]) => yaml().parse(String(s)) as Json, [S]);
  reg('base64_encode', ([s]) => Buffer.from(String(s), 'utf8').toString('base64'), [S]);
  reg('base64_decode', ([s]) => Buffer.from(String(s), 'base64').toString('utf8'), [S]);
  reg('path_canonicalize', ([s]) => canonicalPath(String(s)), [S]);
  reg(
    'items',
    ([obj, k, v]) => {
      if (Array.isArray(obj)) return obj.map((x, i) => ({ [String(k)]: i, [String(v)]: x }));
      return Object.keys(obj as object)
        .sort()
        .map((key) => ({ [String(k)]: key, [String(v)]: (obj as Record<string, Json>)[key] }));
    },
    [[TYPE_OBJECT, TYPE_ARRAY], S, S],
  );
  reg(
    'object_from_lists',
    ([ks, vs]) => Object.fromEntries((ks as Json[]).map((k, i) => [String(k), (vs as Json[])[i] ?? null])),
    [[TYPE_ARRAY], [TYPE_ARRAY]],
  );
  reg(
    'lookup',
    ([obj, key]) => {
      if (Array.isArray(obj)) return obj[Number(key)] ?? null;
      return isObject(obj) ? (obj[String(key)] ?? null) : null;
    },
    [
      [TYPE_OBJECT, TYPE_ARRAY],
      [TYPE_STRING, TYPE_NUMBER],
    ],
  );
  reg(
    'time_since',
    ([layout, a, b]) => {
      void layout;
      const start = Date.parse(String(a));
      const end = b ? Date.parse(String(b)) : NaN;
      if (Number.isNaN(start) || Number.isNaN(end))
        throw new UnsupportedFunctionError('time_since needs a fixed end time');
      return goDuration((end - start) / 1000);
    },
    [S, S, S],
  );
  reg('time_after', ([a, b]) => Date.parse(String(a)) > Date.parse(String(b)), [S, S]);
  reg('time_before', ([a, b]) => Date.parse(String(a)) < Date.parse(String(b)), [S, S]);
  reg(
    'time_between',
    ([t, a, b]) => Date.parse(String(t)) > Date.parse(String(a)) && Date.parse(String(t)) < Date.parse(String(b)),
    [S, S, S],
  );
  reg(
    'time_to_cron',
    ([t]) => {
      const d = new Date(String(t));
      return `${d.getUTCMinutes()} ${d.getUTCHours()} ${d.getUTCDate()} ${d.getUTCMonth() + 1} ${d.getUTCDay()}`;
    },
    [S],
  );
  reg(
    'time_add',
    ([t, dur]) =>
      new Date(Date.parse(String(t)) + (parseDuration(dur) ?? 0) * 1000).toISOString().replace('.000Z', 'Z'),
    [S, S],
  );
  reg('time_utc', ([t]) => new Date(Date.parse(String(t))).toISOString().replace('.000Z', 'Z'), [S]);
  reg('time_parse', ([, t]) => new Date(Date.parse(String(t))).toISOString().replace('.000Z', 'Z'), [S, S]);
  reg(
    'time_truncate',
    ([t, dur]) => {
      const ms = Date.parse(String(t));
      const step = (parseDuration(dur) ?? 1) * 1000;
      return new Date(ms - (ms % step)).toISOString().replace('.000Z', 'Z');
    },
    [S, S],
  );
}

function goDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}

function canonicalPath(p: string): string {
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}

function semverParts(v: string): number[] {
  return v
    .replace(/^v/, '')
    .split(/[-+]/)[0]!
    .split('.')
    .map((x) => Number(x) || 0)
    .concat([0, 0, 0])
    .slice(0, 3);
}

function semverCmp(a: string, b: string): number {
  const x = semverParts(a);
  const y = semverParts(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return Math.sign(x[i]! - y[i]!);
  return 0;
}

/** blang/semver ranges as Kyverno accepts them: `>=1.2.3 <2.0.0 || 3.x`. */
function semverSatisfies(v: string, range: string): boolean {
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .every((c) => {
        const m = /^(>=|<=|>|<|!=|==|=)?(.*)$/.exec(c)!;
        const op = m[1] ?? '=';
        const target = m[2]!;
        if (/[xX*]/.test(target)) {
          const t = target.split('.');
          const p = semverParts(v);
          return t.every((seg, i) => /^[xX*]$/.test(seg) || Number(seg) === p[i]);
        }
        const cmp = semverCmp(v, target);
        return op === '>'
          ? cmp > 0
          : op === '>='
            ? cmp >= 0
            : op === '<'
              ? cmp < 0
              : op === '<='
                ? cmp <= 0
                : op === '!='
                  ? cmp !== 0
                  : cmp === 0;
      }),
  );
}

const cache = new Map<string, Node>();

/**
 * Compiles a Kyverno JMESPath expression (cached). Throws on a syntax error, and
 * {@link UnsupportedFunctionError} when it calls a function the engine cannot run.
 */
export function compileJmespath(expression: string): Node {
  registerKyvernoFunctions();
  let node = cache.get(expression);
  if (!node) {
    for (const f of UNSUPPORTED_FUNCTIONS)
      if (new RegExp(`(^|[^\\w])${f}\\s*\\(`).test(expression))
        throw new UnsupportedFunctionError(`JMESPath function ${f}() needs a cluster and is not evaluated locally`);
    node = compile(expression);
    cache.set(expression, node);
  }
  return node;
}

/** Evaluates a compiled expression against `data`. */
export function searchJmespath(node: Node, data: unknown): unknown {
  return TreeInterpreter.search(node, data as never);
}

type AstNode = { type: string; name?: string; left?: AstNode; right?: AstNode };

/**
 * The key whose absence makes Kyverno's JMESPath (kyverno/go-jmespath) fail with `Unknown key "k" in path`, or
 * undefined when the expression simply yields null. Only field access on an object without the key raises that
 * error, and only sub-expressions and index expressions pass it on: projections, flattens, filters, pipes,
 * `||`, comparisons and function arguments turn it into null.
 */
export function missingKey(node: Node, data: unknown): string | undefined {
  const n = node as unknown as AstNode;
  if (n.type === 'Field')
    return isObject(data) && (data as Record<string, unknown>)[n.name!] === undefined ? n.name : undefined;
  if ((n.type === 'Subexpression' || n.type === 'IndexExpression') && n.left && n.right) {
    const left = missingKey(n.left as unknown as Node, data);
    if (left !== undefined) return left;
    return missingKey(n.right as unknown as Node, searchJmespath(n.left as unknown as Node, data));
  }
  return undefined;
}
