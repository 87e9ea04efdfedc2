import { ApiObject, App, type AppProps } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { suggest, type Environments, type FreezeWindow } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { promotionGate, Releases, releasesHistory, type AppRelease } from '../promotion/index.js';
import {
  collectManifests,
  findCollisions,
  synthesize,
  type Manifest,
  type SynthOutput,
  type SynthResult,
} from '../synth/index.js';
import {
  FolderChart,
  Layout,
  normalizeFolder,
  Platform,
  ReferenceCheck,
  Repository,
  TierScope,
  type BootstrapFolders,
  type FolderChartProps,
  type IPlatform,
  type PlatformCoreFolders,
  type RepositoryProps,
  type SharedFolders,
  SynthChecks,
  RepositoryFiles,
  type RepositoryFile,
  runChecks,
} from '../tree/index.js';
import { PolicyGate } from '../kyverno/gate.js';
import { BackgroundValidation, BACKGROUND_VALIDATION_THRESHOLD } from './background-validation.js';
import { createValidation, type ValidationSettings } from './validation-hook.js';
import { SynthEnv } from './synth-env.js';
import {
  checkRepositoryFiles,
  repositoryRoot,
  staleRepositoryFiles,
  writeRepositoryFiles,
} from './repository-writer.js';
import { passWriteGate } from './write-gate.js';

/** Props of a {@link GitOpsApp}. */
export interface GitOpsAppProps<N extends string> extends Pick<AppProps, 'resolvers'> {
  /** The catalogue of tiers. */
  readonly environments: Environments<N>;
  /** Where `synth()` writes the tree. @default - $CDK8S_OUTDIR, else 'dist' */
  readonly outdir?: string;
  /** Kubernetes version of folders outside any tier (platform-core, shared, bootstrap). @default '1.33.0' */
  readonly kubernetesVersion?: string;
  /** Append cdk8s hash suffixes to generated names in the built-in folders. @default false */
  readonly hashSuffixes?: boolean;
  /**
   * Schema validation settings (extra CRDs, kinds without a schema). `false` turns schema and safety
   * validation off, which is never a good idea for a tree that is committed.
   * @default - validate every object against the shipped schemas
   */
  readonly validation?: ValidationSettings | false;
  /**
   * Where the tree lives in git: repository URL, revision and the tree's path in the repository. Argo CD
   * Applications and Flux sources are generated from it.
   * @default - not set; constructs that need it say so
   */
  readonly repository?: RepositoryProps;
  /**
   * Check that every Secret, ConfigMap and ServiceAccount an object refers to is in the tree, and that
   * Services and PodDisruptionBudgets select pods (see `ReferenceCheck`).
   * @default true
   */
  readonly checkReferences?: boolean;
  /**
   * The release pins file (see `Releases`), read by `app.release(name)`. `$CDK8S_GITOPS_RELEASES` overrides
   * it (the `promote --dry-run` command uses that).
   * @default 'releases.yaml'
   */
  readonly releases?: string;
  /** How long a hotfix pin may stay un-back-ported before synth fails, in days. @default 14 */
  readonly hotfixMaxAgeDays?: number;
  /**
   * Evaluate every Kyverno policy of the tree (and of `synth --policies DIR`) against the resources of the tiers
   * it applies to: a failing Enforce rule fails synth, Audit failures are warnings (see `PolicyGate`).
   * @default true
   */
  readonly checkPolicies?: boolean;
}

/** What `GitOpsApp.synth()` writes in describe mode (`$CDK8S_GITOPS_DESCRIBE`), for the promotion commands. */
export interface ProgramDescription {
  readonly outdir: string;
  /** Absolute path of the releases file. */
  readonly releases: string;
  readonly tiers: ReadonlyArray<{
    readonly name: string;
    readonly promotesFrom?: string;
    readonly production: boolean;
    readonly freezeWindows: readonly FreezeWindow[];
  }>;
  /** Applications per tier. */
  readonly applications: Readonly<Record<string, readonly string[]>>;
  /** The tree's path in the repository, when the repository setting is given. */
  readonly treePath?: string;
}

