import pc from 'picocolors';
import type { Manifest } from './manifest.js';
import type { TreeChanges, TreeDifference } from './tree-writer.js';
import type * as Diff from 'diff';
import { lazyModule } from '../lazy/index.js';

const diff = lazyModule<typeof Diff>('diff');

/** Colours on or off. */
export interface ReportStyle {
  readonly color: boolean;
}

const SHARED = '(no tier)';

/** Summary of a synth: files per tier and per kind, changes, time. */
export function renderSummary(
  outdir: string,
  manifests: readonly Manifest[],
  changes: TreeChanges,
  timing: { readonly totalMs: number; readonly synthMs: number },
  style: ReportStyle,
  mode: 'write' | 'check',
  tierOrder: readonly string[] = [],
): string {
  const c = pc.createColors(style.color);
  // Tiers in promotion order, then files outside any tier.
  const counts = countBy(manifests, (m) => m.tier ?? SHARED);
  const rank = (t: string): number =>
    tierOrder.includes(t) ? tierOrder.indexOf(t) : t === SHARED ? Infinity : tierOrder.length;
  const perTier = new Map([...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1)));
  const perKind = countBy(manifests, (m) => m.object.kind);
  const width = Math.max(...[...perTier.keys(), 'tier'].map((k) => k.length));
  const lines = [`${c.bold('cdk8s-gitops synth')} → ${outdir}: ${manifests.length} files`];
  for (const [tier, count] of perTier) lines.push(`  ${tier.padEnd(width)}  ${String(count).padStart(6)}`);
  lines.push(`  kinds: ${[...perKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
  const verb = mode === 'check' ? 'would change' : 'changed';
  lines.push(
    `  ${c.green(`+${changes.added.length} added`)}  ${c.yellow(`~${changes.changed.length} ${verb}`)}  ${c.red(`-${changes.removed.length} removed`)}  (${changes.unchanged} unchanged)`,
  );
  lines.push(`  done in ${(timing.totalMs / 1000).toFixed(2)}s (synth ${(timing.synthMs / 1000).toFixed(2)}s)`);
  return `${lines.join('\n')}\n`;
}

/** Files per key, most first, then by name. */
function countBy(manifests: readonly Manifest[], key: (m: Manifest) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of manifests) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** Lines of diff shown per file, and files shown with a diff, in `--check` output. */
const DIFF_LINES_PER_FILE = 20;
const FILES_WITH_DIFF = 50;

/** The `--check` report: each added/changed/removed file with a short diff. */
export function renderDifferences(outdir: string, differences: readonly TreeDifference[], style: ReportStyle): string {
  const c = pc.createColors(style.color);
  const lines = [
    `${c.red('✗')} ${outdir} is out of date: ${differences.length === 1 ? '1 file differs' : `${differences.length} files differ`} from what the program produces`,
  ];
  differences.forEach((d, i) => {
    const tag =
      d.change === 'added' ? c.green('added  ') : d.change === 'removed' ? c.red('removed') : c.yellow('changed');
    lines.push(`  ${tag} ${d.path}`);
    if (i >= FILES_WITH_DIFF) return;
    const patch = diff().structuredPatch(d.path, d.path, d.current ?? '', d.expected ?? '', 'committed', 'synth', {
      context: 2,
    });
    const body = patch.hunks.flatMap((h) => [
      `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
      ...h.lines,
    ]);
    for (const line of body.slice(0, DIFF_LINES_PER_FILE)) {
      const colored = line.startsWith('+') ? c.green(line) : line.startsWith('-') ? c.red(line) : c.dim(line);
      lines.push(`      ${colored}`);
    }
    if (body.length > DIFF_LINES_PER_FILE) lines.push(c.dim(`      … ${body.length - DIFF_LINES_PER_FILE} more lines`));
  });
  if (differences.length > FILES_WITH_DIFF) lines.push(c.dim(`  (diffs shown for the first ${FILES_WITH_DIFF} files)`));
  lines.push(`  run 'cdk8s-gitops synth' and commit ${outdir}`);
  return `${lines.join('\n')}\n`;
}
