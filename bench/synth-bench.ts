/**
 * `npm run bench`: our `GitOpsApp.synth()` against bare cdk8s `App.synth()` (FOLDER_PER_CHART_FILE_PER_RESOURCE)
 * on the same generated platform (bench/platform.ts), N services × 3 tiers × 6 objects.
 *
 * Every measurement runs in a fresh child process (bench/run-one.ts) that builds a fresh tree and
 * times only `synth()`, into a fresh temp outdir. Ours and cdk8s alternate within each round, so the
 * ratios hold on a loaded machine even when absolute times drift. Reports medians per N, peak RSS and,
 * at the largest N:
 *   - `synth --check` on the unchanged tree (`check_ms`; must cost no more than synth);
 *   - the physical floor: the same bytes to the same files with plain fs calls (`floor_ms`);
 *   - the whole process as users run it: `cdk8s-gitops synth` running bench/program.ts against
 *     `node --import tsx bench/program-cdk8s.ts` (same loader, module loading and construction included;
 *     one untimed warm-up run each fills the caches a second run of a user would find: tsx's transform
 *     cache, the type-check cache, the compiled-validator cache).
 * As the very last line of stdout, one JSON object.
 *
 * Environment:
 *   BENCH_SIZES=100,500        sizes (default 100,500,1000)
 *   BENCH_RUNS=3               runs per size and implementation (default 5)
 *   BENCH_CDK8S_RUNS=2         runs of bare cdk8s per size, if fewer are wanted (default BENCH_RUNS)
 *   BENCH_TMPDIR=/some/dir     where outdirs go (default /dev/shm when it exists, else the OS temp dir)
 *   BENCH_EXTRA_RUNS=3         runs of check, floor and whole process at the largest N (default: as many as
 *                              BENCH_RUNS, so check's median comes from the same rounds as synth's)
 *   BENCH_PROFILE=1            also CPU-profile one synth of ours at the largest N and summarise it
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TIERS, OBJECTS_PER_SERVICE } from './platform.js';
import { renderSummary, summarize } from './profile-summary.js';
import type { Impl, RunResult } from './run-one.js';
import { median, renderTable } from './stats.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const runOne = join(benchDir, 'run-one.ts');

const sizes = parseList(process.env.BENCH_SIZES, [100, 500, 1000]);
const runsOverride = process.env.BENCH_RUNS ? positiveInt(process.env.BENCH_RUNS, 'BENCH_RUNS') : undefined;
const cdk8sRunsOverride = process.env.BENCH_CDK8S_RUNS
  ? positiveInt(process.env.BENCH_CDK8S_RUNS, 'BENCH_CDK8S_RUNS')
  : undefined;
const tmpBase = process.env.BENCH_TMPDIR ?? defaultTmpBase();
const tiers = BENCH_TIERS.length;
const extraRuns = process.env.BENCH_EXTRA_RUNS
  ? positiveInt(process.env.BENCH_EXTRA_RUNS, 'BENCH_EXTRA_RUNS')
  : (runsOverride ?? 5);

function parseList(value: string | undefined, fallback: number[]): number[] {
  if (!value) return fallback;
  return value.split(',').map((v) => positiveInt(v.trim(), 'BENCH_SIZES'));
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: '${value}' is not a positive integer`);
  return n;
}

/** tmpfs when there is one: the comparison is about synth's work, not the VM's disk latency. */
function defaultTmpBase(): string {
  try {
    if (existsSync('/dev/shm') && statSync('/dev/shm').isDirectory()) {
      rmSync(mkdtempSync(join('/dev/shm', 'probe-')), { recursive: true });
      return '/dev/shm';
    }
  } catch {
    // not writable: fall through
  }
  return tmpdir();
}

/** Child processes must not pick up the CLI's synth settings from this shell. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('CDK8S_')) delete env[key];
  if (compiledLibrary) env.BENCH_LIB = compiledLibrary;
  return env;
}

/** The compiled library the runs load (the bundle the package exports, what users get from npm), unless BENCH_SOURCE=1. */
const compiledLibrary =
  process.env.BENCH_SOURCE === '1'
    ? undefined
    : existsSync(join(repoRoot, 'lib', 'bundle', 'index.js'))
      ? join(repoRoot, 'lib', 'bundle', 'index.js')
      : undefined;

