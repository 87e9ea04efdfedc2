import type { Construct } from 'constructs';
import { everyContainer, LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link DisallowPrivilegedContainers}. */
export type DisallowPrivilegedContainersOptions<N extends string = string> = LibraryPolicyOptions<N>;

/** Containers must not run privileged (Pod Security Standards, baseline). */
export class DisallowPrivilegedContainers<N extends string = string> extends LibraryPolicy<N> {
  public constructor(
    scope: Construct,
    id = 'disallow-privileged-containers',
    options: DisallowPrivilegedContainersOptions<N> = {},
  ) {
    super(
      scope,
      id,
      {
        name: 'disallow-privileged-containers',
        title: 'Disallow privileged containers',
        category: 'Pod Security Standards (Baseline)',
        severity: 'high',
        description: 'Privileged containers have all the host’s capabilities; they must not run.',
        rules: [
          {
            name: 'privileged-containers',
            match: PODS,
            validate: {
              message: 'Privileged mode is not allowed: securityContext.privileged must be unset or false.',
              pattern: { spec: everyContainer({ '=(securityContext)': { '=(privileged)': 'false' } }) },
            },
          },
        ],
      },
      options,
    );
  }
}