/** Annotation put on every object of an application whose pin in the tier is a hotfix. */
export const HOTFIX_ANNOTATION = 'gitops.cdk8s.io/hotfix';
/** Options of {@link GitOpsApp.render}. */
export interface RenderOptions {
  /** Only these tiers (folders outside any tier are always rendered). @default - all */
  readonly tiers?: readonly string[];
  /** Validate every object against its schema. @default true */
  readonly validate?: boolean;
}

/** What {@link GitOpsApp.render} built. */
export interface RenderResult {
  /** Every object, sorted by file. */
  readonly manifests: readonly Manifest[];
  /** Every error synth would report (each a described error, location lines included). */
  readonly errors: readonly string[];
  /** Every warning synth would print. */
  readonly warnings: readonly string[];
}

/** Options of {@link GitOpsApp.synth}; each defaults to what the `cdk8s-gitops` CLI passes in the environment. */
export interface GitOpsSynthOptions {
  /** Compare with the tree on disk instead of writing. @default $CDK8S_GITOPS_CHECK === '1' */
  readonly check?: boolean;
  /** Only synthesize these tiers. @default - $CDK8S_GITOPS_TIERS (comma-separated), else all */
  readonly tiers?: readonly string[];
  /** Print nothing but errors. @default $CDK8S_GITOPS_QUIET === '1' */
  readonly quiet?: boolean;
  /** Where output goes. @default process streams */
  readonly output?: SynthOutput;
  /** Use colours. @default - when stdout is a terminal */
  readonly color?: boolean;
}

export { SynthEnv } from './synth-env.js';

/**
 * One program, all tiers: a cdk8s `App` that gives each tier its scope and lays out the output tree.
 *
 * Folders are created on first use, so a program only gets the folders it fills.
 */
export class GitOpsApp<N extends string = string> extends App implements IPlatform<N> {
  /** The catalogue of tiers. */
  public readonly environments: Environments<N>;
  /** One scope per tier, in promotion order. */
  public readonly tiers: readonly TierScope<N>[];
  /** Kubernetes version of folders outside any tier. */
  public readonly kubernetesVersion: string;
  /** The platform-wide Crossplane folders. */
  public readonly platformCore: PlatformCoreFolders;
  /** Folders shared by every tier. */
  public readonly shared: SharedFolders;
  /** Bootstrap folders for Argo CD and Flux. */
  public readonly bootstrap: BootstrapFolders;
  /** Where the tree lives in git. @default - not set */
  public readonly repository?: Repository;
  private readonly hashSuffixes: boolean;
  private readonly folders = new Map<string, FolderChart>();
  private readonly validationSettings: ValidationSettings | false;
  private readonly releasesFile: string;
  private readonly hotfixMaxAgeDays: number;
  private loadedReleases?: Releases<N>;

  public constructor(props: GitOpsAppProps<N>) {
    super({ outdir: props.outdir ?? (process.env[SynthEnv.outdir] || undefined), resolvers: props.resolvers });
    this.environments = props.environments;
    this.kubernetesVersion = props.kubernetesVersion ?? '1.33.0';
    this.hashSuffixes = props.hashSuffixes ?? false;
    this.validationSettings = props.validation ?? {};
    this.repository = props.repository ? new Repository(props.repository, this.outdir) : undefined;
    Platform.register(this);
    this.releasesFile = process.env[SynthEnv.releases] || props.releases || 'releases.yaml';
    this.hotfixMaxAgeDays = props.hotfixMaxAgeDays ?? 14;
    if (props.checkReferences ?? true) ReferenceCheck.of(this);
    if (props.checkPolicies ?? true) PolicyGate.of(this);
    this.tiers = props.environments.tiers.map(
      (tier) => new TierScope<N>(this, tier, { hashSuffixes: this.hashSuffixes }),
    );
    const lazy = (id: string, path: string, namespace?: string): (() => FolderChart) => {
      return () => this.folder(path, { id, namespace });
    };
    this.platformCore = lazyFolders<PlatformCoreFolders>({
      xrds: lazy('platform-core-xrds', Layout.xrds),
      compositions: lazy('platform-core-compositions', Layout.compositions),
    });
    this.shared = lazyFolders<SharedFolders>({
      policies: lazy('shared-policies', Layout.policies),
      secrets: lazy('shared-secrets', Layout.secrets),
    });
    this.bootstrap = lazyFolders<BootstrapFolders>({
      argocd: lazy('bootstrap-argocd', Layout.argocd, 'argocd'),
      flux: lazy('bootstrap-flux', Layout.flux, 'flux-system'),
    });
  }

