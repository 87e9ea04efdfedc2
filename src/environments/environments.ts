import { GitOpsError, GitOpsErrors } from '../errors/index.js';
import { dns1123LabelProblem } from './names.js';
import { buildPerTier, PerTier, type PerTierOptions } from './per-tier.js';
import { cronProblem, durationProblem, timeZoneProblem } from './schedule.js';
import { suggest } from './suggest.js';
import { Sync, type SyncPolicy } from './sync-policy.js';
import { expandNamespace, Tier, type FreezeWindow, type TierProps } from './tier.js';

/** Props of {@link defineEnvironments}. `T` maps each tier name to its props. */
export interface EnvironmentsProps<T> {
  /** The tiers, by name. Each name must be a DNS-1123 label. Order of declaration breaks ties in promotion order. */
  readonly tiers: T;
  /** Sync policy of tiers that do not set one. @default Sync.automated() */
  readonly defaultSync?: SyncPolicy;
}

/** The tier names of a catalogue, e.g. `TierName<typeof environments>` is `'dev' | 'staging' | 'production'`. */
export type TierName<E> = E extends Environments<infer N> ? N : never;

/** Values for every tier, keyed by tier name: leaving one out is a compile error. */
export type TierValues<N extends string, T> = { readonly [K in N]: T };

/** A team's catalogue of environment tiers, in promotion order. */
export class Environments<N extends string = string> {
  /** Tier names in promotion order (a tier always comes after the tier it promotes from). */
  public readonly names: readonly N[];
  /** Tiers in promotion order. */
  public readonly tiers: readonly Tier<N>[];
  private readonly byName: ReadonlyMap<string, Tier<N>>;

  /** @internal use {@link defineEnvironments} */
  public constructor(tiers: readonly Tier<N>[]) {
    this.tiers = Object.freeze([...tiers]);
    this.names = Object.freeze(tiers.map((t) => t.name));
    this.byName = new Map(tiers.map((t) => [t.name, t]));
  }

  /** The tier called `name`; throws a clear error (with a suggestion) for an unknown name. */
  public tier(name: N): Tier<N> {
    const tier = this.byName.get(name);
    if (!tier) {
      throw new GitOpsError(`unknown tier '${name}'`, {
        code: 'TIER_UNKNOWN',
        tier: name,
        hint: `${suggest(name, this.names)}the tiers are: ${this.names.join(', ')}`,
      });
    }
    return tier;
  }

  /** Whether `name` is a tier of this catalogue. */
  public has(name: string): name is N {
    return this.byName.has(name);
  }

  /** Tiers that receive releases from `tier`. */
  public promotesTo(tier: N | Tier<N>): readonly Tier<N>[] {
    const name = typeof tier === 'string' ? tier : tier.name;
    return this.tiers.filter((t) => t.promotesFrom === name);
  }

  /** Tiers nobody promotes from: where releases enter (usually `dev`). */
  public get entryTiers(): readonly Tier<N>[] {
    return this.tiers.filter((t) => t.promotesFrom === undefined);
  }

  /**
   * A value for every tier. Leaving a tier out is a compile error (and a run-time error through a cast).
   * @example environments.perTier({ dev: 1, staging: 2, production: 3 })
   */
  public perTier<T>(values: TierValues<N, T>): PerTier<N, T>;
  /**
   * A value for some tiers and a default for the rest.
   * @example environments.perTier({ production: 3 }, { default: 1 })
   */
  public perTier<T>(values: Partial<TierValues<N, T>>, options: PerTierOptions<T>): PerTier<N, T>;
  public perTier<T>(values: Partial<TierValues<N, T>>, options?: PerTierOptions<T>): PerTier<N, T> {
    return buildPerTier<N, T>(this.names, values as Partial<Record<string, T>>, {
      ...options,
      hasDefault: options !== undefined && 'default' in options,
    });
  }
}

/**
 * Declares the catalogue of environment tiers.
 *
 * Tier names are inferred from the keys, so `promotesFrom` and `perTier` are checked by the compiler;
 * everything the compiler cannot see is checked here at run time, all problems reported at once.
 */
export function defineEnvironments<const T extends { readonly [K in keyof T]: TierProps<Extract<keyof T, string>> }>(
  props: EnvironmentsProps<T>,
): Environments<Extract<keyof T, string>> {
  type N = Extract<keyof T, string>;
  const specs = (props?.tiers ?? {}) as Readonly<Record<string, TierProps<N>>>;
  const problems = checkCatalogue(specs);
  if (problems.length > 0) {
    throw problems.length === 1 ? problems[0] : new GitOpsErrors(problems, describeAll(problems));
  }
  const order = promotionOrder(specs);
  const defaultSync = props.defaultSync ?? Sync.automated();
  return new Environments<N>(
    order.map((name, i) => new Tier<N>(name as N, specs[name] as TierProps<N>, i, defaultSync)),
  );
}

function describeAll(problems: readonly GitOpsError[]): string {
  return `the environments catalogue has ${problems.length} problems:\n${problems.map((p) => p.describe()).join('\n')}`;
}

