import { asObject as obj, type Json } from '../tree/index.js';
import type { IConstruct } from 'constructs';
import { suggest } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { apiGroup, SynthChecks, type CheckContext, type Manifest, type SynthCheck } from '../tree/index.js';

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);

/** What the check knows of one XRD of the tree. */
interface XrdInfo {
  readonly manifest: Manifest;
  readonly group: string;
  readonly kind: string;
  readonly claimKind?: string;
  /** The referenceable version (undefined when there is not exactly one). */
  readonly referenceable?: string;
}

/** One Composition of the tree. */
interface CompositionInfo {
  readonly manifest: Manifest;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
}

function isCrossplane(m: Manifest, kind: string): boolean {
  return m.object.kind === kind && m.object.apiVersion.startsWith('apiextensions.crossplane.io/');
}

function locate(m: Manifest, field: string): { file: string; constructPath?: string; tier?: string; field: string } {
  return { file: m.file, constructPath: m.constructPath, tier: m.tier, field };
}

/**
 * Crossplane's cross-object rules, checked over the whole tree at synth:
 * - every XRD follows Crossplane's naming rules (`metadata.name` is `<plural>.<group>`, the claim kind
 *   differs from the XR kind, exactly one referenceable version);
 * - every Composition's `compositeTypeRef` names an XRD of the program, at its referenceable version;
 * - every claim (and every object in a group an XRD defines) has a kind an XRD of the program defines;
 * - a claim's or XR's `compositionRef` / `compositionSelector` matches a Composition of its kind.
 *
 * Kinds whose XRD is installed some other way (a Configuration package) are declared with
 * {@link CrossplaneCheck.external}.
 */
export class CrossplaneCheck implements SynthCheck {
  /** The check of the program `scope` belongs to (registered on first use). */
  public static of(scope: IConstruct): CrossplaneCheck {
    return SynthChecks.of(scope).add(new CrossplaneCheck());
  }

  public readonly id = 'crossplane.composites';
  private readonly claims = new Set<IConstruct>();
  private readonly externals: RegExp[] = [];

  private constructor() {}

  /**
   * Declares composite kinds whose XRD is not part of the program, as `group/Kind`, `group/*` or `Kind`
   * (`*` matches anything), e.g. `external('platform.acme.io/*')`.
   */
  public external(pattern: string): this {
    const re = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    this.externals.push(new RegExp(pattern.includes('/') ? `^${re}$` : `^(.*/)?${re}$`));
    return this;
  }

  /** Whether `group/kind` is declared external. */
  public isExternal(group: string, kind: string): boolean {
    return this.externals.some((re) => re.test(`${group}/${kind}`));
  }

  /** Registers a claim construct, so its kind is checked even outside any XRD's group. */
  public addClaim(claim: IConstruct): void {
    this.claims.add(claim);
  }

  public check(ctx: CheckContext): void {
    const xrds = this.indexXrds(ctx);
    const kinds = new Map<string, { xrd: XrdInfo; claim: boolean }>();
    for (const xrd of xrds) {
      kinds.set(`${xrd.group}/${xrd.kind}`, { xrd, claim: false });
      if (xrd.claimKind) kinds.set(`${xrd.group}/${xrd.claimKind}`, { xrd, claim: true });
    }
    const compositions = this.indexCompositions(ctx, xrds);
    const claimPaths = new Set([...this.claims].map((c) => ctx.manifestOf(c)?.constructPath).filter(Boolean));
    const groups = new Set(xrds.map((x) => x.group));
    const allKinds = [...kinds.keys()];

    for (const m of ctx.manifests) {
      const o = m.object;
      const group = apiGroup(o.apiVersion);
      const known = kinds.get(`${group}/${o.kind}`);
      if (known) {
        this.checkSelection(ctx, m, known.xrd, known.claim, compositions);
        continue;
      }
      const isClaim = m.constructPath !== undefined && claimPaths.has(m.constructPath);
      if (!isClaim && !groups.has(group)) continue;
      if (this.isExternal(group, o.kind)) continue;
      ctx.error(
        new GitOpsError(
          `${o.kind} '${o.metadata.name ?? ''}' has a kind no CompositeResourceDefinition of the program defines`,
          {
            code: 'CLAIM_KIND_UNDEFINED',
            ...locate(m, 'kind'),
            hint: `${suggest(`${group}/${o.kind}`, allKinds)}define the API (Xrd.define(app, api)) or declare it external: CrossplaneCheck.of(app).external('${group}/${o.kind}')`,
          },
        ),
      );
    }
  }

