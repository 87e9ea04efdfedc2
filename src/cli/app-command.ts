import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { GitOpsError } from '../errors/index.js';

/** What `cdk8s.yaml` says, as far as synth cares. */
export interface Cdk8sConfig {
  /** Command that runs the program. @default - none */
  readonly app?: string;
  /** Output folder. @default - none */
  readonly output?: string;
}

/** Reads `cdk8s.yaml` in `cwd` as `cdk8s synth` does; an absent file gives an empty config. */
export function readCdk8sConfig(cwd: string): Cdk8sConfig {
  const file = join(cwd, 'cdk8s.yaml');
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = yaml.load(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new GitOpsError(`cdk8s.yaml is not valid YAML: ${(e as Error).message.split('\n')[0]}`, {
      code: 'CONFIG_INVALID',
      file: 'cdk8s.yaml',
      hint: 'fix the YAML syntax; the file needs at least `app: <command that runs your program>`',
    });
  }
  const config = (parsed ?? {}) as Record<string, unknown>;
  const app = config.app;
  if (app !== undefined && typeof app !== 'string') {
    throw new GitOpsError('cdk8s.yaml has an `app:` that is not a string', {
      code: 'CONFIG_INVALID',
      file: 'cdk8s.yaml',
      field: 'app',
      hint: 'set app: to the command that runs your program, e.g. npx tsx main.ts',
    });
  }
  return { app, output: typeof config.output === 'string' ? config.output : undefined };
}
