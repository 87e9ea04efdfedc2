import { ClusterPolicy } from '../../imports/kyverno-clusterpolicy.js';
import type { GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { secretStores } from './secrets.js';

/** Policies and secret plumbing every tier shares. */
export function defineShared(app: GitOpsApp<Tier>): void {
  new ClusterPolicy(app.shared.policies, 'disallow-latest-tag', {
    metadata: {
      name: 'disallow-latest-tag',
      annotations: { 'policies.kyverno.io/title': 'Disallow latest tag', 'policies.kyverno.io/severity': 'medium' },
    },
    spec: {
      background: true,
      rules: [
        {
          name: 'require-pinned-image',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          validate: {
            failureAction: 'Enforce' as never,
            message: 'Images must be pinned to a version or digest, not :latest',
            pattern: { spec: { containers: [{ image: '!*:latest' }] } },
          },
        },
      ],
    },
  });

  // AWS Secrets Manager for every tier, Vault for dev (examples/platform/secrets.ts).
  secretStores(app);
}
