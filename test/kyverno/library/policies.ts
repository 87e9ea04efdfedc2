/**
 * The standard library policies the suites under test/kyverno/library/<name>/ test, as their constructs render
 * them. `npx tsx scripts/kyverno-library-suites.ts` writes each to <name>/policy.yaml; a test checks they are
 * up to date.
 */
import { stringify } from 'yaml';
import {
  defineEnvironments,
  DisallowDefaultNamespace,
  DisallowHostNamespaces,
  DisallowLatestTag,
  DisallowPrivilegedContainers,
  GitOpsApp,
  RequireImageDigest,
  RequireLabels,
  RequireProbes,
  RequireRequestsLimits,
  RequireRunAsNonRoot,
  RestrictImageRegistries,
  type PolicyBase,
} from '../../../src/index.js';
import type { Construct } from 'constructs';

const environments = defineEnvironments({
  tiers: { dev: { cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' } } },
});

/** Suite folder → the policy it tests, created in a folder shared by every tier. */
export const LIBRARY_SUITES: Readonly<Record<string, (scope: Construct) => PolicyBase>> = {
  'disallow-latest-tag': (s) => new DisallowLatestTag(s),
  'require-image-digest': (s) => new RequireImageDigest(s),
  'require-labels': (s) => new RequireLabels(s),
  'require-requests-limits': (s) => new RequireRequestsLimits(s),
  'restrict-image-registries': (s) => new RestrictImageRegistries(s, 'restrict', { registries: ['ghcr.io/company'] }),
  'disallow-privileged-containers': (s) => new DisallowPrivilegedContainers(s),
  'disallow-host-namespaces': (s) => new DisallowHostNamespaces(s),
  'require-run-as-non-root': (s) => new RequireRunAsNonRoot(s),
  'require-probes': (s) => new RequireProbes(s),
  'disallow-default-namespace': (s) => new DisallowDefaultNamespace(s),
};

/** The YAML of suite `name`'s policy. */
export function libraryPolicyYaml(name: string): string {
  const app = new GitOpsApp({ environments, outdir: '/nonexistent' });
  const make = LIBRARY_SUITES[name];
  if (!make) throw new Error(`no library suite ${name}`);
  const policy = make(app.shared.policies);
  return stringify(policy.copies[0]?.object.toJson(), { lineWidth: 0 });
}