  /** The scope of tier `name`. */
  public tier(name: N): TierScope<N> {
    const tier = this.environments.tier(name);
    return this.tiers[tier.index] as TierScope<N>;
  }

  /**
   * The release pins of application `name` from the releases file: `release('api').image` is the image
   * each tier runs, as a `PerTier`. The promotion gate runs at synth once the program reads pins.
   */
  public release(name: string): AppRelease<N> {
    return this.releases.app(name);
  }

  /** The release pins file, loaded and checked on first use. */
  public get releases(): Releases<N> {
    if (!this.loadedReleases) {
      const file = this.releasesFile;
      if (!existsSync(file)) {
        throw new GitOpsError(`releases file '${file}' does not exist`, {
          code: 'RELEASES_MISSING',
          file,
          field: 'releases',
          hint: "create releases.yaml with apps: { <app>: { <tier>: { image: … } } }, or set new GitOpsApp({ releases: 'path' })",
        });
      }
      this.loadedReleases = Releases.load(file, this.environments);
    }
    return this.loadedReleases;
  }

  /** Runs `fn` once per tier, in promotion order. */
  public forEachTier(fn: (scope: TierScope<N>) => void): void {
    for (const scope of this.tiers) fn(scope);
  }

  /**
   * A folder outside any tier, e.g. `shared/monitoring`. The same chart is returned for the same path.
   * Options only apply on first creation.
   */
  public folder(path: string, options: Omit<FolderChartProps, 'path'> & { readonly id?: string } = {}): FolderChart {
    const existing = this.folders.get(path);
    if (existing) return existing;
    normalizeFolder(path, `app.folder('${path}')`);
    const { id, ...props } = options;
    const chart = new FolderChart(this, id ?? path.replace(/\//g, '-'), {
      hashSuffixes: this.hashSuffixes,
      ...props,
      path,
    });
    this.folders.set(path, chart);
    return chart;
  }