  private indexXrds(ctx: CheckContext): XrdInfo[] {
    const out: XrdInfo[] = [];
    for (const m of ctx.manifests) {
      if (!isCrossplane(m, 'CompositeResourceDefinition')) continue;
      const spec = obj(m.object['spec']) ?? {};
      const group = str(spec['group']);
      const names = obj(spec['names']) ?? {};
      const kind = str(names['kind']);
      const plural = str(names['plural']);
      if (!group || !kind) continue; // schema validation reports it
      const claimNames = obj(spec['claimNames']);
      const claimKind = str(claimNames?.['kind']);
      const versions = (Array.isArray(spec['versions']) ? spec['versions'] : []).map(obj).filter((v): v is Json => !!v);
      const referenceable = versions.filter((v) => v['referenceable'] === true);
      const name = m.object.metadata.name ?? '';
      if (plural && name !== `${plural}.${group}`) {
        ctx.error(
          new GitOpsError(
            `CompositeResourceDefinition '${name}' must be named '${plural}.${group}' (<plural>.<group>)`,
            {
              code: 'XRD_NAME_MISMATCH',
              ...locate(m, 'metadata.name'),
              hint: `rename it to '${plural}.${group}'`,
            },
          ),
        );
      }
      if (claimKind && claimKind === kind) {
        ctx.error(
          new GitOpsError(`CompositeResourceDefinition '${name}' uses '${kind}' as both composite and claim kind`, {
            code: 'XRD_CLAIM_KIND_SAME',
            ...locate(m, 'spec.claimNames.kind'),
            hint: `give the claim its own kind, e.g. '${kind.replace(/^X/, '')}' for the claim and 'X${kind.replace(/^X/, '')}' for the composite`,
          }),
        );
      }
      if (referenceable.length !== 1) {
        ctx.error(
          new GitOpsError(
            `CompositeResourceDefinition '${name}' has ${referenceable.length} referenceable versions${referenceable.length > 1 ? ` (${referenceable.map((v) => str(v['name'])).join(', ')})` : ''}`,
            {
              code: 'XRD_REFERENCEABLE_VERSIONS',
              ...locate(m, 'spec.versions'),
              hint: 'mark exactly one version referenceable: true (the one Compositions use)',
            },
          ),
        );
      }
      out.push({
        manifest: m,
        group,
        kind,
        claimKind,
        referenceable: referenceable.length === 1 ? str(referenceable[0]?.['name']) : undefined,
      });
    }
    return out;
  }

