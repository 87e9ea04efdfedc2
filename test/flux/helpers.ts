import { k8s } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { GitOpsApp, SynthFailedError } from '../../src/index.js';
import { captureOutput, tempDir, testEnvironments } from '../helpers.js';

/** A GitOpsApp over the test tiers with a repository setting (tree in `dist/`). */
export function repoApp(): GitOpsApp<'dev' | 'staging' | 'production'> {
  return new GitOpsApp({
    environments: testEnvironments,
    outdir: tempDir(),
    repository: { url: 'https://github.com/acme/platform.git', path: 'dist' },
  });
}

/** Synthesizes; the error lines when synth fails, else undefined. */
export function synthErrors(app: GitOpsApp): string[] | undefined {
  try {
    app.synth({ output: captureOutput() });
    return undefined;
  } catch (e) {
    if (e instanceof SynthFailedError) return [...e.lines];
    throw e;
  }
}

/** A ConfigMap, so a folder holds an object. */
export function configMap(scope: Construct, id: string): k8s.KubeConfigMap {
  return new k8s.KubeConfigMap(scope, id, { metadata: { name: id }, data: { key: 'value' } });
}

/** Objects of the synthesized tree by file. */
export function byFile(app: GitOpsApp): Map<string, Record<string, any>> {
  const { manifests } = app.synth({ output: captureOutput() });
  return new Map(manifests.map((m) => [m.file, m.object as Record<string, any>]));
}
