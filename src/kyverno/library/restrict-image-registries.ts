import type { Construct } from 'constructs';
import { GitOpsError } from '../../errors/index.js';
import { everyContainer, LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link RestrictImageRegistries}. */
export interface RestrictImageRegistriesOptions<N extends string = string> extends LibraryPolicyOptions<N> {
  /** Registries (with an optional path) images may come from, e.g. `['ghcr.io/company', 'registry.k8s.io']`. */
  readonly registries: readonly string[];
}

/** Images may only come from the registries the platform trusts. */
export class RestrictImageRegistries<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id: string, options: RestrictImageRegistriesOptions<N>) {
    const registries = options.registries.map((r) => r.replace(/\/+$/, ''));
    const bad = registries.find((r) => r.length === 0 || /[\s|]/.test(r));
    if (registries.length === 0 || bad !== undefined) {
      throw new GitOpsError(
        registries.length === 0 ? 'RestrictImageRegistries lists no registry' : `registry '${bad}' is not valid`,
        {
          code: 'KYVERNO_LIBRARY_OPTION',
          constructPath: `${scope.node.path}/${id}`,
          field: 'registries',
          hint: "list registries such as 'ghcr.io/company', without spaces or '|'",
        },
      );
    }
    const allowed = registries.map((r) => `${r}/*`).join(' | ');
    super(
      scope,
      id,
      {
        name: 'restrict-image-registries',
        title: 'Restrict image registries',
        category: 'Best Practices',
        severity: 'medium',
        description: `Images may only come from ${registries.join(', ')}.`,
        rules: [
          {
            name: 'validate-registries',
            match: PODS,
            validate: {
              message: `Images may only come from ${registries.join(', ')}.`,
              pattern: { spec: everyContainer({ image: allowed }) },
            },
          },
        ],
      },
      options,
    );
  }
}
