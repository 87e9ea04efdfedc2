import { GitOpsError, GitOpsErrors, SynthFailedError, type GitOpsApp } from '../../src/index.js';
import { captureOutput, readTree } from '../helpers.js';
import { parse } from 'yaml';

/** The error lines of a failed synth (throws if synth succeeds). */
export function synthFailure(app: GitOpsApp): string[] {
  try {
    app.synth({ output: captureOutput() });
  } catch (e) {
    if (e instanceof SynthFailedError) return e.lines.join('\n').split('\n');
    throw e;
  }
  throw new Error('synth succeeded');
}

/** Synthesizes `app` into `outdir` (validating every object) and returns the parsed objects by file. */
export function synthObjects(app: GitOpsApp, outdir: string): Map<string, Record<string, any>> {
  app.synth({ output: captureOutput() });
  const out = new Map<string, Record<string, any>>();
  for (const [file, text] of readTree(outdir)) if (file.endsWith('.yaml')) out.set(file, parse(text));
  return out;
}

/** The GitOpsError(s) `fn` throws. */
export function thrown(fn: () => unknown): GitOpsError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof GitOpsError) return [e];
    if (e instanceof GitOpsErrors) return [...e.errors];
    throw e;
  }
  throw new Error('nothing thrown');
}
