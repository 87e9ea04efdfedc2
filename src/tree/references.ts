import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { SynthChecks, type CheckContext, type SynthCheck } from './checks.js';
import { memoByKind } from './kind-memo.js';
import type { KubeObject, Manifest } from './manifest.js';
import { wildcardRegExp } from './wildcard.js';

/** An object as references name it: kind, API group (`''` for the core group), namespace and name. */
export interface ObjectKey {
  readonly kind: string;
  /** API group; `''` for core kinds. */
  readonly group: string;
  /** Namespace; undefined for cluster-scoped kinds. */
  readonly namespace?: string;
  readonly name: string;
}

/** Something an object makes exist besides itself, e.g. the Secret an ExternalSecret writes. */
export interface Provision extends ObjectKey {
  /** Keys of a Secret or ConfigMap; undefined when they cannot be known (e.g. `dataFrom`). */
  readonly keys?: readonly string[];
}

/** One reference from an object to another, e.g. a container's `secretKeyRef`. */
export interface Reference {
  readonly target: ObjectKey;
  /** Keys that must exist in the target Secret or ConfigMap. @default - none */
  readonly keys?: readonly string[];
  /** JSON pointer of the referencing field, e.g. `/spec/template/spec/containers/0/envFrom/0/secretRef`. */
  readonly field: string;
  /** How to fix a dangling reference. @default - a generic hint */
  readonly hint?: string;
}

/** Pods an object selects by labels (a Service, a PodDisruptionBudget). */
export interface Selection {
  readonly namespace?: string;
  readonly selector: Readonly<Record<string, string>>;
  readonly field: string;
  /** What selecting nothing means, for the message, e.g. `the Service would have no endpoints`. */
  readonly consequence: string;
}

/** Pod labels an object runs pods with (a Deployment's template, a Rollout's). */
export interface PodLabels {
  readonly namespace?: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** What one kind provides, refers to and selects. Registered per kind with {@link ReferenceRules.register}. */
export interface KindReferenceRules {
  provides?(object: KubeObject): readonly Provision[];
  refers?(object: KubeObject): readonly Reference[];
  selects?(object: KubeObject): readonly Selection[];
  runsPods?(object: KubeObject): readonly PodLabels[];
}

const rulesByKind = new Map<string, KindReferenceRules[]>();
const rulesForAll: KindReferenceRules[] = [];

/** API group of an apiVersion: `apps` of `apps/v1`, `''` for the core group (`v1`). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** `group/Kind` of an apiVersion and kind, `Kind` alone for the core group. */
export function groupKind(apiVersion: string, kind: string): string {
  const group = apiGroup(apiVersion);
  return group === '' ? kind : `${group}/${kind}`;
}

/**
 * The reference rules of every kind the library knows: what an object makes exist (its own identity, plus
 * e.g. the Secret an ExternalSecret writes), what it refers to, and which pods it selects.
 *
 * Families register the rules of their kinds when their module loads; the {@link ReferenceCheck} applies
 * them to every object of the tree, hand-written ones included.
 */
export const ReferenceRules = {
  /** Adds rules for `groupKind` (`apps/Deployment`, `Secret` for core kinds). Several registrations add up. */
  register(kind: string, rules: KindReferenceRules): void {
    const list = rulesByKind.get(kind);
    if (list) list.push(rules);
    else rulesByKind.set(kind, [rules]);
  },
  /**
   * Adds rules applied to objects of every kind, for conventions that cross kinds, e.g. Crossplane's
   * `spec.writeConnectionSecretToRef` on any claim or composite.
   */
  registerForAll(rules: KindReferenceRules): void {
    rulesForAll.push(rules);
  },
  /** Rules registered for `groupKind`, then the rules for every kind. */
  of(kind: string): readonly KindReferenceRules[] {
    const own = rulesByKind.get(kind);
    if (rulesForAll.length === 0) return own ?? [];
    return own ? [...own, ...rulesForAll] : rulesForAll;
  },
};

/**
 * Dangling references are synth errors: a Secret or ConfigMap (or one of its keys) no object of the tier
 * provides, a ServiceAccount that does not exist, a Service or PodDisruptionBudget that selects no pods.
 * Objects see those of their own tier and those outside any tier (shared folders). Turned on by
 * `ReferenceCheck.of(scope)` (GitOpsApp does it for every program).
 */
export class ReferenceCheck implements SynthCheck {
  /** The check of the program `scope` belongs to. */
  public static of(scope: IConstruct): ReferenceCheck {
    return SynthChecks.of(scope).add(new ReferenceCheck());
  }

