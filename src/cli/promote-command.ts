import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgramDescription } from '../app/gitops-app.js';
import { SynthEnv } from '../app/synth-env.js';
import { activeFreeze, suggest, type FreezeWindow } from '../environments/index.js';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { imageRefProblem, parseImageRef, imageVersion } from '../promotion/image-ref.js';
import { releasesHistory } from '../promotion/history.js';
import { rewriteReleases, type PinFields } from '../promotion/rewrite.js';
import { synthCommand } from './synth-command.js';
import { parse } from 'yaml';

/** Options shared by `promote` and `rollback`. */
export interface ReleaseCommandOptions {
  /** Command that runs the program. @default - `app:` of cdk8s.yaml */
  readonly appCommand?: string;
  /** Working folder. @default process.cwd() */
  readonly cwd?: string;
  /** Write nothing; show what would change. @default false */
  readonly dryRun?: boolean;
  /** Print a pull-request title and body. @default false */
  readonly message?: boolean;
  /** Go ahead inside a freeze window, for this reason. @default - refuse */
  readonly overrideFreeze?: string;
  /** Now (tests). @default new Date() */
  readonly now?: Date;
  /** Where text goes. @default process.stdout */
  readonly out?: (text: string) => void;
}

/** Options of `cdk8s-gitops promote`. */
export interface PromoteOptions extends ReleaseCommandOptions {
  /** Applications to promote; empty with `all`. */
  readonly apps: readonly string[];
  /** Promote every application. @default false */
  readonly all?: boolean;
  /** Target tier. */
  readonly to: string;
  /** Source tier. @default - the target's `promotesFrom` */
  readonly from?: string;
}

/** Options of `cdk8s-gitops rollback`. */
export interface RollbackOptions extends ReleaseCommandOptions {
  /** Application to roll back. */
  readonly app: string;
  readonly tier: string;
  /** A commit of the releases file, or a version (tag) the tier ran. @default - the pin before the current one */
  readonly to?: string;
}

interface Change {
  readonly app: string;
  readonly tier: string;
  readonly from: string;
  readonly pin: PinFields;
}

/**
 * `promote`: copies the pins of the tier a tier promotes from into it, rewriting the releases file with its
 * comments kept, re-synthesizes and prints what changes in the target tier's tree. Refused inside a freeze
 * window of the target tier unless overridden with a reason. Nothing is written when anything fails.
 */
export async function promoteCommand(options: PromoteOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const program = await describeProgram(cwd, options.appCommand);
  const target = tierOf(program, options.to, '--to');
  const source = options.from ?? target.promotesFrom;
  if (!source) {
    throw new GitOpsError(`tier '${target.name}' is the first tier: nothing promotes into it`, {
      code: 'PROMOTE_FIRST_TIER',
      tier: target.name,
      field: '--to',
      hint: `new versions enter '${target.name}' by editing its pins in the releases file; promote to ${program.tiers
        .filter((t) => t.promotesFrom)
        .map((t) => `'${t.name}'`)
        .join(' or ')}`,
    });
  }
  tierOf(program, source, '--from');
  if (source === target.name) {
    throw new GitOpsError(`cannot promote '${target.name}' into itself`, {
      code: 'PROMOTE_SAME_TIER',
      field: '--from',
      tier: source,
      hint: 'name another tier with --from',
    });
  }
  const text = readFileSync(program.releases, 'utf8');
  const pins = rawPins(text);
  const apps = options.all ? Object.keys(pins) : options.apps;
  if (apps.length === 0) {
    throw new GitOpsError('name the applications to promote, or pass --all', {
      code: 'PROMOTE_NO_APP',
      field: 'APP',
      hint: 'e.g. cdk8s-gitops promote user-service --to staging',
    });
  }
  const changes: Change[] = [];
  for (const app of apps) {
    const appPins = pins[app];
    const from = appPins?.[source];
    if (!appPins || !from) {
      throw new GitOpsError(`app '${app}' has no pin${appPins ? ` in tier '${source}'` : ''} in ${program.releases}`, {
        code: 'PROMOTE_NO_PIN',
        tier: source,
        field: `apps.${app}`,
        hint: `${appPins ? '' : suggest(app, Object.keys(pins))}add its pins to the releases file first`,
      });
    }
    const current = appPins[target.name];
    const pin: PinFields = { image: from.image, chart: from.chart, config: from.config };
    if (current && samePin(current, pin)) continue;
    changes.push({ app, tier: target.name, from: current?.image ?? '(none)', pin });
  }
  return applyChanges(program, cwd, text, changes, options, `Promote ${describeApps(changes)} to ${target.name}`, [
    `Promotes from \`${source}\` to \`${target.name}\`:`,
  ]);
}

