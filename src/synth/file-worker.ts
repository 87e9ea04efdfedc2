import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { contentHash } from './tree-index.js';

/** From this many files on, files are written on a worker thread; below, starting one costs more than it saves. */
export const FILE_WORKER_THRESHOLD = 2000;

/** Files per message to the worker. */
const CHUNK = 256;

/** How long the worker may go without finishing a chunk before synth gives up on it. */
const STALL_TIMEOUT_MS = 60_000;

/** What a {@link FileWorker} did, once finished. */
export interface FileWorkerResult {
  /** sha256 (hex) of every text, in the order given. */
  readonly hashes: readonly string[];
  /** Compare mode: per file, '=' same as on disk, '~' different, '+' not on disk. */
  readonly status: string;
  /** Compare mode: the text on disk of every file marked '~', in order. */
  readonly current: readonly string[];
}

/** Options of {@link FileWorker}. */
export interface FileWorkerOptions {
  /** `write`: write each file under `dir`; `compare`: compare each with the file under `dir`. */
  readonly mode: 'write' | 'compare';
  /** Absolute folder the paths are relative to. */
  readonly dir: string;
  /** Files expected; below {@link FILE_WORKER_THRESHOLD} the work is done on the calling thread. */
  readonly expected: number;
}

/** The worker's module (plain CommonJS, copied next to the compiled code by the build; lib/src/synth from lib/bundle). */
function workerFile(): string | undefined {
  for (const name of ['./file-worker.cjs', '../src/synth/file-worker.cjs']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Writes (or compares) the files of a synth, hashing each, on the second core while the calling
 * thread renders the next ones. Texts are handed over in chunks and not kept. Small trees, or a
 * worker that cannot start, are done on the calling thread, with the same result; file-worker.cjs
 * is the other half and must do exactly what {@link InThread} does.
 */
export class FileWorker {
  private readonly options: FileWorkerOptions;
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port?: MessagePort;
  private readonly worker?: Worker;
  private readonly inThread?: InThread;
  private pending: string[] = [];

  /** Whether the files go to a worker thread (false: done on the calling thread). */
  public get onWorkerThread(): boolean {
    return this.inThread === undefined;
  }

  public constructor(options: FileWorkerOptions) {
    this.options = options;
    const file = options.expected >= FILE_WORKER_THRESHOLD ? workerFile() : undefined;
    if (file) {
      const { port1, port2 } = new MessageChannel();
      try {
        this.worker = new Worker(file, {
          // No TypeScript loader or preload is needed in there: starting without them is 2× faster.
          execArgv: [],
          workerData: { port: port2, signal: this.signal, mode: options.mode, dir: options.dir },
          transferList: [port2],
        });
        this.worker.unref();
        this.worker.on('error', () => undefined);
        this.port = port1;
      } catch {
        port1.close();
      }
    }
    if (!this.port) this.inThread = new InThread(options);
  }

  /** Adds one file (`path` relative to the folder, with `/` separators). */
  public add(path: string, text: string): void {
    if (this.inThread) {
      this.inThread.add(path, text);
      return;
    }
    this.pending.push(path, text);
    if (this.pending.length >= CHUNK * 2) this.flush();
  }

  /** Waits until every file is written (or compared); throws what writing a file threw. */
  public finish(): FileWorkerResult {
    if (this.inThread) return this.inThread.result();
    const port = this.port as MessagePort;
    this.flush();
    port.postMessage(null);
    while (Atomics.load(this.signal, 0) === 0) {
      if (Atomics.wait(this.signal, 0, 0, STALL_TIMEOUT_MS) === 'timed-out') {
        this.stop();
        throw new Error(`the file worker did not finish within ${STALL_TIMEOUT_MS / 1000} s`);
      }
    }
    const message = receiveMessageOnPort(port)?.message as
      (FileWorkerResult & { error?: { message: string; code?: string } }) | undefined;
    this.stop();
    if (!message) throw new Error('the file worker finished without a result');
    if (message.error) throw Object.assign(new Error(message.error.message), { code: message.error.code });
    return message;
  }

  /** Ends the worker (also when synth fails before finishing). */
  public stop(): void {
    this.port?.close();
    void this.worker?.terminate();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    (this.port as MessagePort).postMessage(this.pending);
    this.pending = [];
  }
}

/** The same work on the calling thread. */
class InThread {
  private readonly hashes: string[] = [];
  private readonly status: string[] = [];
  private readonly current: string[] = [];
  private readonly made: Set<string>;
  private error?: unknown;

  public constructor(private readonly options: FileWorkerOptions) {
    this.made = new Set([options.dir]);
  }

  /** As on the worker thread, a failure is thrown by {@link result}, and the files after it are skipped. */
  public add(path: string, text: string): void {
    if (this.error !== undefined) return;
    try {
      this.addOne(path, text);
    } catch (e) {
      this.error = e;
    }
  }

  public result(): FileWorkerResult {
    if (this.error !== undefined) throw this.error;
    return { hashes: this.hashes, status: this.status.join(''), current: this.current };
  }

  private addOne(path: string, text: string): void {
    this.hashes.push(contentHash(text));
    const target = `${this.options.dir}/${path}`;
    if (this.options.mode === 'write') {
      const slash = path.lastIndexOf('/');
      if (slash > 0) this.ensureDir(`${this.options.dir}/${path.slice(0, slash)}`);
      writeFileSync(target, text);
      return;
    }
    let onDisk: string;
    try {
      onDisk = readFileSync(target, 'utf8');
    } catch {
      this.status.push('+');
      return;
    }
    if (onDisk === text) this.status.push('=');
    else {
      this.status.push('~');
      this.current.push(onDisk);
    }
  }

  private ensureDir(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
}
