import { readFile, stat } from 'node:fs/promises';
import yaml from 'js-yaml';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { formatIssue, readTree, SchemaRegistry, validateManifests } from '../validation/index.js';

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
 * (`N files, E errors, W warnings, C CEL rules not evaluated`).
 * @returns the exit code: 0 when there are no errors, 2 when there are (or the input is unusable)
 */
export async function validateCommand(
  dir: string,
  options: ValidateCommandOptions = {},
  io: CommandIo = PROCESS_IO,
): Promise<number> {
  try {
    const manifests = await readTree(dir, { kubernetesVersion: options.kubernetesVersion });
    const registry = new SchemaRegistry();
    for (const file of options.crd ?? []) await registerCrdFile(registry, file);
    for (const pattern of options.external ?? []) registry.markExternal(pattern);
    const report = validateManifests(manifests, { registry });
    const notEvaluated = Object.values(report.notEvaluated).reduce((sum, count) => sum + count, 0);

    if (options.json) {
      io.stdout(JSON.stringify({ ok: report.errors === 0, ...report }, null, 2));
    } else {
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

/** Registers every CRD and XRD of a YAML file, or of every `*.yaml`/`*.yml` of a folder. */
async function registerCrdFile(registry: SchemaRegistry, path: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new GitOpsError(`cannot read CRD file ${path}`, {
      code: 'CRD_FILE_UNREADABLE',
      field: '--crd',
      cause: error,
    });
  }
  if (isDirectory) {
    const manifests = await readTree(path);
    const found = manifests.filter((manifest) => registry.registerDefinition(manifest.object) !== undefined);
    if (found.length === 0) throw noDefinitions(path);
    return;
  }
  let documents: unknown[];
  try {
    documents = yaml.loadAll(await readFile(path, 'utf8'), undefined, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new GitOpsError(`${path} is not valid YAML`, {
      code: 'CRD_FILE_INVALID',
      field: '--crd',
      file: path,
      cause: error,
    });
  }
  const found = documents.filter((document) => registry.registerDefinition(document) !== undefined);
  if (found.length === 0) throw noDefinitions(path);
}

function noDefinitions(path: string): GitOpsError {
  return new GitOpsError(`${path} contains no CustomResourceDefinition or CompositeResourceDefinition`, {
    code: 'CRD_FILE_EMPTY',
    field: '--crd',
    file: path,
    hint: 'pass the YAML of the CRDs your tree uses, or declare their kinds with --external',
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
