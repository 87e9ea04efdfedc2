import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Manifest, ValidationOutcome } from '../synth/index.js';
import type { ValidationSettings } from './validation-hook.js';

/** From this many objects on, validation runs on a worker thread; below, starting one costs more than it saves. */
export const BACKGROUND_VALIDATION_THRESHOLD = 2000;

/** Manifests per message to the worker. */
const HANDOFF_CHUNK = 500;

/** How long a worker may take to get ready before validation runs on the main thread instead. */
const READY_TIMEOUT_MS = 5_000;

/**
 * The worker's module: the compiled `.js` (next to this file, or in lib/src/app from the bundle in
 * lib/bundle), or, from sources, a bootstrap that registers tsx first.
 */
function workerFile(): URL | undefined {
  for (const name of [
    './validation-worker.js',
    '../src/app/validation-worker.js',
    './validation-worker-bootstrap.mjs',
  ]) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/**
 * Validation on a worker thread, fed while synth is still resolving objects: the definitions first
 * ({@link define}), then each manifest as it is placed ({@link add}, sent in chunks), so the worker
 * validates on the second core while the main thread resolves the rest, and synth rarely waits for it.
 * Create it before synth collects objects: the worker loads the validation code meanwhile. If the
 * worker cannot start or get ready, validation runs on the calling thread instead; the outcome is the
 * same.
 */
export class BackgroundValidation {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port?: MessagePort;
  private readonly worker?: Worker;
  private pending: Manifest[] = [];
  private stopped = false;

  public constructor(settings: ValidationSettings) {
    const file = workerFile();
    if (!file) return;
    const { port1, port2 } = new MessageChannel();
    try {
      this.worker = new Worker(file, {
        // The compiled worker needs no loader, and the bootstrap registers its own: without the program's
        // `--import` preloads (tsx, the synth hook) the worker starts twice as fast.
        execArgv: [],
        workerData: { port: port2, signal: this.signal, settings },
        transferList: [port2],
      });
      this.worker.unref();
      // A worker that fails to load is detected by its silence; its error event must not crash synth.
      this.worker.on('error', () => undefined);
      this.port = port1;
    } catch {
      port1.close();
    }
  }

  /** Registers the program's CRDs and XRDs with the worker, before the objects of their kinds come. */
  public define(objects: readonly unknown[]): void {
    if (objects.length > 0) this.port?.postMessage({ define: JSON.stringify(objects) });
  }

  /**
   * Hands one placed manifest to the worker. Posted in chunks, at once: the port queues them until the
   * worker, still loading, listens. JSON text costs a third of a structured clone of the same objects.
   */
  public add(manifest: Manifest): void {
    if (!this.port || this.stopped) return;
    this.pending.push(manifest);
    if (this.pending.length >= HANDOFF_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.port?.postMessage(JSON.stringify(this.pending));
    this.pending = [];
  }

  /**
   * Ends the input and returns a function that waits for the outcome of every manifest added, or runs
   * `fallback` (with every manifest) on this thread when the worker is not there.
   */
  public finish(fallback: () => ValidationOutcome): () => ValidationOutcome {
    const { port, worker, signal } = this;
    if (!port || !worker || this.stopped) return fallback;
    this.flush();
    port.postMessage(null);
    const readyBy = performance.now() + READY_TIMEOUT_MS;
    return () => {
      for (let state = Atomics.load(signal, 0); state !== 2; state = Atomics.load(signal, 0)) {
        if (state === 0) {
          // A worker that never gets ready (it failed to load): validate here instead.
          const left = readyBy - performance.now();
          if (left <= 0 || Atomics.wait(signal, 0, 0, left) === 'timed-out') {
            this.stop();
            return fallback();
          }
        } else {
          Atomics.wait(signal, 0, state);
        }
      }
      const message = receiveMessageOnPort(port)?.message as
        { outcome?: ValidationOutcome; crash?: string } | undefined;
      this.stop();
      if (!message?.outcome) throw new Error(`validation failed unexpectedly: ${message?.crash ?? 'no result'}`);
      return message.outcome;
    };
  }

  /** Ends the worker (also when synth fails before validating). */
  public stop(): void {
    this.stopped = true;
    this.pending = [];
    this.port?.close();
    void this.worker?.terminate();
  }
}
