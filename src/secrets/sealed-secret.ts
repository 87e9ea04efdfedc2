import { Construct, type IConstruct } from 'constructs';
import type { SealedSecret as SealedSecretL1 } from '../../imports/sealedsecrets-sealedsecret.js';
import { GitOpsError } from '../errors/index.js';
import { Platform, SynthChecks, type CheckContext, type ISecretSource, type SynthCheck } from '../tree/index.js';
import type * as SealedsecretsSealedsecretModule from '../../imports/sealedsecrets-sealedsecret.js';
import { generatedModule } from '../lazy/index.js';

const sealedsecretsSealedsecretModule =
  generatedModule<typeof SealedsecretsSealedsecretModule>('sealedsecrets-sealedsecret');

/** Annotation that makes a SealedSecret namespace-wide (any name in the sealed namespace). */
export const SEALED_NAMESPACE_WIDE = 'sealedsecrets.bitnami.com/namespace-wide';
/** Annotation that makes a SealedSecret cluster-wide (any name, any namespace). */
export const SEALED_CLUSTER_WIDE = 'sealedsecrets.bitnami.com/cluster-wide';

/** `kubeseal --scope`: what the ciphertext is bound to. */
export type SealingScope = 'strict' | 'namespace-wide' | 'cluster-wide';

/** Props of a {@link SealedSecret}. */
export interface SealedSecretProps {
  /** Object name (and name of the unsealed Secret). @default - from the construct id */
  readonly name?: string;
  /** Key → ciphertext, exactly as `kubeseal` printed it (base64). Plaintext is rejected. */
  readonly encryptedData: Readonly<Record<string, string>>;
  /** The scope it was sealed with. @default 'strict' */
  readonly scope?: SealingScope;
  /**
   * Namespace (and for `strict`, name) given to `kubeseal`; the ciphertext only unseals there.
   * Required for `strict` and `namespace-wide`.
   */
  readonly sealedFor?: { readonly namespace: string; readonly name?: string };
  /** Type of the unsealed Secret. @default 'Opaque' */
  readonly type?: string;
  /** Labels of the unsealed Secret. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Allow a cluster-wide SealedSecret in a production tier (any namespace could unseal it). @default false */
  readonly allowClusterWideInProduction?: boolean;
}

/**
 * A Bitnami `SealedSecret` (bitnami.com/v1alpha1): encrypted data passed through to the tree, the only
 * Secret material that may be committed. Its scope is checked against where it is placed: a `strict`
 * secret only unseals under the name and namespace it was sealed for, a `namespace-wide` one only in
 * its namespace; `cluster-wide` is refused in production tiers unless allowed.
 */
export class SealedSecret extends Construct implements ISecretSource {
  public readonly secretName: string;
  public readonly secretNamespace?: string;
  public readonly secretKeys: readonly string[];
  /** The scope it was sealed with. */
  public readonly scope: SealingScope;
  /** The generated object. */
  public readonly resource: SealedSecretL1;

