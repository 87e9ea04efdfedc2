import { Command, CommanderError, Option } from 'commander';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { synthCommand } from './synth-command.js';

/** Exit codes, as documented in `--help`. */
const EXIT_CODES = `
Exit codes:
  0  success
  1  --check: the committed tree differs from what the program produces
  2  invalid input, failed validation, or an error in the program`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = ExitCode.OK;
  const program = new Command('cdk8s-gitops')
    .description('Synthesize and check the per-environment GitOps tree of a cdk8s-gitops program.')
    .exitOverride()
    .addHelpText('after', EXIT_CODES);

  program
    .command('synth')
    .description('run the program and write its tree atomically (or compare it with --check)')
    .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
    .option('-o, --outdir <dir>', 'output folder (default: $CDK8S_OUTDIR, `output:` of cdk8s.yaml, or dist)')
    .addOption(new Option('-t, --tier <name...>', 'only synthesize these tiers (repeatable)'))
    .option('--check', 'write nothing; exit 1 when the committed tree differs (CI drift gate)', false)
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('--no-typecheck', 'do not type-check a TypeScript program before running it')
    .option('--policies <dir>', 'folder of extra Kyverno policies the policy gate evaluates against every tier')
    .addHelpText('after', EXIT_CODES)
    .action(
      async (opts: {
        app?: string;
        outdir?: string;
        tier?: string[];
        check: boolean;
        quiet: boolean;
        typecheck: boolean;
        policies?: string;
      }) => {
        exitCode = await synthCommand({
          app: opts.app,
          outdir: opts.outdir,
          tier: opts.tier?.flatMap((t) => t.split(',')),
          check: opts.check,
          quiet: opts.quiet,
          typecheck: opts.typecheck,
          policies: opts.policies,
        });
      },
    );

  const policy = program
    .command('policy')
    .description('Kyverno policies: the gate results of the program, and Kyverno CLI test suites');
  policy
    .command('report')
    .description("evaluate the program's policies against its tree (nothing is written) and print every result")
    .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
    .addOption(new Option('-t, --tier <name...>', 'only these tiers (repeatable)'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--policies <dir>', 'folder of extra Kyverno policies evaluated against every tier')
    .addHelpText(
      'after',
      '\nExit codes:\n  0  no Enforce rule fails\n  1  an Enforce rule fails\n  2  invalid input or an error in the program',
    )
    .action(async (opts: { app?: string; tier?: string[]; format: 'table' | 'json'; policies?: string }) => {
      const { policyReportCommand } = await import('./policy-report-command.js');
      exitCode = await policyReportCommand({
        app: opts.app,
        tier: opts.tier?.flatMap((t) => t.split(',')),
        format: opts.format,
        policies: opts.policies,
      });
    });

  program
    .command('validate')
    .description('validate an existing tree (ours or hand-written YAML) against the Kubernetes and CRD schemas')
    .argument('[dir]', 'folder of YAML files', 'dist')
    .option('--kubernetes-version <version>', 'Kubernetes version of built-in kinds', '1.33.0')
    .addOption(new Option('--crd <file...>', 'CRD or XRD files (or folders of them) for custom kinds (repeatable)'))
    .addOption(new Option('--external <pattern...>', 'kinds without a schema to skip, e.g. example.com/* (repeatable)'))
    .option('--json', 'print the report as JSON', false)
    .option('-q, --quiet', 'print errors only', false)
    .addHelpText('after', EXIT_CODES)
    .action(
      async (
        dir: string,
        opts: { kubernetesVersion: string; crd?: string[]; external?: string[]; json: boolean; quiet: boolean },
      ) => {
        // Loaded on demand: the validation code is large and synth does not need it in this process.
        const { validateCommand } = await import('./validate-command.js');
        exitCode = await validateCommand(dir, {
          kubernetesVersion: opts.kubernetesVersion,
          crd: opts.crd,
          external: opts.external,
          json: opts.json,
          quiet: opts.quiet,
        });
      },
    );

  const releaseOptions = (command: Command): Command =>
    command
      .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
      .option('--dry-run', 'write nothing; show what would change', false)
      .option('--message', 'print a ready pull-request title and body', false)
      .option('--override-freeze <reason>', 'go ahead inside a freeze window of the tier, for this reason')
      .addHelpText('after', EXIT_CODES);

  releaseOptions(
    program
      .command('promote')
      .description(
        "copy release pins from the tier a tier promotes from into it, re-synthesize, show the tier's changes",
      )
      .argument('[apps...]', 'applications to promote')
      .option('--all', 'promote every application', false)
      .requiredOption('--to <tier>', 'tier to promote into')
      .option('--from <tier>', "tier to promote from (default: the target's promotesFrom)"),
  ).action(
    async (
      apps: string[],
      opts: {
        app?: string;
        all: boolean;
        to: string;
        from?: string;
        dryRun: boolean;
        message: boolean;
        overrideFreeze?: string;
      },
    ) => {
      const { promoteCommand } = await import('./promote-command.js');
      const { app: appCommand, ...rest } = opts;
      exitCode = await promoteCommand({ ...rest, appCommand, apps });
    },
  );

  releaseOptions(
    program
      .command('rollback')
      .description("restore the pin a tier ran before (from the releases file's git history), re-synthesize")
      .argument('<app>', 'application to roll back')
      .requiredOption('--tier <tier>', 'tier to roll back')
      .option('--to <rev>', 'a commit of the releases file or a version the tier ran (default: the previous pin)'),
  ).action(
    async (
      app: string,
      opts: { app?: string; tier: string; to?: string; dryRun: boolean; message: boolean; overrideFreeze?: string },
    ) => {
      const { rollbackCommand } = await import('./promote-command.js');
      const { app: appCommand, ...rest } = opts;
      exitCode = await rollbackCommand({ ...rest, appCommand, app });
    },
  );

  program
    .command('diff')
    .description('what differs between two tiers, or the rendered tree between a git ref and the working tree')
    .argument('[tiers...]', 'two tiers to compare, e.g. staging production')
    .option('--against <ref>', 'compare the tree committed at this git ref with the working tree, per tier')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --outdir <dir>', 'the tree (default: $CDK8S_OUTDIR, `output:` of cdk8s.yaml, or dist)')
    .addHelpText('after', EXIT_CODES)
    .action(
      async (tiers: string[], opts: { against?: string; format: 'text' | 'markdown' | 'json'; outdir?: string }) => {
        const { diffCommand } = await import('./diff-command.js');
        exitCode = diffCommand({ tiers, ...opts });
      },
    );

  program
    .command('status')
    .description('the apps × tiers table of release pins: where a tier lags and where a hotfix is pending')
    .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { app?: string; format: 'table' | 'json' }) => {
      const { statusCommand } = await import('./status-command.js');
      exitCode = await statusCommand({ appCommand: opts.app, format: opts.format });
    });

  program
    .command('graph')
    .description('draw the platform: promotion order, apps × tiers with versions, Argo CD fan-out, Flux chains')
    .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'dot', 'svg']).default('mermaid'))
    .option('-o, --outdir <dir>', 'the tree (default: $CDK8S_OUTDIR, `output:` of cdk8s.yaml, or dist)')
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (opts: { app?: string; format: 'mermaid' | 'dot' | 'svg'; outdir?: string; output?: string }) => {
      const { graphCommand } = await import('./graph-command.js');
      exitCode = await graphCommand({
        appCommand: opts.app,
        format: opts.format,
        outdir: opts.outdir,
        output: opts.output,
      });
    });

  program
    .command('init')
    .description('scaffold a platform repository: tiers, one service, releases, a test and CI workflows')
    .argument('[dir]', 'folder to scaffold', '.')
    .option('--force', 'write into a folder that is not empty', false)
    .option('--name <name>', "package name (default: the folder's name)")
    .action(async (dir: string, opts: { force: boolean; name?: string }) => {
      const { initCommand } = await import('./init-command.js');
      exitCode = initCommand({ dir, force: opts.force, name: opts.name });
    });

  program
    .command('appset')
    .description('Argo CD ApplicationSets')
    .command('preview')
    .description('print the Applications every ApplicationSet of the program would create (offline)')
    .option('-a, --app <command>', 'command that runs the program (default: `app:` of cdk8s.yaml)')
    .option('-t, --tier <name>', 'only Applications of this tier')
    .addOption(new Option('-o, --output <format>', 'table or yaml').choices(['table', 'yaml']).default('table'))
    .addHelpText('after', EXIT_CODES)
    .action(async (opts: { app?: string; tier?: string; output: 'table' | 'yaml' }) => {
      const { appsetPreviewCommand } = await import('./appset-command.js');
      exitCode = await appsetPreviewCommand(opts);
    });

  program
    .command('import-xrd')
    .description('write a TypeScript module with a typed claim construct for each Crossplane XRD of the files')
    .argument('<files...>', 'YAML files with CompositeResourceDefinitions (v1 or v2)')
    .option('-o, --out <dir>', 'folder the modules are written to', 'imports')
    .option('--import-from <module>', 'module the generated code imports cdk8s-gitops from', 'cdk8s-gitops')
    .addHelpText('after', EXIT_CODES)
    .action(async (files: string[], opts: { out: string; importFrom: string }) => {
      const { importXrdCommand } = await import('./import-xrd-command.js');
      exitCode = await importXrdCommand(files, { out: opts.out, importFrom: opts.importFrom });
    });

  policy
    .command('test')
    .description('run the Kyverno CLI test suites (kyverno-test.yaml) under DIR with the local engine')
    .argument('<dir>', 'folder searched recursively for kyverno-test.yaml')
    .option('-q, --quiet', 'print only failing suites and the total', false)
    .addHelpText(
      'after',
      `
Exit codes:
  0  every expected result holds (results the engine cannot evaluate are counted as skipped: unsupported)
  1  an expected result does not hold
  2  a malformed kyverno-test.yaml, policy or resource file`,
    )
    .action(async (dir: string, opts: { quiet: boolean }) => {
      const { policyTestCommand } = await import('./policy-test-command.js');
      exitCode = await policyTestCommand(dir, { quiet: opts.quiet });
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? ExitCode.OK : ExitCode.INVALID;
    }
    if (e instanceof GitOpsError) {
      process.stderr.write(`error: ${e.describe()}\n`);
      return ExitCode.INVALID;
    }
    throw e;
  }
  return exitCode;
}

// Run when executed directly (tsx src/cli/main.ts …); the published bin imports main() instead.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  process.exitCode = await main(process.argv.slice(2));
}
