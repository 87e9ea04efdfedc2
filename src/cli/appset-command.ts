import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { SynthEnv } from '../app/synth-env.js';
import { APPSET_PREVIEW_ENV, type PreviewApplication, type PreviewFile } from '../argocd/checks.js';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { readCdk8sConfig } from './app-command.js';
import { PROGRAM_HOOK } from './synth-command.js';

/** Options of `cdk8s-gitops appset preview`. */
export interface AppsetPreviewOptions {
  /** Command that runs the program. @default - `app:` of cdk8s.yaml */
  readonly app?: string;
  /** Only Applications of this tier. @default - all */
  readonly tier?: string;
  /** `table` or `yaml`. @default 'table' */
  readonly output?: 'table' | 'yaml';
  /** Working folder. @default process.cwd() */
  readonly cwd?: string;
  /** Where the report goes. @default process.stdout */
  readonly stdout?: { write(s: string): unknown };
}

/**
 * Runs the program as `synth --check` does (nothing is written), with the ApplicationSet expansion that
 * synth runs for its checks written to a temporary file, and prints the Applications every ApplicationSet
 * would create. A parameter no generator provides, a path outside the tree or a destination no tier
 * declares fails synth's checks, and so the preview (exit 2, the program prints the errors).
 */
export async function appsetPreviewCommand(options: AppsetPreviewOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const stdout = options.stdout ?? process.stdout;
  const config = readCdk8sConfig(cwd);
  const app = options.app ?? config.app;
  if (!app) {
    throw new GitOpsError('no program to run', {
      code: 'NO_APP',
      field: '--app',
      hint: 'pass --app "npx tsx main.ts" or add `app: npx tsx main.ts` to cdk8s.yaml',
    });
  }
  const output = options.output ?? 'table';
  if (output !== 'table' && output !== 'yaml') {
    throw new GitOpsError(`unknown output format '${String(output)}'`, {
      code: 'OUTPUT_UNKNOWN',
      field: '--output',
      hint: 'use --output table or --output yaml',
    });
  }
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-preview-'));
  const file = join(dir, 'preview.json');
  const hook = existsSync(PROGRAM_HOOK) ? `--import=${pathToFileURL(PROGRAM_HOOK).href}` : '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [SynthEnv.check]: '1',
    [SynthEnv.quiet]: '1',
    [SynthEnv.tiers]: options.tier ?? '',
    [APPSET_PREVIEW_ENV]: file,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, hook].filter(Boolean).join(' '),
    PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter),
  };
  delete env[SynthEnv.gate];
  delete env[SynthEnv.report];
  try {
    const code = await new Promise<number>((done, fail) => {
      // The program's own stdout (check-mode differences) is not part of the preview.
      const child = spawn(app, { cwd, env, shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', fail);
      child.on('exit', (status, signal) => done(signal ? 128 : (status ?? ExitCode.INVALID)));
    });
    // Exit 1 is check mode's "the committed tree differs", which does not matter here.
    if (code !== ExitCode.OK && code !== ExitCode.DIFFERENCES) return ExitCode.INVALID;
    if (!existsSync(file)) {
      process.stderr.write(
        'error: the program declares no Argo CD Application or ApplicationSet (or never called app.synth())\n' +
          '  fix: add an ApplicationSet (cdk8s-gitops ApplicationSet or applicationTierMatrix) and end with app.synth()\n',
      );
      return ExitCode.INVALID;
    }
    const preview = JSON.parse(readFileSync(file, 'utf8')) as PreviewFile;
    const applications = options.tier
      ? preview.applications.filter((a) => a.tier === options.tier)
      : preview.applications;
    for (const w of preview.warnings) process.stderr.write(`warning: ${w}\n`);
    stdout.write(output === 'yaml' ? renderYaml(applications) : renderTable(applications));
    return ExitCode.OK;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Applications as YAML documents. */
export function renderYaml(applications: readonly PreviewApplication[]): string {
  return applications.map((a) => `---\n${stringify(a.object, { lineWidth: 0 })}`).join('');
}

/** The Applications as a table: name, project, source, destination, sync. */
export function renderTable(applications: readonly PreviewApplication[]): string {
  const rows = [
    ['APPLICATIONSET', 'NAME', 'PROJECT', 'SOURCE', 'DESTINATION', 'SYNC'],
    ...applications.map((a) => [a.applicationSet, a.name, a.project, a.sources.join(', '), a.destination, a.sync]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n${applications.length} application${applications.length === 1 ? '' : 's'}\n`;
}
