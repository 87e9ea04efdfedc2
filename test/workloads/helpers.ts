import { Construct } from 'constructs';
import { ExternalSecret, ExternalSecretSpecSecretStoreRefKind } from '../../imports/eso-externalsecret.js';
import { GitOpsApp, ReferenceCheck, SynthFailedError, type ISecretSource } from '../../src/index.js';
import { captureOutput, readTree } from '../helpers.js';

/**
 * A tiny Secret source for tests: an ExternalSecret writing Secret `id` with `keys`. With `emit: false`
 * nothing is written (a source whose Secret nothing in the tree produces).
 */
export class TestSecret extends Construct implements ISecretSource {
  public readonly secretName: string;
  public readonly secretKeys?: readonly string[];
  public readonly secretNamespace?: string;
  public constructor(
    scope: Construct,
    id: string,
    keys: readonly string[],
    options: { namespace?: string; emit?: boolean } = {},
  ) {
    super(scope, id);
    this.secretName = id;
    this.secretKeys = keys;
    this.secretNamespace = options.namespace;
    if (options.emit === false) return;
    // The store is the cluster's, installed with External Secrets, not part of these test trees.
    ReferenceCheck.of(this).external('ClusterSecretStore', 'vault');
    new ExternalSecret(this, 'Resource', {
      metadata: { name: id },
      spec: {
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: 'vault' },
        target: { name: id },
        data: keys.map((k) => ({ secretKey: k, remoteRef: { key: `app/${id}`, property: k } })),
      },
    });
  }
}

/** Synthesizes `app` and returns the written files (path → YAML). Throws with the error lines on failure. */
export function synthTree(app: GitOpsApp, outdir: string): Map<string, string> {
  const output = captureOutput();
  try {
    app.synth({ output });
  } catch (e) {
    if (e instanceof SynthFailedError) throw new Error(`synth failed:\n${e.lines.join('\n')}`);
    throw e;
  }
  return readTree(outdir);
}

/** The error lines of a failed synth (throws if synth succeeds). */
export function synthFailure(app: GitOpsApp): string {
  try {
    app.synth({ output: captureOutput() });
  } catch (e) {
    if (e instanceof SynthFailedError) return e.lines.join('\n');
    throw e;
  }
  throw new Error('synth succeeded');
}
