/**
 * One measurement, in a process of its own: builds the platform for one implementation, times only
 * `app.synth()` into a fresh temp outdir, counts the YAML files written, and prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/run-one.ts --impl IMPL --n 1000 [--tmp DIR] [--profile FILE] [--heap-profile FILE] [--digest]
 *
 * IMPL: `ours`, `ours-novalidate` (validation off), `cdk8s` (bare cdk8s), `ours-check` (`synth --check`
 * on the unchanged tree in `--outdir`, which an earlier `ours` run wrote), `ours-families` (every construct
 * family's objects, bench/platform-families.ts), `floor` (the files in
 * `--outdir` written again, to a fresh folder, with plain `mkdirSync` + `writeFileSync`: the physical floor).
 * With `--outdir DIR` the run uses (and keeps) DIR instead of a fresh temp folder.
 *
 * With `--profile`, a CPU profile of the synth alone (construction excluded) is written to FILE; with
 * `--heap-profile`, a sampling heap profile of what the synth allocates (garbage included) is.
 * With `--digest`, the written objects are parsed back and hashed (after timing), so the caller can
 * check that both implementations wrote the same objects.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { buildCdk8s } from './platform.js';
import { buildOurs } from './platform-ours.js';
import { buildFamilies } from './platform-families.js';
import { kyvernoGateMs } from './families/kyverno.js';

/** What one run reports (the last line of its stdout, as JSON). */
export interface RunResult {
  readonly impl: Impl;
  readonly n: number;
  /** Wall time of `app.synth()` alone (for `floor`: of writing the files). */
  readonly synthMs: number;
  /** Wall time of building the construct tree (not part of the comparison). */
  readonly buildMs: number;
  /** Peak resident set size of the process, MB. */
  readonly rssMb: number;
  /** YAML files the synth wrote. */
  readonly yamlFiles: number;
  /** `ours-families`: milliseconds of the Kyverno policy gate within the synth. */
  readonly gateMs?: number;
  /** With `--digest`: sha256 of the sorted canonical JSON of every object written. */
  readonly digest?: string;
}

/** `ours-novalidate` is our synth with schema validation turned off, to measure what validation costs. */
export const IMPLS = ['ours', 'ours-novalidate', 'cdk8s', 'ours-check', 'floor', 'ours-families'] as const;
export type Impl = (typeof IMPLS)[number];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      impl: { type: 'string' },
      n: { type: 'string' },
      tmp: { type: 'string' },
      profile: { type: 'string' },
      'heap-profile': { type: 'string' },
      digest: { type: 'boolean' },
      outdir: { type: 'string' },
    },
  });
  const impl = values.impl as Impl;
  if (!IMPLS.includes(impl)) throw new Error(`--impl must be one of ${IMPLS.join(', ')}`);
  const n = Number(values.n);
  if (!Number.isInteger(n) || n <= 0) throw new Error('--n must be a positive integer');

  const root = values.tmp ?? tmpdir();
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, `${impl}-${n}-`));
  const given = values.outdir;
  if ((impl === 'ours-check' || impl === 'floor') && !given) throw new Error(`--impl ${impl} needs --outdir`);
  const outdir = impl === 'floor' || !given ? join(dir, 'out') : given;
  try {
    let floorFiles: Array<readonly [string, string]> = [];
    if (impl === 'floor') {
      const source = given as string;
      floorFiles = allFiles(source).map((f) => [relative(source, f), readFileSync(f, 'utf8')] as const);
    }
    const built = performance.now();
    const app =
      impl === 'floor'
        ? undefined
        : impl === 'cdk8s'
          ? buildCdk8s(n, outdir)
          : impl === 'ours-families'
            ? buildFamilies(n, outdir)
            : buildOurs(n, outdir, impl !== 'ours-novalidate');
    const buildMs = performance.now() - built;
    (globalThis as { gc?: () => void }).gc?.();

    const heapProfile = values['heap-profile'];
    const session = values.profile || heapProfile ? new Session() : undefined;
    if (session) session.connect();
    if (session && values.profile) {
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 250 });
      await session.post('Profiler.start');
    }
    if (session && heapProfile) {
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }

    const started = performance.now();
    if (impl === 'floor') writePlainly(outdir, floorFiles);
    else if (impl === 'cdk8s') (app as ReturnType<typeof buildCdk8s>).synth();
    else {
      const result = (app as ReturnType<typeof buildOurs>).synth({ quiet: true, check: impl === 'ours-check' });
      if (impl === 'ours-check' && result.exitCode !== 0) throw new Error('synth --check found differences');
    }
    const synthMs = performance.now() - started;

    if (session && values.profile) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(values.profile, JSON.stringify(profile));
    }
    if (session && heapProfile) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(heapProfile, JSON.stringify(profile));
    }
    session?.disconnect();

    const rssMb = process.resourceUsage().maxRSS / 1024;
    const files = yamlFiles(outdir);
    const result: RunResult = {
      impl,
      n,
      synthMs,
      buildMs,
      rssMb,
      yamlFiles: files.length,
      ...(impl === 'ours-families' ? { gateMs: kyvernoGateMs(app as ReturnType<typeof buildFamilies>) } : {}),
      ...(values.digest ? { digest: digestObjects(files) } : {}),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Paths of the YAML files under `dir`, recursively. */
function yamlFiles(dir: string): string[] {
  return allFiles(dir).filter((f) => f.endsWith('.yaml'));
}

/** Paths of the files under `dir`, recursively. */
function allFiles(dir: string, into: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) allFiles(path, into);
    else if (entry.isFile()) into.push(path);
  }
  return into;
}

/** The physical floor: the same bytes to the same files, one `mkdirSync` per folder and one `writeFileSync` per file. */
function writePlainly(outdir: string, files: ReadonlyArray<readonly [string, string]>): void {
  const made = new Set<string>();
  for (const [path, text] of files) {
    const target = join(outdir, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, text);
  }
}

/** Order-independent digest of every object in `files`: file names and key order do not count. */
function digestObjects(files: readonly string[]): string {
  const objects: string[] = [];
  for (const file of files) {
    for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) if (doc != null) objects.push(canonical(doc));
  }
  objects.sort();
  const hash = createHash('sha256');
  for (const o of objects) hash.update(o).update('\n');
  return hash.digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

await main();
