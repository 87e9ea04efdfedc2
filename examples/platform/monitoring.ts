import { GitOpsAlerts, type GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';

const RUNBOOKS = 'https://runbooks.company.com/gitops';

/**
 * GitOps health alerts, per tier: production pages (severity critical, `page: "true"`, 5m), the other
 * tiers warn (15m).
 *
 * - Crossplane and Argo Rollouts metrics are scraped in each tier's own cluster: their rules go to the
 *   tier's infrastructure folder.
 * - Argo CD runs once, on the control-plane (dev, in-cluster) cluster: the Argo CD rules of every tier go
 *   there, each filtered to its tier's cluster (`dest_server`) and with that tier's severity.
 */
export function defineAlerts(app: GitOpsApp<Tier>): void {
  const controlPlane =
    app.tiers.find((t) => t.tier.cluster.server === 'https://kubernetes.default.svc') ?? app.tiers[0];
  for (const t of app.tiers) {
    new GitOpsAlerts(t.infrastructure, 'gitops-health', {
      watch: ['crossplane', 'rollouts'],
      alertLabels: { team: 'platform' },
      runbookBaseUrl: RUNBOOKS,
    });
    if (!controlPlane) continue;
    new GitOpsAlerts(controlPlane.infrastructure, `argocd-health-${t.name}`, {
      name: `argocd-health-${t.name}`,
      tier: t.tier,
      watch: ['argocd'],
      alertLabels: { team: 'platform' },
      runbookBaseUrl: RUNBOOKS,
    });
  }
}