  public readonly id = 'tree.references';
  private readonly externals: Array<{ readonly kind: string; readonly name?: RegExp }> = [];

  private constructor() {}

  /**
   * Declares objects that exist in the clusters without being in the tree (created by an operator or by
   * hand), e.g. `external('Secret', 'registry-*')` or `external('ServiceAccount')`.
   */
  public external(kind: string, namePattern?: string): void {
    const name = namePattern ? wildcardRegExp(namePattern) : undefined;
    this.externals.push({ kind, name });
  }

  public check(context: CheckContext): void {
    // The reference rules and API group of each kind, looked up once per run.
    const kindOf = memoByKind((apiVersion, kind) => ({
      rules: ReferenceRules.of(groupKind(apiVersion, kind)),
      group: apiGroup(apiVersion),
    }));
    // First what objects refer to and select, and the pods they run: most objects are never referred
    // to, so only the kinds some reference names are indexed below.
    const referring: Array<{
      readonly m: Manifest;
      readonly refs: readonly Reference[];
      readonly sels: readonly Selection[];
    }> = [];
    const provided: Array<{ readonly at: number; readonly p: Provision }> = [];
    /** Pods by tier, then namespace. */
    const pods = new Map<string, Map<string, PodIndex>>();
    /** The kinds some reference names (kind, then groups): only their objects are indexed. */
    const needed = new Map<string, Set<string>>();
    const manifests = context.manifests;
    // Plain indexed loops throughout: this runs once per synth, mostly before V8 optimizes it, and
    // for-of or `?? []` in unoptimized code allocates an iterator and its results (or an array) per loop.
    for (let at = 0; at < manifests.length; at++) {
      const m = manifests[at] as Manifest;
      const o = m.object;
      const kindRules = kindOf(o.apiVersion, o.kind).rules;
      let refs: Reference[] | undefined;
      let sels: Selection[] | undefined;
      for (let k = 0; k < kindRules.length; k++) {
        const rules = kindRules[k] as KindReferenceRules;
        if (rules.provides) {
          const list = rules.provides(o);
          for (let i = 0; i < list.length; i++) provided.push({ at, p: list[i] as Provision });
        }
        if (rules.runsPods) {
          const list = rules.runsPods(o);
          for (let i = 0; i < list.length; i++)
            podIndexOf(pods, m.tier ?? '', list[i] as PodLabels).add(list[i] as PodLabels);
        }
        if (rules.refers) {
          const list = rules.refers(o);
          for (let i = 0; i < list.length; i++) {
            const r = list[i] as Reference;
            (refs ??= []).push(r);
            let groups = needed.get(r.target.kind);
            if (!groups) needed.set(r.target.kind, (groups = new Set()));
            groups.add(r.target.group);
          }
        }
        if (rules.selects) {
          const list = rules.selects(o);
          for (let i = 0; i < list.length; i++) (sels ??= []).push(list[i] as Selection);
        }
      }
      if (refs || sels) referring.push({ m, refs: refs ?? NONE, sels: sels ?? NONE });
    }

    // Index what exists, per tier ('' = outside any tier, visible to every tier).
    const exists = new Map<string, ObjectIndex<Provision>>();
    let lastTier: string | undefined;
    let lastIndex: ObjectIndex<Provision> | undefined;
    const add = (tier: string, p: Provision): void => {
      // Manifests come sorted by file, so a tier's objects are contiguous: look its index up once.
      let index = tier === lastTier ? lastIndex : exists.get(tier);
      if (!index) exists.set(tier, (index = new ObjectIndex()));
      lastTier = tier;
      lastIndex = index;
      const prev = index.get(p);
      if (prev === undefined) index.set(p, p);
      else if (prev.keys && p.keys) index.set(p, { ...p, keys: [...prev.keys, ...p.keys] });
      else if (!p.keys) index.set(p, p);
    };
    const isNeeded = (group: string, kind: string): boolean => needed.get(kind)?.has(group) ?? false;
    if (needed.size > 0) {
      // In tree order, each object then what it provides: keys of the same Secret add up in that order.
      let next = 0;
      for (let at = 0; at < manifests.length; at++) {
        const m = manifests[at] as Manifest;
        const o = m.object;
        const tier = m.tier ?? '';
        const info = kindOf(o.apiVersion, o.kind);
        if (isNeeded(info.group, o.kind)) add(tier, identity(o, info.group, dataKeys(o)));
        for (; next < provided.length && (provided[next] as (typeof provided)[number]).at === at; next++) {
          const { p } = provided[next] as (typeof provided)[number];
          if (isNeeded(p.group, p.kind)) add(tier, p);
        }
      }
    }

    const lookup = (tier: string, key: ObjectKey): Provision | undefined =>
      exists.get(tier)?.get(key) ?? exists.get('')?.get(key);
    for (let at = 0; at < referring.length; at++) {
      const { m, refs, sels } = referring[at] as (typeof referring)[number];
      const tier = m.tier ?? '';
      for (let i = 0; i < refs.length; i++) this.checkReference(context, m, tier, refs[i] as Reference, lookup);
      for (let i = 0; i < sels.length; i++) {
        const s = sels[i] as Selection;
        if (isEmpty(s.selector)) continue;
        if (
          pods
            .get(tier)
            ?.get(s.namespace ?? '')
            ?.anySelected(s.selector)
        )
          continue;
        if (
          tier !== '' &&
          pods
            .get('')
            ?.get(s.namespace ?? '')
            ?.anySelected(s.selector)
        )
          continue;
        const o = m.object;
        context.error(
          new GitOpsError(
            `${o.kind} '${o.metadata.name}' selects no pods (${formatSelector(s.selector)}): ${s.consequence}`,
            {
              code: 'REFERENCE_SELECTS_NOTHING',
              tier: m.tier,
              file: m.file,
              constructPath: m.constructPath,
              field: s.field,
              hint: `give the workload's pod template these labels, or fix the selector`,
            },
          ),
        );
      }
    }
  }