/** Every problem of a catalogue, in a stable order. */
function checkCatalogue(specs: Readonly<Record<string, TierProps>>): GitOpsError[] {
  const problems: GitOpsError[] = [];
  const names = Object.keys(specs);
  const fail = (message: string, code: string, tier: string | undefined, field: string, hint: string): void => {
    problems.push(new GitOpsError(message, { code, tier, field, hint }));
  };
  if (names.length === 0) {
    fail(
      'the environments catalogue has no tiers',
      'TIERS_EMPTY',
      undefined,
      'tiers',
      "declare at least one tier, e.g. tiers: { dev: { cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' } } }",
    );
    return problems;
  }
  for (const name of names) {
    const spec = specs[name];
    const nameProblem = dns1123LabelProblem(name);
    if (nameProblem) {
      fail(
        `tier name '${name}' is not a DNS-1123 label: ${nameProblem}`,
        'TIER_INVALID_NAME',
        name,
        'tiers',
        `rename it, e.g. '${name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}'`,
      );
    }
    if (!spec || typeof spec !== 'object') {
      fail(
        `tier '${name}' has no settings`,
        'TIER_NO_SETTINGS',
        name,
        `tiers.${name}`,
        'give it at least a cluster: { name, server }',
      );
      continue;
    }
    checkCluster(name, spec, fail);
    if (spec.promotesFrom !== undefined) {
      if (spec.promotesFrom === name) {
        fail(
          `tier '${name}' promotes from itself`,
          'TIER_PROMOTES_FROM_SELF',
          name,
          `tiers.${name}.promotesFrom`,
          'name the tier before it, or remove promotesFrom for an entry tier',
        );
      } else if (!Object.prototype.hasOwnProperty.call(specs, spec.promotesFrom)) {
        fail(
          `tier '${name}' promotes from unknown tier '${spec.promotesFrom}'`,
          'TIER_UNKNOWN_PROMOTES_FROM',
          name,
          `tiers.${name}.promotesFrom`,
          `${suggest(spec.promotesFrom, names)}the tiers are: ${names.join(', ')}`,
        );
      }
    }
    for (const [kind, template] of Object.entries(spec.namespaces ?? {})) {
      checkNamespaceTemplate(name, kind, template as string, fail);
    }
    (spec.freezeWindows ?? []).forEach((window, i) => checkFreezeWindow(name, i, window, fail));
    for (const [key, value] of Object.entries(spec.labels ?? {})) {
      if (typeof value !== 'string') {
        fail(
          `label '${key}' of tier '${name}' is not a string`,
          'TIER_LABEL_NOT_STRING',
          name,
          `tiers.${name}.labels.${key}`,
          `quote it: '${String(value)}'`,
        );
      }
    }
  }
  const cycle = findCycle(specs);
  if (cycle) {
    fail(
      `promotion cycle: ${cycle.join(' → ')}`,
      'TIER_PROMOTION_CYCLE',
      cycle[0],
      `tiers.${cycle[0]}.promotesFrom`,
      'promotion must flow one way; remove promotesFrom from the first tier of the chain',
    );
  }
  checkOverlaps(specs, fail);
  return problems;
}

type Fail = (message: string, code: string, tier: string | undefined, field: string, hint: string) => void;

function checkCluster(name: string, spec: TierProps, fail: Fail): void {
  const cluster = spec.cluster;
  if (!cluster || typeof cluster !== 'object') {
    fail(
      `tier '${name}' has no cluster`,
      'TIER_NO_CLUSTER',
      name,
      `tiers.${name}.cluster`,
      "add cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' }",
    );
    return;
  }
  if (typeof cluster.name !== 'string' || cluster.name.length === 0) {
    fail(
      `tier '${name}' has a cluster without a name`,
      'TIER_CLUSTER_NO_NAME',
      name,
      `tiers.${name}.cluster.name`,
      'give the Argo CD cluster name, e.g. in-cluster',
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(String(cluster.server));
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:') {
    fail(
      `tier '${name}' has cluster server '${String(cluster.server)}', which is not an https:// URL`,
      'TIER_CLUSTER_BAD_SERVER',
      name,
      `tiers.${name}.cluster.server`,
      'use the API server URL, e.g. https://kubernetes.default.svc',
    );
  }
}

function checkNamespaceTemplate(name: string, kind: string, template: string, fail: Fail): void {
  const field = `tiers.${name}.namespaces.${kind}`;
  if (kind !== 'infrastructure' && kind !== 'applications') {
    fail(
      `tier '${name}' has an unknown namespace convention '${kind}'`,
      'TIER_NAMESPACE_UNKNOWN_KIND',
      name,
      field,
      'the conventions are: infrastructure, applications',
    );
    return;
  }
  const unknown = /\{(?!tier\}|app\})[^}]*\}/.exec(template);
  if (unknown) {
    fail(
      `namespace template '${template}' of tier '${name}' uses unknown placeholder ${unknown[0]}`,
      'TIER_NAMESPACE_PLACEHOLDER',
      name,
      field,
      'the placeholders are {tier} and {app}',
    );
    return;
  }
  if (kind === 'infrastructure' && template.includes('{app}')) {
    fail(
      `infrastructure namespace template '${template}' of tier '${name}' uses {app}`,
      'TIER_NAMESPACE_PLACEHOLDER',
      name,
      field,
      'infrastructure is shared by all applications: use {tier} only',
    );
    return;
  }
  if (kind === 'applications' && !template.includes('{app}')) {
    fail(
      `applications namespace template '${template}' of tier '${name}' lacks {app}`,
      'TIER_NAMESPACE_NO_APP',
      name,
      field,
      "every application needs its own namespace: e.g. '{app}-{tier}'",
    );
    return;
  }
  const sample = expandNamespace(template, name, 'app');
  const problem = dns1123LabelProblem(sample);
  if (problem) {
    fail(
      `namespace template '${template}' of tier '${name}' gives '${sample}', not a DNS-1123 label: ${problem}`,
      'TIER_NAMESPACE_INVALID',
      name,
      field,
      'use lower-case letters, digits and -',
    );
  }
}

