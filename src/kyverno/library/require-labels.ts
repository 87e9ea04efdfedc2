import type { Construct } from 'constructs';
import { GitOpsError } from '../../errors/index.js';
import { LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link RequireLabels}. */
export interface RequireLabelsOptions<N extends string = string> extends LibraryPolicyOptions<N> {
  /**
   * Labels every matched resource must have: names (any non-empty value), or name → allowed value pattern
   * (wildcards and `|` alternatives allowed). @default ['app.kubernetes.io/name']
   */
  readonly labels?: readonly string[] | Readonly<Record<string, string>>;
  /** Kinds checked. @default ['Pod'] (auto-gen extends it to the Pod controllers' templates) */
  readonly kinds?: readonly string[];
}

/** Resources must carry the labels the platform relies on (ownership, cost, selection). */
export class RequireLabels<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'require-labels', options: RequireLabelsOptions<N> = {}) {
    const given = options.labels ?? ['app.kubernetes.io/name'];
    const labels: Record<string, string> = Array.isArray(given)
      ? Object.fromEntries((given as readonly string[]).map((l) => [l, '?*']))
      : { ...(given as Record<string, string>) };
    if (Object.keys(labels).length === 0) {
      throw new GitOpsError('RequireLabels needs at least one label', {
        code: 'KYVERNO_LIBRARY_OPTION',
        constructPath: `${scope.node.path}/${id}`,
        field: 'labels',
        hint: "list the labels, e.g. labels: ['app.kubernetes.io/name']",
      });
    }
    const names = Object.keys(labels).sort();
    super(
      scope,
      id,
      {
        name: 'require-labels',
        title: 'Require labels',
        category: 'Best Practices',
        severity: 'medium',
        description: `Resources must carry the labels ${names.join(', ')}.`,
        rules: [
          {
            name: 'check-for-labels',
            match: options.kinds ? { any: [{ kinds: options.kinds }] } : PODS,
            validate: {
              message: `The labels ${names.join(', ')} are required.`,
              pattern: { metadata: { labels } },
            },
          },
        ],
      },
      options,
    );
  }
}
