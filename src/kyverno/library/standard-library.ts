import { Construct } from 'constructs';
import { DisallowDefaultNamespace } from './disallow-default-namespace.js';
import { DisallowHostNamespaces } from './disallow-host-namespaces.js';
import { DisallowLatestTag } from './disallow-latest-tag.js';
import { DisallowPrivilegedContainers } from './disallow-privileged-containers.js';
import type { LibraryPolicyOptions } from './library-policy.js';
import { RequireImageDigest } from './require-image-digest.js';
import { RequireLabels, type RequireLabelsOptions } from './require-labels.js';
import { RequireProbes, type RequireProbesOptions } from './require-probes.js';
import { RequireRequestsLimits, type RequireRequestsLimitsOptions } from './require-requests-limits.js';
import { RequireRunAsNonRoot } from './require-run-as-non-root.js';
import { RestrictImageRegistries } from './restrict-image-registries.js';

/** Options of {@link StandardPolicies}: `false` leaves a policy out, an object passes it options. */
export interface StandardPoliciesProps<N extends string = string> {
  /** Default failure action and excluded namespaces of every policy (each policy's own options win). */
  readonly defaults?: LibraryPolicyOptions<N>;
  readonly disallowLatestTag?: LibraryPolicyOptions<N> | false;
  /** @default false (images by digest is a stricter choice teams opt into) */
  readonly requireImageDigest?: LibraryPolicyOptions<N> | boolean;
  readonly requireLabels?: RequireLabelsOptions<N> | false;
  readonly requireRequestsLimits?: RequireRequestsLimitsOptions<N> | false;
  /** Registries images may come from. @default - not restricted */
  readonly restrictImageRegistries?: { readonly registries: readonly string[] } & LibraryPolicyOptions<N>;
  readonly disallowPrivilegedContainers?: LibraryPolicyOptions<N> | false;
  readonly disallowHostNamespaces?: LibraryPolicyOptions<N> | false;
  readonly requireRunAsNonRoot?: LibraryPolicyOptions<N> | false;
  readonly requireProbes?: RequireProbesOptions<N> | false;
  readonly disallowDefaultNamespace?: LibraryPolicyOptions<N> | false;
}

/**
 * The standard policy library in one line: every policy of the library with its defaults (Audit outside
 * production, Enforce in production), placed like any ClusterPolicy by `scope`: on the app, one copy per tier.
 */
export class StandardPolicies<N extends string = string> extends Construct {
  public constructor(scope: Construct, id = 'standard-policies', props: StandardPoliciesProps<N> = {}) {
    super(scope, id);
    const d = props.defaults ?? {};
    const opts = <T extends object>(o: T | boolean | undefined): (LibraryPolicyOptions<N> & T) | undefined =>
      o === false ? undefined : ({ ...d, ...(typeof o === 'object' ? o : {}) } as LibraryPolicyOptions<N> & T);
    const on = <T extends object>(o: T | boolean | undefined, make: (options: LibraryPolicyOptions<N> & T) => void) => {
      const options = opts(o);
      if (options) make(options);
    };
    on(props.disallowLatestTag, (o) => new DisallowLatestTag(this, 'disallow-latest-tag', o));
    if (props.requireImageDigest)
      on(props.requireImageDigest, (o) => new RequireImageDigest(this, 'require-image-digest', o));
    on(props.requireLabels, (o) => new RequireLabels(this, 'require-labels', o));
    on(props.requireRequestsLimits, (o) => new RequireRequestsLimits(this, 'require-requests-limits', o));
    if (props.restrictImageRegistries) {
      new RestrictImageRegistries(this, 'restrict-image-registries', { ...d, ...props.restrictImageRegistries });
    }
    on(
      props.disallowPrivilegedContainers,
      (o) => new DisallowPrivilegedContainers(this, 'disallow-privileged-containers', o),
    );
    on(props.disallowHostNamespaces, (o) => new DisallowHostNamespaces(this, 'disallow-host-namespaces', o));
    on(props.requireRunAsNonRoot, (o) => new RequireRunAsNonRoot(this, 'require-run-as-non-root', o));
    on(props.requireProbes, (o) => new RequireProbes(this, 'require-probes', o));
    on(props.disallowDefaultNamespace, (o) => new DisallowDefaultNamespace(this, 'disallow-default-namespace', o));
  }
}