  public constructor(scope: Construct, id: string, props: SealedSecretProps) {
    super(scope, id);
    SealedScopeCheck.of(this);
    const tier = Platform.tierOf(this);
    this.scope = props.scope ?? 'strict';
    const fail = (message: string, code: string, field: string, hint: string): never => {
      throw new GitOpsError(message, { code, constructPath: this.node.path, tier: tier?.name, field, hint });
    };
    for (const [key, value] of Object.entries(props.encryptedData)) {
      if (!looksSealed(value)) {
        fail(
          `SealedSecret key '${key}' does not hold kubeseal ciphertext`,
          'SEALED_SECRET_NOT_ENCRYPTED',
          `encryptedData.${key}`,
          'seal the value with `kubeseal --raw` (or `kubeseal -o yaml`) and paste the ciphertext; never commit the plaintext',
        );
      }
    }
    const annotations: Record<string, string> | undefined =
      this.scope === 'namespace-wide'
        ? { [SEALED_NAMESPACE_WIDE]: 'true' }
        : this.scope === 'cluster-wide'
          ? { [SEALED_CLUSTER_WIDE]: 'true' }
          : undefined;
    this.resource = new (sealedsecretsSealedsecretModule().SealedSecret)(this, 'Resource', {
      metadata: { ...(props.name ? { name: props.name } : {}), ...(annotations ? { annotations } : {}) },
      spec: {
        encryptedData: { ...props.encryptedData },
        template: {
          ...(props.type ? { type: props.type } : {}),
          metadata: {
            ...(this.scope === 'strict' && props.sealedFor?.name ? { name: props.sealedFor.name } : {}),
            ...(this.scope !== 'cluster-wide' && props.sealedFor ? { namespace: props.sealedFor.namespace } : {}),
            ...(annotations ? { annotations } : {}),
            ...(props.labels ? { labels: { ...props.labels } } : {}),
          },
        },
      },
    });
    this.secretName = this.resource.name;
    this.secretNamespace = this.resource.metadata.namespace;
    this.secretKeys = Object.keys(props.encryptedData);

    const placed = `'${this.secretNamespace ?? '(no namespace)'}/${this.secretName}'`;
    if (this.scope !== 'cluster-wide' && !props.sealedFor) {
      fail(
        `a ${this.scope} SealedSecret needs \`sealedFor\`: the namespace${this.scope === 'strict' ? ' and name' : ''} it was sealed for`,
        'SEALED_SECRET_SCOPE_MISMATCH',
        'sealedFor',
        'give what you passed to kubeseal --namespace/--name',
      );
    }
    if (this.scope !== 'cluster-wide' && props.sealedFor && props.sealedFor.namespace !== this.secretNamespace) {
      fail(
        `SealedSecret sealed (${this.scope}) for namespace '${props.sealedFor.namespace}' is placed at ${placed}: the controller cannot unseal it there`,
        'SEALED_SECRET_SCOPE_MISMATCH',
        'sealedFor.namespace',
        `re-seal it with kubeseal --namespace ${this.secretNamespace}, or place it in a folder of namespace '${props.sealedFor.namespace}'`,
      );
    }
    if (this.scope === 'strict' && props.sealedFor && (props.sealedFor.name ?? this.secretName) !== this.secretName) {
      fail(
        `SealedSecret sealed (strict) for name '${props.sealedFor.name}' is placed at ${placed}: strict scope binds the name`,
        'SEALED_SECRET_SCOPE_MISMATCH',
        'sealedFor.name',
        `name it '${props.sealedFor.name}', or re-seal it with kubeseal --name ${this.secretName}`,
      );
    }
    if (this.scope === 'cluster-wide' && tier?.production && !props.allowClusterWideInProduction) {
      fail(
        `cluster-wide SealedSecret in production tier '${tier.name}': any namespace of the cluster could unseal it`,
        'SEALED_SECRET_CLUSTER_WIDE_IN_PRODUCTION',
        'scope',
        're-seal it with --scope strict (or namespace-wide), or set allowClusterWideInProduction: true with a reason in review',
      );
    }
  }
}

/** kubeseal output: base64 of an RSA-OAEP-wrapped session key plus AES-GCM ciphertext (hundreds of bytes). */
function looksSealed(value: string): boolean {
  return value.length >= 64 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
}

/**
 * Every SealedSecret of the tree (hand-written ones too) against where it is placed: a strict one whose
 * template names another name or namespace, a namespace-wide one whose template names another namespace.
 */
export class SealedScopeCheck implements SynthCheck {
  public static of(scope: IConstruct): SealedScopeCheck {
    return SynthChecks.of(scope).add(new SealedScopeCheck());
  }

  public readonly id = 'secrets.sealed-scope';

  private constructor() {}

  public check(context: CheckContext): void {
    for (const m of context.manifests) {
      const o = m.object;
      if (o.kind !== 'SealedSecret' || !o.apiVersion.startsWith('bitnami.com/')) continue;
      const annotations = o.metadata.annotations ?? {};
      const scope: SealingScope =
        annotations[SEALED_CLUSTER_WIDE] === 'true'
          ? 'cluster-wide'
          : annotations[SEALED_NAMESPACE_WIDE] === 'true'
            ? 'namespace-wide'
            : 'strict';
      if (scope === 'cluster-wide') continue;
      const meta = ((o.spec as { template?: { metadata?: { name?: string; namespace?: string } } } | undefined)
        ?.template?.metadata ?? {}) as { name?: string; namespace?: string };
      const wrongNamespace = meta.namespace !== undefined && meta.namespace !== o.metadata.namespace;
      const wrongName = scope === 'strict' && meta.name !== undefined && meta.name !== o.metadata.name;
      if (!wrongNamespace && !wrongName) continue;
      context.error(
        new GitOpsError(
          `SealedSecret '${o.metadata.namespace}/${o.metadata.name}' (${scope}) was sealed for '${meta.namespace ?? o.metadata.namespace}/${meta.name ?? o.metadata.name}': the controller cannot unseal it where it is placed`,
          {
            code: 'SEALED_SECRET_SCOPE_MISMATCH',
            tier: m.tier,
            file: m.file,
            constructPath: m.constructPath,
            field: wrongNamespace ? '/spec/template/metadata/namespace' : '/spec/template/metadata/name',
            hint: 're-seal it for this namespace and name, move it, or seal it namespace-wide/cluster-wide',
          },
        ),
      );
    }
  }
}
