import type { Construct } from 'constructs';
import { everyContainer, LibraryPolicy, PODS, type LibraryPolicyOptions } from './library-policy.js';

/** Options of {@link RequireImageDigest}. */
export type RequireImageDigestOptions<N extends string = string> = LibraryPolicyOptions<N>;

/** Images must be referenced by digest (`image@sha256:…`), so what runs cannot change under the same name. */
export class RequireImageDigest<N extends string = string> extends LibraryPolicy<N> {
  public constructor(scope: Construct, id = 'require-image-digest', options: RequireImageDigestOptions<N> = {}) {
    super(
      scope,
      id,
      {
        name: 'require-image-digest',
        title: 'Require image digest',
        category: 'Supply Chain Security',
        severity: 'medium',
        description: 'Images must be referenced by digest so that the same manifest always runs the same image.',
        rules: [
          {
            name: 'check-digest',
            match: PODS,
            validate: {
              message: 'Every image must be referenced by digest (image@sha256:…).',
              pattern: { spec: everyContainer({ image: '*@*' }) },
            },
          },
        ],
      },
      options,
    );
  }
}
