import { ApiObject } from 'cdk8s';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';

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

/** The helpers {@link linear} calls (`__proto__` stays an own property, as with the spread). */
const HELPERS = `function __put(r, k, v) {
  if (k === '__proto__') Object.defineProperty(r, k, { value: v, enumerable: true, writable: true, configurable: true });
  else r[k] = v;
}
function __defined(o) {
  const r = {};
  for (const k of Object.keys(o)) { const v = o[k]; if (v !== undefined) __put(r, k, v); }
  return r;
}
function __definedMap(o, f) {
  const r = {};
  for (const k of Object.keys(o)) { const v = o[k]; if (v !== undefined) __put(r, k, f(v)); }
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

/** Module → its linear mappers (`toJson_*` by name), or null when it cannot be sped up. */
const cache = new Map<string, Readonly<Record<string, unknown>> | null>();

/** Prototypes patched by {@link installLinearMappers}, with their own `toJson`. */
type Patched = Array<readonly [prototype: { toJson: () => unknown }, original: () => unknown]>;

/**
 * Gives the L1 classes of cdk8s-plus-28's `k8s` module a `toJson` that maps with linear-time copies of
 * their generated mappers (the module's own source with the quadratic filter replaced, see
 * {@link QUADRATIC}); the output is the same object. A class whose `toJson` is not the generated one
 * (`super.toJson()` then `toJson_<Class>Props`) is left alone, as is everything when the module cannot
 * be read. Returns a function that restores the original methods. `test/synth/linear-mappers.test.ts`
 * checks both give the same JSON for every class.
 */
export function installLinearMappers(): () => void {
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
    const mappers = linearMappersOf(path);
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
      const gvk = cls.GVK;
      const map = mapper as (resolved: unknown) => object;
      patched.push([prototype, prototype.toJson]);
      prototype.toJson = function linearToJson(this: ApiObject): unknown {
        const resolved = ApiObject.prototype.toJson.call(this);
        return { ...gvk, ...map(resolved) };
      };
    }
  }
  return () => {
    for (const [prototype, toJson] of patched) prototype.toJson = toJson;
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
 * Linear copies of the module's mappers, compiled once per process; null when there are none. Only the
 * mapper functions are compiled (a twentieth of the module, which is mostly classes, docs and an inline
 * source map); they refer to nothing but each other.
 */
function linearMappersOf(path: string): Readonly<Record<string, unknown>> | null {
  const cached = cache.get(path);
  if (cached !== undefined) return cached;
  let mappers: Record<string, unknown> | null = null;
  try {
    const functions: string[] = [];
    const names: string[] = [];
    for (const match of readFileSync(path, 'utf8').matchAll(MAPPER)) {
      functions.push(match[0].replace(QUADRATIC, linear));
      names.push(match[1] as string);
    }
    if (names.length > 0) {
      const body = `${HELPERS}${functions.join('\n')}\nreturn { ${names.join(', ')} };`;
      mappers = new Script(`(function () {\n${body}\n})`, {
        filename: `${path} (linear mappers)`,
      }).runInThisContext()();
    }
  } catch {
    mappers = null;
  }
  cache.set(path, mappers);
  return mappers;
}
