import type { Construct } from 'constructs';
import type { ClusterPolicy as ClusterPolicyL1 } from '../../imports/kyverno-clusterpolicy.js';
import { PolicyBase, type PolicyProps } from './policy-base.js';
import type * as KyvernoClusterpolicyModule from '../../imports/kyverno-clusterpolicy.js';
import { generatedModule } from '../lazy/index.js';

const kyvernoClusterpolicyModule = generatedModule<typeof KyvernoClusterpolicyModule>('kyverno-clusterpolicy');

/** Props of a {@link ClusterPolicy}. */
export type ClusterPolicyProps<N extends string = string> = PolicyProps<N>;

/**
 * A Kyverno ClusterPolicy (kyverno.io/v1) with typed rules, checked when defined.
 *
 * Where it is written depends on `scope`: a tier's folder (one copy, that tier's failure action),
 * `app.shared.policies` (one cluster-wide copy for every tier), or the app / a tier scope (one copy in each
 * tier's `infrastructure` folder, each with its tier's failure action: Audit by default, Enforce in production).
 */
export class ClusterPolicy<N extends string = string> extends PolicyBase {
  public constructor(scope: Construct, id: string, props: ClusterPolicyProps<N>) {
    super(scope, id, props as PolicyProps<string>, 'ClusterPolicy', (parent, childId, metadata, spec) => {
      const object = new (kyvernoClusterpolicyModule().ClusterPolicy)(parent, childId, {
        metadata,
        spec: spec as never,
      });
      // Cluster-scoped: no namespace, whatever the folder's namespace.
      (object.metadata as { namespace?: string }).namespace = undefined;
      return object;
    });
  }
}
