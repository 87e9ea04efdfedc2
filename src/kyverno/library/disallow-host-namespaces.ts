import type { Construct } from 'constructs';
import { LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link DisallowHostNamespaces}. */
export type DisallowHostNamespacesOptions<N extends string = string> = LibraryPolicyOptions<N>;

/** Pods must not share the host's network, PID or IPC namespace (Pod Security Standards, baseline). */
export class DisallowHostNamespaces<N extends string = string> extends LibraryPolicy<N> {
  public constructor(
    scope: Construct,
    id = 'disallow-host-namespaces',
    options: DisallowHostNamespacesOptions<N> = {},
  ) {
    super(
      scope,
      id,
      {
        name: 'disallow-host-namespaces',
        title: 'Disallow host namespaces',
        category: 'Pod Security Standards (Baseline)',
        severity: 'high',
        description: 'Sharing the host network, PID or IPC namespace exposes the node; it is not allowed.',
        rules: [
          {
            name: 'host-namespaces',
            match: PODS,
            validate: {
              message: 'hostNetwork, hostIPC and hostPID must be unset or false.',
              pattern: { spec: { '=(hostPID)': 'false', '=(hostIPC)': 'false', '=(hostNetwork)': 'false' } },
            },
          },
        ],
      },
      options,
    );
  }
}