  private checkReference(
    context: CheckContext,
    m: Manifest,
    tier: string,
    r: Reference,
    lookup: (tier: string, key: ObjectKey) => Provision | undefined,
  ): void {
    if (this.isExternal(r.target)) return;
    const found = lookup(tier, r.target);
    const o = m.object;
    if (!found) {
      context.error(
        new GitOpsError(
          `${o.kind} '${o.metadata.name}' refers to ${describe(r.target)}, which nothing in the tree provides`,
          {
            code: 'REFERENCE_DANGLING',
            tier: m.tier,
            file: m.file,
            constructPath: m.constructPath,
            field: r.field,
            hint:
              r.hint ??
              `add the ${r.target.kind} to the same tier (or a shared folder), pass the construct that provides it, or declare it external: ReferenceCheck.of(app).external('${r.target.kind}', '${r.target.name}')`,
          },
        ),
      );
      return;
    }
    if (!r.keys || !found.keys) return;
    const has = found.keys;
    const missing = r.keys.filter((k) => !has.includes(k));
    if (missing.length === 0) return;
    context.error(
      new GitOpsError(
        `${o.kind} '${o.metadata.name}' uses key${missing.length > 1 ? 's' : ''} ${missing.map((k) => `'${k}'`).join(', ')} of ${describe(r.target)}, which has only ${found.keys.map((k) => `'${k}'`).join(', ') || 'no keys'}`,
        {
          code: 'REFERENCE_KEY_MISSING',
          tier: m.tier,
          file: m.file,
          constructPath: m.constructPath,
          field: r.field,
          hint: `use one of the keys the ${r.target.kind} has, or add the key where it is produced`,
        },
      ),
    );
  }

