import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { once } from './once.js';

const load = createRequire(import.meta.url);

/** Where imports/ is from here: beside the bundle (lib/bundle), or two levels up (lib/src/lazy, src/lazy). */
const CANDIDATES = ['../imports/', '../../imports/'];

let folder: string | undefined;

/** The imports/ folder of this copy of the library, found once. */
function importsFolder(probe: string): string {
  if (folder === undefined) {
    const found = CANDIDATES.find((candidate) => existsSync(new URL(`${candidate}${probe}.js`, import.meta.url)));
    if (!found) throw new Error(`cdk8s-gitops: the generated module imports/${probe}.js is missing from the package`);
    folder = found;
  }
  return folder;
}

/**
 * A generated module of imports/ (one per CRD, `npm run import`), loaded on first use rather than when
 * the library is imported: they are 4 MB of JavaScript, and a program pays at start-up only for the
 * families it uses. The module is the same instance a program gets from `cdk8s-gitops/imports/<name>`
 * (Node 20.19+ requires ES modules synchronously).
 *
 * ```ts
 * import type * as AppProjectModule from '../../imports/argocd-appproject.js';
 * const appProject = generatedModule<typeof AppProjectModule>('argocd-appproject');
 * new (appProject().AppProject)(scope, 'Resource', props);
 * ```
 */
export function generatedModule<T>(name: string): () => T {
  return once(() => load(`${importsFolder(name)}${name}.js`) as T);
}
