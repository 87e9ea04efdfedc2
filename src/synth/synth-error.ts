/** A synth that failed on bad input: every problem, one or more lines each. Nothing was written. */
export class SynthFailedError extends Error {
  /** The report, line by line; the first line names the first problem. */
  public readonly lines: readonly string[];
  /** Number of problems. */
  public readonly count: number;

  public constructor(lines: readonly string[], count: number, outdir: string) {
    super(
      [...lines, `synth failed with ${count} error${count === 1 ? '' : 's'}; ${outdir} was not changed`].join('\n'),
    );
    this.name = 'SynthFailedError';
    this.lines = lines;
    this.count = count;
  }
}
