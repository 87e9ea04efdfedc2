import { ClusterSecretStore } from '../../imports/eso-clustersecretstore.js';
import {
  DisallowHostNamespaces,
  DisallowPrivilegedContainers,
  StandardPolicies,
  type GitOpsApp,
} from '../../src/index.js';
import type { Tier } from '../../environments.js';

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

  new ClusterSecretStore(app.shared.secrets, 'aws-secrets-manager', {
    metadata: { name: 'aws-secrets-manager' },
    spec: {
      provider: {
        aws: {
          service: 'SecretsManager' as never,
          region: 'eu-central-1',
          auth: { jwt: { serviceAccountRef: { name: 'external-secrets', namespace: 'external-secrets' } } },
        },
      },
    },
  });
}
