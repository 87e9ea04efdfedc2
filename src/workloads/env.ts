import type { IConstruct } from 'constructs';
import type { k8s } from 'cdk8s-plus-28';
import type { IConfigMapSource, ISecretSource } from '../tree/index.js';
import { constructError } from './errors.js';

/**
 * The value of an environment variable: a literal, a key of a Secret or ConfigMap source (by construct
 * reference), or a field of the pod.
 */
export class EnvValue {
  /** A literal value. */
  public static fromValue(value: string): EnvValue {
    return new EnvValue(() => ({ value }));
  }

  /**
   * Key `key` of the Secret `source` makes exist (an ExternalSecret, a claim's connection secret …).
   * A key the source is known not to have is an error here; unknown keys are checked at synth.
   */
  public static fromSecret(source: ISecretSource, key: string): EnvValue {
    return new EnvValue((scope, field, namespace) => {
      checkNamespace(scope, source.secretNamespace, namespace, `Secret '${source.secretName}'`, field);
      if (source.secretKeys && !source.secretKeys.includes(key)) {
        throw constructError(
          scope,
          'WORKLOAD_SECRET_KEY_MISSING',
          `Secret '${source.secretName}' has no key '${key}' (it has ${source.secretKeys.map((k) => `'${k}'`).join(', ') || 'no keys'})`,
          field,
          `use one of its keys, or add '${key}' where ${source.node.path} produces the Secret`,
        );
      }
      return { valueFrom: { secretKeyRef: { name: source.secretName, key } } };
    });
  }

  /** Key `key` of the ConfigMap `source` makes exist. */
  public static fromConfigMap(source: IConfigMapSource, key: string): EnvValue {
    return new EnvValue((scope, field, namespace) => {
      checkNamespace(scope, source.configMapNamespace, namespace, `ConfigMap '${source.configMapName}'`, field);
      if (source.configMapKeys && !source.configMapKeys.includes(key)) {
        throw constructError(
          scope,
          'WORKLOAD_CONFIGMAP_KEY_MISSING',
          `ConfigMap '${source.configMapName}' has no key '${key}' (it has ${source.configMapKeys.map((k) => `'${k}'`).join(', ') || 'no keys'})`,
          field,
          'use one of its keys',
        );
      }
      return { valueFrom: { configMapKeyRef: { name: source.configMapName, key } } };
    });
  }

  /** A field of the pod, e.g. `metadata.name` or `status.podIP`. */
  public static fromField(fieldPath: string): EnvValue {
    return new EnvValue(() => ({ valueFrom: { fieldRef: { fieldPath } } }));
  }

  private constructor(
    private readonly build: (
      scope: IConstruct,
      field: string,
      namespace: string | undefined,
    ) => Omit<k8s.EnvVar, 'name'>,
  ) {}

  /** @internal */
  public _toEnvVar(name: string, scope: IConstruct, field: string, namespace: string | undefined): k8s.EnvVar {
    return { name, ...this.build(scope, field, namespace) };
  }
}

/** A Secret or ConfigMap in another namespace cannot be read by the pods. */
export function checkNamespace(
  scope: IConstruct,
  sourceNamespace: string | undefined,
  namespace: string | undefined,
  what: string,
  field: string,
): void {
  if (sourceNamespace && namespace && sourceNamespace !== namespace) {
    throw constructError(
      scope,
      'WORKLOAD_SOURCE_OTHER_NAMESPACE',
      `${what} is in namespace '${sourceNamespace}', but the pods run in '${namespace}'`,
      field,
      "pods can only read Secrets and ConfigMaps of their own namespace: produce it in the workload's folder",
    );
  }
}

/** Whether `x` is a Secret source (else a ConfigMap source). */
export function isSecretSource(x: ISecretSource | IConfigMapSource): x is ISecretSource {
  return typeof (x as ISecretSource).secretName === 'string';
}