function measure(impl: Impl, n: number, root: string, extra: string[] = []): RunResult {
  const args = ['--expose-gc', '--import', 'tsx', runOne, '--impl', impl, '--n', String(n), '--tmp', root, ...extra];
  const child = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: childEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (child.stdout ?? '').trim().split('\n');
  if (child.status !== 0 || child.error) {
    throw new Error(
      `run-one --impl ${impl} --n ${n} failed (exit ${child.status}${child.signal ? `, ${child.signal}` : ''})\n${child.stderr}${child.error ?? ''}`,
    );
  }
  return JSON.parse(lines[lines.length - 1] as string) as RunResult;
}

interface SizeResult {
  readonly n: number;
  readonly ours: RunResult[];
  readonly 'ours-novalidate': RunResult[];
  readonly cdk8s: RunResult[];
  readonly 'ours-check': RunResult[];
  readonly floor: RunResult[];
  readonly 'ours-families': RunResult[];
}

type Side = 'ours' | 'cdk8s';

/**
 * One whole process, as users run it: ours is the CLI running the program file, cdk8s the program
 * file on bare cdk8s, both by node with tsx as loader. Returns the wall time in ms.
 */
function measureWhole(side: Side, n: number, root: string): number {
  const outdir = join(mkdtempSync(join(root, `whole-${side}-`)), 'out');
  const program = join(benchDir, side === 'ours' ? 'program.ts' : 'program-cdk8s.ts');
  const run = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(program)}`;
  const [command, args] =
    side === 'ours'
      ? [
          process.execPath,
          [join(repoRoot, 'bin', 'cdk8s-gitops.js'), 'synth', '--quiet', '--app', run, '--outdir', outdir],
        ]
      : [process.execPath, ['--import', 'tsx', program]];
  const started = performance.now();
  const child = spawnSync(command, args, {
    cwd: repoRoot,
    env: { ...childEnv(), BENCH_N: String(n), ...(side === 'cdk8s' ? { CDK8S_OUTDIR: outdir } : {}) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (child.status !== 0 || child.error) {
    throw new Error(
      `whole process (${side}, n=${n}) failed (exit ${child.status})\n${child.stdout}${child.stderr}${child.error ?? ''}`,
    );
  }
  rmSync(dirname(outdir), { recursive: true, force: true });
  return ms;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function main(): void {
  const root = mkdtempSync(join(tmpBase, 'cdk8s-gitops-bench-'));
  const cleanup = (): void => rmSync(root, { recursive: true, force: true });
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const started = performance.now();
  try {
    const results: SizeResult[] = [];
    for (const n of sizes) {
      const runs = runsOverride ?? 5;
      const cdk8sRuns = Math.min(runs, cdk8sRunsOverride ?? runs);
      const result: SizeResult = {
        n,
        ours: [],
        'ours-novalidate': [],
        cdk8s: [],
        'ours-check': [],
        floor: [],
        'ours-families': [],
      };
      const largest = n === Math.max(...sizes);
      for (let r = 0; r < runs; r++) {
        // Alternate which goes first, so drift in machine load does not favour one side.
        const order: Impl[] = r % 2 === 0 ? ['ours', 'ours-novalidate', 'cdk8s'] : ['cdk8s', 'ours-novalidate', 'ours'];
        // At the largest N, the tree ours wrote is kept for `synth --check` and the floor (each in a fresh process).
        const kept = largest && r < extraRuns ? join(mkdtempSync(join(root, 'kept-')), 'out') : undefined;
        const steps: Array<[Impl, string[]]> = order.map((impl) => [
          impl,
          impl === 'ours' && kept ? ['--outdir', kept] : [],
        ]);
        if (kept)
          steps.splice(
            steps.findIndex(([impl]) => impl === 'ours') + 1,
            0,
            ['ours-check', ['--outdir', kept]],
            ['floor', ['--outdir', kept]],
          );
        for (const [impl, extraArgs] of steps) {
          if (impl === 'cdk8s' && r >= cdk8sRuns) continue;
          const one = measure(impl, n, root, extraArgs);
          result[impl].push(one);
          log(`  n=${n} run ${r + 1}/${runs} ${impl.padEnd(15)} ${one.synthMs.toFixed(0).padStart(6)} ms`);
        }
        if (kept) rmSync(dirname(kept), { recursive: true, force: true });
        // The whole product: the same services built with every construct family (bench/platform-families.ts).
        if (largest && r < extraRuns) {
          const one = measure('ours-families', n, root, []);
          result['ours-families'].push(one);
          log(`  n=${n} run ${r + 1}/${runs} ${'ours-families'.padEnd(15)} ${one.synthMs.toFixed(0).padStart(6)} ms`);
        }
      }
      results.push(result);
    }

    // The whole process at the largest N, as users run it; one warm-up of each fills the caches.
    const wholeN = Math.max(...sizes);
    const whole: Record<Side, number[]> = { ours: [], cdk8s: [] };
    for (const side of ['ours', 'cdk8s'] as const) {
      const ms = measureWhole(side, wholeN, root);
      log(`  whole process n=${wholeN} warm-up ${side.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms`);
    }
    for (let r = 0; r < extraRuns; r++) {
      for (const side of r % 2 === 0 ? (['ours', 'cdk8s'] as const) : (['cdk8s', 'ours'] as const)) {
        const ms = measureWhole(side, wholeN, root);
        whole[side].push(ms);
        log(`  whole process n=${wholeN} run ${r + 1}/${extraRuns} ${side.padEnd(6)} ${ms.toFixed(0).padStart(6)} ms`);
      }
    }

    // Sanity: both sides wrote the same number of resource files, and (at the smallest N) the same objects.
    const problems: string[] = [];
    for (const { n, ours, cdk8s, 'ours-novalidate': novalidate } of results) {
      const expected = n * tiers * OBJECTS_PER_SERVICE;
      for (const r of [...ours, ...novalidate, ...cdk8s]) {
        if (r.yamlFiles !== expected)
          problems.push(`n=${n} ${r.impl} wrote ${r.yamlFiles} YAML files, expected ${expected}`);
      }
    }
    const checkN = Math.min(...sizes);
    const ourDigest = measure('ours', checkN, root, ['--digest']);
    const cdk8sDigest = measure('cdk8s', checkN, root, ['--digest']);
    if (ourDigest.yamlFiles !== cdk8sDigest.yamlFiles) {
      problems.push(`n=${checkN}: ours wrote ${ourDigest.yamlFiles} YAML files, cdk8s ${cdk8sDigest.yamlFiles}`);
    }
    if (ourDigest.digest !== cdk8sDigest.digest) {
      problems.push(`n=${checkN}: the objects differ (digest ours ${ourDigest.digest}, cdk8s ${cdk8sDigest.digest})`);
    }
    if (problems.length > 0) {
      process.stderr.write(
        `\nSANITY CHECK FAILED: the two implementations did not do the same work\n  ${problems.join('\n  ')}\n`,
      );
      process.exitCode = 1;
      return;
    }

    let familiesSummary: { ms: number; files: number; gateMs: number } | undefined;
    const rows = results.map(({ n, ours, cdk8s, 'ours-novalidate': novalidate }) => {
      const oursMs = median(ours.map((r) => r.synthMs));
      const cdk8sMs = median(cdk8s.map((r) => r.synthMs));
      const withoutValidationMs = median(novalidate.map((r) => r.synthMs));
      // What validation adds, as the difference of the medians with and without it.
      const validateMs = Math.max(0, oursMs - withoutValidationMs);
      return {
        validateMs,
        validateShare: validateMs / withoutValidationMs,
        withoutValidationMs,
        n,
        files: n * tiers * OBJECTS_PER_SERVICE,
        runs: `${ours.length}/${cdk8s.length}`,
        oursMs,
        cdk8sMs,
        speedup: cdk8sMs / oursMs,
        rssMb: median(ours.map((r) => r.rssMb)),
        cdk8sRssMb: median(cdk8s.map((r) => r.rssMb)),
        oursSamples: ours.map((r) => Math.round(r.synthMs)),
        cdk8sSamples: cdk8s.map((r) => Math.round(r.synthMs)),
      };
    });

    const out: string[] = [];
    out.push('');
    out.push(
      `synth of N services × ${tiers} tiers × ${OBJECTS_PER_SERVICE} objects; medians of fresh child processes; synth only (tree construction excluded)`,
    );
    out.push(`node ${process.version}, outdirs under ${tmpBase}${tmpBase === '/dev/shm' ? ' (tmpfs)' : ''}`);
    out.push(
      `ours: ${compiledLibrary ? 'the compiled library as published (lib/bundle, what the package exports)' : 'the TypeScript sources under tsx'}`,
    );
    out.push('ours_ms includes validation; validate_ms = median(ours) - median(ours with validation: false)');
    out.push('');
    out.push(
      renderTable(
        [
          'N',
          'files',
          'runs o/c',
          'ours_ms',
          'validate_ms',
          'validate_%',
          'cdk8s_ms',
          'speedup',
          'rss_mb',
          'cdk8s_rss_mb',
        ],
        rows.map((r) => [
          String(r.n),
          String(r.files),
          r.runs,
          r.oursMs.toFixed(0),
          r.validateMs.toFixed(0),
          `${(r.validateShare * 100).toFixed(0)}%`,
          r.cdk8sMs.toFixed(0),
          `${r.speedup.toFixed(2)}×`,
          r.rssMb.toFixed(1),
          r.cdk8sRssMb.toFixed(1),
        ]),
      ),
    );
    out.push('');
    for (const r of rows) {
      out.push(`  N=${r.n}: ours [${r.oursSamples.join(', ')}] ms, cdk8s [${r.cdk8sSamples.join(', ')}] ms`);
    }
    out.push(
      `sanity: same file counts at every N; same objects at N=${checkN} (digest ${ourDigest.digest?.slice(0, 12)})`,
    );
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first && last && first !== last) {
      const trend = last.speedup / first.speedup;
      out.push(
        `speedup trend: ${first.speedup.toFixed(2)}× at N=${first.n} → ${last.speedup.toFixed(2)}× at N=${last.n} ` +
          `(ratio ${trend.toFixed(2)}: ${trend >= 1 ? 'not shrinking' : 'SHRINKING'})`,
      );
    }
    const top = rows[rows.length - 1];
    const topResult = results[results.length - 1];
    let extra: { checkMs: number; floorMs: number; wholeOurs: number; wholeCdk8s: number } | undefined;
    if (top && topResult) {
      const checkMs = median(topResult['ours-check'].map((r) => r.synthMs));
      const floorMs = median(topResult.floor.map((r) => r.synthMs));
      const wholeOurs = median(whole.ours);
      const wholeCdk8s = median(whole.cdk8s);
      extra = { checkMs, floorMs, wholeOurs, wholeCdk8s };
      const round = (values: readonly number[]): string => values.map((v) => Math.round(v)).join(', ');
      out.push('');
      out.push(`at N=${top.n}:`);
      out.push(
        `  synth --check (unchanged tree): ${checkMs.toFixed(0)} ms [${round(topResult['ours-check'].map((r) => r.synthMs))}], ` +
          `${(checkMs / top.oursMs).toFixed(2)}× synth (target ≤ 1): ${checkMs <= top.oursMs ? 'met' : 'NOT met'}`,
      );
      // For reading the validation figure on a machine whose speed drifts between rounds: ours and the run
      // without validation are next to each other in every round, so their difference per round leaves the
      // drift out. Shown beside the target, which stays the difference of the medians.
      const paired = topResult.ours.map((r, i) => r.synthMs - (topResult['ours-novalidate'][i]?.synthMs ?? NaN));
      if (paired.length > 0 && paired.every(Number.isFinite)) {
        const pairedMs = median(paired);
        out.push(
          `  validation round by round (ours minus without validation, run next to each other): median ${pairedMs.toFixed(0)} ms, ` +
            `${((pairedMs / top.withoutValidationMs) * 100).toFixed(0)}% [${round(paired)}] (the target uses the difference of the medians)`,
        );
      }
      out.push(
        `  physical floor (same bytes, same ${top.files + 1} files, plain mkdirSync + writeFileSync): ${floorMs.toFixed(0)} ms ` +
          `[${round(topResult.floor.map((r) => r.synthMs))}]; ours is ${(top.oursMs / floorMs).toFixed(1)}× the floor`,
      );
      out.push(
        `  whole process (cdk8s-gitops synth on bench/program.ts vs node --import tsx bench/program-cdk8s.ts, warm caches): ` +
          `ours ${wholeOurs.toFixed(0)} ms [${round(whole.ours)}], cdk8s ${wholeCdk8s.toFixed(0)} ms [${round(whole.cdk8s)}], ` +
          `${(wholeCdk8s / wholeOurs).toFixed(2)}×`,
      );
      const targets: Array<[string, boolean]> = [
        [`synth ≥ 4× bare cdk8s: ${top.speedup.toFixed(2)}×`, top.speedup >= 4],
        [`validation adds ≤ 25%: ${(top.validateShare * 100).toFixed(0)}%`, top.validateShare <= 0.25],
        [`whole process ≥ 2.5×: ${(wholeCdk8s / wholeOurs).toFixed(2)}×`, wholeCdk8s / wholeOurs >= 2.5],
        [
          `peak RSS ≤ 1.5× cdk8s: ${top.rssMb.toFixed(0)} MB vs ${top.cdk8sRssMb.toFixed(0)} MB (${(top.rssMb / top.cdk8sRssMb).toFixed(2)}×)`,
          top.rssMb <= 1.5 * top.cdk8sRssMb,
        ],
        [`check ≤ synth: ${checkMs.toFixed(0)} ms vs ${top.oursMs.toFixed(0)} ms`, checkMs <= top.oursMs],
      ];
      const families = topResult['ours-families'];
      if (families.length > 0) {
        const familiesMs = median(families.map((r) => r.synthMs));
        const perObject = (ms: number, files: number) => (ms * 1000) / files;
        const familyFiles = families[0]?.yamlFiles ?? 0;
        out.push(
          `  every construct family (WebService, claims, ExternalSecrets, Flux, Argo CD and their checks): ` +
            `${familiesMs.toFixed(0)} ms [${round(families.map((r) => r.synthMs))}] for ${familyFiles} files, ` +
            `${perObject(familiesMs, familyFiles).toFixed(0)} µs per object vs ${perObject(top.oursMs, top.files).toFixed(0)} µs for the core platform`,
        );
        const gateMs = median(families.map((r) => r.gateMs ?? 0));
        out.push(
          `  Kyverno policy gate (standard library, every tier) within that synth: ${gateMs.toFixed(0)} ms, ` +
            `${((gateMs / Math.max(1, familiesMs - gateMs)) * 100).toFixed(0)}% on top of the rest of synth (target ≤ 25%)`,
        );
        familiesSummary = { ms: familiesMs, files: familyFiles, gateMs };
      }
      out.push(`targets at N=${top.n}:`);
      for (const [what, met] of targets) out.push(`  ${met ? 'met    ' : 'NOT met'}  ${what}`);
    }
    out.push(`bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);

    if (process.env.BENCH_PROFILE === '1') {
      const n = Math.max(...sizes);
      const file = join(root, `ours-${n}.cpuprofile`);
      measure('ours', n, root, ['--profile', file]);
      out.push('', `CPU profile of one synth of ours at N=${n} (sampling; construction excluded):`);
      out.push(renderSummary(summarize(JSON.parse(readFileSync(file, 'utf8')), 15)));
    }

    const json = {
      runs: rows.map((r) => ({
        n: r.n,
        ours_ms: Math.round(r.oursMs),
        cdk8s_ms: Math.round(r.cdk8sMs),
        speedup: Math.round(r.speedup * 100) / 100,
        rss_mb: Math.round(r.rssMb),
        validate_ms: Math.round(r.validateMs),
        cdk8s_rss_mb: Math.round(r.cdk8sRssMb),
        ...(r === top && extra
          ? {
              whole_ours_ms: Math.round(extra.wholeOurs),
              whole_cdk8s_ms: Math.round(extra.wholeCdk8s),
              whole_speedup: Math.round((extra.wholeCdk8s / extra.wholeOurs) * 100) / 100,
              check_ms: Math.round(extra.checkMs),
              floor_ms: Math.round(extra.floorMs),
              ...(familiesSummary
                ? {
                    families_ms: Math.round(familiesSummary.ms),
                    families_files: familiesSummary.files,
                    gate_ms: Math.round(familiesSummary.gateMs),
                  }
                : {}),
            }
          : {}),
      })),
    };
    out.push(JSON.stringify(json));
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    cleanup();
  }
}

main();
