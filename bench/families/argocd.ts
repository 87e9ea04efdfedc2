/**
 * The Argo CD family in the benchmark platform: one AppProject per tier, `argocd-cm`, the application ×
 * tier matrix ApplicationSet for the non-production tiers (expanded at synth against the tree for sync
 * coverage), and one Application per service in production (manual sync, sync waves).
 *
 * The app needs the repository setting (`new GitOpsApp({ repository: { url, path } })`).
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../../src/index.js';
import type { GitOpsApp } from '../../src/index.js';

/** The library as the bench loads it (compiled `lib/` under BENCH_LIB, else the sources). */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../../src/index.js'
)) as typeof Library;
const { AppProject, Application, ArgoCdSettings, applicationTierMatrix, SyncCoverage, SyncWave } = library;

/** Adds the Argo CD objects that sync `services` (application folders already declared in every tier). */
export function addArgoCd(app: GitOpsApp, services: readonly string[]): void {
  const top = app.bootstrap.argocd;
  AppProject.forTiers(top);
  new ArgoCdSettings(top, 'argocd-cm');
  const production = app.tiers.filter((t) => t.tier.production);
  applicationTierMatrix(top, { tiers: app.tiers.filter((t) => !t.tier.production) });
  for (const t of production) {
    const folder = app.folder(`bootstrap/argocd/${t.name}`, { namespace: top.namespace });
    for (const service of services) {
      new Application(folder, `${service}-${t.name}`, { source: t.application(service), syncWave: SyncWave.workloads });
    }
  }
  SyncCoverage.of(app).exempt(top, 'applied once by hand: kubectl apply -f bootstrap/argocd/', { recurse: true });
}
