import { isPlainObject, type JsonSchema } from './schema-walk.js';

/** Where a structural schema declares defaults: only the paths that lead to a `default`. */
interface DefaultsPlan {
  /** Properties of this object node with a `default`, and the value. */
  readonly defaults: ReadonlyMap<string, unknown>;
  /** Properties whose subtree declares defaults further down. */
  readonly properties: ReadonlyMap<string, DefaultsPlan>;
  /** Declared property names (entries of a map that are not one of them follow `additional`). */
  readonly declared: ReadonlySet<string>;
  readonly additional?: DefaultsPlan;
  readonly items?: DefaultsPlan;
}

/**
 * The API server's structural defaulting for a CRD/XRD schema: a function returning the object with
 * every absent field that declares a `default` set to it, recursing into the defaulted values too,
 * as the API server does before it validates. The input is never changed: objects on the way to a
 * defaulted field are copied, everything else is shared. Undefined when the schema declares no
 * default, so objects of most kinds are validated as they are.
 */
export function schemaDefaulter(schema: JsonSchema): ((object: unknown) => unknown) | undefined {
  const plan = planOf(schema);
  return plan ? (object) => applyPlan(object, plan) : undefined;
}

function planOf(node: unknown): DefaultsPlan | undefined {
  if (!isPlainObject(node)) return undefined;
  const declaredProperties = isPlainObject(node['properties']) ? node['properties'] : {};
  const defaults = new Map<string, unknown>();
  const properties = new Map<string, DefaultsPlan>();
  for (const [name, sub] of Object.entries(declaredProperties)) {
    if (!isPlainObject(sub)) continue;
    if (sub['default'] !== undefined) defaults.set(name, sub['default']);
    const child = planOf(sub);
    if (child) properties.set(name, child);
  }
  const additional = planOf(node['additionalProperties']);
  const items = planOf(node['items']);
  if (defaults.size === 0 && properties.size === 0 && !additional && !items) return undefined;
  return {
    defaults,
    properties,
    declared: new Set(Object.keys(declaredProperties)),
    ...(additional ? { additional } : {}),
    ...(items ? { items } : {}),
  };
}

function applyPlan(value: unknown, plan: DefaultsPlan): unknown {
  if (Array.isArray(value)) {
    if (!plan.items) return value;
    const items = plan.items;
    let out: unknown[] | undefined;
    value.forEach((item, index) => {
      const defaulted = applyPlan(item, items);
      if (defaulted !== item) (out ??= [...value])[index] = defaulted;
    });
    return out ?? value;
  }
  if (!isPlainObject(value)) return value;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, child: unknown): void => {
    out ??= { ...value };
    out[key] = child;
  };
  for (const [name, fallback] of plan.defaults) {
    if (value[name] === undefined) set(name, structuredClone(fallback));
  }
  const current = (): Record<string, unknown> => out ?? value;
  for (const [name, child] of plan.properties) {
    const field = current()[name];
    if (field === undefined) continue;
    const defaulted = applyPlan(field, child);
    if (defaulted !== field) set(name, defaulted);
  }
  if (plan.additional) {
    for (const [key, field] of Object.entries(current())) {
      if (plan.declared.has(key)) continue;
      const defaulted = applyPlan(field, plan.additional);
      if (defaulted !== field) set(key, defaulted);
    }
  }
  return current();
}
