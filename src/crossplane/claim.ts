import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { Static, TObject } from 'typebox';
import { PerTier, resolveTierValue, type Tier, type TierValue } from '../environments/index.js';
import { GitOpsError, GitOpsErrors } from '../errors/index.js';
import { FolderChart, Platform, type ISecretSource } from '../tree/index.js';
import { instanceTypeOf, type CompositeApi, type ParameterizedApi } from './composite-api.js';
import { CrossplaneCheck } from './checks.js';
import type { PipelineComposition } from './composition.js';
import { registerCompositeHealth } from './health.js';
import { resolveTierValues, type TierFields } from './tier-values.js';

/** How a claim picks its Composition (in any tier, or per tier). */
interface CompositionChoice<N extends string> {
  /** The Composition to use (`compositionRef`), e.g. the production variant in production tiers. @default - none */
  readonly composition?: TierValue<N, PipelineComposition<unknown> | undefined>;
  /**
   * Labels of the Composition to select (`compositionSelector.matchLabels`), e.g.
   * `byProduction({ class: 'production' }, { class: 'standard' })`. @default - none
   */
  readonly compositionSelector?: TierValue<N, Readonly<Record<string, string>> | undefined>;
}

/** Props shared by every claim. */
export interface ClaimOptions<N extends string = string> extends CompositionChoice<N> {
  /** `metadata.name`. @default - the construct id */
  readonly name?: string;
  /**
   * Name of the connection Secret (`writeConnectionSecretToRef`), written to the claim's namespace.
   * @default - `<name>-connection` when the API declares connection secret keys, else none
   */
  readonly connectionSecret?: string;
  /** Labels of the claim. @default - the folder's labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations of the claim. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Props of a {@link CompositeClaim}. */
export interface CompositeClaimProps<S, N extends string = string> extends ClaimOptions<N> {
  /** The API claimed. */
  readonly api: CompositeApi<S>;
  /** The spec; any field (at any depth) may be a PerTier value or a function of the tier. */
  readonly spec: TierFields<N, S>;
}

/** Props of {@link claimOf}: the parameters of an API made with `defineCompositeApi`. */
export interface ParameterClaimProps<P extends TObject, N extends string = string> extends ClaimOptions<N> {
  /** The parameters; each may be a PerTier value or a function of the tier. */
  readonly parameters: TierFields<N, Static<P>>;
}

/**
 * A claim of a composite API in one tier: the namespaced XR (Crossplane v2) or the claim (Crossplane
 * 1.x), in the namespace of its folder (`environments/<tier>/infrastructure/` or an application's).
 *
 * Per-tier values are resolved for the folder's tier and the result is checked against the API's
 * schema at once, naming the tier and the field. When the API publishes a connection secret, the claim
 * is an `ISecretSource` a workload can take.
 */
export class CompositeClaim<S = Record<string, unknown>> extends Construct implements ISecretSource {
  /** The API claimed. */
  public readonly api: CompositeApi<S>;
  /** `metadata.name`. */
  public readonly name: string;
  /** Namespace of the claim (its folder's). */
  public readonly namespace?: string;
  /** The tier the claim is in, if any. */
  public readonly tier?: Tier;
  /** The spec as written (per-tier values resolved). */
  public readonly spec: Readonly<Record<string, unknown>>;
  /** The generated object. */
  public readonly apiObject: ApiObject;
  private readonly connectionSecret?: string;

