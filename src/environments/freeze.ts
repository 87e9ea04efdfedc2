import type { FreezeWindow, Tier } from './tier.js';
import type * as Cron from 'cron-parser';
import { lazyModule } from '../lazy/index.js';

const cron = lazyModule<typeof Cron>('cron-parser');

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds of a Go duration such as `62h` or `2h30m` (already checked by the catalogue). */
export function durationMs(duration: string): number {
  let total = 0;
  for (const m of duration.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
  }
  return total;
}

/** A freeze window that is in force, with when it started and ends. */
export interface ActiveFreeze {
  readonly window: FreezeWindow;
  readonly startedAt: Date;
  readonly endsAt: Date;
}

/**
 * The freeze window of `tier` in force at `now`, if any: the last start of its cron schedule (in its time
 * zone) is at most `duration` ago. The same windows become the tier's Argo CD deny sync windows, so the
 * promotion commands and the cluster agree on when a tier is frozen.
 */
export function activeFreeze(tier: Pick<Tier, 'freezeWindows'>, now: Date = new Date()): ActiveFreeze | undefined {
  for (const window of tier.freezeWindows) {
    const expression = cron().CronExpressionParser.parse(window.schedule, {
      currentDate: new Date(now.getTime() + 1000),
      tz: window.timeZone ?? 'UTC',
    });
    const startedAt = expression.prev().toDate();
    const endsAt = new Date(startedAt.getTime() + durationMs(window.duration));
    if (now.getTime() >= startedAt.getTime() && now.getTime() < endsAt.getTime()) return { window, startedAt, endsAt };
  }
  return undefined;
}
