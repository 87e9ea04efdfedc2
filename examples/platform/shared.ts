import {
  DisallowHostNamespaces,
  DisallowPrivilegedContainers,
  StandardPolicies,
  type GitOpsApp,
} from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { secretStores } from './secrets.js';

/** Policies and secret plumbing every tier shares. */
export function defineShared(app: GitOpsApp<Tier>): void {
  // The standard policy library, one copy per tier in the tier's infrastructure folder (each tier is its own
  // cluster): Audit in dev and staging, Enforce in production.
  new StandardPolicies(app, 'policies', {
    restrictImageRegistries: { registries: ['ghcr.io/company'] },
    requireProbes: { probes: ['readiness'] },
    // Baseline Pod Security, the same in every cluster: one cluster-wide copy each in shared/policies.
    disallowPrivilegedContainers: false,
    disallowHostNamespaces: false,
  });
  new DisallowPrivilegedContainers(app.shared.policies);
  new DisallowHostNamespaces(app.shared.policies);

  // AWS Secrets Manager for every tier, Vault for dev (examples/platform/secrets.ts).
  secretStores(app);
}
