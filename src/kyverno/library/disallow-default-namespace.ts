import type { Construct } from 'constructs';
import { LibraryPolicy, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link DisallowDefaultNamespace}. */
export interface DisallowDefaultNamespaceOptions<N extends string = string> extends LibraryPolicyOptions<N> {
  /** Kinds that must not be in `default`. @default - Pods and the Pod controllers */
  readonly kinds?: readonly string[];
}

/** Workloads must not run in the `default` namespace: every team and tier gets namespaces of its own. */
export class DisallowDefaultNamespace<N extends string = string> extends LibraryPolicy<N> {
  public constructor(
    scope: Construct,
    id = 'disallow-default-namespace',
    options: DisallowDefaultNamespaceOptions<N> = {},
  ) {
    const kinds = options.kinds ?? ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];
    super(
      scope,
      id,
      {
        name: 'disallow-default-namespace',
        title: 'Disallow default namespace',
        category: 'Multi-Tenancy',
        severity: 'medium',
        description: 'Resources must be created in a namespace of their own, not in default.',
        // The rule names controllers itself; auto-gen would look for the namespace in the Pod template.
        autogenControllers: 'none',
        rules: [
          {
            name: 'validate-namespace',
            match: { any: [{ kinds }] },
            validate: {
              message: "Using the 'default' namespace is not allowed.",
              pattern: { metadata: { namespace: '!default' } },
            },
          },
        ],
      },
      options,
    );
  }
}
