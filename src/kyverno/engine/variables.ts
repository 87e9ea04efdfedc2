/** `{{ }}` variable substitution over a JSON tree, as Kyverno does before it evaluates a rule. */
import { compileJmespath, missingKey, searchJmespath, UnsupportedFunctionError } from './jmespath.js';
import { isObject } from './values.js';

const VARIABLE = /\{\{((?:\{[^{}]*\}|[^{}])*)\}\}/g;

/** A variable that resolved to nothing where a value is required. */
export class VariableNotFoundError extends Error {}

/** Every `{{ expression }}` in a tree (for compile-time checks). */
export function variablesIn(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === 'string') {
    for (const m of tree.matchAll(VARIABLE)) if (!isEscaped(tree, m.index)) out.push(m[1]!.trim());
  } else if (Array.isArray(tree)) tree.forEach((t) => variablesIn(t, out));
  else if (isObject(tree))
    for (const [k, v] of Object.entries(tree)) {
      variablesIn(k, out);
      variablesIn(v, out);
    }
  return out;
}

function isEscaped(s: string, index: number): boolean {
  return index > 0 && s[index - 1] === '\\';
}

/** Whether a tree holds any variable (so substitution can be skipped cheaply). */
export function hasVariables(tree: unknown): boolean {
  if (typeof tree === 'string') return tree.includes('{{');
  if (Array.isArray(tree)) return tree.some(hasVariables);
  if (isObject(tree)) return Object.entries(tree).some(([k, v]) => k.includes('{{') || hasVariables(v));
  return false;
}

/**
 * Resolves one expression; `@` is the current element when Kyverno allows it. Where a value is required (not
 * `nullable`), an expression that reads a key the data does not have fails as in Kyverno; one that yields null
 * otherwise (a function, projection or `||` over missing data) is null.
 */
export function resolveVariable(expr: string, context: unknown, nullable: boolean): unknown {
  const node = compileJmespath(expr);
  const v = searchJmespath(node, context);
  if ((v === null || v === undefined) && !nullable) {
    const key = missingKey(node, context);
    if (key !== undefined)
      throw new VariableNotFoundError(`variable substitution failed: ${expr}: Unknown key "${key}" in path`);
  }
  return v ?? null;
}

/**
 * Replaces every `{{ }}` in `tree`. A string that is exactly one variable takes the variable's value (any
 * type); variables inside a longer string are written as text (objects as JSON).
 */
export function substitute(tree: unknown, context: unknown, nullable = false): unknown {
  if (typeof tree === 'string') {
    if (!tree.includes('{{')) return tree;
    // Innermost variables first, as Kyverno does for nested `{{ f('{{ x }}') }}`.
    let current = tree;
    for (let guard = 0; guard < 32; guard++) {
      const whole = /^\{\{((?:\{[^{}]*\}|[^{}])*)\}\}$/.exec(current);
      if (whole) return resolveVariable(whole[1]!.trim(), context, nullable);
      let replaced = false;
      const next = current.replace(VARIABLE, (m, expr: string, offset: number) => {
        if (isEscaped(current, offset)) return m;
        replaced = true;
        const v = resolveVariable(expr.trim(), context, nullable);
        return v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
      });
      if (!replaced || !next.includes('{{')) return next.replace(/\\\{\{/g, '{{');
      current = next;
    }
    return current;
  }
  if (Array.isArray(tree)) return tree.map((t) => substitute(t, context, nullable));
  if (isObject(tree)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(tree))
      out[k.includes('{{') ? String(substitute(k, context, nullable)) : k] = substitute(v, context, nullable);
    return out;
  }
  return tree;
}

export { UnsupportedFunctionError };
