import { Application } from '../../imports/argocd-application.js';
import { AppProject } from '../../imports/argocd-appproject.js';
import { Layout, SyncCoverage, type GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';

/** Where Argo CD reads the rendered tree. */
export const REPO_URL = 'https://github.com/your-org/infrastructure-gitops.git';

/** Argo CD bootstrap: the root app-of-apps, one AppProject and one infrastructure Application per tier. */
export function defineArgoBootstrap(app: GitOpsApp<Tier>): void {
  const folder = app.bootstrap.argocd;
  const syncPolicy = (tier: (typeof app.tiers)[number]['tier']) =>
    tier.sync.mode === 'automated'
      ? { automated: { prune: tier.sync.prune, selfHeal: tier.sync.selfHeal }, syncOptions: ['CreateNamespace=true'] }
      : { syncOptions: ['CreateNamespace=true'] };

  new Application(folder, 'root', {
    metadata: { name: 'root', finalizers: ['resources-finalizer.argocd.argoproj.io'] },
    spec: {
      project: 'default',
      source: { repoUrl: REPO_URL, targetRevision: 'HEAD', path: Layout.argocd, directory: { recurse: true } },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'argocd' },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
  });

  for (const { tier } of app.tiers) {
    new AppProject(folder, `project-${tier.name}`, {
      metadata: { name: tier.name },
      spec: {
        description: `Everything deployed to the ${tier.name} tier`,
        sourceRepos: [REPO_URL],
        destinations: [{ server: tier.cluster.server, namespace: '*' }],
        clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
        syncWindows: tier.freezeWindows.map((w) => ({
          kind: 'deny',
          schedule: w.schedule,
          duration: w.duration,
          timeZone: w.timeZone ?? 'UTC',
          applications: ['*'],
          manualSync: w.manualSync ?? false,
        })),
      },
    });
    new Application(folder, `infrastructure-${tier.name}`, {
      metadata: { name: `infrastructure-${tier.name}` },
      spec: {
        project: tier.name,
        source: { repoUrl: REPO_URL, targetRevision: 'HEAD', path: Layout.infrastructure(tier.name) },
        destination: { server: tier.cluster.server, namespace: tier.infrastructureNamespace },
        syncPolicy: syncPolicy(tier),
      },
    });
  }

  // Stopgap until the ArgoCdBootstrap (argocd branch) replaces this file, which claims its folders itself:
  // record what these Applications sync, and exempt what this bootstrap does not sync yet.
  const coverage = SyncCoverage.of(app);
  coverage.claim({ folder: Layout.argocd, recurse: true, by: 'Application argocd/root' });
  for (const { tier } of app.tiers) {
    coverage.claim({
      folder: Layout.infrastructure(tier.name),
      by: `Application argocd/infrastructure-${tier.name}`,
      tier: tier.name,
    });
    coverage.exempt(`${Layout.tier(tier.name)}/applications`, 'synced by the ArgoCdBootstrap of the argocd branch', {
      recurse: true,
    });
  }
  for (const folder of ['platform-core', 'shared']) {
    coverage.exempt(folder, 'synced by the ArgoCdBootstrap of the argocd branch', { recurse: true });
  }
}
