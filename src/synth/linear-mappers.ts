import { ApiObject, type JsonPatch } from 'cdk8s';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { resolveShallow, resolveValue, sortedKeys } from './resolve-value.js';

/**
 * The quadratic step of the JSON mappers cdk8s generates for L1 classes (`toJson_XxxProps`): each
 * object's fields are filtered with a `reduce` over `Object.entries` that copies the whole result for
 * every field (`{ ...r, [k]: v }`), so a struct of k fields costs k² property copies and k + 1 arrays. On
 * a large tree these mappers are a fifth of synth. Captures the object and the value expression.
 */
const QUADRATIC =
  /Object\.entries\(([\w.]+)\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: (.*?) \}\), \{\}\)/g;

/** The same filter in one loop: same keys, same order, same values. */
function linear(_match: string, object: string, value: string): string {
  return value === 'i[1]' ? `__defined(${object})` : `__definedMap(${object}, (v) => ${value.replaceAll('i[1]', 'v')})`;
}

/**
 * The helpers {@link linear} calls (`__proto__` stays an own property, as with the spread). Indexed loops:
 * they run for every struct of every object, mostly unoptimized, where `for…of` allocates per step.
 */
const HELPERS = `function __put(r, k, v) {
  if (k === '__proto__') Object.defineProperty(r, k, { value: v, enumerable: true, writable: true, configurable: true });
  else r[k] = v;
}
function __defined(o) {
  const r = {};
  const ks = Object.keys(o);
  for (let i = 0; i < ks.length; i++) { const k = ks[i]; const v = o[k]; if (v !== undefined) __put(r, k, v); }
  return r;
}
function __definedMap(o, f) {
  const r = {};
  const ks = Object.keys(o);
  for (let i = 0; i < ks.length; i++) { const k = ks[i]; const v = o[k]; if (v !== undefined) __put(r, k, f(v)); }
  return r;
}
`;

/**
 * A generated module's source with every quadratic filter made linear (same output), and the helpers
 * it calls appended. `npm run import` applies it to the modules it generates in imports/.
 */
export function linearFilters(source: string): string {
  const rewritten = source.replace(QUADRATIC, linear);
  return rewritten === source ? source : `${rewritten}\n${HELPERS}`;
}

/** The generated modules whose L1 classes are sped up at synth, as resolved from here. */
const MODULES = ['cdk8s-plus-28/lib/imports/k8s.js'];

/** Module → its mappers (`toJson_*` by name), or null when it cannot be sped up. */
const cache = new Map<string, Readonly<Record<string, unknown>> | null>();

/** Module → a factory of its resolving mappers (see {@link resolvingMapper}), or null. */
const resolvingCache = new Map<string, MapperFactory | null>();

/** A compiled module of mappers: called with its params, it returns the mappers by name. */
type MapperFactory = (...args: unknown[]) => Readonly<Record<string, unknown>>;

/** Patched by {@link installLinearMappers}: prototypes with their own `toJson`. */
type Patched = Array<readonly [prototype: { toJson: () => unknown }, original: () => unknown]>;

/** Options of {@link installLinearMappers}. */
export interface LinearMappersOptions {
  /**
   * Map the objects' props as they are, resolving each value as it is read (for apps with cdk8s's default
   * resolvers only, as `withFastToJson` installs them), instead of mapping the result of `super.toJson()`:
   * one walk and one copy of each object instead of two. Keys are sorted as `sortKeys` says.
   * @default - map what `super.toJson()` gives
   */
  readonly resolving?: { readonly sortKeys: boolean };
}

/**
 * Gives the L1 classes of cdk8s-plus-28's `k8s` module a `toJson` that maps with linear-time copies of
 * their generated mappers (the module's own source with the quadratic filter replaced, see
 * {@link QUADRATIC}); the output is the same object. A class whose `toJson` is not the generated one
 * (`super.toJson()` then `toJson_<Class>Props`) is left alone, as is everything when the module cannot
 * be read. Returns a function that restores the original methods. `test/synth/linear-mappers.test.ts`
 * checks both give the same JSON for every class.
 */
