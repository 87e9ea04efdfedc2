import { ExitCode, GitOpsError } from '../errors/index.js';
import {
  compareIssues,
  formatIssue,
  readDefinitionFiles,
  readRepository,
  SchemaRegistry,
  validateManifests,
} from '../validation/index.js';

/** Options of `cdk8s-gitops validate [DIR]`. */
export interface ValidateCommandOptions {
  /** Kubernetes version to validate built-in kinds against. @default '1.33.0' */
  readonly kubernetesVersion?: string;
  /** Files (or folders of `*.yaml`) with CustomResourceDefinitions / Crossplane XRDs to validate against. */
  readonly crd?: readonly string[];
  /** apiVersion/kind patterns that have no schema, e.g. `monitoring.coreos.com/v1/ServiceMonitor`, `example.com/*`. */
  readonly external?: readonly string[];
  /** Print the report as JSON instead of lines. @default false */
  readonly json?: boolean;
  /** Print errors only: no warnings, no summary. @default false */
  readonly quiet?: boolean;
}

/** Where the command writes; each call is one line (without the newline). */
export interface CommandIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

const PROCESS_IO: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/**
 * `cdk8s-gitops validate [DIR]`: validates a GitOps tree on disk (schemas, CEL rules, names,
 * namespaces, duplicates, secret safety), printing one line per issue and a summary line
 * (`N files, E errors, W warnings, C CEL rules not evaluated`). Hand-written repositories are read as
 * their tools apply them (see `readRepository`: kustomizations built, Helm charts skipped, every
 * unparsable file reported); a namespaced object without a namespace is a warning here (the Argo CD
 * destination or Flux Kustomization may set it).
 * @returns the exit code: 0 when there are no errors, 2 when there are (or the input is unusable)
 */
export async function validateCommand(
  dir: string,
  options: ValidateCommandOptions = {},
  io: CommandIo = PROCESS_IO,
): Promise<number> {
  try {
    const read = await readRepository(dir, { kubernetesVersion: options.kubernetesVersion });
    const registry = new SchemaRegistry();
    for (const file of options.crd ?? []) {
      for (const definition of readDefinitionFiles(file, '--crd')) registry.registerDefinition(definition);
    }
    for (const pattern of options.external ?? []) registry.markExternal(pattern);
    const validated = validateManifests(read.manifests, { registry, missingNamespace: 'warning' });
    const issues = [...read.problems, ...validated.issues].sort(compareIssues);
    const report = {
      ...validated,
      issues,
      errors: validated.errors + read.problems.length,
      files: new Set([...read.manifests, ...read.problems].map((m) => m.file)).size,
    };
    const notEvaluated = Object.values(report.notEvaluated).reduce((sum, count) => sum + count, 0);

    if (options.json) {
      io.stdout(JSON.stringify({ ok: report.errors === 0, ...report, notes: read.notes }, null, 2));
    } else {
      if (!options.quiet) for (const note of read.notes) io.stdout(note);
      for (const issue of report.issues) {
        if (!options.quiet || issue.severity === 'error') io.stdout(formatIssue(issue));
      }
      if (!options.quiet) {
        const parts = [
          plural(report.files, 'file'),
          plural(report.errors, 'error'),
          plural(report.warnings, 'warning'),
          `${plural(notEvaluated, 'CEL rule')} not evaluated`,
        ];
        if (report.waived > 0) parts.push(`${report.waived} waived`);
        io.stdout(parts.join(', '));
      }
    }
    return report.errors > 0 ? ExitCode.INVALID : ExitCode.OK;
  } catch (error) {
    if (error instanceof GitOpsError) {
      io.stderr(`error: ${error.describe()}`);
      return ExitCode.INVALID;
    }
    throw error;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
