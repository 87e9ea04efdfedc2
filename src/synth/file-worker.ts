import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { contentHash, INDEX_HEADER } from './tree-index.js';

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
  /**
   * With {@link FileWorkerOptions.renderIndex}: the tree index of the files, in the order given, as
   * `renderSortedIndex` renders it. Undefined when the files were split over several threads or done on
   * the calling thread.
   */
  readonly index?: string;
}

/** Options of {@link FileWorker}. */
export interface FileWorkerOptions {
  /** `write`: write each file under `dir`; `compare`: compare each with the file under `dir`. */
  readonly mode: 'write' | 'compare';
  /** Absolute folder the paths are relative to. */
  readonly dir: string;
  /** Files expected; below {@link FILE_WORKER_THRESHOLD} the work is done on the calling thread. */
  readonly expected: number;
  /** Worker threads to start. @default fileWorkerThreads() */
  readonly threads?: number;
  /**
   * Compare mode: also render the tree index of the files (given sorted) on the worker thread, which has
   * time to spare there, so the calling thread need not. Done only when one thread has every file.
   * @default false
   */
  readonly renderIndex?: boolean;
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
 * Worker threads per synth: one per core beside the calling thread's, at most two. With cores to
 * spare, the second thread lets the calling thread's core join in once it is done rendering. On two
 * cores a second thread would take turns with the calling thread, which still checks and validates
 * after rendering: measured at 18,000 files, one thread there makes synth about 100 ms faster and
 * `--check` about 130 ms faster, and synth without validation no slower.
 */
export function fileWorkerThreads(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/** One worker thread and its channel. */
interface Thread {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

type ThreadResult = FileWorkerResult & { readonly error?: { readonly message: string; readonly code?: string } };

/**
 * Writes (or compares) the files of a synth, hashing each, on worker threads while the calling thread
 * renders the next ones. Texts are handed over in chunks, dealt to the threads in turn
 * ({@link fileWorkerThreads}), and not kept.
 * Small trees, or workers that cannot start, are done on the calling thread, with the same result;
 * file-worker.cjs is the other half and must do exactly what {@link InThread} does.
 */
export class FileWorker {
  private readonly threads: Thread[] = [];
  private readonly inThread?: InThread;
  private pending: string[] = [];
  private ended = false;
  /** Per chunk handed over: the thread it went to and how many files it held. */
  private readonly chunks: Array<readonly [thread: number, files: number]> = [];

  /** Whether the files go to worker threads (false: done on the calling thread). */
  public get onWorkerThread(): boolean {
    return this.inThread === undefined;
  }

  public constructor(options: FileWorkerOptions) {
    const file = options.expected >= FILE_WORKER_THRESHOLD ? workerFile() : undefined;
    const threads = options.threads ?? fileWorkerThreads();
    for (let i = 0; file && i < threads; i++) {
      const { port1, port2 } = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(4));
      try {
        const worker = new Worker(file, {
          // No TypeScript loader or preload is needed in there: starting without them is 2× faster.
          execArgv: [],
          workerData: {
            port: port2,
            signal,
            mode: options.mode,
            dir: options.dir,
            indexHeader: options.renderIndex && options.mode === 'compare' && threads === 1 ? INDEX_HEADER : undefined,
          },
          transferList: [port2],
        });
        worker.unref();
        worker.on('error', () => undefined);
        this.threads.push({ worker, port: port1, signal });
      } catch {
        port1.close();
        break;
      }
    }
    if (this.threads.length === 0) this.inThread = new InThread(options);
  }

  /** Adds one file (`path` relative to the folder, with `/` separators). */
  public add(path: string, text: string): void {
    if (this.inThread) {
      this.inThread.add(path, text);
      return;
    }
    if (this.ended) throw new Error('FileWorker: a file was added after end()');
    this.pending.push(path, text);
    if (this.pending.length >= CHUNK * 2) this.flush();
  }

  /**
   * Ends the input: the last files go out now, and the workers learn that no more come, so they finish
   * (and render the index) while the calling thread does other work. No file may be added after it.
   */
  public end(): void {
    if (this.inThread || this.ended) return;
    this.ended = true;
    this.flush();
    for (const { port } of this.threads) port.postMessage(null);
  }

  /** Waits until every file is written (or compared); throws what writing a file threw. */
  public finish(): FileWorkerResult {
    if (this.inThread) return this.inThread.result();
    this.end();
    const results: ThreadResult[] = [];
    for (const { port, signal } of this.threads) {
      while (Atomics.load(signal, 0) === 0) {
        if (Atomics.wait(signal, 0, 0, STALL_TIMEOUT_MS) === 'timed-out') {
          this.stop();
          throw new Error(`the file worker did not finish within ${STALL_TIMEOUT_MS / 1000} s`);
        }
      }
      const message = receiveMessageOnPort(port)?.message as ThreadResult | undefined;
      if (!message) {
        this.stop();
        throw new Error('the file worker finished without a result');
      }
      results.push(message);
    }
    this.stop();
    const failed = results.find((r) => r.error)?.error;
    if (failed) throw Object.assign(new Error(failed.message), { code: failed.code });
    // One thread's result is already in order, and only it can carry the index.
    if (results.length === 1) return results[0] as FileWorkerResult;
    return merge(results, this.chunks);
  }

  /** Ends the workers (also when synth fails before finishing). */
  public stop(): void {
    for (const { port, worker } of this.threads) {
      port.close();
      void worker.terminate();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const thread = this.chunks.length % this.threads.length;
    (this.threads[thread] as Thread).port.postMessage(this.pending);
    this.chunks.push([thread, this.pending.length / 2]);
    this.pending = [];
  }
}

/** The threads' results put back in the order the files were added. */
function merge(
  results: readonly FileWorkerResult[],
  chunks: ReadonlyArray<readonly [number, number]>,
): FileWorkerResult {
  const hashes: string[] = [];
  const status: string[] = [];
  const current: string[] = [];
  const file = results.map(() => 0);
  const changed = results.map(() => 0);
  for (const [thread, files] of chunks) {
    const r = results[thread] as FileWorkerResult;
    const from = file[thread] as number;
    for (let i = from; i < from + files; i++) {
      hashes.push(r.hashes[i] as string);
      const state = r.status[i];
      if (state === undefined) continue;
      status.push(state);
      if (state === '~') {
        const at = changed[thread] as number;
        current.push(r.current[at] as string);
        changed[thread] = at + 1;
      }
    }
    file[thread] = from + files;
  }
  return { hashes, status: status.join(''), current };
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
