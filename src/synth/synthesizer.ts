import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { runChecks } from '../tree/checks.js';
import { collectManifests, type ScopeOf } from './collect.js';
import type { KubeObject, Manifest } from './manifest.js';
import { Progress, type ProgressStream } from './progress.js';
import { renderDifferences, renderSummary } from './report.js';
import { SynthFailedError } from './synth-error.js';
import { FileWorker, type FileWorkerResult } from './file-worker.js';
import {
  commitTree,
  diffTree,
  openTarget,
  planTree,
  StagedTree,
  type TreeChanges,
  type TreeDifference,
  type TreePlan,
} from './tree-writer.js';
import { toYaml } from './yaml.js';

/** What validation of the collected manifests found, as report lines. */
export interface ValidationOutcome {
  /** One line (or block) per error. */
  readonly errors: readonly string[];
  /** One line per warning; printed, never fatal. */
  readonly warnings: readonly string[];
}

/** Output streams. */
export interface SynthOutput {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
}

/** Options of {@link synthesize}. */
export interface SynthesizeOptions {
  /** Output folder. */
  readonly outdir: string;
  /** Compare with the tree on disk instead of writing. @default false */
  readonly check?: boolean;
  /** Only synthesize these tiers; other files are left as they are. @default - all */
  readonly tiers?: readonly string[];
  /** Print nothing but errors. @default false */
  readonly quiet?: boolean;
  /** Working folder outdir is resolved against. @default process.cwd() */
  readonly cwd?: string;
  /** Scope of each kind. */
  readonly scopeOf: ScopeOf;
  /** Kubernetes version of folders outside any tier. */
  readonly defaultKubernetesVersion: string;
  /** Registers the kinds the program defines itself (CRDs, XRDs) before objects are placed. @default - none */
  readonly define?: (objects: readonly KubeObject[]) => void;
  /**
   * Validates the manifests synth writes (in tree order) before the outdir changes. It may return the
   * outcome, or a function that waits for it (validation running on another thread, which `onManifest`
   * may have fed while the objects were still being resolved).
   * @default - no validation
   */
  readonly validate?: (manifests: readonly Manifest[]) => ValidationOutcome | (() => ValidationOutcome);
  /**
   * Called with each manifest synth writes, in tree order, as soon as it is placed: before `validate`
   * is called with all of them. @default - none
   */
  readonly onManifest?: (manifest: Manifest) => void;
  /** Where output goes. @default process streams */
  readonly output?: SynthOutput;
  /** Use colours. @default - when stdout is a terminal and NO_COLOR is unset */
  readonly color?: boolean;
  /** Tier names in promotion order, for the summary. @default - by file count */
  readonly tierOrder?: readonly string[];
  /**
   * Called once everything is computed, before anything is written or reported; returning false
   * stops synth without writing (the caller reports why). @default - always go on
   */
  readonly beforeWrite?: () => boolean;
}

/** Thrown when `beforeWrite` stops a synth. */
export class SynthStoppedError extends Error {
  public constructor() {
    super('synth stopped before writing');
    this.name = 'SynthStoppedError';
  }
}

/** What a synth did. */
export interface SynthResult {
  /** Every generated file. */
  readonly manifests: readonly Manifest[];
  /** Changes against the previous synth. */
  readonly changes: TreeChanges;
  /** In check mode: the differences with the tree on disk (empty when up to date). */
  readonly differences: readonly TreeDifference[];
  /** 0 done, 1 check found differences. */
  readonly exitCode: 0 | 1;
}

/**
 * Synthesizes the tree under `root`: collect and resolve every object once, validate, then write the
 * whole tree atomically (or, in check mode, compare it with the tree on disk). Throws
 * {@link SynthFailedError} with every problem when the input is bad; the outdir is then untouched.
 */
