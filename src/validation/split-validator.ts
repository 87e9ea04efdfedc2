import type { Ajv, ValidateFunction } from 'ajv';
import { AJV_FINGERPRINT, ajvFormats } from './ajv-factory.js';
import { escapePointer } from './cel.js';
import { CompileCache, defaultCacheDir } from './compile-cache.js';
import type { Finding } from './issue.js';
import { translateAjvErrors } from './schema-errors.js';
import { isPlainObject, type JsonSchema } from './schema-walk.js';

let cache: CompileCache | undefined;

/** The process's compile cache, opened on first use (its folder depends on the working folder then). */
function compileCache(): CompileCache {
  cache ??= new CompileCache(defaultCacheDir(), ajvFormats(), AJV_FINGERPRINT);
  return cache;
}

/**
 * Where a cut-out subschema applies, relative to the data its parent node validates:
 * a named property, every item of an array, or every entry of a map except the declared properties.
 */
type Step =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'items' }
  | { readonly kind: 'additional'; readonly declared: ReadonlySet<string> };

interface Cut {
  readonly steps: readonly Step[];
  readonly node: SplitNode;
}

/** How a `$ref` is resolved while splitting: inlined (small, ref-free) or validated by its own node. */
export type RefTarget = { readonly inline: JsonSchema } | { readonly node: SplitNode };

/** Context of {@link splitSchema}. */
export interface SplitContext {
  /** Resolves a `$ref` found at a property/items/additionalProperties position. */
  readonly resolveRef: (ref: string) => RefTarget;
  /** Subschemas with more nodes than this are cut out into their own lazily compiled node. @default Infinity */
  readonly maxNodes?: number;
  /** The ajv instance new nodes compile with; asked for only when the compile cache misses. */
  readonly ajv: () => Ajv;
}

/**
 * A piece of a schema compiled on first use. Large schemas (CRDs of 50–350 kB, the Kubernetes
 * definitions) are split into pieces at `$ref`s and at large subtrees along the structural skeleton
 * (properties, items, additionalProperties — never inside `oneOf`/`anyOf`/`not`), each cut-out piece
 * replaced by `true` in its parent. Validating an object compiles only the pieces its data reaches:
 * a ClusterSecretStore using the Vault provider never compiles the 40 other providers.
 *
 * Findings of each piece carry pointers relative to the whole object.
 */
export class SplitNode {
  private compiled?: { readonly validate: ValidateFunction; readonly cuts: readonly Cut[] };

  public constructor(
    private readonly ajv: () => Ajv,
    private readonly build: () => { readonly schema: JsonSchema; readonly cuts: readonly Cut[] },
  ) {}

  /** Validates `data` (found at `pointer`), appending findings to `out`. */
  public validate(data: unknown, pointer: string | Path, out: Finding[]): void {
    if (!this.compiled) {
      const built = this.build();
      this.compiled = { validate: compileCache().compile(this.ajv, built.schema), cuts: built.cuts };
    }
    const { validate, cuts } = this.compiled;
    if (!validate(data)) {
      const prefix = typeof pointer === 'string' ? pointer : pointerOf(pointer);
      for (const finding of translateAjvErrors(validate.errors ?? [])) {
        out.push(prefix ? { ...finding, pointer: prefix + finding.pointer } : finding);
      }
    }
    if (cuts.length === 0) return;
    const base: Path = typeof pointer === 'string' ? { prefix: pointer } : pointer;
    for (let i = 0; i < cuts.length; i++) {
      const cut = cuts[i] as Cut;
      visit(data, base, cut.steps, 0, cut.node, out);
    }
  }
}

/**
 * Where a piece's data sits in the object, as a chain of segments; the JSON pointer string is only
 * built when there is something to report (most objects are valid).
 */
export type Path = { readonly prefix: string } | { readonly parent: Path; readonly segment: string | number };

function pointerOf(path: Path): string {
  const segments: string[] = [];
  let at: Path = path;
  while ('parent' in at) {
    segments.push(typeof at.segment === 'number' ? String(at.segment) : escapePointer(at.segment));
    at = at.parent;
  }
  return (
    at.prefix +
    segments
      .reverse()
      .map((s) => `/${s}`)
      .join('')
  );
}

