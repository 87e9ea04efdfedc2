import { describe, expect, it } from 'vitest';
import { cronProblem, durationProblem, timeZoneProblem } from '../../src/environments/index.js';
import { checkSchedules } from '../../src/validation/schedules.js';

describe('schedules', () => {
  it('accepts five-field cron, and CronJob descriptors only where allowed', () => {
    expect(cronProblem('0 18 * * 5')).toBeUndefined();
    expect(cronProblem('*/15 2-4 1,15 * MON-FRI')).toBeUndefined();
    expect(cronProblem('@daily', { descriptors: true })).toBeUndefined();
    expect(cronProblem('@every 1h30m', { descriptors: true })).toBeUndefined();
    expect(cronProblem('@daily')).toMatch(/has 1 field, not 5/);
    expect(cronProblem('61 * * * *')).toMatch(/^'61 \* \* \* \*' is not a cron schedule: /);
    expect(cronProblem('TZ=UTC 0 3 * * *', { descriptors: true })).toBe(
      "'TZ=UTC 0 3 * * *' sets a time zone inside the schedule: use the timeZone field instead",
    );
  });

  it('checks Go durations and IANA time zones', () => {
    expect(durationProblem('2h30m')).toBeUndefined();
    expect(durationProblem('2 days')).toBe("'2 days' is not a duration: use a Go duration such as 90s, 1h or 2h30m");
    expect(timeZoneProblem('Europe/Berlin')).toBeUndefined();
    expect(timeZoneProblem('Mars/Olympus')).toBe("'Mars/Olympus' is not an IANA time zone (e.g. Europe/Berlin, UTC)");
  });

  it('checks CronJob schedules and time zones', () => {
    const cronJob = (schedule: string, timeZone?: string) => ({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      spec: { schedule, ...(timeZone ? { timeZone } : {}) },
    });
    expect(checkSchedules(cronJob('0 3 * * *', 'UTC'))).toEqual([]);
    expect(checkSchedules(cronJob('every night')).map((f) => f.pointer)).toEqual(['/spec/schedule']);
    expect(checkSchedules(cronJob('0 3 * * *', 'Nowhere')).map((f) => [f.code, f.pointer])).toEqual([
      ['schedule.invalid', '/spec/timeZone'],
    ]);
  });

  it('checks Argo CD sync windows', () => {
    const project = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      spec: {
        syncWindows: [
          { kind: 'deny', schedule: '0 22 * * 5', duration: '60h', timeZone: 'Europe/Berlin' },
          { kind: 'allow', schedule: 'weekends', duration: '1 day' },
        ],
      },
    };
    expect(checkSchedules(project).map((f) => f.pointer)).toEqual([
      '/spec/syncWindows/1/schedule',
      '/spec/syncWindows/1/duration',
    ]);
  });
});
