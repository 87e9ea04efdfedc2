import type { Construct } from 'constructs';
import { GitOpsError } from '../../errors/index.js';
import { LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** A resource a container requests or is limited in. */
export type ContainerResource = 'cpu' | 'memory' | 'ephemeral-storage';

/** Options of {@link RequireRequestsLimits}. */
export interface RequireRequestsLimitsOptions<N extends string = string> extends LibraryPolicyOptions<N> {
  /** Resources every container must request. @default ['cpu', 'memory'] */
  readonly requests?: readonly ContainerResource[];
  /** Resources every container must be limited in. @default ['memory'] */
  readonly limits?: readonly ContainerResource[];
}

/** Containers must request CPU and memory and have a memory limit, so the scheduler and the OOM killer can plan. */
export class RequireRequestsLimits<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'require-requests-limits', options: RequireRequestsLimitsOptions<N> = {}) {
    const requests = options.requests ?? ['cpu', 'memory'];
    const limits = options.limits ?? ['memory'];
    if (requests.length + limits.length === 0) {
      throw new GitOpsError('RequireRequestsLimits requires nothing', {
        code: 'KYVERNO_LIBRARY_OPTION',
        constructPath: `${scope.node.path}/${id}`,
        field: 'requests',
        hint: "name at least one request or limit, e.g. requests: ['cpu', 'memory']",
      });
    }
    const some = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, '?*']));
    const resources = {
      ...(requests.length > 0 ? { requests: some(requests) } : {}),
      ...(limits.length > 0 ? { limits: some(limits) } : {}),
    };
    const what = [
      ...(requests.length > 0 ? [`requests for ${requests.join(', ')}`] : []),
      ...(limits.length > 0 ? [`limits for ${limits.join(', ')}`] : []),
    ].join(' and ');
    super(
      scope,
      id,
      {
        name: 'require-requests-limits',
        title: 'Require requests and limits',
        category: 'Best Practices',
        severity: 'medium',
        description: `Every container must set ${what}.`,
        rules: [
          {
            name: 'validate-resources',
            match: PODS,
            validate: {
              message: `Every container must set ${what}.`,
              pattern: { spec: { containers: [{ resources }] } },
            },
          },
        ],
      },
      options,
    );
  }
}
