import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';
import { GitOpsError } from '../errors/index.js';
import type { KubeObject, Manifest } from '../synth/manifest.js';
import { DEFAULT_KUBERNETES_VERSION } from './schema-registry.js';

/** Options of {@link readTree}. */
export interface ReadTreeOptions {
  /** Kubernetes version the objects are applied to. @default '1.33.0' */
  readonly kubernetesVersion?: string;
}

/** Index file the synthesizer writes at the root of a tree; not a manifest. */
const TREE_INDEX = '.cdk8s-gitops.json';

/**
 * Reads every `*.yaml`/`*.yml` file under `dir` (multi-document files allowed, empty documents
 * skipped), skipping dot-folders and `node_modules`. Files are read in sorted path order; the tier is
 * inferred from `environments/<tier>/…` paths.
 *
 * YAML is parsed with the core schema (no timestamps or other implicit types beyond bool/int/float/null),
 * as the Kubernetes tooling does.
 * @throws GitOpsError if the folder cannot be read or a file is not valid YAML
 */
export async function readTree(dir: string, options: ReadTreeOptions = {}): Promise<Manifest[]> {
  const kubernetesVersion = options.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  let files: string[];
  try {
    files = await listYamlFiles(dir);
  } catch (error) {
    throw new GitOpsError(`cannot read the tree at ${dir}: ${error instanceof Error ? error.message : String(error)}`, {
      code: 'TREE_UNREADABLE',
      file: dir,
      cause: error,
      hint: 'pass the folder that `synth` wrote (the outdir)',
    });
  }
  const manifests: Manifest[] = [];
  for (const path of files) {
    const file = relative(dir, path).split(sep).join('/');
    const text = await readFile(path, 'utf8');
    let documents: unknown[];
    try {
      documents = yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA, filename: file });
    } catch (error) {
      throw new GitOpsError(
        `${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        {
          code: 'TREE_YAML_INVALID',
          file,
          cause: error,
        },
      );
    }
    const tier = tierOf(file);
    for (const document of documents) {
      if (document === null || document === undefined) continue;
      manifests.push({
        file,
        object: document as KubeObject,
        kubernetesVersion,
        ...(tier !== undefined ? { tier } : {}),
      });
    }
  }
  return manifests;
}

/** `dev` for `environments/dev/apps/x.yaml`; undefined elsewhere. */
export function tierOf(file: string): string | undefined {
  const segments = file.split('/');
  return segments.length > 2 && segments[0] === 'environments' && segments[1] ? segments[1] : undefined;
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === TREE_INDEX) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listYamlFiles(path)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}
