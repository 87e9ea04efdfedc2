import type { Environment, ParseResult } from '@marcbachmann/cel-js';
import type * as Cel from '@marcbachmann/cel-js';
import { lazyModule } from '../lazy/index.js';

const cel = lazyModule<typeof Cel>('@marcbachmann/cel-js');
import { isPlainObject, type JsonSchema } from './schema-walk.js';

/** A CEL rule that failed, at the schema node it belongs to. */
export interface CelFailure {
  /** JSON pointer of the value the rule was evaluated on (plus the rule's `fieldPath`). */
  readonly pointer: string;
  /** The rule's message, its `messageExpression` result, or `failed rule: <rule>`. */
  readonly message: string;
  /** The rule text. */
  readonly rule: string;
}

/** What {@link evaluateCelRules} found. */
export interface CelResult {
  /** Rules that evaluated to false (or hit a missing field, which the API server rejects too). */
  readonly failures: CelFailure[];
  /** Identities (`<schema path>|<rule>`) of rules the evaluator does not support. */
  readonly notEvaluated: Set<string>;
}

interface ValidationRule {
  readonly rule: string;
  readonly message?: string;
  readonly messageExpression?: string;
  readonly fieldPath?: string;
  readonly optionalOldSelf?: boolean;
}

const RESERVED = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);
const ACCESSIBLE_NAME = /^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$/;

let environment: Environment | undefined;
const parsed = new Map<string, ParseResult | Error>();
const rulesCache = new WeakMap<JsonSchema, boolean>();

function env(): Environment {
  if (!environment) {
    environment = new (cel().Environment)({
      unlistedVariablesAreDyn: true,
      homogeneousAggregateLiterals: false,
      enableOptionalTypes: true,
    });
    registerKubernetesLibrary(environment);
  }
  return environment;
}

type Comparable = bigint | number | string;

function compare(a: Comparable, b: Comparable): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The parts of the Kubernetes CEL libraries (lists, strings) that are simple to provide. Others
 * (`quantity()`, `url()`, `ip()`, `format.*`) are not: rules using them count as not evaluated.
 */
function registerKubernetesLibrary(target: Environment): void {
  const functions: Parameters<Environment['registerFunction']>[0][] = [
    {
      name: 'isSorted',
      receiverType: 'list',
      returnType: 'bool',
      params: [],
      handler: (list: Comparable[]) =>
        list.every((value, i) => i === 0 || compare(list[i - 1] as Comparable, value) <= 0),
    },
    {
      name: 'sum',
      receiverType: 'list',
      returnType: 'dyn',
      params: [],
      handler: (list: (bigint | number)[]) =>
        list.length > 0 && list.every((value) => typeof value === 'bigint')
          ? (list as bigint[]).reduce((a, b) => a + b, 0n)
          : list.reduce<number>((a, b) => a + Number(b), 0),
    },
    {
      name: 'min',
      receiverType: 'list',
      returnType: 'dyn',
      params: [],
      handler: (list: Comparable[]) => [...list].sort(compare)[0],
    },
    {
      name: 'max',
      receiverType: 'list',
      returnType: 'dyn',
      params: [],
      handler: (list: Comparable[]) => [...list].sort(compare).at(-1),
    },
    {
      name: 'replace',
      receiverType: 'string',
      returnType: 'string',
      params: [
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ],
      handler: (value: string, from: string, to: string) => value.split(from).join(to),
    },
  ];
  for (const definition of functions) {
    try {
      target.registerFunction(definition);
    } catch {
      // Already provided by the evaluator.
    }
  }
}

function parse(expression: string): ParseResult | Error {
  let result = parsed.get(expression);
  if (!result) {
    try {
      result = env().parse(expression);
    } catch (error) {
      result = error instanceof Error ? error : new Error(String(error));
    }
    parsed.set(expression, result);
  }
  return result;
}

/** Whether the schema (or any subschema) has `x-kubernetes-validations` rules. Cached per schema object. */
export function hasCelRules(schema: JsonSchema): boolean {
  let result = rulesCache.get(schema);
  if (result === undefined) {
    result = JSON.stringify(schema).includes('"x-kubernetes-validations"');
    rulesCache.set(schema, result);
  }
  return result;
}

/**
 * Evaluates the CRD's `x-kubernetes-validations` rules on an object, as the API server does on
 * create: defaults are applied first, `self` is the value at the rule's schema node (property names
 * escaped as in Kubernetes: `__namespace__`, `__dash__`…), integers are CEL ints.
 *
 * Transition rules (using `oldSelf`) are skipped: there is no old object in a GitOps tree. Rules the
 * evaluator cannot parse or whose functions it lacks (Kubernetes extension libraries such as
 * `quantity()`, `url()`, `isSorted()`) are returned in `notEvaluated`, not as failures.
 */
export function evaluateCelRules(schema: JsonSchema, object: unknown): CelResult {
  const result: CelResult = { failures: [], notEvaluated: new Set() };
  walk(schema, object, '', '', result);
  return result;
}

/** Whether a schema node or anything below it has CEL rules (memoized): rule-free subtrees are not walked. */
const containsRules = new WeakMap<object, boolean>();

function hasRulesBelow(schema: JsonSchema): boolean {
  const known = containsRules.get(schema);
  if (known !== undefined) return known;
  containsRules.set(schema, false); // cycles (shared subschemas) count as rule-free until proven otherwise
  let found = Array.isArray(schema['x-kubernetes-validations']) && schema['x-kubernetes-validations'].length > 0;
  const properties = isPlainObject(schema['properties']) ? Object.values(schema['properties']) : [];
  for (const sub of [...properties, schema['additionalProperties'], schema['items']]) {
    if (found) break;
    if (isPlainObject(sub) && hasRulesBelow(sub)) found = true;
  }
  containsRules.set(schema, found);
  return found;
}