  public constructor(scope: Construct, id: string, props: CompositeClaimProps<S>) {
    super(scope, id);
    const api = props.api;
    this.api = api;
    this.name = props.name ?? id;
    this.tier = Platform.tierOf(this);
    this.namespace = FolderChart.tryOf(this)?.namespace;
    const tier = this.tier;
    const where = { constructPath: this.node.path, tier: tier?.name };
    const noTier = (field: string): never => {
      throw new GitOpsError(
        `claim '${this.name}' has a per-tier value for ${field || 'its spec'} but is not in a tier`,
        {
          code: 'CLAIM_PER_TIER_OUTSIDE_TIER',
          ...where,
          field: field || 'spec',
          hint: 'create the claim in a tier folder (tier.infrastructure or tier.application(name)), or give one value',
        },
      );
    };
    const spec = (resolveTierValues(props.spec, tier, noTier) ?? {}) as Record<string, unknown>;
    this.checkSpec(spec);
    this.spec = spec;

    const pick = <T>(value: TierValue<string, T> | undefined, field: string): T | undefined =>
      value === undefined
        ? undefined
        : value instanceof PerTier || typeof value === 'function'
          ? tier
            ? resolveTierValue(value, tier)
            : noTier(field)
          : value;
    const composition = pick(props.composition, 'composition');
    const selector = pick(props.compositionSelector, 'compositionSelector');
    if (composition && composition.api.kind !== api.kind) {
      throw new GitOpsError(
        `claim '${this.name}' of ${api.kind} uses Composition '${composition.name}', which composes ${composition.api.kind}`,
        {
          code: 'CLAIM_COMPOSITION_WRONG_KIND',
          ...where,
          field: 'composition',
          hint: `pass a Composition of ${api.kind}`,
        },
      );
    }
    if (composition && selector) {
      throw new GitOpsError(`claim '${this.name}' has both a composition and a compositionSelector`, {
        code: 'CLAIM_COMPOSITION_TWICE',
        ...where,
        field: 'composition',
        hint: 'give one: compositionRef wins in Crossplane and the selector would be ignored',
      });
    }
    this.connectionSecret =
      props.connectionSecret ?? (api.connectionSecretKeys ? `${this.name}-connection` : undefined);

    const selection = {
      ...(composition ? { compositionRef: { name: composition.name } } : {}),
      ...(selector ? { compositionSelector: { matchLabels: { ...selector } } } : {}),
    };
    const secretRef = this.connectionSecret ? { writeConnectionSecretToRef: { name: this.connectionSecret } } : {};
    const machinery =
      api.crossplane === 'v1'
        ? { ...selection, ...secretRef }
        : { ...(Object.keys(selection).length > 0 ? { crossplane: selection } : {}), ...secretRef };
    const { apiVersion, kind } = instanceTypeOf(api);
    this.apiObject = new ApiObject(this, 'Resource', {
      apiVersion,
      kind,
      metadata: {
        name: this.name,
        ...(props.labels ? { labels: { ...props.labels } } : {}),
        ...(props.annotations ? { annotations: { ...props.annotations } } : {}),
      },
      spec: { ...spec, ...machinery },
    });
    registerCompositeHealth(this, api.group, kind);
    CrossplaneCheck.of(this).addClaim(this.apiObject);
  }

  /** Name of the connection Secret the claim makes Crossplane write. */
  public get secretName(): string {
    if (!this.connectionSecret) {
      throw new GitOpsError(`claim '${this.name}' of ${this.api.kind} writes no connection secret`, {
        code: 'CLAIM_NO_CONNECTION_SECRET',
        constructPath: this.node.path,
        tier: this.tier?.name,
        field: 'connectionSecret',
        hint: 'declare connectionSecretKeys on the API, or set connectionSecret on the claim',
      });
    }
    return this.connectionSecret;
  }

  /** Namespace of the connection Secret: the claim's. */
  public get secretNamespace(): string | undefined {
    return this.namespace;
  }

  /** Keys of the connection Secret, as the API declares them. */
  public get secretKeys(): readonly string[] | undefined {
    return this.api.connectionSecretKeys;
  }

  private checkSpec(spec: Record<string, unknown>): void {
    const problems = this.api.validateSpec?.(spec) ?? [];
    if (problems.length === 0) return;
    const errors = problems.map(
      (p) =>
        new GitOpsError(
          `${this.api.kind} '${this.name}'${this.tier ? ` in tier ${this.tier.name}` : ''}: ${p.field} ${p.message}`,
          {
            code: 'CLAIM_INVALID_PARAMETER',
            constructPath: this.node.path,
            tier: this.tier?.name,
            field: p.field,
            hint: `give ${p.field} a value the ${this.api.kind} API accepts${this.tier ? ` for tier ${this.tier.name}` : ''}`,
          },
        ),
    );
    throw errors.length === 1 ? errors[0] : new GitOpsErrors(errors);
  }
}

/** Props of a {@link Claim}. */
export interface ClaimProps<P extends TObject> extends ClaimOptions {
  /** The API claimed, made with `defineCompositeApi`. */
  readonly api: ParameterizedApi<P>;
  /**
   * The parameters (`spec.parameters`), typed by the API: a wrong field or type does not compile. Each
   * may be a PerTier value or a function of the tier.
   */
  readonly parameters: TierFields<string, Static<NoInfer<P>>>;
}

/**
 * A claim of an API made with `defineCompositeApi`, whose props are the API's parameters.
 *
 * ```ts
 * new Claim(tier.infrastructure, 'user-session-cache', {
 *   api: RedisCache,
 *   parameters: { size: perTier({ dev: 'small', staging: 'medium', production: 'large' }) },
 * });
 * ```
 */
export class Claim<P extends TObject> extends CompositeClaim<{ parameters: Static<P> }> {
  public constructor(scope: Construct, id: string, props: ClaimProps<P>) {
    const { parameters, api, ...options } = props;
    super(scope, id, { ...options, api, spec: { parameters } as never });
  }
}
