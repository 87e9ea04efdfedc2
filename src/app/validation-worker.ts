/**
 * Worker thread that validates a synth's manifests on the second core while the main thread resolves
 * objects and renders the tree. It loads the validation code as soon as it starts, then validates the
 * manifests as they come, in JSON chunks, while the main thread still resolves the rest.
 *
 * Protocol on `workerData.signal[0]`: 0 starting, 1 ready, 2 outcome posted on `workerData.port`.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Manifest } from '../synth/index.js';

interface Data {
  readonly port: MessagePort;
  readonly signal: Int32Array;
  readonly settings: unknown;
}

const { port, signal, settings } = workerData as Data;

const signalState = (state: number): void => {
  Atomics.store(signal, 0, state);
  Atomics.notify(signal, 0);
};

const { createValidation } = await import('./validation-hook.js');
let validation: ReturnType<typeof createValidation> | undefined;
let failure: string | undefined;
try {
  validation = createValidation(settings as never);
} catch (e) {
  failure = e instanceof Error ? (e.stack ?? e.message) : String(e);
}
signalState(1);

/**
 * Messages, in order: `{ define }` (the program's definitions, JSON), manifests as JSON chunks, each
 * validated as it comes, then `null`: the checks across objects, and the outcome.
 */
const stream = validation?.stream?.();
port.on('message', (message: string | { define: string } | null) => {
  try {
    if (typeof message === 'string') {
      for (const manifest of JSON.parse(message) as Manifest[]) stream?.add(manifest);
      return;
    }
    if (message !== null) {
      stream?.define(JSON.parse(message.define) as unknown[]);
      return;
    }
  } catch (e) {
    failure ??= e instanceof Error ? (e.stack ?? e.message) : String(e);
    return;
  }
  port.removeAllListeners('message');
  try {
    if (!validation || failure) throw new Error(failure ?? 'validation could not be set up');
    port.postMessage({ outcome: stream?.finish() ?? { errors: [], warnings: [] } });
  } catch (e) {
    port.postMessage({ crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    signalState(2);
  }
});
