import type { IConstruct } from 'constructs';

/** A custom health check for one kind, in Lua, as Argo CD's `resource.customizations.health.<group>_<Kind>` reads it. */
export interface HealthCheck {
  /** API group, e.g. `database.platform.company.com`. */
  readonly group: string;
  /** Kind, e.g. `XPostgreSQL`; `*` for every kind of the group. */
  readonly kind: string;
  /** The Lua script; it returns a table with `status` and `message`. */
  readonly lua: string;
}

const registries = new WeakMap<IConstruct, HealthChecks>();

/**
 * Health checks families register for the kinds they define (Crossplane XR and claim kinds, …). The
 * Argo CD family writes them into `argocd-cm` in `bootstrap/argocd/`; a family that defines kinds only
 * registers, and never needs to know which GitOps engine reads them.
 */
export class HealthChecks {
  /** The registry of the program `scope` belongs to. */
  public static of(scope: IConstruct): HealthChecks {
    const root = scope.node.root;
    let checks = registries.get(root);
    if (!checks) {
      checks = new HealthChecks();
      registries.set(root, checks);
    }
    return checks;
  }

  private readonly byKey = new Map<string, HealthCheck>();

  private constructor() {}

  /** Registers a check; a later registration for the same group and kind replaces the earlier one. */
  public register(check: HealthCheck): void {
    this.byKey.set(`${check.group}_${check.kind}`, check);
  }

  /** Every check, sorted by group and kind (deterministic output). */
  public get all(): readonly HealthCheck[] {
    return [...this.byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
  }
}
