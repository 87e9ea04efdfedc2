import type { SyncPolicy } from './sync-policy.js';

/** The cluster a tier deploys to, as Argo CD knows it. */
export interface ClusterProps {
  /** Argo CD cluster name, e.g. `in-cluster` or `production-eu-1`. */
  readonly name: string;
  /** Kubernetes API server URL, e.g. `https://kubernetes.default.svc`. */
  readonly server: string;
}

/**
 * A period in which a tier must not change: an Argo CD deny sync window.
 *
 * `schedule` is a five-field cron expression for the start, `duration` a Go duration (`1h`, `2h30m`, `60h`).
 */
export interface FreezeWindow {
  /** When the freeze starts, as a cron expression, e.g. `0 18 * * 5` (Friday 18:00). */
  readonly schedule: string;
  /** How long it lasts, e.g. `60h`. */
  readonly duration: string;
  /** Time zone of `schedule`, an IANA name. @default 'UTC' */
  readonly timeZone?: string;
  /** Why the tier is frozen, shown to people who try to sync. @default - none */
  readonly reason?: string;
  /** Whether a person may still sync by hand during the freeze. @default false */
  readonly manualSync?: boolean;
}

/** Namespace naming of a tier. Templates may use `{tier}` and, for applications, `{app}`. */
export interface NamespaceConvention {
  /** Namespace of the tier's shared infrastructure (claims, config). @default '{tier}' */
  readonly infrastructure?: string;
  /** Namespace of each application. @default '{app}-{tier}' */
  readonly applications?: string;
}

/** What a team says about one tier in its catalogue. `N` is the union of the catalogue's tier names. */
export interface TierProps<N extends string = string> {
  /** Cluster the tier deploys to. */
  readonly cluster: ClusterProps;
  /** The tier whose releases this one receives; absent for the first tier. @default - none (entry tier) */
  readonly promotesFrom?: N;
  /** How changes are applied. @default Sync.automated() (prune and self-heal) */
  readonly sync?: SyncPolicy;
  /** Namespace naming. @default { infrastructure: '{tier}', applications: '{app}-{tier}' } */
  readonly namespaces?: NamespaceConvention;
  /** Labels put on every object of the tier. @default - only the tier label */
  readonly labels?: Readonly<Record<string, string>>;
  /** Periods in which the tier must not change. @default - none */
  readonly freezeWindows?: readonly FreezeWindow[];
  /** Kubernetes version of the tier's cluster, used to pick schemas for validation. @default '1.33.0' */
  readonly kubernetesVersion?: string;
  /**
   * Whether this is a production tier: it gets the strictest settings (policies enforced, manual promotion gates).
   * @default true for a tier named `production` or `prod`, false otherwise
   */
  readonly production?: boolean;
}

/** Label put on every object with the name of its tier. */
export const TIER_LABEL = 'gitops.cdk8s.io/tier';

/** The default Kubernetes version tiers are validated against. */
export const DEFAULT_KUBERNETES_VERSION = '1.33.0';

/** One tier of a catalogue, with every default applied. */
export class Tier<N extends string = string> {
  /** Tier name, a DNS-1123 label. */
  public readonly name: N;
  /** Cluster the tier deploys to. */
  public readonly cluster: ClusterProps;
  /** The tier this one receives releases from. @default - none (entry tier) */
  public readonly promotesFrom?: N;
  /** How changes are applied. */
  public readonly sync: SyncPolicy;
  /** Labels put on every object of the tier, including {@link TIER_LABEL}. */
  public readonly labels: Readonly<Record<string, string>>;
  /** Periods in which the tier must not change. */
  public readonly freezeWindows: readonly FreezeWindow[];
  /** Kubernetes version of the tier's cluster. */
  public readonly kubernetesVersion: string;
  /** Whether this is a production tier (strictest settings). */
  public readonly production: boolean;
  /** Position in promotion order, 0 for the first tier. */
  public readonly index: number;
  private readonly infrastructureTemplate: string;
  private readonly applicationsTemplate: string;

  /** @internal use `defineEnvironments` */
  public constructor(name: N, props: TierProps<N>, index: number, defaultSync: SyncPolicy) {
    this.name = name;
    this.index = index;
    this.cluster = { ...props.cluster };
    this.promotesFrom = props.promotesFrom;
    this.sync = props.sync ?? defaultSync;
    this.labels = Object.freeze({ ...props.labels, [TIER_LABEL]: name });
    this.freezeWindows = Object.freeze([...(props.freezeWindows ?? [])]);
    this.kubernetesVersion = props.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
    this.production = props.production ?? (name === 'production' || name === 'prod');
    this.infrastructureTemplate = props.namespaces?.infrastructure ?? '{tier}';
    this.applicationsTemplate = props.namespaces?.applications ?? '{app}-{tier}';
    Object.freeze(this.cluster);
  }

  /** Namespace of the tier's shared infrastructure, e.g. `dev`. */
  public get infrastructureNamespace(): string {
    return expandNamespace(this.infrastructureTemplate, this.name);
  }

  /** Namespace of application `app` in this tier, e.g. `user-service-dev`. */
  public applicationNamespace(app: string): string {
    return expandNamespace(this.applicationsTemplate, this.name, app);
  }

  /** The templates as given (for checks and documentation). */
  public get namespaceTemplates(): Required<NamespaceConvention> {
    return { infrastructure: this.infrastructureTemplate, applications: this.applicationsTemplate };
  }

  public toString(): string {
    return this.name;
  }
}

/** Replaces `{tier}` and `{app}` in a namespace template. */
export function expandNamespace(template: string, tier: string, app?: string): string {
  return template.replace(/\{(tier|app)\}/g, (_, key: string) => (key === 'tier' ? tier : (app ?? '')));
}
