import { ArgoCdBootstrap, type GitOpsApp, type RepositoryProps } from '../../src/index.js';
import type { Tier } from '../../environments.js';

/** Where the rendered tree lives: `dist/` of the platform repository. */
export const REPOSITORY: RepositoryProps = { url: 'https://github.com/acme/platform.git', path: 'dist' };

/**
 * Argo CD bootstrap, emitted from the tier catalogue: the root app-of-apps, one AppProject per tier (with
 * production's weekend freeze as a deny sync window), `argocd-cm` with the health checks the families
 * registered, the shared folders on every tier cluster, one root per tier for its infrastructure, and the
 * application × tier matrix ApplicationSet for every application folder.
 *
 * Call it last: it syncs the folders the program has declared.
 */
export function defineArgoBootstrap(app: GitOpsApp<Tier>): void {
  new ArgoCdBootstrap(app, 'argocd', { applications: 'matrix' });
}
