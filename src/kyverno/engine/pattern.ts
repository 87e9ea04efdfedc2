/**
 * Kyverno's `validate.pattern` matching (pkg/engine/validate, pkg/engine/anchor, pkg/engine/pattern).
 *
 * A pattern is a YAML tree: maps match maps key by key, a list of one map matches every element of a list,
 * scalars are value patterns (`*`, `?`, `!x`, `a | b`, `>1`, `<=2Gi`, `1-3`, `!1-3`, `x & y`). Map keys may be
 * anchors: conditional `(k)`, equality `=(k)`, existence `^(k)`, negation `X(k)`, global `<(k)`, and keys may
 * hold wildcards (`app.*`).
 */
import { hasWildcard, isObject, parseDuration, parseQuantity, toGoString, wildcardMatch } from './values.js';

/** Outcome of matching a resource against a pattern. */
export type PatternOutcome =
  | { readonly kind: 'pass' }
  | { readonly kind: 'fail'; readonly path: string; readonly message: string }
  | { readonly kind: 'skip'; readonly path: string; readonly message: string };

/** The anchor of a map key, or undefined for a plain key. */
export type AnchorKind = 'conditional' | 'equality' | 'existence' | 'negation' | 'global';

/** Splits `=(key)` into its anchor and key; plain keys have no anchor. */
export function parseAnchor(key: string): { anchor?: AnchorKind; key: string } {
  const m = /^(=|\^|X|<|\+)?\((.+)\)$/.exec(key);
  if (!m) return { key };
  const kind: AnchorKind | undefined =
    m[1] === undefined
      ? 'conditional'
      : m[1] === '='
        ? 'equality'
        : m[1] === '^'
          ? 'existence'
          : m[1] === 'X'
            ? 'negation'
            : m[1] === '<'
              ? 'global'
              : undefined; // +() is a mutate anchor: treated as a plain key in validation
  return kind ? { anchor: kind, key: m[2]! } : { key: m[2]! };
}

/**
 * Problems in a pattern that Kyverno would reject when the policy is admitted
 * (unknown anchors, invalid operators, malformed ranges). Returns one message per problem.
 */
