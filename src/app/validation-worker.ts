/**
 * Worker thread that validates a synth's manifests on the second core while the main thread renders
 * and stages the tree. It loads the validation code as soon as it starts (while the main thread still
 * collects objects), then takes the manifests as JSON chunks (then `null`) and validates them.
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

/** The manifests arrive as JSON chunks, then `null`. */
const manifests: Manifest[] = [];
port.on('message', (chunk: string | null) => {
  if (chunk !== null) {
    for (const manifest of JSON.parse(chunk) as Manifest[]) manifests.push(manifest);
    return;
  }
  port.removeAllListeners('message');
  try {
    if (!validation) throw new Error(failure ?? 'validation could not be set up');
    port.postMessage({ outcome: validation.validate?.(manifests) ?? { errors: [], warnings: [] } });
  } catch (e) {
    port.postMessage({ crash: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  } finally {
    signalState(2);
  }
});