export function installLinearMappers(options: LinearMappersOptions = {}): () => void {
  const patched: Patched = [];
  const load = createRequire(import.meta.url);
  for (const specifier of MODULES) {
    let path: string;
    let original: Record<string, unknown>;
    try {
      path = load.resolve(specifier);
      original = load(path) as Record<string, unknown>;
    } catch {
      continue;
    }
    const resolving = options.resolving ? resolvingMappersOf(path, options.resolving.sortKeys) : undefined;
    const mappers = resolving ?? linearMappersOf(path);
    if (!mappers) continue;
    for (const [name, value] of Object.entries(original)) {
      const mapper = mappers[`toJson_${name}Props`];
      if (typeof value !== 'function' || typeof mapper !== 'function') continue;
      const cls = value as { prototype: object; GVK?: object };
      // Not `instanceof`: ApiObject answers it for instances only.
      if (
        !Object.prototype.isPrototypeOf.call(ApiObject.prototype, cls.prototype) ||
        !cls.GVK ||
        !isGenerated(cls.prototype, name)
      )
        continue;
      const prototype = cls.prototype as { toJson: () => unknown };
      patched.push([prototype, prototype.toJson]);
      prototype.toJson = resolving
        ? resolvingToJson(cls.GVK as Gvk, mapper as Mapper)
        : linearToJson(cls.GVK as Gvk, mapper as Mapper);
    }
  }
  return () => {
    for (const [prototype, toJson] of patched) prototype.toJson = toJson;
  };
}

/**
 * `{ ...gvk, ...mapped }` as the generated `toJson` returns it, copied key by key: V8 copies a second
 * spread in one literal several times slower.
 */
function withGvk(gvk: Gvk, mapped: object): object {
  const result: Record<string, unknown> = { apiVersion: gvk.apiVersion, kind: gvk.kind };
  const source = mapped as Record<string, unknown>;
  for (const key of Object.keys(source)) result[key] = source[key];
  return result;
}

/** An L1 class's `GVK`. */
interface Gvk {
  readonly apiVersion: string;
  readonly kind: string;
}

type Mapper = (props: unknown, metadata?: unknown) => object;

/** `toJson` of a generated class with a linear mapper: `super.toJson()`, then the mapper. */
function linearToJson(gvk: Gvk, map: Mapper): () => unknown {
  return function linearToJson(this: ApiObject): unknown {
    const resolved = ApiObject.prototype.toJson.call(this);
    return withGvk(gvk, map(resolved));
  };
}

/**
 * `toJson` of a generated class with a resolving mapper: the props mapped as they are, each value resolved
 * as the mapper reads it, with the metadata from its own `toJson` (passed apart: the mappers take it as a
 * second argument, see {@link resolvingMapper}). With JSON patches, which apply to the
 * resolved object, it maps `super.toJson()` (resolving what is resolved already changes nothing).
 */
function resolvingToJson(gvk: Gvk, map: Mapper): () => unknown {
  return function resolvingToJson(this: ApiObject): unknown {
    const internals = this as unknown as { props: Record<string, unknown>; patches: readonly JsonPatch[] };
    if (internals.patches.length > 0) return withGvk(gvk, map(ApiObject.prototype.toJson.call(this)));
    try {
      // The metadata goes in as the mapper's second argument, not into a copy of the props.
      const metadata = this.metadata.toJson();
      return withGvk(gvk, map(internals.props, metadata === undefined ? null : metadata));
    } catch (e) {
      throw new Error(`Failed serializing construct at path '${this.node.path}' with name '${this.name}': ${e}`);
    }
  };
}

