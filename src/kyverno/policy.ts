import type { Construct } from 'constructs';
import type { Policy as PolicyL1 } from '../../imports/kyverno-policy.js';
import { PolicyBase, type PolicyProps } from './policy-base.js';
import type * as KyvernoPolicyModule from '../../imports/kyverno-policy.js';
import { generatedModule } from '../lazy/index.js';

const kyvernoPolicyModule = generatedModule<typeof KyvernoPolicyModule>('kyverno-policy');

/** Props of a {@link Policy}. */
export interface NamespacedPolicyProps<N extends string = string> extends PolicyProps<N> {
  /** Namespace the policy applies to. @default - the folder's namespace */
  readonly namespace?: string;
}

/**
 * A namespaced Kyverno Policy (kyverno.io/v1): applies only to resources in its namespace (by default the
 * namespace of the folder it is created in, e.g. an application's folder).
 */
export class Policy<N extends string = string> extends PolicyBase {
  public constructor(scope: Construct, id: string, props: NamespacedPolicyProps<N>) {
    super(scope, id, props as PolicyProps<string>, 'Policy', (parent, childId, metadata, spec) => {
      return new (kyvernoPolicyModule().Policy)(parent, childId, {
        metadata: { ...metadata, ...(props.namespace ? { namespace: props.namespace } : {}) },
        spec: spec as never,
      });
    });
  }
}
