import type { KubeObject } from '../tree/index.js';
import { exceptionConditionProblems, exceptionConditionsHold, kindMatches, wildcardMatch } from './engine/index.js';

interface Filter {
  readonly kinds?: readonly string[];
  readonly names?: readonly string[];
  readonly namespaces?: readonly string[];
  readonly selector?: { readonly matchLabels?: Readonly<Record<string, string>> };
}

/** A PolicyException of the tree, prepared for matching. */
export interface ExceptionView {
  readonly name: string;
  /** `policy name` → rule names. */
  readonly rules: ReadonlyMap<string, ReadonlySet<string>>;
  /** Why its `conditions` cannot be evaluated (unknown operator, JMESPath that does not parse); empty when fine. */
  readonly problems: readonly string[];
  /** Whether the exception covers `resource`: its match and, when it has them, its conditions hold. */
  covers(resource: KubeObject): boolean;
}

/** The kind part of a Kyverno kind selector: `apps/v1/Deployment` → `Deployment`, `Pod/exec` → `Pod`. */
export function kindOf(selector: string): string {
  const parts = selector.split('/');
  // group/version/kind, version/kind, kind, kind/subresource
  if (parts.length >= 3) return parts[2] as string;
  if (parts.length === 2) return /^[A-Z*?]/.test(parts[0] as string) ? (parts[0] as string) : (parts[1] as string);
  return selector;
}

/** Whether the resource filter `f` (kinds, names, namespaces, selector.matchLabels) holds for `r`. */
export function filterHolds(f: Filter, r: KubeObject): boolean {
  if (f.kinds && !f.kinds.some((k) => kindMatches(k, r.apiVersion, r.kind))) return false;
  const name = r.metadata.name ?? '';
  if (f.names && !f.names.some((n) => wildcardMatch(n, name))) return false;
  const ns = r.metadata.namespace ?? '';
  if (f.namespaces && !f.namespaces.some((n) => wildcardMatch(n, ns))) return false;
  const labels = r.metadata.labels ?? {};
  for (const [k, v] of Object.entries(f.selector?.matchLabels ?? {}))
    if (!wildcardMatch(v, labels[k] ?? '')) return false;
  return true;
}

/** A PolicyException object of the tree as an {@link ExceptionView}. */
export function exceptionView(object: KubeObject): ExceptionView {
  const spec = (object['spec'] ?? {}) as {
    exceptions?: { policyName?: string; ruleNames?: string[] }[];
    match?: { any?: { resources?: Filter }[]; all?: { resources?: Filter }[] };
    conditions?: unknown;
  };
  const rules = new Map<string, Set<string>>();
  for (const e of spec.exceptions ?? []) {
    if (!e.policyName) continue;
    const set = rules.get(e.policyName) ?? new Set<string>();
    for (const r of e.ruleNames ?? []) set.add(r);
    rules.set(e.policyName, set);
  }
  const any = spec.match?.any ?? [];
  const all = spec.match?.all ?? [];
  const conditions = spec.conditions;
  const problems = conditions === undefined ? [] : exceptionConditionProblems(conditions);
  return {
    name: object.metadata.name ?? '',
    rules,
    problems,
    covers(resource) {
      if (any.length > 0 && !any.some((f) => filterHolds(f.resources ?? {}, resource))) return false;
      if (all.length > 0 && !all.every((f) => filterHolds(f.resources ?? {}, resource))) return false;
      if (any.length === 0 && all.length === 0) return false;
      // Kyverno evaluates the conditions only for matched resources; conditions it cannot evaluate never hold.
      return (
        problems.length === 0 && exceptionConditionsHold(conditions, resource as unknown as Record<string, unknown>)
      );
    },
  };
}
