/** Where in the user's program or tree a problem was found. Every field is optional; set what is known. */
export interface ErrorLocation {
  /** Construct path, e.g. `platform/dev/applications/user-service/deployment`. */
  readonly constructPath?: string;
  /** Tier the problem belongs to, e.g. `production`. */
  readonly tier?: string;
  /** Field that is wrong: a property name or a JSON pointer such as `/spec/replicas`. */
  readonly field?: string;
  /** File in the output tree, relative to the outdir, e.g. `environments/dev/infrastructure/xpostgresql-db.yaml`. */
  readonly file?: string;
}

/** Props of a {@link GitOpsError}. */
export interface GitOpsErrorProps extends ErrorLocation {
  /** How to fix it, in one sentence. @default - no hint */
  readonly hint?: string;
  /** Stable machine-readable code, e.g. `TIER_UNKNOWN_PROMOTES_FROM`. */
  readonly code: string;
  /** Underlying error. @default - none */
  readonly cause?: unknown;
}

/**
 * An error in the user's input (program, environments catalogue, CLI flags or tree).
 *
 * Its message is one line that names what is wrong; {@link GitOpsError.describe} adds the location
 * (construct path, tier, field, file) and the hint, one per line.
 */
export class GitOpsError extends Error {
  /** Stable machine-readable code. */
  public readonly code: string;
  /** Where the problem is. */
  public readonly location: ErrorLocation;
  /** How to fix it. @default - none */
  public readonly hint?: string;

  public constructor(message: string, props: GitOpsErrorProps) {
    super(message, props.cause === undefined ? undefined : { cause: props.cause });
    this.name = 'GitOpsError';
    this.code = props.code;
    this.hint = props.hint;
    this.location = {
      constructPath: props.constructPath,
      tier: props.tier,
      field: props.field,
      file: props.file,
    };
  }

  /** The message followed by the location and the hint, one per line. */
  public describe(): string {
    return [this.message, ...describeLocation(this.location), ...(this.hint ? [`  fix: ${this.hint}`] : [])].join('\n');
  }
}

/** Lines such as `  tier: production` for each known part of a location. */
export function describeLocation(location: ErrorLocation): string[] {
  const lines: string[] = [];
  if (location.tier) lines.push(`  tier: ${location.tier}`);
  if (location.file) lines.push(`  file: ${location.file}`);
  if (location.constructPath) lines.push(`  construct: ${location.constructPath}`);
  if (location.field) lines.push(`  field: ${location.field}`);
  return lines;
}

/** Several input errors found in one run, reported together. */
export class GitOpsErrors extends Error {
  /** The individual errors, in a stable order. */
  public readonly errors: readonly GitOpsError[];

  public constructor(errors: readonly GitOpsError[], summary?: string) {
    super(
      summary ??
        `${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => e.describe()).join('\n')}`,
    );
    this.name = 'GitOpsErrors';
    this.errors = errors;
  }
}

/** Process exit codes of the CLI and of `GitOpsApp.synth()` when run as a program. */
export const ExitCode = {
  /** Success. */
  OK: 0,
  /** `--check` found differences between the committed tree and the program's output. */
  DIFFERENCES: 1,
  /** Invalid input, a failed validation, or an error in the program. */
  INVALID: 2,
} as const;
