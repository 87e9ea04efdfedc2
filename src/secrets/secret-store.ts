import { Construct, type IConstruct } from 'constructs';
import type { ClusterSecretStore as ClusterSecretStoreL1 } from '../../imports/eso-clustersecretstore.js';
import type { SecretStore as SecretStoreL1 } from '../../imports/eso-secretstore.js';
import type { Tier } from '../environments/index.js';
import { Platform } from '../tree/index.js';
import type { StoreProvider } from './store-provider.js';
import type * as EsoClustersecretstoreModule from '../../imports/eso-clustersecretstore.js';
import type * as EsoSecretstoreModule from '../../imports/eso-secretstore.js';
import { generatedModule } from '../lazy/index.js';

const esoClustersecretstoreModule = generatedModule<typeof EsoClustersecretstoreModule>('eso-clustersecretstore');
const esoSecretstoreModule = generatedModule<typeof EsoSecretstoreModule>('eso-secretstore');

/** A SecretStore or ClusterSecretStore that ExternalSecrets take by reference. */
export interface ISecretStore extends IConstruct {
  /** `SecretStore` (namespaced) or `ClusterSecretStore`. */
  readonly storeKind: 'SecretStore' | 'ClusterSecretStore';
  /** `metadata.name`. */
  readonly storeName: string;
  /** Namespace of a SecretStore; undefined for a ClusterSecretStore. */
  readonly storeNamespace?: string;
  /** The tier whose cluster has the store; undefined when every tier has it (a shared folder). */
  readonly storeTier?: Tier;
  /** Backend type: `aws`, `vault`, `gcpsm`. */
  readonly providerType: string;
}

/** Props of a {@link SecretStore} or {@link ClusterSecretStore}. */
export interface SecretStoreProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** The backend. */
  readonly provider: StoreProvider;
}

/** Props of a {@link ClusterSecretStore}. */
export interface ClusterSecretStoreProps extends SecretStoreProps {
  /** Namespaces whose ExternalSecrets may use the store. @default - every namespace */
  readonly namespaces?: readonly string[];
}

/** A namespaced external-secrets.io/v1 `SecretStore`: usable by ExternalSecrets of its own namespace. */
export class SecretStore extends Construct implements ISecretStore {
  public readonly storeKind = 'SecretStore';
  public readonly storeName: string;
  public readonly storeNamespace?: string;
  public readonly storeTier?: Tier;
  public readonly providerType: string;
  /** The generated object. */
  public readonly resource: SecretStoreL1;

  public constructor(scope: Construct, id: string, props: SecretStoreProps) {
    super(scope, id);
    this.resource = new (esoSecretstoreModule().SecretStore)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        provider: props.provider.spec as never,
      },
    });
    this.storeName = this.resource.name;
    this.storeNamespace = this.resource.metadata.namespace;
    this.storeTier = Platform.tierOf(this);
    this.providerType = props.provider.type;
  }
}

/**
 * A cluster-scoped external-secrets.io/v1 `ClusterSecretStore`. In a shared folder it exists in every
 * tier's cluster; in a tier folder only in that tier's.
 */
export class ClusterSecretStore extends Construct implements ISecretStore {
  public readonly storeKind = 'ClusterSecretStore';
  public readonly storeName: string;
  public readonly storeNamespace = undefined;
  public readonly storeTier?: Tier;
  public readonly providerType: string;
  /** Namespaces allowed to use it; undefined for all. */
  public readonly namespaces?: readonly string[];
  /** The generated object. */
  public readonly resource: ClusterSecretStoreL1;

  public constructor(scope: Construct, id: string, props: ClusterSecretStoreProps) {
    super(scope, id);
    this.namespaces = props.namespaces;
    this.resource = new (esoClustersecretstoreModule().ClusterSecretStore)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec: {
        provider: props.provider.spec as never,
        ...(props.namespaces ? { conditions: [{ namespaces: [...props.namespaces] }] } : {}),
      },
    });
    this.storeName = this.resource.name;
    this.storeTier = Platform.tierOf(this);
    this.providerType = props.provider.type;
  }
}
