/** Kyverno's `match` / `exclude` (resource descriptions, `any`/`all`, user info per the CLI's defaults). */
import { isObject, wildcardMatch } from './values.js';

/** A Kubernetes object as the engine sees it. */
export type KubeObject = Record<string, unknown>;

/** What the engine knows about the admission request. */
export interface MatchContext {
  /** Labels of namespaces by name, for `namespaceSelector`. @default - none known: namespaceSelector never matches */
  readonly namespaceLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Admission operation. @default CREATE */
  readonly operation?: string;
  /** Requesting user. @default - none (subjects, roles and clusterRoles never match, as in `kyverno test`) */
  readonly userInfo?: {
    readonly username?: string;
    readonly groups?: readonly string[];
    readonly roles?: readonly string[];
    readonly clusterRoles?: readonly string[];
  };
}

function meta(o: KubeObject): Record<string, unknown> {
  return (isObject(o.metadata) ? o.metadata : {}) as Record<string, unknown>;
}

const kindCache = new Map<string, boolean>();

/** `group/version/Kind`, `version/Kind`, `Kind`, with wildcards, against an object's apiVersion and kind (memoized). */
export function kindMatches(spec: string, apiVersion: string, kind: string): boolean {
  const key = `${spec}\u0000${apiVersion}\u0000${kind}`;
  let hit = kindCache.get(key);
  if (hit === undefined) {
    hit = kindMatchesUncached(spec, apiVersion, kind);
    kindCache.set(key, hit);
  }
  return hit;
}

function kindMatchesUncached(spec: string, apiVersion: string, kind: string): boolean {
  const parts = spec.split('/');
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  let k = parts[parts.length - 1]!;
  if (parts.length >= 2 && /^[a-z]/.test(k)) {
    // Pod/exec: a subresource, never an object
    return false;
  }
  if (k.includes('.') && parts.length === 1) {
    // Kind.group form is not Kyverno's; treat literally
    k = spec;
  }
  if (!wildcardMatch(k, kind)) return false;
  if (parts.length === 2) return wildcardMatch(parts[0]!, version!) || wildcardMatch(parts[0]!, group!);
  if (parts.length >= 3) return wildcardMatch(parts[0]!, group!) && wildcardMatch(parts[1]!, version!);
  return true;
}