function checkFreezeWindow(name: string, index: number, window: FreezeWindow, fail: Fail): void {
  const field = `tiers.${name}.freezeWindows[${index}]`;
  if (cronProblem(window?.schedule) !== undefined) {
    fail(
      `freeze window of tier '${name}' has an invalid cron schedule '${String(window?.schedule)}'`,
      'TIER_FREEZE_BAD_CRON',
      name,
      `${field}.schedule`,
      "use five fields: minute hour day-of-month month day-of-week, e.g. '0 18 * * 5'",
    );
  }
  if (durationProblem(window?.duration) !== undefined) {
    fail(
      `freeze window of tier '${name}' has an invalid duration '${String(window?.duration)}'`,
      'TIER_FREEZE_BAD_DURATION',
      name,
      `${field}.duration`,
      "use a Go duration such as '1h', '90m' or '60h'",
    );
  }
  if (window?.timeZone !== undefined && timeZoneProblem(window.timeZone) !== undefined) {
    fail(
      `freeze window of tier '${name}' has an unknown time zone '${String(window.timeZone)}'`,
      'TIER_FREEZE_BAD_TIME_ZONE',
      name,
      `${field}.timeZone`,
      'use an IANA time zone such as Europe/Berlin or UTC',
    );
  }
}

/** The first promotion cycle found, as a closed path `a → b → a`. */
function findCycle(specs: Readonly<Record<string, TierProps>>): string[] | undefined {
  for (const start of Object.keys(specs)) {
    const seen: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && Object.prototype.hasOwnProperty.call(specs, current)) {
      const at = seen.indexOf(current);
      if (at >= 0) {
        // `seen` follows promotesFrom; reversed, it reads in promotion direction. Start from the smallest name.
        const cycle = rotateToSmallest(seen.slice(at).reverse());
        return [...cycle, cycle[0] as string];
      }
      seen.push(current);
      const next: string | undefined = specs[current]?.promotesFrom;
      current = next === current ? undefined : next;
    }
  }
  return undefined;
}

function rotateToSmallest(cycle: string[]): string[] {
  const smallest = [...cycle].sort()[0] as string;
  const i = cycle.indexOf(smallest);
  return [...cycle.slice(i), ...cycle.slice(0, i)];
}

function checkOverlaps(specs: Readonly<Record<string, TierProps>>, fail: Fail): void {
  const owners = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec?.cluster || typeof spec.cluster.server !== 'string') continue;
    const infra = expandNamespace(spec.namespaces?.infrastructure ?? '{tier}', name);
    const apps = expandNamespace(spec.namespaces?.applications ?? '{app}-{tier}', name, '\u0000app');
    for (const [what, namespace] of [
      ['infrastructure', infra],
      ['applications', apps],
    ] as const) {
      const key = `${spec.cluster.server.replace(/\/+$/, '')}\u0001${namespace}`;
      const other = owners.get(key);
      if (other !== undefined && other !== name) {
        const shown = namespace.replace('\u0000app', '{app}');
        fail(
          `tiers '${other}' and '${name}' both deploy ${what} to namespace '${shown}' on ${spec.cluster.server}`,
          'TIER_OVERLAP',
          name,
          `tiers.${name}.namespaces.${what}`,
          'give each tier its own cluster or namespace (the defaults include {tier})',
        );
      } else {
        owners.set(key, name);
      }
    }
  }
}

/** Tier names so that every tier comes after the one it promotes from; declaration order breaks ties. */
function promotionOrder(specs: Readonly<Record<string, TierProps>>): string[] {
  const names = Object.keys(specs);
  const depth = new Map<string, number>();
  const depthOf = (name: string): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    const from = specs[name]?.promotesFrom;
    const d = from === undefined ? 0 : depthOf(from) + 1;
    depth.set(name, d);
    return d;
  };
  return names
    .map((name, i) => ({ name, i, d: depthOf(name) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.name);
}
