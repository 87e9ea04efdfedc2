import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GitOpsError } from '../errors/index.js';
import type { KubeObject } from '../tree/index.js';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** A Kyverno object read from a file. */
export interface PolicyFileObject {
  /** Path of the file relative to the folder read (or the file itself). */
  readonly file: string;
  readonly object: KubeObject;
}

/** Kinds the gate reads from policy folders. */
const KINDS = new Set(['ClusterPolicy', 'Policy', 'PolicyException']);

/**
 * Every ClusterPolicy, Policy and PolicyException in the YAML files under `path` (a folder, read recursively,
 * or one file), files in sorted order. Other kinds are ignored. Throws a GitOpsError naming the file for
 * unreadable files and YAML that does not parse.
 */
export function readPolicyFiles(path: string): PolicyFileObject[] {
  const files: string[] = [];
  const walk = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new GitOpsError(`policy folder '${p}' does not exist`, {
        code: 'KYVERNO_POLICIES_MISSING',
        field: '--policies',
        hint: 'pass a folder of Kyverno policy YAML files',
      });
    }
    if (st.isDirectory()) {
      for (const entry of readdirSync(p).sort()) if (!entry.startsWith('.')) walk(join(p, entry));
    } else if (/\.ya?ml$/.test(p) || p === path) files.push(p);
  };
  walk(path);
  const out: PolicyFileObject[] = [];
  for (const file of files) {
    const name = relative(path, file) || file;
    for (const doc of yaml().parseAllDocuments(readFileSync(file, 'utf8'))) {
      if (doc.errors.length > 0) {
        throw new GitOpsError(`${name}: ${doc.errors[0]?.message.split('\n')[0]}`, {
          code: 'KYVERNO_POLICY_FILE_INVALID',
          file: name,
          hint: 'fix the YAML syntax',
        });
      }
      const object = doc.toJS() as KubeObject | null;
      if (
        object &&
        typeof object === 'object' &&
        KINDS.has(object.kind) &&
        String(object.apiVersion).startsWith('kyverno.io/')
      ) {
        out.push({ file: name, object: { ...object, metadata: object.metadata ?? {} } });
      }
    }
  }
  return out;
}