/** Whether `prototype.toJson` is the one cdk8s generates for class `name`. */
function isGenerated(prototype: object, name: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(prototype, 'toJson')) return false;
  const source = String((prototype as { toJson: unknown }).toJson);
  return source.includes('super.toJson()') && source.includes(`toJson_${name}Props(resolved)`);
}

/** A generated mapper: a top-level `function toJson_<Type>(obj) { ... }` of the module. */
const MAPPER = /^function (toJson_\w+)\(obj\) \{$[\s\S]*?^\}$/gm;

/**
 * The module's mapper functions, each rewritten by `rewrite`, compiled into one function of `params` that
 * returns them by name; null when there are none, or when `rewrite` refuses one (undefined). Only the
 * mapper functions are compiled (a twentieth of the module, which is mostly classes, docs and an inline
 * source map); they refer to nothing but each other and the params.
 */
function compileMappers(
  path: string,
  rewrite: (source: string) => string | undefined,
  params: readonly string[],
  label: string,
): MapperFactory | null {
  try {
    const functions: string[] = [];
    const names: string[] = [];
    for (const match of readFileSync(path, 'utf8').matchAll(MAPPER)) {
      const rewritten = rewrite(match[0]);
      if (rewritten === undefined) return null;
      functions.push(rewritten);
      names.push(match[1] as string);
    }
    if (names.length === 0) return null;
    const body = `${HELPERS}${functions.join('\n')}\nreturn { ${names.join(', ')} };`;
    return new Script(`(function (${params.join(', ')}) {\n${body}\n})`, {
      filename: `${path} (${label})`,
    }).runInThisContext() as MapperFactory;
  } catch {
    return null;
  }
}

/** Linear copies of the module's mappers, compiled once per process; null when there are none. */
function linearMappersOf(path: string): Readonly<Record<string, unknown>> | null {
  let mappers = cache.get(path);
  if (mappers === undefined) {
    const factory = compileMappers(path, (source) => source.replace(QUADRATIC, linear), [], 'linear mappers');
    mappers = factory ? factory() : null;
    cache.set(path, mappers);
  }
  return mappers;
}

/**
 * The module's mappers made to take props as they are: each value is resolved where the mapper reads it
 * (`__shallow` for what a mapper or `.map` reads further, `__deep` for what it copies as it is, `__entries`
 * for maps), so resolving and mapping are one walk. A mapper whose source has a form not listed in
 * {@link resolvingField} makes the whole module fall back to {@link linearMappersOf}.
 */
function resolvingMappersOf(path: string, sortKeys: boolean): Readonly<Record<string, unknown>> | null {
  let factory = resolvingCache.get(path);
  if (factory === undefined) {
    factory = compileMappers(path, resolvingMapper, ['__shallow', '__deep', '__entries'], 'resolving mappers');
    resolvingCache.set(path, factory);
  }
  if (!factory) return null;
  const deep = (value: unknown): unknown => resolveValue(value, sortKeys, false);
  return factory(resolveShallow, deep, (value: unknown, map: ((value: unknown) => unknown) | undefined) =>
    resolvedEntries(value, map, sortKeys),
  );
}

/**
 * A map field (`{ [key: string]: T }`) resolved and filtered as `resolveValue` then the generated filter
 * would: keys sorted (as `sortKeys` says), null and undefined values dropped, each value resolved, then
 * mapped with `map` when given.
 */
function resolvedEntries(
  value: unknown,
  map: ((value: unknown) => unknown) | undefined,
  sortKeys: boolean,
): Record<string, unknown> | undefined {
  const resolved = resolveShallow(value);
  if (resolved === undefined) return undefined;
  // Not a plain object (a type the field does not allow): resolve it whole, then filter it as the mapper does.
  const plain = typeof resolved === 'object' && !Array.isArray(resolved);
  const source = (plain ? resolved : resolveValue(resolved, sortKeys, false)) as Record<string, unknown>;
  const keys = plain && sortKeys ? sortedKeys(source) : Object.keys(source);
  const result: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = plain ? resolveValue(source[key], sortKeys, false) : source[key];
    if (item === undefined || item === null) continue;
    const mapped = map ? map(item) : item;
    if (key === '__proto__')
      Object.defineProperty(result, key, { value: mapped, enumerable: true, writable: true, configurable: true });
    else result[key] = mapped;
  }
  return result;
}

