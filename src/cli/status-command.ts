import { readFileSync } from 'node:fs';
import { GitOpsErrors } from '../errors/index.js';
import { defineEnvironments, type TierProps } from '../environments/index.js';
import { ExitCode } from '../errors/index.js';
import { compareSemver, imageVersion } from '../promotion/image-ref.js';
import { Releases } from '../promotion/releases.js';
import { describeProgram } from './promote-command.js';

/** Options of `cdk8s-gitops status`. */
export interface StatusOptions {
  readonly appCommand?: string;
  readonly cwd?: string;
  readonly format?: 'table' | 'json';
  readonly out?: (text: string) => void;
}

/** One cell of the status table. */
export interface PinStatus {
  readonly app: string;
  readonly tier: string;
  readonly version: string;
  readonly image: string;
  /** The tier runs an older version than the one it promotes from: a promotion is waiting. */
  readonly lags: boolean;
  /** The pin is a hotfix not yet back-ported to the lower tiers. */
  readonly hotfixPending: boolean;
  readonly hotfixReason?: string;
}

/**
 * `cdk8s-gitops status`: the apps × tiers table of release pins, marking where a tier lags the tier it
 * promotes from (`↑` a promotion is waiting) and where a hotfix is not back-ported yet (`!`).
 */
export async function statusCommand(options: StatusOptions = {}): Promise<number> {
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const program = await describeProgram(options.cwd ?? process.cwd(), options.appCommand);
  const environments = defineEnvironments({
    tiers: Object.fromEntries(
      program.tiers.map((t) => [
        t.name,
        {
          cluster: { name: t.name, server: `https://${t.name}.invalid` },
          promotesFrom: t.promotesFrom,
          production: t.production,
        } as TierProps,
      ]),
    ),
  });
  let releases: Releases;
  try {
    releases = Releases.parse(readFileSync(program.releases, 'utf8'), program.releases, environments);
  } catch (e) {
    if (e instanceof GitOpsErrors) throw e.errors[0];
    throw e;
  }
  const cells: PinStatus[] = [];
  for (const app of releases.apps) {
    for (const tier of environments.tiers) {
      const pin = releases.pin(app, tier.name);
      const lower = tier.promotesFrom ? releases.pin(app, tier.promotesFrom) : undefined;
      const order =
        lower && pin.imageRef.tag && lower.imageRef.tag
          ? compareSemver(pin.imageRef.tag, lower.imageRef.tag)
          : undefined;
      const lags =
        lower !== undefined && !pin.hotfix && pin.image !== lower.image && (order === undefined || order < 0);
      let hotfixPending = false;
      for (let t = tier.promotesFrom; pin.hotfix && t; t = environments.tier(t).promotesFrom) {
        if (releases.pin(app, t).image !== pin.image) hotfixPending = true;
      }
      cells.push({
        app,
        tier: tier.name,
        version: imageVersion(pin.imageRef),
        image: pin.image,
        lags,
        hotfixPending,
        hotfixReason: pin.hotfix?.reason,
      });
    }
  }
  if (options.format === 'json') {
    out(`${JSON.stringify({ tiers: environments.names, pins: cells }, null, 2)}\n`);
    return ExitCode.OK;
  }
  const rows = [['app', ...environments.names]];
  for (const app of releases.apps) {
    rows.push([
      app,
      ...cells
        .filter((c) => c.app === app)
        .map((c) => `${c.version}${c.lags ? ' ↑' : ''}${c.hotfixPending ? ' !' : ''}`),
    ]);
  }
  const widths = (rows[0] as string[]).map((_, i) => Math.max(...rows.map((r) => (r[i] as string).length)));
  for (const row of rows)
    out(
      `${row
        .map((cell, i) => cell.padEnd(widths[i] as number))
        .join('  ')
        .trimEnd()}\n`,
    );
  const lagging = cells.filter((c) => c.lags);
  const hotfixes = cells.filter((c) => c.hotfixPending);
  if (lagging.length + hotfixes.length > 0) out('\n');
  for (const c of lagging)
    out(
      `↑ ${c.app} ${c.tier} lags ${environments.tier(c.tier).promotesFrom}: cdk8s-gitops promote ${c.app} --to ${c.tier}\n`,
    );
  for (const c of hotfixes)
    out(`! ${c.app} ${c.tier} runs hotfix ${c.version} (${c.hotfixReason}), not back-ported to the lower tiers\n`);
  return ExitCode.OK;
}
