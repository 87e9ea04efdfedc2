/**
 * Summarises a V8 `.cpuprofile`: top functions by self time, and time per synth phase (inclusive time
 * of the sample stacks that pass through each phase's entry function).
 *
 *   npx tsx bench/profile-summary.ts FILE.cpuprofile [--top 25]
 *
 * Also used by `synth-bench.ts` when BENCH_PROFILE=1.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/**
 * Phases of a synth, first match wins, checked from the innermost frame outwards: a sample counts for
 * the innermost phase entry on its stack.
 */
const PHASES: ReadonlyArray<readonly [phase: string, match: (f: CallFrame) => boolean]> = [
  ['validation (src/validation)', (f) => f.url.includes('/src/validation/')],
  ['validation (hook)', (f) => f.url.includes('/src/app/validation-hook')],
  ['YAML (toYaml / js-yaml)', (f) => f.functionName === 'toYaml' || /js-yaml|\/yaml\/dist\//.test(f.url)],
  ['hashing (contentHash)', (f) => f.functionName === 'contentHash'],
  ['index (renderIndex)', (f) => f.functionName === 'renderIndex'],
  ['writing (writeTree)', (f) => f.functionName === 'writeTree'],
  ['planning (planTree)', (f) => f.functionName === 'planTree'],
  ['key ordering (orderObjectKeys)', (f) => f.functionName === 'orderObjectKeys'],
  ['toJson / resolve (cdk8s)', (f) => f.functionName === 'toJson' || f.functionName === 'resolve'],
  ['construct validate (node.validate)', (f) => f.functionName === 'validate' && f.url.includes('constructs')],
  ['collect (other)', (f) => f.functionName === 'collectManifests'],
  ['cdk8s resolveDependencies', (f) => f.functionName === 'resolveDependencies'],
  ['cdk8s DependencyGraph / charts', (f) => /dependency/.test(f.url) || f.functionName === 'chartToKube'],
  ['cdk8s Yaml.save', (f) => f.functionName === 'save' && f.url.includes('cdk8s')],
  ['cleanup (rmSync)', (f) => f.functionName === 'rmSync'],
];

export interface ProfileSummary {
  readonly totalMs: number;
  readonly top: ReadonlyArray<{ readonly name: string; readonly where: string; readonly selfMs: number }>;
  readonly phases: ReadonlyArray<{ readonly phase: string; readonly ms: number }>;
}

export function summarize(profile: CpuProfile, topN = 20): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    // The delta before sample i+1 is the time sample i ran.
    const dt = (profile.timeDeltas[i + 1] ?? 0) as number;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  }
  let totalUs = 0;
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  const byPhase = new Map<string, number>();
  for (const [id, us] of selfUs) {
    totalUs += us;
    const node = byId.get(id) as ProfileNode;
    const f = node.callFrame;
    const where = f.url ? `${shortUrl(f.url)}:${f.lineNumber + 1}` : '(native)';
    const name = f.functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    byPhase.set(phaseOf(id, byId, parent), (byPhase.get(phaseOf(id, byId, parent)) ?? 0) + us);
  }
  return {
    totalMs: totalUs / 1000,
    top: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, topN)
      .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000 })),
    phases: [...byPhase.entries()].sort((a, b) => b[1] - a[1]).map(([phase, us]) => ({ phase, ms: us / 1000 })),
  };
}

function phaseOf(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  const name = (byId.get(id) as ProfileNode).callFrame.functionName;
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(idle)' || name === '(program)') return name;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const frame = (byId.get(cur) as ProfileNode).callFrame;
    for (const [phase, match] of PHASES) if (match(frame)) return phase;
  }
  return 'other';
}

function shortUrl(url: string): string {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  return nm >= 0 ? path.slice(nm + 'node_modules/'.length) : relative(process.cwd(), path);
}

export function renderSummary(summary: ProfileSummary): string {
  const pct = (ms: number): string => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const lines = [`profiled ${summary.totalMs.toFixed(0)} ms`, '', 'time per phase (innermost phase on the stack):'];
  for (const p of summary.phases) lines.push(`  ${p.ms.toFixed(0).padStart(7)} ms ${pct(p.ms)}  ${p.phase}`);
  lines.push('', 'top functions by self time:');
  for (const t of summary.top)
    lines.push(`  ${t.selfMs.toFixed(0).padStart(7)} ms ${pct(t.selfMs)}  ${t.name}  ${t.where}`);
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error('usage: profile-summary FILE.cpuprofile [--top N]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  process.stdout.write(renderSummary(summarize(profile, Number(values.top ?? 25))));
}
