import { isDeepStrictEqual } from 'node:util';

/** One field that differs between two versions of a resource. */
export interface FieldChange {
  /** Dotted path, e.g. `spec.template.spec.containers[0].image`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** A resource that is new, removed or changed. */
export interface ResourceChange {
  readonly change: 'added' | 'removed' | 'changed';
  /** File of the tree (or, comparing tiers, the file relative to the tier). */
  readonly file: string;
  /** `Kind namespace/name` of the resource. */
  readonly resource: string;
  /** Field changes (changed resources only). */
  readonly fields: readonly FieldChange[];
}

/** The changes of one tier (or `(no tier)` for shared folders). */
export interface TierDiff {
  readonly tier: string;
  readonly changes: readonly ResourceChange[];
}

type Obj = Record<string, unknown>;

/** Resource-level and field-level differences between two trees (file → parsed object), grouped by tier. */
export function diffTrees(before: ReadonlyMap<string, unknown>, after: ReadonlyMap<string, unknown>): TierDiff[] {
  const byTier = new Map<string, ResourceChange[]>();
  const push = (file: string, change: ResourceChange): void => {
    const tier = /^environments\/([^/]+)\//.exec(file)?.[1] ?? '(no tier)';
    const list = byTier.get(tier);
    if (list) list.push(change);
    else byTier.set(tier, [change]);
  };
  const files = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const file of files) {
    const a = before.get(file);
    const b = after.get(file);
    if (a === undefined) push(file, { change: 'added', file, resource: describe(b), fields: [] });
    else if (b === undefined) push(file, { change: 'removed', file, resource: describe(a), fields: [] });
    else if (!isDeepStrictEqual(a, b))
      push(file, { change: 'changed', file, resource: describe(b), fields: diffFields(a, b) });
  }
  return [...byTier].sort(([x], [y]) => tierOrder(x, y)).map(([tier, changes]) => ({ tier, changes }));
}

/** Field-level differences of two JSON values. Arrays are compared by index. */
export function diffFields(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => diffFields(a[k], b[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    const out: FieldChange[] = [];
    for (let i = 0; i < n; i++) out.push(...diffFields(a[i], b[i], `${path}[${i}]`));
    return out;
  }
  return [{ path, before: a, after: b }];
}

/**
 * Differences between two tiers' trees, after normalising what differs by construction: the tier's name
 * wherever it appears as a word (namespaces such as `api-dev`, tier labels, cluster URLs) is replaced
 * with `{tier}`, so what remains are real differences (replicas, versions, settings).
 */
export function diffTiers(tree: ReadonlyMap<string, unknown>, tierA: string, tierB: string): ResourceChange[] {
  const pick = (tier: string): Map<string, unknown> => {
    const prefix = `environments/${tier}/`;
    const result = new Map<string, unknown>();
    for (const [file, object] of tree) {
      if (file.startsWith(prefix))
        result.set(normalize(file.slice(prefix.length), tier) as string, normalize(object, tier));
    }
    return result;
  };
  const a = pick(tierA);
  const b = pick(tierB);
  return diffTrees(a, b).flatMap((t) => t.changes);
}

function normalize(value: unknown, tier: string): unknown {
  const word = new RegExp(`(?<![A-Za-z0-9])${tier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(word, '{tier}');
    if (Array.isArray(v)) return v.map(walk);
    if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.replace(word, '{tier}'), walk(x)]));
    return v;
  };
  return walk(value);
}

function describe(o: unknown): string {
  const obj = isObj(o) ? o : {};
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const ns = typeof meta.namespace === 'string' ? `${meta.namespace}/` : '';
  return `${String(obj.kind ?? '?')} ${ns}${String(meta.name ?? '?')}`;
}

function isObj(x: unknown): x is Obj {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

function tierOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '(no tier)') return 1;
  if (b === '(no tier)') return -1;
  return a < b ? -1 : 1;
}

/** Renders a diff as text, Markdown (for a PR comment, one collapsed section per tier) or JSON. */
export function renderDiff(diffs: readonly TierDiff[], format: 'text' | 'markdown' | 'json', title: string): string {
  if (format === 'json') return `${JSON.stringify({ title, tiers: diffs }, null, 2)}\n`;
  const value = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));
  const count = (t: TierDiff, c: ResourceChange['change']): number => t.changes.filter((x) => x.change === c).length;
  const lines: string[] = [];
  if (format === 'markdown') {
    lines.push(`### ${title}`, '');
    if (diffs.length === 0) lines.push('No changes to the rendered tree.');
    const removedTotal = diffs.reduce((n, t) => n + count(t, 'removed'), 0);
    if (removedTotal > 0) {
      lines.push(
        `> [!CAUTION]`,
        `> **${removedTotal} resource(s) will be deleted from the cluster** (listed first in each tier).`,
        '',
      );
    }
    for (const t of diffs) {
      const removed = count(t, 'removed');
      lines.push(
        `<details${removed > 0 ? ' open' : ''}><summary><b>${t.tier}</b>: ${count(t, 'added')} added, ${count(t, 'changed')} changed, ${removed} removed${removed > 0 ? ' ⚠️' : ''}</summary>`,
        '',
      );
      for (const c of sortRemovedFirst(t.changes)) {
        const mark = c.change === 'removed' ? '🗑️ **REMOVED**' : c.change === 'added' ? '➕ added' : '✏️ changed';
        lines.push(`- ${mark} \`${c.resource}\` (${c.file})`);
        for (const f of c.fields) lines.push(`  - \`${f.path}\`: ${value(f.before)} → ${value(f.after)}`);
      }
      lines.push('', '</details>', '');
    }
    return `${lines.join('\n')}\n`;
  }
  lines.push(title);
  if (diffs.length === 0) lines.push('  no changes');
  for (const t of diffs) {
    lines.push(`${t.tier}: ${count(t, 'added')} added, ${count(t, 'changed')} changed, ${count(t, 'removed')} removed`);
    for (const c of sortRemovedFirst(t.changes)) {
      const mark =
        c.change === 'removed'
          ? '- REMOVED (deleted from the cluster)'
          : c.change === 'added'
            ? '+ added'
            : '~ changed';
      lines.push(`  ${mark} ${c.resource} (${c.file})`);
      for (const f of c.fields) lines.push(`      ${f.path}: ${value(f.before)} → ${value(f.after)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function sortRemovedFirst(changes: readonly ResourceChange[]): ResourceChange[] {
  const rank = { removed: 0, changed: 1, added: 2 } as const;
  return [...changes].sort((a, b) => rank[a.change] - rank[b.change] || (a.file < b.file ? -1 : 1));
}
