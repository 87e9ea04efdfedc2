import type { IConstruct } from 'constructs';

/**
 * A construct that makes a Secret exist in a tier's namespace: an ExternalSecret, a SealedSecret, a
 * Crossplane claim's connection secret. Workloads take one of these instead of a Secret name, so a Secret
 * that nothing produces cannot be referenced, and keys are checked against what is produced.
 */
export interface ISecretSource extends IConstruct {
  /** Name of the Secret that will exist. */
  readonly secretName: string;
  /** Namespace of the Secret. @default - the namespace of the construct's folder */
  readonly secretNamespace?: string;
  /** Keys the Secret will have; undefined when only known at run time. */
  readonly secretKeys?: readonly string[];
}

/** A construct that makes a ConfigMap exist (a ConfigMap construct, a generated config). */
export interface IConfigMapSource extends IConstruct {
  /** Name of the ConfigMap. */
  readonly configMapName: string;
  /** Namespace of the ConfigMap. @default - the namespace of the construct's folder */
  readonly configMapNamespace?: string;
  /** Keys of the ConfigMap; undefined when unknown. */
  readonly configMapKeys?: readonly string[];
}
