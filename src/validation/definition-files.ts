import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { GitOpsError } from '../errors/index.js';
import { isCrd } from './crd.js';
import { isXrd } from './xrd.js';

/**
 * The CustomResourceDefinitions and Crossplane XRDs in a YAML file, or in every `*.yaml`/`*.yml` file
 * under a folder (several documents per file allowed). Used for `validate --crd` and for the
 * `validation.crdFiles` of a program; `field` names the setting in error messages.
 */
export function readDefinitionFiles(path: string, field: string): unknown[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (e) {
    throw unreadable(path, field, e);
  }
  const files = isDirectory ? yamlFilesUnder(path) : [path];
  const definitions = files.flatMap((file) => parse(file, field)).filter((d) => isCrd(d) || isXrd(d));
  if (definitions.length === 0) {
    throw new GitOpsError(`${path} contains no CustomResourceDefinition or CompositeResourceDefinition`, {
      code: 'CRD_FILE_EMPTY',
      field,
      file: path,
      hint: 'pass the YAML of the CRDs your tree uses, or declare their kinds external',
    });
  }
  return definitions;
}

function parse(file: string, field: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw unreadable(file, field, e);
  }
  try {
    return yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA }).filter((d) => d !== null && d !== undefined);
  } catch (e) {
    throw new GitOpsError(`CRD file '${file}' is not valid YAML: ${(e as Error).message.split('\n')[0]}`, {
      code: 'CRD_FILE_INVALID',
      field,
      file,
    });
  }
}

function unreadable(path: string, field: string, cause: unknown): GitOpsError {
  const code = (cause as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (cause as Error).message})`;
  return new GitOpsError(`CRD file '${path}' ${why}`, {
    code: 'CRD_FILE_UNREADABLE',
    field,
    file: resolve(path),
    hint: 'give the path of a CustomResourceDefinition YAML file (or a folder of them), relative to the working folder',
    cause,
  });
}

/** `*.yaml`/`*.yml` files under `dir`, sorted, skipping hidden entries. */
function yamlFilesUnder(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(entry.name)) files.push(path);
  }
  return files;
}
