import type { IConstruct } from 'constructs';
import { GitOpsError, type ErrorLocation } from '../errors/index.js';
import type { Manifest } from './manifest.js';

/**
 * What a {@link SynthCheck} sees: every object synth collected, resolved and placed, before anything is
 * validated or written. Checks report problems through `error` (synth fails, exit 2, nothing written) and
 * `warn` (printed, never fatal).
 */
export interface CheckContext {
  /** Every collected object, sorted by file. With `--tier`, other tiers' folders are absent. */
  readonly manifests: readonly Manifest[];
  /** Tiers being synthesized; undefined when all are. */
  readonly tiers?: ReadonlySet<string>;
  /** The manifest an ApiObject construct produced, if it was collected. */
  manifestOf(construct: IConstruct): Manifest | undefined;
  /** Manifests per folder of the tree (`a/b` for `a/b/kind-name.yaml`), folders sorted. */
  folders(): ReadonlyMap<string, readonly Manifest[]>;
  /** Whether `folder` was collected in this run (false for other tiers' folders under `--tier`). */
  isCollected(folder: string): boolean;
  /** Reports an error: synth fails after every check has run. */
  error(error: GitOpsError): void;
  /** Reports a warning. */
  warn(message: string, location?: ErrorLocation): void;
}

/** A check over the whole collected tree, registered by constructs that need one (see {@link SynthChecks}). */
export interface SynthCheck {
  /** Stable id; a check is registered once per id, however many constructs ask for it. */
  readonly id: string;
  /** Runs the check. Must be linear (or near) in the number of objects. */
  check(context: CheckContext): void;
}

const registries = new WeakMap<IConstruct, SynthChecks>();

/**
 * The checks synth runs over the collected tree of one program, between collection and validation.
 *
 * Construct families register the cross-object checks they need (a folder nothing syncs, a claim whose
 * kind no XRD defines, a Secret key nobody produces …) with `SynthChecks.of(this).add(check)`.
 */
export class SynthChecks {
  /** The registry of the program `scope` belongs to. */
  public static of(scope: IConstruct): SynthChecks {
    const root = scope.node.root;
    let checks = registries.get(root);
    if (!checks) {
      checks = new SynthChecks();
      registries.set(root, checks);
    }
    return checks;
  }

  private readonly checks = new Map<string, SynthCheck>();

  private constructor() {}

  /** Registers `check` unless a check with its id is registered already. Returns the registered check. */
  public add<C extends SynthCheck>(check: C): C {
    const existing = this.checks.get(check.id);
    if (existing) return existing as C;
    this.checks.set(check.id, check);
    return check;
  }

  /** The check registered under `id`, if any. */
  public get(id: string): SynthCheck | undefined {
    return this.checks.get(id);
  }

  /** Registered checks, in registration order. */
  public get all(): readonly SynthCheck[] {
    return [...this.checks.values()];
  }
}

/** What {@link runChecks} found. */
export interface CheckOutcome {
  readonly errors: GitOpsError[];
  readonly warnings: string[];
}

/** Runs every check registered for `root` over `manifests`. A check that throws a GitOpsError reports it. */
export function runChecks(
  root: IConstruct,
  manifests: readonly Manifest[],
  tiers: ReadonlySet<string> | undefined,
): CheckOutcome {
  const checks = SynthChecks.of(root).all;
  const errors: GitOpsError[] = [];
  const warnings: string[] = [];
  if (checks.length === 0) return { errors, warnings };
  let byPath: Map<string, Manifest> | undefined;
  let byFolder: Map<string, Manifest[]> | undefined;
  const context: CheckContext = {
    manifests,
    tiers,
    manifestOf(construct) {
      byPath ??= new Map(manifests.filter((m) => m.constructPath).map((m) => [m.constructPath as string, m]));
      return byPath.get(construct.node.path);
    },
    folders() {
      if (!byFolder) {
        byFolder = new Map();
        for (const m of manifests) {
          const slash = m.file.lastIndexOf('/');
          const folder = slash < 0 ? '' : m.file.slice(0, slash);
          const list = byFolder.get(folder);
          if (list) list.push(m);
          else byFolder.set(folder, [m]);
        }
        byFolder = new Map([...byFolder].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      }
      return byFolder;
    },
    isCollected(folder) {
      if (!tiers) return true;
      const m = /^environments\/([^/]+)(\/|$)/.exec(folder);
      return !m || tiers.has(m[1] as string);
    },
    error(error) {
      errors.push(error);
    },
    warn(message, location = {}) {
      const where = [location.tier, location.file, location.constructPath && `[construct ${location.constructPath}]`]
        .filter(Boolean)
        .join(' ');
      warnings.push(`warning ${where ? `${where} ` : ''}${message}`);
    },
  };
  for (const check of checks) {
    try {
      check.check(context);
    } catch (e) {
      if (e instanceof GitOpsError) errors.push(e);
      else throw e;
    }
  }
  return { errors, warnings };
}