function walk(schema: JsonSchema, value: unknown, pointer: string, schemaPath: string, result: CelResult): void {
  if (value === undefined || value === null) return;
  if (!hasRulesBelow(schema)) return;
  const rules = schema['x-kubernetes-validations'];
  if (Array.isArray(rules)) {
    let self: unknown;
    let converted = false;
    for (const raw of rules) {
      if (!isPlainObject(raw) || typeof raw['rule'] !== 'string') continue;
      const rule = raw as unknown as ValidationRule;
      if (rule.optionalOldSelf === true || /\boldSelf\b/.test(rule.rule)) continue;
      if (!converted) {
        self = toCel(schema, value);
        converted = true;
      }
      evaluateRule(rule, self, pointer, schemaPath, result);
    }
  }
  if (isPlainObject(value)) {
    const properties = isPlainObject(schema['properties']) ? schema['properties'] : undefined;
    if (properties) {
      for (const [name, sub] of Object.entries(properties)) {
        if (!isPlainObject(sub)) continue;
        const child = value[name] ?? sub['default'];
        walk(sub, child, `${pointer}/${escapePointer(name)}`, `${schemaPath}/${name}`, result);
      }
    }
    const additional = schema['additionalProperties'];
    if (isPlainObject(additional)) {
      for (const [name, child] of Object.entries(value)) {
        if (properties && name in properties) continue;
        walk(additional, child, `${pointer}/${escapePointer(name)}`, `${schemaPath}/*`, result);
      }
    }
  } else if (Array.isArray(value)) {
    const items = schema['items'];
    if (isPlainObject(items)) {
      value.forEach((child, index) => walk(items, child, `${pointer}/${index}`, `${schemaPath}/[]`, result));
    }
  }
}

function evaluateRule(
  rule: ValidationRule,
  self: unknown,
  pointer: string,
  schemaPath: string,
  result: CelResult,
): void {
  const id = `${schemaPath}|${rule.rule}`;
  const program = parse(rule.rule);
  if (program instanceof Error) {
    result.notEvaluated.add(id);
    return;
  }
  let outcome: unknown;
  let runtimeError: string | undefined;
  try {
    outcome = program({ self });
  } catch (error) {
    if (error instanceof cel().EvaluationError && error.code === 'no_such_key') {
      runtimeError = error.summary || error.message.split('\n')[0];
    } else {
      result.notEvaluated.add(id);
      return;
    }
  }
  if (runtimeError === undefined && outcome === true) return;
  if (runtimeError === undefined && typeof outcome !== 'boolean') {
    result.notEvaluated.add(id);
    return;
  }
  const message =
    runtimeError !== undefined
      ? `${runtimeError} evaluating rule: ${rule.rule}`
      : (messageFromExpression(rule, self) ?? (rule.message?.trim() || `failed rule: ${rule.rule}`));
  result.failures.push({ pointer: pointer + fieldPathPointer(rule.fieldPath), message, rule: rule.rule });
}

function messageFromExpression(rule: ValidationRule, self: unknown): string | undefined {
  if (!rule.messageExpression) return undefined;
  const program = parse(rule.messageExpression);
  if (program instanceof Error) return undefined;
  try {
    const text: unknown = program({ self });
    return typeof text === 'string' && text.trim() && !text.includes('\n') ? text : undefined;
  } catch {
    return undefined;
  }
}

/** `.spec.foo['bar-baz'][0]` → `/spec/foo/bar-baz/0` (a rule's fieldPath is relative to its node). */
function fieldPathPointer(fieldPath: string | undefined): string {
  if (!fieldPath) return '';
  let out = '';
  const token = /\.([^.[\]]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\d+)\s*\]/g;
  for (let match = token.exec(fieldPath); match; match = token.exec(fieldPath)) {
    out += `/${escapePointer(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '')}`;
  }
  return out;
}

/** JSON pointer escaping of one path segment. */
export function escapePointer(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A property name as CEL sees it in Kubernetes, or undefined if it is not accessible. */
function escapeCelName(name: string): string | undefined {
  if (RESERVED.has(name)) return `__${name}__`;
  if (!ACCESSIBLE_NAME.test(name)) return undefined;
  return name
    .replace(/__/g, '__underscores__')
    .replace(/\./g, '__dot__')
    .replace(/-/g, '__dash__')
    .replace(/\//g, '__slash__');
}

/** Converts JSON to CEL values following the schema (ints as bigint, escaped names, defaults applied). */
function toCel(schema: JsonSchema | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (schema?.['type'] === 'number') return value;
    return Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string') {
    if (schema?.['format'] === 'date-time') {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return date;
    }
    return value;
  }
  if (Array.isArray(value)) {
    const items = schema && isPlainObject(schema['items']) ? schema['items'] : undefined;
    return value.map((item) => toCel(items, item));
  }
  if (isPlainObject(value)) {
    const properties = schema && isPlainObject(schema['properties']) ? schema['properties'] : undefined;
    const additional =
      schema && isPlainObject(schema['additionalProperties']) ? schema['additionalProperties'] : undefined;
    const out: Record<string, unknown> = {};
    if (properties) {
      for (const [name, sub] of Object.entries(properties)) {
        if (!isPlainObject(sub)) continue;
        const child = value[name] ?? sub['default'];
        if (child === undefined || child === null) continue;
        const celName = escapeCelName(name);
        if (celName !== undefined) out[celName] = toCel(sub, child);
      }
    }
    for (const [name, child] of Object.entries(value)) {
      if ((properties && name in properties) || child === null || child === undefined) continue;
      out[name] = toCel(additional, child);
    }
    return out;
  }
  return value;
}