  /**
   * Writes the whole tree to `outdir` atomically (or, in check mode, compares it with the tree on disk),
   * after validating every object. Throws `SynthFailedError` listing every problem; the outdir is then
   * left as it was. When check mode comes from the environment (the CLI), sets `process.exitCode = 1` if the
   * tree is out of date.
   */
  public override synth(options: GitOpsSynthOptions = {}): SynthResult {
    const env = process.env;
    const tiers =
      options.tiers ??
      (env[SynthEnv.tiers] ? (env[SynthEnv.tiers] as string).split(',').map((t) => t.trim()) : undefined);
    for (const tier of tiers ?? []) {
      if (!this.environments.has(tier)) {
        throw new GitOpsError(`unknown tier '${tier}'`, {
          code: 'TIER_UNKNOWN',
          tier,
          field: '--tier',
          hint: `${suggest(tier, this.environments.names)}the tiers are: ${this.environments.names.join(', ')}`,
        });
      }
    }
    const describe = env[SynthEnv.describe];
    if (describe) return this.describe(describe);
    if (this.loadedReleases) this.applyPromotionGate(this.loadedReleases);
    const validation = createValidation(this.validationSettings);
    const settings = this.validationSettings;
    // Large trees validate on a worker thread when there is a core for it, started now so it loads while
    // the walk begins; it validates each object as soon as it is placed, while this thread resolves the
    // rest. On two cores, validation runs on this thread once the files are rendered, while the file
    // workers write: measured, a worker there costs more than it saves, because this thread's
    // allocation-heavy resolving then competes with the worker's for the second core (V8's parallel
    // garbage collection runs on it) and the JSON hand-off allocates on both sides.
    const background =
      validation.validate &&
      settings !== false &&
      availableParallelism() > 2 &&
      countApiObjects(this) >= BACKGROUND_VALIDATION_THRESHOLD
        ? new BackgroundValidation(settings)
        : undefined;
    const validate = validation.validate;
    const check = options.check ?? env[SynthEnv.check] === '1';
    // Files outside the tree (CI workflows): refuse to overwrite hand-written ones before anything is written.
    const repoFiles = RepositoryFiles.of(this).all;
    const repoRoot = repositoryRoot(this.outdir);
    if (repoFiles.length > 0 && !check) checkRepositoryFiles(repoRoot, repoFiles);
    let result: SynthResult;
    try {
      result = synthesize(this, {
        outdir: this.outdir,
        check,
        tiers,
        quiet: options.quiet ?? env[SynthEnv.quiet] === '1',
        scopeOf: validation.scopeOf,
        define: background
          ? (objects) => {
              validation.define(objects);
              background.define(objects);
            }
          : validation.define,
        ...(background ? { onManifest: (manifest: Manifest) => background.add(manifest) } : {}),
        validate:
          validate &&
          (background
            ? (manifests) => background.finish(() => validate(manifests))
            : (manifests) => () => validate(manifests)),
        defaultKubernetesVersion: this.kubernetesVersion,
        tierOrder: this.environments.names,
        beforeWrite: passWriteGate,
        output: options.output,
        color: options.color,
      });
    } finally {
      background?.stop();
    }
    if (repoFiles.length > 0 && !tiers) result = this.syncRepositoryFiles(result, repoRoot, repoFiles, check, options);
    // Driven by the CLI: the program's exit code carries the result of --check.
    if (options.check === undefined && result.exitCode !== 0) process.exitCode = result.exitCode;
    const report = env[SynthEnv.report];
    if (report) {
      writeFileSync(
        report,
        JSON.stringify({
          files: result.manifests.length,
          exitCode: result.exitCode,
          differences: result.differences.length,
        }),
      );
    }
    return result;
  }

  /** Writes (or, in check mode, compares) the repository files outside the tree. */
  private syncRepositoryFiles(
    result: SynthResult,
    root: string,
    files: readonly RepositoryFile[],
    check: boolean,
    options: GitOpsSynthOptions,
  ): SynthResult {
    const stdout = options.output?.stdout ?? process.stdout;
    const quiet = options.quiet ?? process.env[SynthEnv.quiet] === '1';
    if (check) {
      const stale = staleRepositoryFiles(root, files);
      if (stale.length === 0) return result;
      stdout.write(`✗ repository files differ from what the program produces: ${stale.join(', ')}\n`);
      return { ...result, exitCode: 1 };
    }
    const written = writeRepositoryFiles(root, files);
    if (!quiet && written.length > 0) stdout.write(`  wrote ${written.join(', ')}\n`);
    return result;
  }