export function patternSyntaxProblems(pattern: unknown, path = '/'): string[] {
  const out: string[] = [];
  if (Array.isArray(pattern)) {
    pattern.forEach((p, i) => out.push(...patternSyntaxProblems(p, `${path}${i}/`)));
  } else if (isObject(pattern)) {
    for (const [k, v] of Object.entries(pattern)) {
      if (/^[=^X<+]?\(.*\)$/.test(k) && /^[=^X<+]?\(\)$/.test(k)) out.push(`${path}${k}: empty anchor`);
      else if (/^[^(]*\(.*\)$/.test(k) && !/^[=^X<+]?\(.+\)$/.test(k) && !k.includes('{{'))
        out.push(`${path}${k}: unknown anchor '${k.slice(0, k.indexOf('('))}' (use (), =(), ^(), X() or <())`);
      const { anchor } = parseAnchor(k);
      if (anchor === 'existence' && !Array.isArray(v))
        out.push(`${path}${k}: an existence anchor ^() needs a list of patterns`);
      out.push(...patternSyntaxProblems(v, `${path}${k}/`));
    }
  } else if (typeof pattern === 'string' && !pattern.includes('{{')) {
    for (const alt of pattern.split('|'))
      for (const part of alt.split('&')) {
        const p = part.trim();
        if (/^(>=|<=|>|<)\s*$/.test(p)) out.push(`${path}: operator '${p}' has no operand in '${pattern}'`);
        else if (/^(>=|<=|>|<)/.test(p) && !hasWildcard(p)) {
          const operand = p.replace(/^(>=|<=|>|<)\s*/, '');
          if (/^[<>=!]/.test(operand)) out.push(`${path}: unknown operator in '${pattern}'`);
        }
      }
  }
  return out;
}

// ---------------------------------------------------------------- value patterns

const RANGE = /^(-?\d+(?:\.\d+)?[A-Za-z]*)-(-?\d+(?:\.\d+)?[A-Za-z]*)$/;

/** Kyverno's `pattern.Validate`: a scalar resource value against a scalar pattern. */
export function matchValue(value: unknown, pattern: unknown): boolean {
  if (typeof pattern === 'boolean') return value === pattern;
  if (typeof pattern === 'number') {
    if (typeof value === 'number') return value === pattern;
    if (typeof value === 'string') return value.trim() !== '' && Number(value) === pattern;
    return false;
  }
  if (pattern === null || pattern === undefined) {
    // validateNilPattern: nil matches the zero value of any scalar
    if (value === null || value === undefined) return true;
    if (typeof value === 'number') return value === 0;
    if (typeof value === 'string') return value === '';
    if (typeof value === 'boolean') return !value;
    return false;
  }
  if (typeof pattern !== 'string') return false;
  if (value === pattern) return true;
  return pattern.split('|').some((alt) =>
    alt
      .trim()
      .split('&')
      .every((c) => matchStringCondition(value, c.trim())),
  );
}

function matchStringCondition(value: unknown, condition: string): boolean {
  const notRange = condition.startsWith('!') ? RANGE.exec(condition.slice(1)) : null;
  if (notRange) return !inRange(value, notRange[1]!, notRange[2]!);
  const range = RANGE.exec(condition);
  if (range) return inRange(value, range[1]!, range[2]!);
  const op = /^(>=|<=|>|<|!)/.exec(condition)?.[1] ?? '';
  const operand = condition.slice(op.length).trim();
  if (op === '' || op === '!') {
    if (value !== null && typeof value === 'object') return false;
    const str = toGoString(value);
    let eq: boolean;
    if (!hasWildcard(operand) && /^\d/.test(operand) && str !== '') eq = compareNumeric(str, operand) === 0;
    else eq = wildcardMatch(operand, str);
    if (!eq && operand === str) eq = true;
    return op === '!' ? !eq : eq;
  }
  const c = compareNumeric(value, operand);
  if (c === undefined) return false;
  return op === '>' ? c > 0 : op === '<' ? c < 0 : op === '>=' ? c >= 0 : c <= 0;
}

function inRange(value: unknown, lo: string, hi: string): boolean {
  const a = compareNumeric(value, lo);
  const b = compareNumeric(value, hi);
  return a !== undefined && b !== undefined && a >= 0 && b <= 0;
}

/** Compares a value with an operand as Go durations, else as quantities; undefined when neither parses. */
export function compareNumeric(value: unknown, operand: unknown): number | undefined {
  const v = typeof value === 'number' ? String(value) : value;
  const o = typeof operand === 'number' ? String(operand) : operand;
  if (typeof v !== 'string' || typeof o !== 'string') return undefined;
  const od = parseDuration(o);
  if (od !== undefined) {
    const vd = parseDuration(v);
    if (vd !== undefined) return Math.sign(vd - od);
  }
  const oq = parseQuantity(o);
  const vq = parseQuantity(v);
  if (oq === undefined || vq === undefined) return undefined;
  return Math.sign(vq - oq);
}

// ---------------------------------------------------------------- structural matching

const PASS: PatternOutcome = { kind: 'pass' };

/** Kyverno's `validate.MatchPattern`: pass, fail (with the failing path) or skip (an anchor did not apply). */
export function matchPattern(resource: unknown, pattern: unknown): PatternOutcome {
  return element(resource, pattern, '/');
}

function element(resource: unknown, pattern: unknown, path: string): PatternOutcome {
  if (isObject(pattern)) {
    if (!isObject(resource))
      return fail(
        path,
        `expected an object at ${path}, found ${resource === undefined ? 'nothing' : typeName(resource)}`,
      );
    return map(resource, pattern, path);
  }
  if (Array.isArray(pattern)) {
    if (!Array.isArray(resource))
      return fail(path, `expected a list at ${path}, found ${resource === undefined ? 'nothing' : typeName(resource)}`);
    return array(resource, pattern, path);
  }
  if (Array.isArray(resource)) {
    for (let i = 0; i < resource.length; i++)
      if (!matchValue(resource[i], pattern)) return valueFail(`${path}${i}/`, resource[i], pattern);
    return PASS;
  }
  return matchValue(resource, pattern) ? PASS : valueFail(path, resource, pattern);
}

/** A key of a pattern, parsed: sorted and parsed once per pattern object, not per resource. */
interface PatternKey {
  readonly k: string;
  readonly anchor?: AnchorKind;
  readonly key: string;
  readonly wildcard: boolean;
}

const parsedKeys = new WeakMap<object, readonly PatternKey[]>();

function patternKeys(pattern: Record<string, unknown>): readonly PatternKey[] {
  let keys = parsedKeys.get(pattern);
  if (!keys) {
    keys = Object.keys(pattern)
      .sort()
      .map((k) => {
        const { anchor, key } = parseAnchor(k);
        return { k, anchor, key, wildcard: hasWildcard(key) };
      });
    parsedKeys.set(pattern, keys);
  }
  return keys;
}

function map(resource: Record<string, unknown>, pattern: Record<string, unknown>, path: string): PatternOutcome {
  const keys = patternKeys(pattern);
  // Phase 1: anchors
  for (const { k, anchor, key: anchorKey, wildcard } of keys) {
    if (!anchor) continue;
    // A wildcard in an anchor key stands for every resource key it matches (Kyverno's wildcards.ExpandInMetadata).
    const expanded = wildcard
      ? Object.keys(resource)
          .filter((rk) => wildcardMatch(anchorKey, rk))
          .sort()
      : [anchorKey];
    for (const key of expanded.length ? expanded : [anchorKey]) {
      const value = pattern[k];
      const here = `${path}${key}/`;
      const present = expanded.length > 0 && Object.prototype.hasOwnProperty.call(resource, key);
      switch (anchor) {
        case 'conditional':
        case 'global': {
          if (!present) {
            if (anchor === 'global') continue;
            return skip(here, `conditional anchor key ${key} does not exist in the resource`);
          }
          const r = element(resource[key], value, here);
          if (r.kind !== 'pass') return skip(r.path, `${anchor} anchor mismatch: ${r.message}`);
          break;
        }
        case 'equality': {
          if (!present) continue;
          const r = element(resource[key], value, here);
          if (r.kind !== 'pass') return r;
          break;
        }
        case 'negation':
          if (present) return fail(here, `${here} is not allowed`);
          break;
        case 'existence': {
          if (!present) continue;
          const list = resource[key];
          if (!Array.isArray(list)) return fail(here, `existence anchor ^(${key}) needs a list in the resource`);
          for (const p of Array.isArray(value) ? value : [value]) {
            if (!list.some((item, i) => element(item, p, `${here}${i}/`).kind === 'pass'))
              return fail(here, `no element of ${here} matches the existence anchor pattern`);
          }
          break;
        }
      }
    }
  }
  // Phase 2: plain keys (wildcard keys match every resource key they cover)
  for (const { k, anchor, key, wildcard } of keys) {
    if (anchor) continue;
    const value = pattern[k];
    if (wildcard) {
      const matching = Object.keys(resource).filter((rk) => wildcardMatch(key, rk));
      if (matching.length === 0) {
        if (value === '*' || value === '?*') return fail(`${path}${key}/`, `no key of ${path} matches ${key}`);
        continue;
      }
      for (const rk of matching.sort()) {
        const r = element(resource[rk], value, `${path}${rk}/`);
        if (r.kind !== 'pass') return r;
      }
      continue;
    }
    const here = `${path}${key}/`;
    if (value === '*') {
      if (resource[key] === undefined || resource[key] === null) return fail(here, `${here} is required`);
      continue;
    }
    const r = element(resource[key], value, here);
    if (r.kind !== 'pass') return r;
  }
  return PASS;
}

function array(resource: unknown[], pattern: unknown[], path: string): PatternOutcome {
  if (pattern.length === 0) return fail(path, `empty list pattern at ${path}`);
  const first = pattern[0];
  if (isObject(first)) {
    let applied = 0;
    let skipped: PatternOutcome | undefined;
    for (let i = 0; i < resource.length; i++) {
      const r = element(resource[i], first, `${path}${i}/`);
      if (r.kind === 'skip') {
        skipped ??= r;
        continue;
      }
      if (r.kind === 'fail') return r;
      applied++;
    }
    if (applied === 0 && skipped) return skipped;
    return PASS;
  }
  if (!Array.isArray(first) && (first === null || typeof first !== 'object')) {
    return element(resource, first, path);
  }
  if (pattern.length > resource.length) return fail(path, `list at ${path} has fewer elements than the pattern`);
  for (let i = 0; i < pattern.length; i++) {
    const r = element(resource[i], pattern[i], `${path}${i}/`);
    if (r.kind !== 'pass') return r;
  }
  return PASS;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v;
}

function fail(path: string, message: string): PatternOutcome {
  return { kind: 'fail', path, message };
}

function skip(path: string, message: string): PatternOutcome {
  return { kind: 'skip', path, message };
}

function valueFail(path: string, value: unknown, pattern: unknown): PatternOutcome {
  return fail(path, `validation error: expected ${JSON.stringify(pattern)} at ${path}, found ${JSON.stringify(value)}`);
}