  /** A plain loop: called for every reference of the tree, mostly unoptimized, where `.some` allocates a closure. */
  private isExternal(target: ObjectKey): boolean {
    for (let i = 0; i < this.externals.length; i++) {
      const e = this.externals[i] as (typeof this.externals)[number];
      if (e.kind === target.kind && (!e.name || e.name.test(target.name))) return true;
    }
    return false;
  }
}

/**
 * The pod label sets of one tier and namespace, indexed by label: a selector is matched against the pods
 * carrying its rarest label only, so many Services over many workloads in one namespace stay linear.
 */
class PodIndex {
  private readonly byLabel = new Map<string, Map<string, PodLabels[]>>();

  public add(pod: PodLabels): void {
    for (const key in pod.labels) {
      const value = pod.labels[key] as string;
      let values = this.byLabel.get(key);
      if (!values) this.byLabel.set(key, (values = new Map()));
      const list = values.get(value);
      if (list) list.push(pod);
      else values.set(value, [pod]);
    }
  }

  /** Whether some pod carries every label of the (non-empty) selector. */
  public anySelected(selector: Readonly<Record<string, string>>): boolean {
    let fewest: readonly PodLabels[] | undefined;
    for (const key in selector) {
      const candidates = this.byLabel.get(key)?.get(selector[key] as string);
      if (!candidates) return false;
      if (!fewest || candidates.length < fewest.length) fewest = candidates;
    }
    if (fewest === undefined) return false;
    for (let i = 0; i < fewest.length; i++) if (selects(selector, (fewest[i] as PodLabels).labels)) return true;
    return false;
  }
}

function identity(o: KubeObject, group: string, keys?: readonly string[]): Provision {
  return { kind: o.kind, group, namespace: o.metadata.namespace, name: o.metadata.name ?? '', keys };
}

/** Values by object identity: kind, group, namespace, name (nested maps: no key string per object). */
class ObjectIndex<V> {
  private readonly byKind = new Map<string, Map<string, Map<string, Map<string, V>>>>();

  public get(k: ObjectKey): V | undefined {
    return this.byKind
      .get(k.kind)
      ?.get(k.group)
      ?.get(k.namespace ?? '')
      ?.get(k.name);
  }

  public set(k: ObjectKey, value: V): void {
    let byGroup = this.byKind.get(k.kind);
    if (!byGroup) this.byKind.set(k.kind, (byGroup = new Map()));
    let byNamespace = byGroup.get(k.group);
    if (!byNamespace) byGroup.set(k.group, (byNamespace = new Map()));
    let byName = byNamespace.get(k.namespace ?? '');
    if (!byName) byNamespace.set(k.namespace ?? '', (byName = new Map()));
    byName.set(k.name, value);
  }
}

const DATA_FIELDS = ['data', 'stringData', 'binaryData', 'encryptedData'];

/** Keys of a Secret or ConfigMap written in the tree. */
function dataKeys(o: KubeObject): readonly string[] | undefined {
  if (o.apiVersion !== 'v1' || (o.kind !== 'Secret' && o.kind !== 'ConfigMap')) return undefined;
  const keys: string[] = [];
  for (let i = 0; i < DATA_FIELDS.length; i++) {
    const data = o[DATA_FIELDS[i] as string];
    if (data && typeof data === 'object') for (const key in data) keys.push(key);
  }
  return keys;
}

function selects(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  for (const k in selector) if (labels[k] !== selector[k]) return false;
  return true;
}

/** A reference's target as messages name it; built only for a message (most references resolve). */
function describe(target: ObjectKey): string {
  return `${target.kind} '${target.name}'${target.namespace ? ` in namespace '${target.namespace}'` : ''}`;
}

function isEmpty(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return false;
  return true;
}

const NONE: readonly never[] = [];

/** The pod index of a tier and namespace, made on first use. */
function podIndexOf(pods: Map<string, Map<string, PodIndex>>, tier: string, p: PodLabels): PodIndex {
  let byNamespace = pods.get(tier);
  if (!byNamespace) pods.set(tier, (byNamespace = new Map()));
  let index = byNamespace.get(p.namespace ?? '');
  if (!index) byNamespace.set(p.namespace ?? '', (index = new PodIndex()));
  return index;
}

function formatSelector(selector: Readonly<Record<string, string>>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