/** The generated filter of a map field, capturing the field and the value expression (of `i[1]`). */
const MAP_FIELD =
  /^\(\(obj\.(\w+)\) === undefined\) \? undefined : \(Object\.entries\(obj\.\1\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: (.*) \}\), \{\}\)\)$/;

/** The value expressions a map field's filter may have, given `i[1]`. */
const MAP_VALUES = [/^i\[1\]$/, /^i\[1\]\?\.value$/, /^toJson_\w+\(i\[1\]\)$/, /^i\[1\]\?\.map\(y => y\)$/];

/** A field expression of a generated mapper, reading unresolved props; undefined for an unknown form. */
function resolvingField(expression: string): string | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^obj\.(\w+)$/.exec(expression))) return `__deep(obj.${m[1]})`;
  if (expression === 'toJson_ObjectMeta(obj.metadata)')
    return 'toJson_ObjectMeta(__metadata === undefined ? obj.metadata : __metadata)';
  if (/^toJson_\w+\(obj\.\w+\)$/.test(expression)) return expression;
  if ((m = /^obj\.(\w+)\?\.map\(y => (toJson_\w+)\(y\)\)$/.exec(expression)))
    return `__shallow(obj.${m[1]})?.map(y => ${m[2]}(y))`;
  if ((m = /^obj\.(\w+)\?\.map\(y => y\)$/.exec(expression))) return `__shallow(obj.${m[1]})?.map(y => __deep(y))`;
  if ((m = /^obj\.(\w+)\?\.(value|toISOString\(\))$/.exec(expression))) return `__deep(obj.${m[1]})?.${m[2]}`;
  if ((m = MAP_FIELD.exec(expression))) {
    const value = m[2] as string;
    if (!MAP_VALUES.some((form) => form.test(value))) return undefined;
    return value === 'i[1]'
      ? `__entries(obj.${m[1]}, undefined)`
      : `__entries(obj.${m[1]}, (v) => ${value.replaceAll('i[1]', 'v')})`;
  }
  return undefined;
}

/** The generated lines of a mapper around its fields. */
const MAPPER_FRAME = [
  /^function toJson_\w+\(obj\) \{$/,
  /^ *if \(obj === undefined\) \{$/,
  /^ *return undefined;$/,
  /^ *\}$/,
  /^ *const result = \{$/,
  /^ *\};$/,
  /^ *\/\/ filter undefined values$/,
  /^ *return Object\.entries\(result\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: i\[1\] \}\), \{\}\);$/,
  /^\}$/,
];

/**
 * A generated mapper (`function toJson_X(obj) { ... }`) rewritten to take unresolved props: the argument
 * is resolved on entry and each field as it is read ({@link resolvingField}), and the final filter is
 * linear. It takes an optional second argument, the object's metadata already resolved, which stands for
 * `obj.metadata` (null for none). Undefined when a line has a form this does not know.
 */
export function resolvingMapper(source: string): string | undefined {
  const out: string[] = [];
  for (const line of source.split('\n')) {
    const field = /^( *'[^']+': )(.*),$/.exec(line);
    if (field) {
      const expression = resolvingField(field[2] as string);
      if (expression === undefined) return undefined;
      out.push(`${field[1]}${expression},`);
      continue;
    }
    if (!MAPPER_FRAME.some((form) => form.test(line))) return undefined;
    if (line.startsWith('function '))
      out.push(`${line.replace('(obj)', '(obj, __metadata)')}\n    obj = __shallow(obj);`);
    else out.push(line.replace(QUADRATIC, linear));
  }
  return out.join('\n');
}
