import type { Construct } from 'constructs';
import { GitOpsError } from '../../errors/index.js';
import { LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** A container probe. */
export type ProbeKind = 'liveness' | 'readiness' | 'startup';

/** Options of {@link RequireProbes}. */
export interface RequireProbesOptions<N extends string = string> extends LibraryPolicyOptions<N> {
  /** Probes every container must define. @default ['liveness', 'readiness'] */
  readonly probes?: readonly ProbeKind[];
}

/** Containers must define probes, so traffic and restarts follow the application's health. */
export class RequireProbes<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'require-probes', options: RequireProbesOptions<N> = {}) {
    const probes = [...new Set(options.probes ?? ['liveness', 'readiness'])].sort();
    if (probes.length === 0) {
      throw new GitOpsError('RequireProbes requires no probe', {
        code: 'KYVERNO_LIBRARY_OPTION',
        constructPath: `${scope.node.path}/${id}`,
        field: 'probes',
        hint: "name the probes, e.g. probes: ['readiness']",
      });
    }
    const fields = probes.map((p) => `${p}Probe`);
    super(
      scope,
      id,
      {
        name: 'require-probes',
        title: 'Require probes',
        category: 'Best Practices',
        severity: 'medium',
        description: `Every container must define ${fields.join(', ')}.`,
        rules: [
          {
            name: 'validate-probes',
            match: PODS,
            validate: {
              message: `Every container must define ${fields.join(', ')}.`,
              foreach: [
                {
                  list: 'request.object.spec.containers',
                  deny: {
                    conditions: {
                      any: fields.map((f) => ({
                        key: f,
                        operator: 'AnyNotIn' as const,
                        value: '{{ element.keys(@) }}',
                      })),
                    },
                  },
                },
              ],
            },
          },
        ],
      },
      options,
    );
  }
}