  /** Writes what the promotion commands need to know of the program, instead of synthesizing. */
  private describe(file: string): SynthResult {
    const description: ProgramDescription = {
      outdir: this.outdir,
      releases: resolve(this.releasesFile),
      tiers: this.environments.tiers.map((t) => ({
        name: t.name,
        promotesFrom: t.promotesFrom,
        production: t.production,
        freezeWindows: t.freezeWindows,
      })),
      applications: Object.fromEntries(this.tiers.map((t) => [t.name, [...t.applicationNames]])),
      treePath: this.repository?.path,
    };
    writeFileSync(file, JSON.stringify(description));
    const report = process.env[SynthEnv.report];
    if (report) writeFileSync(report, JSON.stringify({ files: 0, exitCode: 0, differences: 0 }));
    return {
      manifests: [],
      changes: { added: [], changed: [], removed: [], unchanged: 0 },
      differences: [],
      exitCode: 0,
    };
  }

  /** Registers the promotion gate and marks hotfixed applications with {@link HOTFIX_ANNOTATION}. */
  private applyPromotionGate(releases: Releases<N>): void {
    for (const scope of this.tiers) {
      for (const app of releases.apps) {
        const hotfix = releases.pin(app, scope.name).hotfix;
        if (!hotfix || !scope.applicationNames.includes(app)) continue;
        for (const c of scope.application(app).node.findAll()) {
          if (ApiObject.isApiObject(c))
            c.metadata.addAnnotation(HOTFIX_ANNOTATION, `${hotfix.reason} (since ${hotfix.since})`);
        }
      }
    }
    const environments = this.environments;
    const maxAge = this.hotfixMaxAgeDays;
    SynthChecks.of(this).add({
      id: 'promotion.gate',
      check(context) {
        const result = promotionGate(releases, environments, {
          hotfixMaxAgeDays: maxAge,
          history: () => releasesHistory(releases.file),
        });
        for (const e of result.errors) context.error(e);
        for (const w of result.warnings) context.warn(w.message, { tier: w.tier, file: releases.file });
      },
    });
  }

  /**
   * Builds the tree in memory, as synth would, without touching disk: every object collected and placed,
   * the program's checks run and (unless turned off) every object validated. Nothing throws for bad
   * input; problems are in the result. The testing helpers (`cdk8s-gitops/testing`) are built on it.
   */
  public render(options: RenderOptions = {}): RenderResult {
    const tiers = options.tiers && options.tiers.length > 0 ? new Set(options.tiers) : undefined;
    if (this.loadedReleases) this.applyPromotionGate(this.loadedReleases);
    const validation = createValidation(options.validate === false ? false : this.validationSettings);
    const collected = collectManifests(this, {
      scopeOf: validation.scopeOf,
      define: validation.define,
      defaultKubernetesVersion: this.kubernetesVersion,
      tiers,
    });
    const all = [...collected.manifests].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const problems = [...collected.errors, ...findCollisions(all)];
    const checked = problems.length === 0 ? runChecks(this, all, tiers) : { errors: [], warnings: [] };
    const manifests = tiers ? all.filter((m) => !m.tier || tiers.has(m.tier)) : all;
    const outcome = problems.length === 0 ? validation.validate?.(manifests) : undefined;
    // As synth reports them: what is wrong in an object before what is wrong between objects.
    return {
      manifests,
      errors: [
        ...problems.map((e) => e.describe()),
        ...(outcome?.errors ?? []),
        ...checked.errors.map((e) => e.describe()),
      ],
      warnings: [...checked.warnings, ...(outcome?.warnings ?? [])],
    };
  }
}

/** Number of ApiObjects in the tree (a walk, no resolution). */
function countApiObjects(root: IConstruct): number {
  let count = 0;
  const stack: IConstruct[] = [root];
  while (stack.length > 0) {
    const c = stack.pop() as IConstruct;
    if (ApiObject.isApiObject(c)) count++;
    stack.push(...c.node.children);
  }
  return count;
}

function lazyFolders<T extends object>(getters: Record<keyof T, () => FolderChart>): T {
  const result = {} as T;
  for (const [key, get] of Object.entries(getters) as Array<[string, () => FolderChart]>) {
    Object.defineProperty(result, key, { get, enumerable: true });
  }
  return Object.freeze(result);
}
