import { Construct } from 'constructs';
import type { ExternalSecret as ExternalSecretL1 } from '../../imports/eso-externalsecret.js';
import { PerTier, resolveTierValue, type Tier, type TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { Platform, type ISecretSource } from '../tree/index.js';
import type { ISecretStore } from './secret-store.js';
import type * as EsoExternalsecretModule from '../../imports/eso-externalsecret.js';
import { generatedModule } from '../lazy/index.js';

const esoExternalsecretModule = generatedModule<typeof EsoExternalsecretModule>('eso-externalsecret');

/** One key of the produced Secret, read from one remote secret (or one property of it). */
export interface ExternalSecretData {
  /** Key in the produced Secret, e.g. `DATABASE_PASSWORD`. */
  readonly secretKey: string;
  /** Key (name or path) of the secret in the store, e.g. `prod/user-service/database`. */
  readonly remoteKey: string;
  /** Property of a JSON secret, e.g. `password`. @default - the whole value */
  readonly property?: string;
  /** Version of the remote secret. @default - the latest */
  readonly version?: string;
}

/** Every key of remote secrets at once: the properties of one JSON secret, or secrets found by name or tags. */
export type ExternalSecretDataFrom =
  | { readonly extract: { readonly key: string; readonly property?: string; readonly version?: string } }
  | {
      readonly find: {
        readonly nameRegexp?: string;
        readonly tags?: Readonly<Record<string, string>>;
        readonly path?: string;
      };
    };

/** Shapes the produced Secret with templates (engine v2) over the fetched keys. */
export interface ExternalSecretTemplate {
  /** Secret type, e.g. `kubernetes.io/dockerconfigjson`. @default 'Opaque' */
  readonly type?: string;
  /** Keys of the produced Secret and their templates, e.g. `{ url: 'postgres://{{ .user }}:{{ .password }}@db' }`. */
  readonly data: Readonly<Record<string, string>>;
  /** Labels of the produced Secret. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations of the produced Secret. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Props of an {@link ExternalSecret}. */
export interface ExternalSecretProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** The store to read from, per tier (e.g. Vault in dev, AWS Secrets Manager in production). */
  readonly store: TierValue<string, ISecretStore>;
  /** Name of the produced Secret. @default - the ExternalSecret's name */
  readonly secretName?: string;
  /** Keys read one by one. @default - none */
  readonly data?: readonly ExternalSecretData[];
  /** Keys read in bulk (their names are only known at run time). @default - none */
  readonly dataFrom?: readonly ExternalSecretDataFrom[];
  /** How often the Secret is refreshed from the store. @default '1h' */
  readonly refreshInterval?: TierValue<string, string>;
  /** Shape the produced Secret with templates. @default - the fetched keys as they are */
  readonly template?: ExternalSecretTemplate;
  /** What happens to the Secret when the ExternalSecret is deleted. @default 'Retain' */
  readonly deletionPolicy?: 'Retain' | 'Delete' | 'Merge';
}

/**
 * An external-secrets.io/v1 `ExternalSecret`: a Secret fetched from a SecretStore chosen per tier.
 *
 * It is an {@link ISecretSource}: workloads take it instead of a Secret name, and `key(name)` hands out
 * a key reference only for keys the Secret will have. A store the ExternalSecret's tier does not have,
 * a SecretStore of another namespace, duplicate keys and templates using unknown keys are errors here; at
 * synth the reference check verifies the store exists in the tier and every key consumers use.
 */
export class ExternalSecret extends Construct implements ISecretSource {
  /** Name of the produced Secret. */
  public readonly secretName: string;
  /** Namespace of the produced Secret. */
  public readonly secretNamespace?: string;
  /** Keys of the produced Secret; undefined when `dataFrom` makes them known only at run time. */
  public readonly secretKeys?: readonly string[];
  /** The store this tier reads from. */
  public readonly store: ISecretStore;
  /** The generated object. */
  public readonly resource: ExternalSecretL1;

  public constructor(scope: Construct, id: string, props: ExternalSecretProps) {
    super(scope, id);
    const tier = Platform.tierOf(this);
    this.store = this.resolve(props.store, tier, 'store');
    const data = props.data ?? [];
    const dataFrom = props.dataFrom ?? [];
    if (data.length === 0 && dataFrom.length === 0 && !props.template) {
      this.fail('ExternalSecret reads nothing: give `data` or `dataFrom`', 'EXTERNAL_SECRET_EMPTY', 'data', tier);
    }
    const seen = new Set<string>();
    for (const d of data) {
      if (seen.has(d.secretKey)) {
        this.fail(`ExternalSecret writes key '${d.secretKey}' twice`, 'EXTERNAL_SECRET_DUPLICATE_KEY', 'data', tier);
      }
      seen.add(d.secretKey);
    }
    if (props.template && dataFrom.length === 0) this.checkTemplate(props.template, seen, tier);
    const refreshInterval = this.resolve(props.refreshInterval ?? '1h', tier, 'refreshInterval');

    this.resource = new (esoExternalsecretModule().ExternalSecret)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        refreshInterval,
        secretStoreRef: { kind: this.store.storeKind as never, name: this.store.storeName },
        target: {
          ...(props.secretName ? { name: props.secretName } : {}),
          ...(props.deletionPolicy ? { deletionPolicy: props.deletionPolicy as never } : {}),
          ...(props.template
            ? {
                template: {
                  engineVersion: 'v2' as never,
                  ...(props.template.type ? { type: props.template.type } : {}),
                  ...(props.template.labels || props.template.annotations
                    ? { metadata: { labels: props.template.labels, annotations: props.template.annotations } }
                    : {}),
                  data: { ...props.template.data },
                },
              }
            : {}),
        },
        ...(data.length
          ? {
              data: data.map((d) => ({
                secretKey: d.secretKey,
                remoteRef: {
                  key: d.remoteKey,
                  ...(d.property ? { property: d.property } : {}),
                  ...(d.version ? { version: d.version } : {}),
                },
              })),
            }
          : {}),
        ...(dataFrom.length ? { dataFrom: dataFrom.map(toDataFrom) } : {}),
      },
    });
    this.secretName = props.secretName ?? this.resource.name;
    this.secretNamespace = this.resource.metadata.namespace;
    this.secretKeys = props.template
      ? Object.keys(props.template.data)
      : dataFrom.length > 0
        ? undefined
        : data.map((d) => d.secretKey);
    this.checkStore(tier);
  }

  /**
   * A `secretKeyRef` for `key`; an error when the Secret will not have it (when its keys are known).
   * Use it for `env[].valueFrom.secretKeyRef`.
   */
  public key(key: string): { readonly name: string; readonly key: string } {
    if (this.secretKeys && !this.secretKeys.includes(key)) {
      throw new GitOpsError(
        `Secret '${this.secretName}' of ExternalSecret '${this.resource.name}' has no key '${key}' (it has ${this.secretKeys.map((k) => `'${k}'`).join(', ')})`,
        {
          code: 'EXTERNAL_SECRET_KEY_MISSING',
          constructPath: this.node.path,
          tier: Platform.tierOf(this)?.name,
          field: 'key',
          hint: 'use one of its keys, or add the key to the ExternalSecret `data` (or its template)',
        },
      );
    }
    return { name: this.secretName, key };
  }

  private checkStore(tier: Tier | undefined): void {
    const store = this.store;
    if (store.storeTier && tier && store.storeTier.name !== tier.name) {
      this.fail(
        `ExternalSecret in tier '${tier.name}' uses ${store.storeKind} '${store.storeName}', which is defined for tier '${store.storeTier.name}' only`,
        'EXTERNAL_SECRET_STORE_NOT_IN_TIER',
        'store',
        tier,
        `define the store for tier '${tier.name}' too (a shared folder makes it exist in every tier), and choose it per tier: store: environments.perTier({...})`,
      );
    }
    if (store.storeTier && !tier) {
      this.fail(
        `ExternalSecret outside any tier uses ${store.storeKind} '${store.storeName}', which only tier '${store.storeTier.name}' has`,
        'EXTERNAL_SECRET_STORE_NOT_IN_TIER',
        'store',
        tier,
        'put the store in a shared folder (app.shared.secrets), or the ExternalSecret in the tier',
      );
    }
    if (store.storeKind === 'SecretStore' && store.storeNamespace !== this.secretNamespace) {
      this.fail(
        `ExternalSecret in namespace '${this.secretNamespace}' uses SecretStore '${store.storeName}' of namespace '${store.storeNamespace}'`,
        'EXTERNAL_SECRET_STORE_OTHER_NAMESPACE',
        'store',
        tier,
        'a SecretStore only serves its own namespace: use a ClusterSecretStore, or a SecretStore in this namespace',
      );
    }
    const allowed = (store as { namespaces?: readonly string[] }).namespaces;
    if (allowed && this.secretNamespace && !allowed.includes(this.secretNamespace)) {
      this.fail(
        `ClusterSecretStore '${store.storeName}' does not serve namespace '${this.secretNamespace}' (only ${allowed.join(', ')})`,
        'EXTERNAL_SECRET_STORE_OTHER_NAMESPACE',
        'store',
        tier,
        'add the namespace to the store’s `namespaces`, or use another store',
      );
    }
  }

  private checkTemplate(template: ExternalSecretTemplate, keys: ReadonlySet<string>, tier: Tier | undefined): void {
    for (const [target, text] of Object.entries(template.data)) {
      for (const match of text.matchAll(/\{\{[^}]*?\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
        const used = match[1] as string;
        if (keys.has(used)) continue;
        this.fail(
          `template of key '${target}' uses '.${used}', which the ExternalSecret does not fetch (it fetches ${[...keys].map((k) => `'${k}'`).join(', ') || 'nothing'})`,
          'EXTERNAL_SECRET_TEMPLATE_KEY_MISSING',
          `template.data.${target}`,
          tier,
          `add { secretKey: '${used}', remoteKey: … } to data, or fix the template`,
        );
      }
    }
  }

  private resolve<T>(value: TierValue<string, T>, tier: Tier | undefined, field: string): T {
    if (tier) return resolveTierValue(value, tier);
    if (typeof value === 'function' || value instanceof PerTier) {
      this.fail(
        `'${field}' is given per tier, but the ExternalSecret is not in a tier`,
        'EXTERNAL_SECRET_TIER_VALUE',
        field,
        tier,
      );
    }
    return value as T;
  }

  private fail(message: string, code: string, field: string, tier: Tier | undefined, hint?: string): never {
    throw new GitOpsError(message, {
      code,
      constructPath: this.node.path,
      tier: tier?.name,
      field,
      hint: hint ?? 'see the ExternalSecret props',
    });
  }
}

function toDataFrom(d: ExternalSecretDataFrom): Record<string, unknown> {
  if ('extract' in d) {
    return {
      extract: {
        key: d.extract.key,
        ...(d.extract.property ? { property: d.extract.property } : {}),
        ...(d.extract.version ? { version: d.extract.version } : {}),
      },
    };
  }
  return {
    find: {
      ...(d.find.nameRegexp ? { name: { regexp: d.find.nameRegexp } } : {}),
      ...(d.find.tags ? { tags: { ...d.find.tags } } : {}),
      ...(d.find.path ? { path: d.find.path } : {}),
    },
  };
}