/**
 * `rollback`: restores the pin a tier ran before (from the releases file's git history), or the pin of a
 * given commit or version, then re-synthesizes like `promote`.
 */
export async function rollbackCommand(options: RollbackOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const program = await describeProgram(cwd, options.appCommand);
  const tier = tierOf(program, options.tier, '--tier');
  const text = readFileSync(program.releases, 'utf8');
  const current = rawPins(text)[options.app]?.[tier.name];
  if (!current) {
    throw new GitOpsError(`app '${options.app}' has no pin in tier '${tier.name}'`, {
      code: 'ROLLBACK_NO_PIN',
      tier: tier.name,
      field: 'APP',
      hint: 'roll back an application the releases file pins',
    });
  }
  const key = `${options.app}/${tier.name}`;
  const history = releasesHistory(program.releases);
  let previous: Record<string, unknown> | undefined;
  let where = '';
  if (options.to) {
    const byCommit = history.find((r) => r.commit.startsWith(options.to as string));
    const byVersion = history.find((r) => {
      const image = r.images.get(key);
      return (
        image !== undefined && imageRefProblem(image) === undefined && imageVersion(parseImageRef(image)) === options.to
      );
    });
    const revision = byCommit ?? byVersion;
    previous = revision?.pins.get(key);
    where = revision ? `as of ${revision.commit.slice(0, 12)} (${revision.subject})` : '';
  } else {
    const revision = history.find((r) => r.images.has(key) && r.images.get(key) !== current.image);
    previous = revision?.pins.get(key);
    where = revision ? `as of ${revision.commit.slice(0, 12)} (${revision.subject})` : '';
  }
  if (!previous || typeof previous.image !== 'string') {
    throw new GitOpsError(
      options.to
        ? `no pin of '${options.app}' in '${tier.name}' matches '${options.to}' in the history of ${program.releases}`
        : `'${options.app}' has no earlier pin in '${tier.name}' in the history of ${program.releases}`,
      {
        code: 'ROLLBACK_NO_EARLIER_PIN',
        tier: tier.name,
        field: options.to ? '--to' : 'APP',
        hint: options.to
          ? 'give a commit of the releases file or a version the tier ran'
          : 'the releases file must be committed in git with earlier pins (a shallow clone has no history: fetch it)',
      },
    );
  }
  const pin: PinFields = {
    image: previous.image,
    chart: typeof previous.chart === 'string' ? previous.chart : undefined,
    config: typeof previous.config === 'string' ? previous.config : undefined,
  };
  const changes = samePin(current, pin) ? [] : [{ app: options.app, tier: tier.name, from: current.image, pin }];
  return applyChanges(program, cwd, text, changes, options, `Roll back ${describeApps(changes)} in ${tier.name}`, [
    `Rolls \`${tier.name}\` back to the pin ${where}:`,
  ]);
}

