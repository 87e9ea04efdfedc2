/** Which resources a rule applies to (`match`) or leaves out (`exclude`). */

/** A label selector: `matchLabels` and/or `matchExpressions`. */
export interface LabelSelector {
  /** Labels that must all be present with these values. @default - none */
  readonly matchLabels?: Readonly<Record<string, string>>;
  /** Set-based requirements. @default - none */
  readonly matchExpressions?: readonly {
    readonly key: string;
    readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    readonly values?: readonly string[];
  }[];
}

/** Resources by kind, name, namespace and labels; every field that is set must hold. */
export interface ResourceFilter {
  /** Kinds, e.g. `Pod`, `apps/v1/Deployment`, `Deployment/scale`; wildcards allowed. */
  readonly kinds?: readonly string[];
  /** Names; wildcards `*` and `?` allowed. @default - any name */
  readonly names?: readonly string[];
  /** Namespaces; wildcards allowed. @default - any namespace */
  readonly namespaces?: readonly string[];
  /** Labels of the resource. @default - any labels */
  readonly selector?: LabelSelector;
  /** Labels of the resource's namespace. @default - any namespace labels */
  readonly namespaceSelector?: LabelSelector;
  /** Annotations that must be present (values may use wildcards). @default - any */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Admission operations. @default - CREATE and UPDATE (Kyverno's default) */
  readonly operations?: readonly ('CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT')[];
}

/**
 * A `match` or `exclude` block: either one filter (`kinds`, `names` … directly) or `any` / `all` lists of
 * filters (a resource matches `any` if one filter holds, `all` if every filter holds).
 */
export interface ResourceMatch extends ResourceFilter {
  /** The resource matches if at least one of these holds. @default - none */
  readonly any?: readonly ResourceFilter[];
  /** The resource matches if every one of these holds. @default - none */
  readonly all?: readonly ResourceFilter[];
}

const FILTER_FIELDS = [
  'kinds',
  'names',
  'namespaces',
  'selector',
  'namespaceSelector',
  'annotations',
  'operations',
] as const;

/** Whether `m` sets any filter field directly (instead of through `any`/`all`). */
export function hasDirectFilter(m: ResourceMatch): boolean {
  return FILTER_FIELDS.some((f) => m[f] !== undefined);
}

/** Every filter of `m` (its direct one, then `any`, then `all`). */
export function filtersOf(m: ResourceMatch): ResourceFilter[] {
  return [...(hasDirectFilter(m) ? [m] : []), ...(m.any ?? []), ...(m.all ?? [])];
}

/** The block as Kyverno's YAML: `{ any: [{ resources }] }`, `{ all: … }` or `{ resources }`. */
export function renderMatch(m: ResourceMatch): Record<string, unknown> {
  const wrap = (f: ResourceFilter) => ({ resources: renderFilter(f) });
  return {
    ...(hasDirectFilter(m) ? { resources: renderFilter(m) } : {}),
    ...(m.any ? { any: m.any.map(wrap) } : {}),
    ...(m.all ? { all: m.all.map(wrap) } : {}),
  };
}

function renderFilter(f: ResourceFilter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FILTER_FIELDS) {
    const v = f[field];
    if (v !== undefined) out[field] = v;
  }
  return out;
}
