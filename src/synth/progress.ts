/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A one-line progress indicator on a terminal, shown only once an operation has run for a second.
 * Synth is synchronous, so the line is refreshed at phase boundaries and every thousand objects.
 */
export class Progress {
  private readonly started = performance.now();
  private shown = false;

  public constructor(private readonly stream: ProgressStream | undefined) {}

  /** Reports the current phase, e.g. `resolving objects 3000`. */
  public update(phase: string): void {
    if (!this.stream?.isTTY || performance.now() - this.started < 1000) return;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    this.stream.write(`\r\x1b[K⏳ ${phase} (${seconds}s)`);
    this.shown = true;
  }

  /** Clears the line. */
  public done(): void {
    if (this.shown) this.stream?.write('\r\x1b[K');
    this.shown = false;
  }
}
