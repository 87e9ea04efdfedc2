import type * as Cron from 'cron-parser';
import { lazyModule } from '../lazy/index.js';

const cron = lazyModule<typeof Cron>('cron-parser');
/** A Go duration as Kubernetes and Argo CD parse it: `90s`, `1h`, `2h30m`. */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/** Descriptors the Kubernetes CronJob controller accepts in place of five fields. */
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

/** Why `value` is not a Go duration, or undefined if it is. */
export function durationProblem(value: unknown): string | undefined {
  return typeof value === 'string' && GO_DURATION.test(value)
    ? undefined
    : `'${String(value)}' is not a duration: use a Go duration such as 90s, 1h or 2h30m`;
}

/** Why `value` is not a five-field cron expression, or undefined if it is. */
export function cronProblem(value: unknown, options: { readonly descriptors?: boolean } = {}): string | undefined {
  if (typeof value !== 'string') return `${JSON.stringify(value)} is not a cron schedule`;
  const text = value.trim();
  if (options.descriptors) {
    if (DESCRIPTORS.has(text)) return undefined;
    if (text.startsWith('@every ')) return durationProblem(text.slice('@every '.length));
    if (/^(CRON_)?TZ=/.test(text))
      return `'${value}' sets a time zone inside the schedule: use the timeZone field instead`;
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) {
    return `'${value}' is not a cron schedule: it has ${fields.length} field${fields.length === 1 ? '' : 's'}, not 5 (minute hour day-of-month month day-of-week)`;
  }
  try {
    cron().CronExpressionParser.parse(text, { tz: 'UTC' });
    return undefined;
  } catch (e) {
    return `'${value}' is not a cron schedule: ${(e as Error).message}`;
  }
}

/** Why `value` is not an IANA time zone known to this runtime, or undefined if it is. */
export function timeZoneProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return `${JSON.stringify(value)} is not a time zone`;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return undefined;
  } catch {
    return `'${value}' is not an IANA time zone (e.g. Europe/Berlin, UTC)`;
  }
}
