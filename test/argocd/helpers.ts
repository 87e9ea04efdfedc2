import { parse } from 'yaml';
import { GitOpsApp, SynthFailedError, type Manifest } from '../../src/index.js';
import { captureOutput, tempDir, testEnvironments } from '../helpers.js';

export const REPO = 'https://github.com/acme/platform.git';

/** A GitOpsApp over the test catalogue whose tree lives at `dist/` of {@link REPO}. */
export function argoApp(withRepository = true): GitOpsApp<'dev' | 'staging' | 'production'> {
  return new GitOpsApp({
    environments: testEnvironments,
    outdir: tempDir(),
    ...(withRepository ? { repository: { url: REPO, path: 'dist' } } : {}),
  });
}

/** Synthesizes quietly (validating every object against the shipped CRDs); the manifests by file. */
export function synthTree(app: GitOpsApp): Map<string, Manifest['object']> {
  const result = app.synth({ quiet: true, output: captureOutput(), check: false, tiers: [] });
  return new Map(result.manifests.map((m) => [m.file, m.object]));
}

/** The error lines of a synth that must fail. */
export function synthErrors(app: GitOpsApp): string {
  try {
    app.synth({ quiet: true, output: captureOutput(), check: false, tiers: [] });
  } catch (e) {
    if (e instanceof SynthFailedError) return e.lines.join('\n');
    throw e;
  }
  throw new Error('synth succeeded');
}

/** The error a construct throws, described. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as { describe?: () => string }).describe?.() ?? String(e);
  }
  throw new Error('nothing was thrown');
}

export { parse };
