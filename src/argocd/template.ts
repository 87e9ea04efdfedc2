/**
 * Offline rendering of ApplicationSet templates, as the ApplicationSet controller does it:
 *
 * - the default style (fasttemplate): `{{path.basename}}`, `{{ name }}`, `{{path[1]}}`, with flat string
 *   parameters;
 * - `goTemplate: true`: a subset of Go's text/template with Sprig — fields (`.path.basename`), `index`,
 *   pipelines, `if`/`else`/`end`, `eq`/`ne`/`not`/`and`/`or`, `default`, `lower`, `upper`, `trunc`,
 *   `replace`, `trimPrefix`, `trimSuffix`, `quote`, `toString`, `printf` (`%s`/`%v`/`%d`) and `normalize`.
 *
 * A parameter no generator provides is an error in both styles (Argo CD would leave `{{name}}` in the
 * Application, or fail with `missingkey=error`).
 */

/** A problem rendering a template: a parameter no generator provides, or a construct the preview cannot evaluate. */
export class TemplateError extends Error {
  public constructor(
    message: string,
    /** The missing parameter, when that is the problem. */
    public readonly parameter?: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Renders a default-style (fasttemplate) string against flat parameters. */
export function renderFast(text: string, params: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{\{([^{}]*)\}\}/g, (_, raw: string) => {
    const key = raw.trim();
    if (!(key in params)) throw new TemplateError(`parameter '${key}' is provided by no generator`, key);
    const value = params[key];
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

/** Renders a Go template string against nested parameters. */
export function renderGo(text: string, params: unknown): string {
  const nodes = parseGo(text);
  return execute(nodes, params);
}

/** Renders every string of `value` (keys and values) with `render`. */
export function renderDeep(value: unknown, render: (s: string) => string): unknown {
  if (typeof value === 'string') return render(value);
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, render));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[render(k)] = renderDeep(v, render);
    return out;
  }
  return value;
}

// ---- Go template subset -------------------------------------------------------------------------

type GoNode =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'action'; readonly expr: string }
  | { readonly type: 'if'; readonly cond: string; readonly then: GoNode[]; readonly else: GoNode[] };

function parseGo(text: string): GoNode[] {
  // Split into text and actions, honouring `{{-` and `-}}` whitespace trimming.
  const parts: Array<{ text?: string; action?: string }> = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      parts.push({ text: rest });
      break;
    }
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError(`unclosed action in template '${text}'`);
    let before = rest.slice(0, open);
    let inner = rest.slice(open + 2, close);
    let after = rest.slice(close + 2);
    if (inner.startsWith('-')) {
      before = before.replace(/\s+$/, '');
      inner = inner.slice(1);
    }
    if (inner.endsWith('-')) {
      inner = inner.slice(0, -1);
      after = after.replace(/^\s+/, '');
    }
    parts.push({ text: before }, { action: inner.trim() });
    rest = after;
  }
  let i = 0;
  const block = (): { nodes: GoNode[]; end: 'end' | 'else' | 'eof' } => {
    const nodes: GoNode[] = [];
    while (i < parts.length) {
      const part = parts[i++] as { text?: string; action?: string };
      if (part.text !== undefined) {
        if (part.text) nodes.push({ type: 'text', text: part.text });
        continue;
      }
      const action = part.action as string;
      if (action.startsWith('/*')) continue;
      if (action === 'end') return { nodes, end: 'end' };
      if (action === 'else') return { nodes, end: 'else' };
      if (action.startsWith('if ')) {
        const then = block();
        let otherwise: GoNode[] = [];
        if (then.end === 'else') {
          const e = block();
          if (e.end !== 'end') throw new TemplateError(`'if' without 'end' in template`);
          otherwise = e.nodes;
        } else if (then.end !== 'end') throw new TemplateError(`'if' without 'end' in template`);
        nodes.push({ type: 'if', cond: action.slice(3).trim(), then: then.nodes, else: otherwise });
        continue;
      }
      if (/^(range|with|define|template|block)\b/.test(action)) {
        throw new TemplateError(`'${action.split(/\s/)[0]}' is not supported by the offline preview`);
      }
      nodes.push({ type: 'action', expr: action });
    }
    return { nodes, end: 'eof' };
  };
  const top = block();
  if (top.end !== 'eof') throw new TemplateError(`unexpected '{{${top.end}}}' in template`);
  return top.nodes;
}

function execute(nodes: readonly GoNode[], data: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'action') out += printGo(evalPipeline(node.expr, data));
    else out += execute(truthy(evalPipeline(node.cond, data)) ? node.then : node.else, data);
  }
  return out;
}

function printGo(value: unknown): string {
  if (value === undefined || value === null) return '<no value>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(printGo).join(' ')}]`;
  return `map[${Object.keys(value as object)
    .sort()
    .map((k) => `${k}:${printGo((value as Record<string, unknown>)[k])}`)
    .join(' ')}]`;
}

function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true;
}

type Token = { kind: 'field' | 'string' | 'number' | 'ident' | 'open' | 'close' | 'pipe'; text: string };