function labelsMatch(selector: unknown, labels: Record<string, unknown>): boolean {
  if (!isObject(selector)) return true;
  const ml = isObject(selector.matchLabels) ? selector.matchLabels : {};
  for (const [k, v] of Object.entries(ml)) {
    const keys = Object.keys(labels).filter((lk) => wildcardMatch(k, lk));
    if (!keys.some((lk) => wildcardMatch(String(v), String(labels[lk])))) return false;
  }
  for (const e of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    const { key, operator, values } = e as { key: string; operator: string; values?: string[] };
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const val = String(labels[key]);
    const vs = values ?? [];
    if (operator === 'In' && !(has && vs.includes(val))) return false;
    if (operator === 'NotIn' && has && vs.includes(val)) return false;
    if (operator === 'Exists' && !has) return false;
    if (operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** Kinds a resource filter lists (used by autogen). */
export function filterKinds(filter: unknown): string[] {
  if (!isObject(filter)) return [];
  const r = isObject(filter.resources) ? filter.resources : {};
  return Array.isArray(r.kinds) ? r.kinds.map(String) : [];
}

/** One resource filter (`resources`, `subjects`, `roles`, `clusterRoles`) against an object. */
export function filterMatches(
  filter: Record<string, unknown>,
  obj: KubeObject,
  ctx: MatchContext,
  kindsOverride?: readonly string[],
): boolean {
  const r = (isObject(filter.resources) ? filter.resources : {}) as Record<string, unknown>;
  const m = meta(obj);
  const apiVersion = String(obj.apiVersion ?? '');
  const kind = String(obj.kind ?? '');
  const name = String(m.name ?? '');
  const namespace = kind === 'Namespace' ? name : String(m.namespace ?? '');
  const kinds = kindsOverride ?? (Array.isArray(r.kinds) ? r.kinds.map(String) : []);
  if (kinds.length > 0 && !kinds.some((k) => kindMatches(k, apiVersion, kind))) return false;
  if (typeof r.name === 'string' && !wildcardMatch(r.name, name)) return false;
  if (Array.isArray(r.names) && r.names.length > 0 && !r.names.some((n) => wildcardMatch(String(n), name)))
    return false;
  if (
    Array.isArray(r.namespaces) &&
    r.namespaces.length > 0 &&
    !r.namespaces.some((n) => wildcardMatch(String(n), namespace))
  )
    return false;
  if (isObject(r.annotations)) {
    const ann = (isObject(m.annotations) ? m.annotations : {}) as Record<string, unknown>;
    for (const [k, v] of Object.entries(r.annotations))
      if (!Object.keys(ann).some((ak) => wildcardMatch(k, ak) && wildcardMatch(String(v), String(ann[ak]))))
        return false;
  }
  if (
    r.selector !== undefined &&
    !labelsMatch(r.selector, (isObject(m.labels) ? m.labels : {}) as Record<string, unknown>)
  )
    return false;
  if (r.namespaceSelector !== undefined) {
    const labels = ctx.namespaceLabels?.[namespace];
    if (!labels || !labelsMatch(r.namespaceSelector, labels)) return false;
  }
  if (Array.isArray(r.operations) && r.operations.length > 0 && !r.operations.includes(ctx.operation ?? 'CREATE'))
    return false;
  const user = ctx.userInfo;
  if (Array.isArray(filter.subjects) && filter.subjects.length > 0) {
    const ok = (filter.subjects as Array<{ kind?: string; name?: string }>).some(
      (s) =>
        (s.kind === 'User' && s.name === user?.username) ||
        (s.kind === 'Group' && user?.groups?.includes(String(s.name))),
    );
    if (!ok) return false;
  }
  if (
    Array.isArray(filter.roles) &&
    filter.roles.length > 0 &&
    !filter.roles.some((x) => user?.roles?.includes(String(x)))
  )
    return false;
  if (
    Array.isArray(filter.clusterRoles) &&
    filter.clusterRoles.length > 0 &&
    !filter.clusterRoles.some((x) => user?.clusterRoles?.includes(String(x)))
  )
    return false;
  return true;
}

/** A `match` or `exclude` block: `any` (one filter matches), `all` (every filter), or a bare filter. */
export function blockMatches(
  block: unknown,
  obj: KubeObject,
  ctx: MatchContext,
  kindsOverride?: readonly string[],
): boolean {
  if (!isObject(block)) return false;
  const any = Array.isArray(block.any) ? (block.any as Record<string, unknown>[]) : undefined;
  const all = Array.isArray(block.all) ? (block.all as Record<string, unknown>[]) : undefined;
  if (any && any.length > 0)
    return any.some((f) =>
      filterMatches(f, obj, ctx, kindsOverride && filterKinds(f).length ? kindsOverride : undefined),
    );
  if (all && all.length > 0)
    return all.every((f) =>
      filterMatches(f, obj, ctx, kindsOverride && filterKinds(f).length ? kindsOverride : undefined),
    );
  if (!isObject(block.resources) && !block.subjects && !block.roles && !block.clusterRoles) return false;
  return filterMatches(block, obj, ctx, kindsOverride);
}

/** Whether a block says anything (an empty exclude excludes nothing). */
export function blockIsEmpty(block: unknown): boolean {
  if (!isObject(block)) return true;
  return !(
    (Array.isArray(block.any) && block.any.length) ||
    (Array.isArray(block.all) && block.all.length) ||
    isObject(block.resources) ||
    block.subjects ||
    block.roles ||
    block.clusterRoles
  );
}