  /** Compositions by XR `group/Kind`; reports those whose compositeTypeRef names no XRD. */
  private indexCompositions(ctx: CheckContext, xrds: readonly XrdInfo[]): Map<string, CompositionInfo[]> {
    const byType = new Map<string, CompositionInfo[]>();
    const xrByKind = new Map(xrds.map((x) => [`${x.group}/${x.kind}`, x]));
    for (const m of ctx.manifests) {
      if (!isCrossplane(m, 'Composition')) continue;
      const ref = obj(obj(m.object['spec'])?.['compositeTypeRef']) ?? {};
      const apiVersion = str(ref['apiVersion']) ?? '';
      const kind = str(ref['kind']) ?? '';
      const group = apiGroup(apiVersion);
      const key = `${group}/${kind}`;
      const xrd = xrByKind.get(key);
      const name = m.object.metadata.name ?? '';
      if (!xrd) {
        if (!this.isExternal(group, kind)) {
          ctx.error(
            new GitOpsError(
              `Composition '${name}' composes ${kind} (${apiVersion}), which no CompositeResourceDefinition of the program defines`,
              {
                code: 'COMPOSITION_TYPE_UNDEFINED',
                ...locate(m, 'spec.compositeTypeRef'),
                hint: `${suggest(key, xrByKind.keys())}define the API, or declare it external: CrossplaneCheck.of(app).external('${key}')`,
              },
            ),
          );
        }
      } else if (xrd.referenceable && apiVersion !== `${group}/${xrd.referenceable}`) {
        ctx.error(
          new GitOpsError(
            `Composition '${name}' references ${kind} at ${apiVersion}, which is not its referenceable version ${group}/${xrd.referenceable}`,
            {
              code: 'COMPOSITION_VERSION_NOT_REFERENCEABLE',
              ...locate(m, 'spec.compositeTypeRef.apiVersion'),
              hint: `use apiVersion '${group}/${xrd.referenceable}'`,
            },
          ),
        );
      }
      const list = byType.get(key) ?? [];
      list.push({ manifest: m, name, labels: (m.object.metadata.labels ?? {}) as Record<string, string> });
      byType.set(key, list);
    }
    return byType;
  }

  /** A claim's or XR's compositionRef / compositionSelector must match a Composition of its XR kind. */
  private checkSelection(
    ctx: CheckContext,
    m: Manifest,
    xrd: XrdInfo,
    claim: boolean,
    compositions: ReadonlyMap<string, readonly CompositionInfo[]>,
  ): void {
    if (this.isExternal(xrd.group, xrd.kind)) return;
    const spec = obj(m.object['spec']) ?? {};
    // Claims and legacy XRs keep the machinery under spec; v2 XRs under spec.crossplane.
    const nested = !claim && xrd.manifest.object.apiVersion === 'apiextensions.crossplane.io/v2';
    const machinery = nested ? (obj(spec['crossplane']) ?? {}) : spec;
    const prefix = nested ? 'spec.crossplane' : 'spec';
    const candidates = compositions.get(`${xrd.group}/${xrd.kind}`) ?? [];
    const what = `${m.object.kind} '${m.object.metadata.name ?? ''}'`;
    const refName = str(obj(machinery['compositionRef'])?.['name']);
    if (refName && !candidates.some((c) => c.name === refName)) {
      ctx.error(
        new GitOpsError(
          `${what} refers to Composition '${refName}', which is not a Composition of ${xrd.kind} in the program`,
          {
            code: 'CLAIM_COMPOSITION_UNKNOWN',
            ...locate(m, `${prefix}.compositionRef.name`),
            hint: `${suggest(
              refName,
              candidates.map((c) => c.name),
            )}the Compositions of ${xrd.kind} are: ${candidates.map((c) => c.name).join(', ') || 'none'}`,
          },
        ),
      );
    }
    const selector = obj(obj(machinery['compositionSelector'])?.['matchLabels']);
    if (selector) {
      const wanted = Object.entries(selector);
      const matches = candidates.filter((c) => wanted.every(([k, v]) => c.labels[k] === v));
      if (matches.length === 0) {
        const labels = wanted.map(([k, v]) => `${k}=${String(v)}`).join(',');
        ctx.error(
          new GitOpsError(
            `${what} selects Compositions with ${labels}, but no Composition of ${xrd.kind} has these labels`,
            {
              code: 'CLAIM_COMPOSITION_UNMATCHED',
              ...locate(m, `${prefix}.compositionSelector.matchLabels`),
              hint:
                candidates.length === 0
                  ? `define a Composition of ${xrd.kind}`
                  : `label one of ${candidates.map((c) => c.name).join(', ')} with ${labels}, or change the selector`,
            },
          ),
        );
      }
    }
  }
}