function visit(
  data: unknown,
  path: Path,
  steps: readonly Step[],
  index: number,
  node: SplitNode,
  out: Finding[],
): void {
  if (data === undefined) return;
  const step = steps[index];
  if (!step) {
    node.validate(data, path, out);
    return;
  }
  switch (step.kind) {
    case 'property':
      if (isPlainObject(data) && Object.prototype.hasOwnProperty.call(data, step.name)) {
        visit(data[step.name], { parent: path, segment: step.name }, steps, index + 1, node, out);
      }
      return;
    case 'items':
      if (Array.isArray(data)) {
        for (let i = 0; i < data.length; i++) visit(data[i], { parent: path, segment: i }, steps, index + 1, node, out);
      }
      return;
    case 'additional':
      if (isPlainObject(data)) {
        for (const key of Object.keys(data)) {
          if (!step.declared.has(key)) visit(data[key], { parent: path, segment: key }, steps, index + 1, node, out);
        }
      }
      return;
  }
}

/** Number of schema nodes in a subtree (memoized), the measure for size-based cuts. */
const nodeCounts = new WeakMap<object, number>();
/** Subtrees smaller than this are never cut out: a separate compile would cost more than it saves. */
const MIN_CUT_NODES = 8;

function countNodes(schema: unknown): number {
  if (!isPlainObject(schema) && !Array.isArray(schema)) return 0;
  const cached = nodeCounts.get(schema);
  if (cached !== undefined) return cached;
  let count = 1;
  for (const value of Array.isArray(schema) ? schema : Object.values(schema)) {
    if (typeof value === 'object' && value !== null) count += countNodes(value);
  }
  nodeCounts.set(schema, count);
  return count;
}

/**
 * Splits a (transformed) schema into the piece compiled for its root and the cuts below it.
 * `$ref`s at skeleton positions are resolved through the context (inlined or cut); subtrees larger
 * than `maxNodes` are cut into lazily split nodes of their own.
 */
export function splitSchema(schema: JsonSchema, context: SplitContext): { schema: JsonSchema; cuts: Cut[] } {
  const cuts: Cut[] = [];
  const maxNodes = context.maxNodes ?? Infinity;

  /** Inlines, cuts at a `$ref`, or (when `cut`) cuts into a node of its own. */
  const child = (sub: unknown, steps: Step[], cut: boolean): unknown => {
    if (!isPlainObject(sub)) return sub;
    if (typeof sub['$ref'] === 'string') {
      const target = context.resolveRef(sub['$ref']);
      if ('inline' in target) return target.inline;
      cuts.push({ steps, node: target.node });
      return true;
    }
    if (cut) {
      cuts.push({ steps, node: new SplitNode(context.ajv, () => splitSchema(sub, context)) });
      return true;
    }
    return walk(sub, steps);
  };

  /**
   * Copies a node with its skeleton children inlined or cut. When the node is larger than
   * `maxNodes`, its largest children are cut until what stays inline fits.
   */
  const walk = (node: JsonSchema, steps: Step[]): JsonSchema => {
    const properties = isPlainObject(node['properties']) ? node['properties'] : undefined;
    const additional = isPlainObject(node['additionalProperties']) ? node['additionalProperties'] : undefined;
    const items = isPlainObject(node['items']) ? node['items'] : undefined;
    const toCut = new Set<unknown>();
    let remaining = countNodes(node);
    if (remaining > maxNodes) {
      const children = [...Object.values(properties ?? {}), additional, items]
        .filter((sub): sub is JsonSchema => isPlainObject(sub) && typeof sub['$ref'] !== 'string')
        .sort((a, b) => countNodes(b) - countNodes(a));
      for (const sub of children) {
        if (remaining <= maxNodes || countNodes(sub) < MIN_CUT_NODES) break;
        toCut.add(sub);
        remaining -= countNodes(sub);
      }
    }
    const out: JsonSchema = { ...node };
    if (properties) {
      const mapped: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(properties)) {
        mapped[name] = child(sub, [...steps, { kind: 'property', name }], toCut.has(sub));
      }
      out['properties'] = mapped;
    }
    if (additional) {
      const declared = new Set(properties ? Object.keys(properties) : []);
      out['additionalProperties'] = child(
        additional,
        [...steps, { kind: 'additional', declared }],
        toCut.has(additional),
      );
    }
    if (items) out['items'] = child(items, [...steps, { kind: 'items' }], toCut.has(items));
    return out;
  };

  if (typeof schema['$ref'] === 'string') {
    // A root that is only a reference: validate through the referenced node.
    const target = context.resolveRef(schema['$ref']);
    if ('inline' in target) return { schema: target.inline, cuts };
    cuts.push({ steps: [], node: target.node });
    return { schema: true as unknown as JsonSchema, cuts };
  }
  return { schema: walk(schema, []), cuts };
}
