import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { SynthChecks, type CheckContext, type SynthCheck } from './checks.js';
import { FolderChart } from './folder-chart.js';

/** One folder of the tree that one thing (an Argo CD Application, a Flux Kustomization …) syncs. */
export interface SyncClaim {
  /** Folder of the tree, relative to its root (`''` for the whole tree). */
  readonly folder: string;
  /** Whether sub-folders are synced too (Argo CD `directory.recurse`). @default false */
  readonly recurse?: boolean;
  /** What syncs it, for messages, e.g. `Application argocd/user-service-dev`. */
  readonly by: string;
  /** Construct path of what syncs it. @default - none */
  readonly constructPath?: string;
  /** Tier of what syncs it. @default - none */
  readonly tier?: string;
  /** The folder must hold manifests (an Application pointing at an empty or missing folder is an error). @default true */
  readonly mustExist?: boolean;
}

/** Produces claims once the tree is known (e.g. an ApplicationSet's git directory generator). */
export type SyncClaimProvider = (context: CheckContext) => readonly SyncClaim[];

/**
 * Every folder of the tree that holds manifests is synced by exactly one thing.
 *
 * Argo CD Applications (and the Applications an ApplicationSet generates) and Flux Kustomizations claim
 * the folders they sync; the check runs at synth once anything has claimed a folder. A folder nothing
 * syncs, a folder synced twice, and a claim on a folder that holds nothing are errors. Folders applied by
 * other means (e.g. applied by hand once) are exempted by name, with a reason.
 */
export class SyncCoverage implements SynthCheck {
  /** The coverage of the program `scope` belongs to; registers its check on first use. */
  public static of(scope: IConstruct): SyncCoverage {
    return SynthChecks.of(scope).add(new SyncCoverage());
  }

  public readonly id = 'tree.sync-coverage';
  private readonly claims: Array<SyncClaim | SyncClaimProvider> = [];
  private readonly exemptions = new Map<string, { readonly reason: string; readonly recurse: boolean }>();

  private constructor() {}

  /** Records that something syncs a folder, now or once the tree is known. */
  public claim(claim: SyncClaim | SyncClaimProvider): void {
    this.claims.push(claim);
  }

  /** Exempts a folder (and with `recurse` its sub-folders) from the check, with the reason. */
  public exempt(folder: FolderChart | string, reason: string, options: { readonly recurse?: boolean } = {}): void {
    const path = FolderChart.isFolderChart(folder) ? folder.path : folder;
    if (!reason || reason.trim() === '') {
      throw new GitOpsError(`exempting folder '${path}' from sync coverage needs a reason`, {
        code: 'SYNC_EXEMPT_NO_REASON',
        field: 'reason',
        hint: "say how the folder reaches the cluster, e.g. 'applied once by the cluster bootstrap script'",
      });
    }
    this.exemptions.set(path, { reason, recurse: options.recurse ?? false });
  }

  /** Every claim, with providers expanded against the collected tree. */
  public resolveClaims(context: CheckContext): SyncClaim[] {
    return this.claims.flatMap((c) => (typeof c === 'function' ? c(context) : [c]));
  }

  public check(context: CheckContext): void {
    const claims = this.resolveClaims(context);
    const folders = context.folders();
    // Index claims by folder so the check stays linear: a folder is covered by claims on itself and by
    // recursive claims on any of its ancestors.
    const exact = new Map<string, SyncClaim[]>();
    const recursive = new Map<string, SyncClaim[]>();
    for (const c of claims) push(c.recurse ? recursive : exact, c.folder, c);
    const claimsOf = (folder: string): SyncClaim[] => {
      const by = [...(exact.get(folder) ?? [])];
      for (let f = folder; ; f = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '') {
        by.push(...(recursive.get(f) ?? []));
        if (f === '') break;
      }
      return by;
    };
    const covered = new Set<string>();
    for (const [folder, manifests] of folders) {
      const by = claimsOf(folder);
      for (const c of by) covered.add(`${c.recurse ? 'r' : 'e'}:${c.folder}`);
      if (this.isExempt(folder)) continue;
      const first = manifests[0];
      if (by.length === 0) {
        context.error(
          new GitOpsError(`folder '${folder}' holds ${manifests.length} object(s) but nothing syncs it`, {
            code: 'FOLDER_NOT_SYNCED',
            file: first?.file,
            tier: first?.tier,
            constructPath: first?.constructPath,
            hint: `sync it with an Argo CD Application or a Flux Kustomization, or exempt it: SyncCoverage.of(app).exempt('${folder}', 'reason')`,
          }),
        );
      } else if (by.length > 1) {
        context.error(
          new GitOpsError(`folder '${folder}' is synced ${by.length} times: ${by.map((c) => c.by).join(' and ')}`, {
            code: 'FOLDER_SYNCED_TWICE',
            file: first?.file,
            tier: by[1]?.tier ?? first?.tier,
            constructPath: by[1]?.constructPath,
            hint: 'two controllers would fight over the same objects (SharedResourceWarning); keep one of them',
          }),
        );
      }
    }
    for (const c of claims) {
      if (c.mustExist === false || !context.isCollected(c.folder)) continue;
      if (covered.has(`${c.recurse ? 'r' : 'e'}:${c.folder}`)) continue;
      context.error(
        new GitOpsError(`${c.by} syncs folder '${c.folder}', which holds no objects in the tree`, {
          code: 'SYNC_PATH_NOT_IN_TREE',
          tier: c.tier,
          constructPath: c.constructPath,
          field: 'source.path',
          hint: 'point it at a folder chart that has objects (pass the chart, not a string), or remove it',
        }),
      );
    }
  }

  private isExempt(folder: string): boolean {
    for (const [path, e] of this.exemptions) {
      if (path === folder || (e.recurse && folder.startsWith(`${path}/`))) return true;
    }
    return false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
