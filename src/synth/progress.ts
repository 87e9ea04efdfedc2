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
  private readonly phases: Array<{ readonly name: string; readonly at: number }> = [];

  /**
   * @param stream where the progress line goes (a terminal), or undefined for none
   * @param timings where a per-phase time breakdown goes at the end (`CDK8S_GITOPS_TIMING=1`), or undefined
   */
  public constructor(
    private readonly stream: ProgressStream | undefined,
    private readonly timings?: ProgressStream,
  ) {}

  /** Starts a phase of the time breakdown, e.g. `collect`. */
  public phase(name: string): void {
    this.phases.push({ name, at: performance.now() });
  }

  /** Reports the current phase, e.g. `resolving objects 3000`. */
  public update(phase: string): void {
    if (!this.stream?.isTTY || performance.now() - this.started < 1000) return;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    this.stream.write(`\r\x1b[K⏳ ${phase} (${seconds}s)`);
    this.shown = true;
  }

  /** Clears the line, and writes the time breakdown when asked for. */
  public done(): void {
    if (this.shown) this.stream?.write('\r\x1b[K');
    this.shown = false;
    if (this.timings && this.phases.length > 0) {
      const end = performance.now();
      const parts = this.phases.map((p, i) => `${p.name} ${Math.round((this.phases[i + 1]?.at ?? end) - p.at)}ms`);
      this.timings.write(`synth phases: ${parts.join(', ')}\n`);
      this.phases.length = 0;
    }
  }
}
