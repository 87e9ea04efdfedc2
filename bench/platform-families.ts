/**
 * The whole product in the bench: the same N services × tiers, built with the construct families instead of
 * hand-built objects — a WebService per service per tier (workloads), a database claim per service per tier
 * with its XRD and Compositions (Crossplane), an ExternalSecret per service per tier with its stores
 * (secrets), the Kyverno standard library with its policy gate, Flux for the infrastructure folders, and
 * Argo CD syncing the rest — plus every check they register (references, sync coverage, PromQL, claims). Measured by `npm run bench` as "families".
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../src/index.js';
import type { GitOpsApp } from '../src/index.js';
import { addArgoCd } from './families/argocd.js';
import { addCrossplane } from './families/crossplane.js';
import { addFluxSecrets } from './families/flux-secrets.js';
import { addKyverno } from './families/kyverno.js';
import { addWorkloads } from './families/workloads.js';
import { serviceName, type BenchTier } from './platform.js';
import { benchEnvironments } from './platform-ours.js';

const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../src/index.js'
)) as typeof Library;

/** Every family's objects for `n` services. */
export function buildFamilies(n: number, outdir?: string): GitOpsApp<BenchTier> {
  const app = new library.GitOpsApp({
    environments: benchEnvironments,
    repository: { url: 'https://github.com/example/bench.git', path: 'dist' },
    ...(outdir ? { outdir } : {}),
  });
  const services = Array.from({ length: n }, (_, i) => serviceName(i));
  addWorkloads(app, services);
  addCrossplane(app, services);
  addFluxSecrets(app, services);
  addKyverno(app, services);
  addArgoCd(app, services);
  // The Crossplane APIs are applied once per cluster by the platform team's bootstrap in this bench.
  library.SyncCoverage.of(app).exempt('platform-core', 'bench: applied by the cluster bootstrap', { recurse: true });
  return app;
}
