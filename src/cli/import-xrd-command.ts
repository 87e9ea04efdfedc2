import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { generateClaimModule, isXrdDocument, xrdProblems, type XrdSource } from '../crossplane/import-xrd.js';
import { ExitCode, GitOpsError, GitOpsErrors } from '../errors/index.js';
import type { CommandIo } from './validate-command.js';

/** Options of `cdk8s-gitops import-xrd FILE…`. */
export interface ImportXrdOptions {
  /** Folder the modules are written to. @default 'imports' */
  readonly out?: string;
  /** Module the generated code imports the library from. @default 'cdk8s-gitops' */
  readonly importFrom?: string;
}

const PROCESS_IO: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** The XRDs of one YAML file; a file that cannot be read or parsed, or holds no XRD, is an error naming it. */
export function readXrdFile(file: string): XrdSource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GitOpsError(
      `XRD file '${file}' ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`}`,
      {
        code: 'IMPORT_XRD_UNREADABLE',
        file,
        hint: 'give the path of a YAML file holding CompositeResourceDefinitions',
      },
    );
  }
  const documents = parseAllDocuments(text, { prettyErrors: true });
  const sources: XrdSource[] = [];
  for (const doc of Array.isArray(documents) ? documents : [documents]) {
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0]?.line;
      throw new GitOpsError(
        `XRD file '${file}' is not valid YAML${line ? ` (line ${line})` : ''}: ${error.message.split('\n')[0]}`,
        {
          code: 'IMPORT_XRD_INVALID_YAML',
          file,
          hint: 'fix the YAML syntax',
        },
      );
    }
    const value = doc.toJS() as unknown;
    if (isXrdDocument(value)) sources.push({ file, xrd: value });
  }
  if (sources.length === 0) {
    throw new GitOpsError(`XRD file '${file}' holds no CompositeResourceDefinition`, {
      code: 'IMPORT_XRD_EMPTY',
      file,
      field: 'kind',
      hint: 'pass files with kind: CompositeResourceDefinition (apiextensions.crossplane.io/v1 or v2)',
    });
  }
  return sources;
}

/**
 * `cdk8s-gitops import-xrd FILE… [--out DIR]`: writes one TypeScript module per XRD with its spec types
 * and a typed claim construct. Every problem of every file is reported before anything is written.
 * @returns the exit code: 0 on success, 2 on invalid input
 */
export async function importXrdCommand(
  files: readonly string[],
  options: ImportXrdOptions = {},
  io: CommandIo = PROCESS_IO,
): Promise<number> {
  try {
    const problems: GitOpsError[] = [];
    const sources: XrdSource[] = [];
    for (const file of files) {
      try {
        for (const source of readXrdFile(file)) {
          const found = xrdProblems(source);
          if (found.length > 0) problems.push(...found);
          else sources.push(source);
        }
      } catch (e) {
        if (e instanceof GitOpsError) problems.push(e);
        else throw e;
      }
    }
    if (problems.length > 0) throw problems.length === 1 ? problems[0] : new GitOpsErrors(problems);
    const out = options.out ?? 'imports';
    const modules = await Promise.all(sources.map((s) => generateClaimModule(s, { importFrom: options.importFrom })));
    const seen = new Map<string, string>();
    for (const [i, m] of modules.entries()) {
      const other = seen.get(m.fileName);
      if (other) {
        throw new GitOpsError(`two XRDs define kind ${m.kind} (${other} and ${sources[i]?.file})`, {
          code: 'IMPORT_XRD_DUPLICATE_KIND',
          file: sources[i]?.file,
          field: 'spec.names.kind',
          hint: 'import each XRD once',
        });
      }
      seen.set(m.fileName, sources[i]?.file ?? '');
    }
    mkdirSync(out, { recursive: true });
    for (const m of modules) {
      const path = join(out, m.fileName);
      writeFileSync(path, m.code);
      io.stdout(`wrote ${path} (${m.kind})`);
    }
    return ExitCode.OK;
  } catch (error) {
    if (error instanceof GitOpsError) {
      io.stderr(`error: ${error.describe()}`);
      return ExitCode.INVALID;
    }
    if (error instanceof GitOpsErrors) {
      for (const e of error.errors) io.stderr(`error: ${e.describe()}`);
      return ExitCode.INVALID;
    }
    throw error;
  }
}