function tokenize(expr: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(\.[A-Za-z0-9_.]*)|("(?:[^"\\]|\\.)*"|`[^`]*`)|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\()|(\))|(\|))/y;
  let at = 0;
  while (at < expr.length) {
    if (/^\s*$/.test(expr.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(expr);
    if (!m) throw new TemplateError(`cannot read '${expr}' at '${expr.slice(at)}'`);
    at = re.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'field', text: m[1] });
    else if (m[2] !== undefined)
      tokens.push({ kind: 'string', text: m[2].startsWith('`') ? m[2].slice(1, -1) : (JSON.parse(m[2]) as string) });
    else if (m[3] !== undefined) tokens.push({ kind: 'number', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'ident', text: m[4] });
    else if (m[5] !== undefined) tokens.push({ kind: 'open', text: '(' });
    else if (m[6] !== undefined) tokens.push({ kind: 'close', text: ')' });
    else tokens.push({ kind: 'pipe', text: '|' });
  }
  return tokens;
}

function evalPipeline(expr: string, data: unknown): unknown {
  const tokens = tokenize(expr);
  let pos = 0;
  const pipeline = (): unknown => {
    let value = command(undefined, false);
    while (tokens[pos]?.kind === 'pipe') {
      pos++;
      value = command(value, true);
    }
    return value;
  };
  const operand = (): unknown => {
    const t = tokens[pos++];
    if (!t) throw new TemplateError(`incomplete expression '${expr}'`);
    if (t.kind === 'field') return field(t.text, data);
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return Number(t.text);
    if (t.kind === 'open') {
      const v = pipeline();
      if (tokens[pos++]?.kind !== 'close') throw new TemplateError(`missing ')' in '${expr}'`);
      return v;
    }
    if (t.kind === 'ident') {
      if (t.text === 'true') return true;
      if (t.text === 'false') return false;
      if (t.text === 'nil') return undefined;
      return call(t.text, [], expr);
    }
    throw new TemplateError(`unexpected '${t.text}' in '${expr}'`);
  };
  const command = (piped: unknown, hasPiped: boolean): unknown => {
    const t = tokens[pos];
    if (t?.kind === 'ident' && !['true', 'false', 'nil'].includes(t.text)) {
      pos++;
      const args: unknown[] = [];
      while (pos < tokens.length && tokens[pos]?.kind !== 'pipe' && tokens[pos]?.kind !== 'close') args.push(operand());
      if (hasPiped) args.push(piped);
      return call(t.text, args, expr);
    }
    if (hasPiped) throw new TemplateError(`cannot pipe into a value in '${expr}'`);
    return operand();
  };
  const value = pipeline();
  if (pos < tokens.length) throw new TemplateError(`unexpected '${tokens[pos]?.text}' in '${expr}'`);
  return value;
}

function field(path: string, data: unknown): unknown {
  if (path === '.') return data;
  let value: unknown = data;
  let walked = '';
  for (const key of path.slice(1).split('.')) {
    walked += `.${key}`;
    if (value === null || typeof value !== 'object' || !(key in (value as object))) {
      throw new TemplateError(`parameter '${walked}' is provided by no generator`, walked);
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : printGo(v));

function call(name: string, args: unknown[], expr: string): unknown {
  switch (name) {
    case 'index': {
      let v = args[0];
      for (const k of args.slice(1)) {
        if (v === null || typeof v !== 'object' || !(String(k) in (v as object))) {
          throw new TemplateError(`index ${JSON.stringify(k)} is provided by no generator (in '${expr}')`, String(k));
        }
        v = (v as Record<string, unknown>)[String(k)];
      }
      return v;
    }
    case 'eq':
      return args.slice(1).some((a) => a === args[0]);
    case 'ne':
      return args[0] !== args[1];
    case 'not':
      return !truthy(args[0]);
    case 'and':
      return args.reduce((a, b) => (truthy(a) ? b : a));
    case 'or':
      return args.reduce((a, b) => (truthy(a) ? a : b));
    case 'default':
      return truthy(args[1]) ? args[1] : args[0];
    case 'lower':
      return str(args[0]).toLowerCase();
    case 'upper':
      return str(args[0]).toUpperCase();
    case 'trunc': {
      const n = Number(args[0]);
      const s = str(args[1]);
      return n >= 0 ? s.slice(0, n) : s.slice(n);
    }
    case 'replace':
      return str(args[2]).split(str(args[0])).join(str(args[1]));
    case 'trimPrefix':
      return str(args[1]).startsWith(str(args[0])) ? str(args[1]).slice(str(args[0]).length) : str(args[1]);
    case 'trimSuffix':
      return str(args[1]).endsWith(str(args[0]))
        ? str(args[1]).slice(0, -str(args[0]).length || undefined)
        : str(args[1]);
    case 'quote':
      return JSON.stringify(str(args[0]));
    case 'toString':
      return str(args[0]);
    case 'normalize':
      return normalizeName(str(args[0]));
    case 'printf': {
      let i = 1;
      return str(args[0]).replace(/%[svd%]/g, (m) => (m === '%%' ? '%' : str(args[i++])));
    }
    default:
      throw new TemplateError(`function '${name}' is not supported by the offline preview (in '${expr}')`);
  }
}

/** Argo CD's name normalisation (`basenameNormalized`, `nameNormalized`): lower-case, other characters `-`. */
export function normalizeName(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-.]/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}
