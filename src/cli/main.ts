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
    .addHelpText('after', EXIT_CODES)
    .action(
      async (opts: {
        app?: string;
        outdir?: string;
        tier?: string[];
        check: boolean;
        quiet: boolean;
        typecheck: boolean;
      }) => {
        exitCode = await synthCommand({
          app: opts.app,
          outdir: opts.outdir,
          tier: opts.tier?.flatMap((t) => t.split(',')),
          check: opts.check,
          quiet: opts.quiet,
          typecheck: opts.typecheck,
        });
      },
    );

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

  const policy = program.command('policy').description('Kyverno policies: run test suites');
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