export function synthesize(root: IConstruct, options: SynthesizeOptions): SynthResult {
  const started = performance.now();
  const output = options.output ?? { stdout: process.stdout, stderr: process.stderr };
  const color = options.color ?? (Boolean(output.stdout.isTTY) && !process.env.NO_COLOR);
  const progress = new Progress(
    options.quiet ? undefined : output.stderr,
    process.env.CDK8S_GITOPS_TIMING === '1' ? output.stderr : undefined,
  );
  const tiers = options.tiers && options.tiers.length > 0 ? new Set(options.tiers) : undefined;
  try {
    progress.phase('collect');
    progress.update('resolving objects');
    const tierFolders = tiers ? [...tiers].map((t) => `environments/${t}/`) : undefined;
    const owns = tierFolders ? (path: string) => tierFolders.some((folder) => path.startsWith(folder)) : undefined;
    const onManifest = options.onManifest;
    const collected = collectManifests(root, {
      scopeOf: options.scopeOf,
      defaultKubernetesVersion: options.defaultKubernetesVersion,
      tiers,
      define: options.define,
      onProgress: (n) => progress.update(`resolving objects ${n}`),
      onPlaced: onManifest && (owns ? (m) => owns(m.file) && onManifest(m) : onManifest),
    });
    const all = [...collected.manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const collisions = findCollisions(all);
    const errors = [...collected.errors, ...collisions].map((e) => `error: ${e.describe()}`);
    if (errors.length > 0) throw new SynthFailedError(errors, errors.length, options.outdir);
    // With --tier, folders outside any tier were collected for the checks only.
    const manifests = owns ? all.filter((m) => owns(m.file)) : all;
    // Check errors are reported with validation's, after them: an object that is invalid in itself is the
    // first thing to fix, and every problem of the run is still listed at once.
    let checkErrors: string[] = [];
    /**
     * Cross-object checks (sync coverage, references, family checks) over every collected object. They
     * read the objects only, so they run once the files are rendered and handed to the file worker,
     * which writes (or compares) them on the other core meanwhile.
     */
    const runCrossChecks = (): void => {
      progress.phase('checks');
      const checked = runChecks(root, all, tiers);
      checkErrors = checked.errors.map((e) => `error: ${e.describe()}`);
      if (!options.quiet) for (const w of checked.warnings) output.stderr.write(`${w}\n`);
    };
    progress.phase('start validation');
    progress.update(`validating ${manifests.length} objects`);
    // In tree order, as `onManifest` saw them.
    const validation = options.validate?.(owns ? collected.manifests.filter((m) => owns(m.file)) : collected.manifests);
    /** Waits for validation; throws with every error found. Called before the outdir changes. */
    const settleValidation = (): void => {
      let failed = checkErrors;
      if (validation) {
        progress.phase('wait for validation');
        progress.update(`validating ${manifests.length} objects`);
        const outcome = typeof validation === 'function' ? validation() : validation;
        if (!options.quiet) for (const w of outcome.warnings) output.stderr.write(`${w}\n`);
        failed = [...outcome.errors, ...checkErrors];
      }
      if (failed.length > 0) throw new SynthFailedError(failed, failed.length, options.outdir);
    };

    progress.phase('open outdir');
    const target = openTarget(options.outdir, options.cwd);
    let differences: TreeDifference[] = [];
    let changes: TreeChanges;
    if (options.check) {
      progress.phase('render and compare');
      progress.update(`rendering ${manifests.length} files`);
      // Rendered here, read and compared on the worker thread: nothing is hashed or read twice.
      // The compare worker has time to spare while this thread checks and validates: it renders the index.
      const files = new FileWorker({
        mode: 'compare',
        dir: target.outdir,
        expected: manifests.length,
        renderIndex: !owns,
      });
      let compared: FileWorkerResult;
      try {
        for (const m of manifests) files.add(m.file, toYaml(m.object));
        files.end();
        runCrossChecks();
        // Validation on this thread runs while the workers compare.
        settleValidation();
        progress.phase('wait for files');
        compared = files.finish();
      } finally {
        files.stop();
      }
      progress.phase('plan and diff');
      const plan = planTree(
        target,
        { paths: manifests.map((m) => m.file), hashes: compared.hashes, index: compared.index },
        owns,
      );
      if (options.beforeWrite && !options.beforeWrite()) throw new SynthStoppedError();
      progress.update('comparing with the committed tree');
      differences = differencesOf(plan, manifests, compared);
      changes = plan.changes;
    } else {
      // Rendered here, hashed and staged on the worker thread, so no YAML is held in memory.
      progress.phase('render and stage');
      const staged = new StagedTree(target);
      const files = new FileWorker({ mode: 'write', dir: staged.dir, expected: manifests.length });
      try {
        manifests.forEach((m, i) => {
          files.add(m.file, toYaml(m.object));
          if (i % 1000 === 999) progress.update(`writing files ${i + 1}/${manifests.length}`);
        });
        files.end();
        runCrossChecks();
        // Validation on this thread runs while the workers stage.
        settleValidation();
        progress.phase('wait for files');
        const plan = planTree(target, { paths: manifests.map((m) => m.file), hashes: files.finish().hashes }, owns);
        if (options.beforeWrite && !options.beforeWrite()) throw new SynthStoppedError();
        progress.phase('commit');
        commitTree(plan, staged);
        changes = plan.changes;
      } finally {
        files.stop();
        staged.discard();
      }
    }
    progress.done();
    const exitCode = differences.length > 0 ? 1 : 0;
    if (!options.quiet) {
      const synthMs = performance.now() - started;
      output.stdout.write(
        renderSummary(
          options.outdir,
          manifests,
          changes,
          { totalMs: performance.now(), synthMs },
          { color },
          options.check ? 'check' : 'write',
          options.tierOrder,
        ),
      );
    }
    if (differences.length > 0) output.stdout.write(renderDifferences(options.outdir, differences, { color }));
    return { manifests, changes, differences, exitCode };
  } catch (e) {
    progress.done();
    if (e instanceof GitOpsError) throw new SynthFailedError([`error: ${e.describe()}`], 1, options.outdir);
    throw e;
  }
}

/** Two objects that would write the same file: an error naming both construct paths. */
export function findCollisions(sorted: readonly Manifest[]): GitOpsError[] {
  const errors: GitOpsError[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as Manifest;
    const b = sorted[i] as Manifest;
    if (a.file !== b.file) continue;
    errors.push(
      new GitOpsError(`two objects would write ${a.file}: ${a.constructPath} and ${b.constructPath}`, {
        code: 'FILE_COLLISION',
        file: a.file,
        tier: a.tier,
        constructPath: b.constructPath,
        hint: `give one of them another metadata.name (both are ${a.object.kind} '${a.object.metadata.name}'), or put it in another folder`,
      }),
    );
  }
  return errors;
}

/** The differences between a planned tree and the disk, from what the compare worker found. */
function differencesOf(plan: TreePlan, manifests: readonly Manifest[], compared: FileWorkerResult): TreeDifference[] {
  // The generated files that differ: those whose status is not '=' (most trees have none).
  const differing = new Map<string, string | undefined>();
  const { status } = compared;
  let changedAt = 0;
  for (let i = status.search(/[^=]/); i >= 0 && i < status.length; i++) {
    const state = status[i];
    if (state === '+') differing.set((manifests[i] as Manifest).file, undefined);
    else if (state === '~') differing.set((manifests[i] as Manifest).file, compared.current[changedAt++]);
  }
  // Only a tree that differs renders anything again.
  let byPath: Map<string, Manifest> | undefined;
  return diffTree(
    plan,
    (path) => toYaml(((byPath ??= new Map(manifests.map((m) => [m.file, m]))).get(path) as Manifest).object),
    differing,
  );
}
