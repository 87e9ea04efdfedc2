import type { Construct } from 'constructs';
import { everyContainer, LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link DisallowLatestTag}. */
export type DisallowLatestTagOptions<N extends string = string> = LibraryPolicyOptions<N>;

/**
 * Images must carry a tag, and the tag must not be `latest`: a mutable tag makes what runs depend on when
 * the node pulled it.
 */
export class DisallowLatestTag<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'disallow-latest-tag', options: DisallowLatestTagOptions<N> = {}) {
    super(
      scope,
      id,
      {
        name: 'disallow-latest-tag',
        title: 'Disallow latest tag',
        category: 'Best Practices',
        severity: 'medium',
        description: 'Images must be pinned to a tag other than latest (or a digest), so a rollout is reproducible.',
        rules: [
          {
            name: 'require-image-tag',
            match: PODS,
            validate: {
              message: 'Every image must carry a tag or a digest.',
              pattern: { spec: everyContainer({ image: '*:*' }) },
            },
          },
          {
            name: 'validate-image-tag',
            match: PODS,
            validate: {
              message: "The tag 'latest' is not allowed; pin a version or a digest.",
              pattern: { spec: everyContainer({ image: '!*:latest' }) },
            },
          },
        ],
      },
      options,
    );
  }
}
