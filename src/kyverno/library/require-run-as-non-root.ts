import type { Construct } from 'constructs';
import { everyContainer, LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link RequireRunAsNonRoot}. */
export type RequireRunAsNonRootOptions<N extends string = string> = LibraryPolicyOptions<N>;

/**
 * Containers must run as non-root (Pod Security Standards, restricted): `runAsNonRoot: true` on the Pod (and
 * not overridden by a container), or on every container.
 */
export class RequireRunAsNonRoot<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'require-run-as-non-root', options: RequireRunAsNonRootOptions<N> = {}) {
    super(
      scope,
      id,
      {
        name: 'require-run-as-non-root',
        title: 'Require runAsNonRoot',
        category: 'Pod Security Standards (Restricted)',
        severity: 'medium',
        description: 'Containers must run as a non-root user: set securityContext.runAsNonRoot to true.',
        rules: [
          {
            name: 'run-as-non-root',
            match: PODS,
            validate: {
              message:
                'Running as root is not allowed: set spec.securityContext.runAsNonRoot to true, or set it on every container.',
              anyPattern: [
                {
                  spec: {
                    securityContext: { runAsNonRoot: true },
                    ...everyContainer({ '=(securityContext)': { '=(runAsNonRoot)': true } }),
                  },
                },
                { spec: everyContainer({ securityContext: { runAsNonRoot: true } }) },
              ],
            },
          },
        ],
      },
      options,
    );
  }
}
