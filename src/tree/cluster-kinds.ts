import type { IConstruct } from 'constructs';

/** An API group and kind, e.g. `{ group: 'kyverno.io', kind: 'ClusterPolicy' }`. */
export interface ClusterKind {
  readonly group: string;
  readonly kind: string;
}

const registries = new WeakMap<IConstruct, ClusterKinds>();

/**
 * Cluster-scoped kinds the library's own constructs put in a tier's folders (e.g. the Kyverno family's
 * per-tier ClusterPolicy copies). The Argo CD family allows exactly these (and Namespace) in a production
 * tier's AppProject, so production gets no cluster-scoped kind beyond what the program needs.
 */
export class ClusterKinds {
  /** The registry of the program `scope` belongs to. */
  public static of(scope: IConstruct): ClusterKinds {
    const root = scope.node.root;
    let kinds = registries.get(root);
    if (!kinds) {
      kinds = new ClusterKinds();
      registries.set(root, kinds);
    }
    return kinds;
  }

  private readonly byTier = new Map<string, Map<string, ClusterKind>>();

  private constructor() {}

  /** Records that `tier`'s folders hold objects of a cluster-scoped `kind`. */
  public require(tier: string, kind: ClusterKind): void {
    let kinds = this.byTier.get(tier);
    if (!kinds) this.byTier.set(tier, (kinds = new Map()));
    kinds.set(`${kind.group}/${kind.kind}`, { group: kind.group, kind: kind.kind });
  }

  /** The kinds recorded for `tier`, sorted. */
  public of(tier: string): ClusterKind[] {
    return [...(this.byTier.get(tier)?.values() ?? [])].sort((a, b) =>
      `${a.group}/${a.kind}` < `${b.group}/${b.kind}` ? -1 : 1,
    );
  }
}
