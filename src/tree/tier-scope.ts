import { Construct } from 'constructs';
import { dns1123LabelProblem, type PerTier, type Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart } from './folder-chart.js';
import { Layout } from './layout.js';

/** Label put on every object of an application with the application's name. */
export const APPLICATION_LABEL = 'app.kubernetes.io/part-of';

/** Props of {@link TierScope.application}. */
export interface ApplicationFolderProps {
  /** Namespace of the application's objects. @default - the tier's convention, e.g. `user-service-dev` */
  readonly namespace?: string;
  /** Extra labels on every object of the application. @default - tier labels and `app.kubernetes.io/part-of` */
  readonly labels?: Readonly<Record<string, string>>;
  /** Append cdk8s hash suffixes to generated object names. @default - as the tier scope */
  readonly hashSuffixes?: boolean;
}

/** Options of a {@link TierScope}. */
export interface TierScopeOptions {
  /** Append cdk8s hash suffixes to generated object names. @default false */
  readonly hashSuffixes?: boolean;
}

/**
 * Everything one tier deploys. Created by `GitOpsApp` once per tier, in promotion order.
 *
 * Gives the tier's folders as charts: `infrastructure` and one `application(name)` per application.
 */
export class TierScope<N extends string = string> extends Construct {
  /** The tier. */
  public readonly tier: Tier<N>;
  private readonly applications = new Map<string, FolderChart>();
  private infrastructureChart?: FolderChart;
  private readonly hashSuffixes: boolean;

  public constructor(scope: Construct, tier: Tier<N>, options: TierScopeOptions = {}) {
    super(scope, tier.name);
    this.tier = tier;
    this.hashSuffixes = options.hashSuffixes ?? false;
  }

  /** Tier name, e.g. `dev`. */
  public get name(): N {
    return this.tier.name;
  }

  /** Shared infrastructure of the tier (Crossplane claims, config): `environments/<tier>/infrastructure/`. */
  public get infrastructure(): FolderChart {
    this.infrastructureChart ??= new FolderChart(this, 'infrastructure', {
      path: Layout.infrastructure(this.tier.name),
      tier: this.tier,
      namespace: this.tier.infrastructureNamespace,
      labels: { ...this.tier.labels },
      hashSuffixes: this.hashSuffixes,
    });
    return this.infrastructureChart;
  }

  /**
   * The folder of application `name` in this tier: `environments/<tier>/applications/<name>/`.
   * The same chart is returned for the same name.
   */
  public application(name: string, props: ApplicationFolderProps = {}): FolderChart {
    const existing = this.applications.get(name);
    if (existing) return existing;
    const problem = dns1123LabelProblem(name);
    if (problem) {
      throw new GitOpsError(`application name '${name}' is not a DNS-1123 label: ${problem}`, {
        code: 'APPLICATION_INVALID_NAME',
        tier: this.tier.name,
        constructPath: `${this.node.path}/applications`,
        field: 'name',
        hint: 'use lower-case letters, digits and -, at most 63 characters',
      });
    }
    const chart = new FolderChart(this, `applications-${name}`, {
      path: Layout.application(this.tier.name, name),
      tier: this.tier,
      namespace: props.namespace ?? this.tier.applicationNamespace(name),
      labels: { ...this.tier.labels, [APPLICATION_LABEL]: name, ...props.labels },
      hashSuffixes: props.hashSuffixes ?? this.hashSuffixes,
    });
    this.applications.set(name, chart);
    return chart;
  }

  /** Names of the applications created so far in this tier. */
  public get applicationNames(): readonly string[] {
    return [...this.applications.keys()];
  }

  /** This tier's entry of a per-tier value. */
  public value<T>(values: PerTier<N, T>): T {
    return values.of(this.tier.name);
  }
}