async function applyChanges(
  program: ProgramDescription,
  cwd: string,
  text: string,
  changes: readonly Change[],
  options: ReleaseCommandOptions,
  title: string,
  intro: readonly string[],
): Promise<number> {
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  if (changes.length === 0) {
    out('nothing to change: the pins are already in place\n');
    return ExitCode.OK;
  }
  const tier = changes[0]?.tier as string;
  refuseInFreeze(program, tier, options);
  const rewritten = rewriteReleases(
    text,
    changes.map((c) => ({ app: c.app, tier: c.tier, pin: c.pin })),
  );
  for (const c of changes) out(`${c.app} ${c.tier}: ${c.from} → ${c.pin.image}\n`);
  // Show what changes in the tier's tree: synth in check mode with the new pins, writing nothing.
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-promote-'));
  try {
    const staged = join(dir, 'releases.yaml');
    writeFileSync(staged, rewritten);
    const code = await synthCommand({
      app: options.appCommand,
      cwd,
      check: true,
      tier: [tier],
      env: { [SynthEnv.releases]: staged },
    });
    if (code === ExitCode.INVALID) return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (options.message) {
    out(
      `\n--- pull request ---\ntitle: ${title}\n\n${intro.join('\n')}\n\n| app | tier | from | to |\n|---|---|---|---|\n`,
    );
    for (const c of changes) out(`| ${c.app} | ${c.tier} | \`${c.from}\` | \`${c.pin.image}\` |\n`);
    if (options.overrideFreeze) out(`\n**Freeze window overridden:** ${options.overrideFreeze}\n`);
    out('\nRendered with cdk8s-gitops; rolling back is a `git revert` of this change.\n');
  }
  if (options.dryRun) {
    out('dry run: nothing written\n');
    return ExitCode.OK;
  }
  writeFileSync(program.releases, rewritten);
  const code = await synthCommand({ app: options.appCommand, cwd, quiet: true });
  if (code !== ExitCode.OK) {
    writeFileSync(program.releases, text); // synth is atomic; put the pins back too
    return ExitCode.INVALID;
  }
  out(`wrote ${program.releases} and the tree\n`);
  return ExitCode.OK;
}

function refuseInFreeze(program: ProgramDescription, tier: string, options: ReleaseCommandOptions): void {
  const t = program.tiers.find((x) => x.name === tier);
  const freeze = t ? activeFreeze({ freezeWindows: t.freezeWindows as FreezeWindow[] }, options.now) : undefined;
  if (!freeze) return;
  if (options.overrideFreeze !== undefined) {
    if (options.overrideFreeze.trim() === '') {
      throw new GitOpsError('--override-freeze needs a reason', {
        code: 'FREEZE_OVERRIDE_NO_REASON',
        tier,
        field: '--override-freeze',
        hint: 'say why, e.g. --override-freeze "INC-1234: revert a broken release"',
      });
    }
    return;
  }
  throw new GitOpsError(
    `tier '${tier}' is frozen until ${freeze.endsAt.toISOString()}${freeze.window.reason ? ` (${freeze.window.reason})` : ''}`,
    {
      code: 'FREEZE_WINDOW',
      tier,
      field: 'freezeWindows',
      hint: 'wait for the window to end, or pass --override-freeze "reason" (the reason goes into the PR message)',
    },
  );
}

/** Runs the program in describe mode: its tiers, freeze windows and releases file, without synthesizing. */
export async function describeProgram(
  cwd: string,
  app: string | undefined,
  options: { readonly requireReleases?: boolean } = {},
): Promise<ProgramDescription> {
  const dir = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-describe-'));
  try {
    const file = join(dir, 'program.json');
    const code = await synthCommand({ app, cwd, quiet: true, typecheck: false, env: { [SynthEnv.describe]: file } });
    if (code !== ExitCode.OK || !existsSync(file)) {
      throw new GitOpsError('the program could not be run to read its tiers', {
        code: 'PROGRAM_FAILED',
        field: '--app',
        hint: 'run cdk8s-gitops synth and fix what it reports',
      });
    }
    const description = JSON.parse(readFileSync(file, 'utf8')) as ProgramDescription;
    if ((options.requireReleases ?? true) && !existsSync(description.releases)) {
      throw new GitOpsError(`releases file '${description.releases}' does not exist`, {
        code: 'RELEASES_MISSING',
        file: description.releases,
        hint: 'create releases.yaml with apps: { <app>: { <tier>: { image: … } } } and read it with app.release(name)',
      });
    }
    return description;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function tierOf(program: ProgramDescription, name: string, field: string): ProgramDescription['tiers'][number] {
  const tier = program.tiers.find((t) => t.name === name);
  if (!tier) {
    const names = program.tiers.map((t) => t.name);
    throw new GitOpsError(`unknown tier '${name}'`, {
      code: 'TIER_UNKNOWN',
      tier: name,
      field,
      hint: `${suggest(name, names)}the tiers are: ${names.join(', ')}`,
    });
  }
  return tier;
}

type RawPin = { image: string; chart?: string; config?: string };

function rawPins(text: string): Record<string, Record<string, RawPin>> {
  const apps = (parse(text) as { apps?: Record<string, Record<string, unknown>> } | null)?.apps ?? {};
  const result: Record<string, Record<string, RawPin>> = {};
  for (const [app, tiers] of Object.entries(apps)) {
    result[app] = {};
    for (const [tier, pin] of Object.entries(tiers ?? {})) {
      const p = (typeof pin === 'string' ? { image: pin } : pin) as RawPin;
      if (p && typeof p.image === 'string') (result[app] as Record<string, RawPin>)[tier] = p;
    }
  }
  return result;
}

function samePin(a: RawPin, b: PinFields): boolean {
  return a.image === b.image && a.chart === b.chart && a.config === b.config;
}

function describeApps(changes: readonly Change[]): string {
  if (changes.length === 1) {
    const c = changes[0] as Change;
    return `${c.app} ${imageVersion(parseImageRef(c.pin.image))}`;
  }
  return `${changes.length} apps`;
}
