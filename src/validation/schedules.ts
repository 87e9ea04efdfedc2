import { cronProblem, durationProblem, timeZoneProblem } from '../environments/schedule.js';
import { ISSUE_CODES, type Finding } from './issue.js';
import { isPlainObject } from './schema-walk.js';

/**
 * Schedules the schemas only type as strings: a CronJob's `spec.schedule` and `spec.timeZone`, and the
 * sync windows of an Argo CD AppProject (`schedule`, `duration`, `timeZone`). A bad one is otherwise
 * found by the controller, after the commit.
 */
export function checkSchedules(object: Record<string, unknown>, findings: Finding[] = []): Finding[] {
  const kind = object['kind'];
  // Called for every object: the others are passed over before anything is allocated.
  if (kind !== 'CronJob' && kind !== 'AppProject') return findings;
  const apiVersion = String(object['apiVersion'] ?? '');
  const spec = isPlainObject(object['spec']) ? object['spec'] : undefined;
  if (!spec) return findings;
  const check = (pointer: string, problem: string | undefined, hint: string): void => {
    if (problem) findings.push({ code: ISSUE_CODES.scheduleInvalid, pointer, message: problem, hint });
  };
  if (kind === 'CronJob' && apiVersion.startsWith('batch/')) {
    check('/spec/schedule', cronProblem(spec['schedule'], { descriptors: true }), "e.g. '0 3 * * *' or @daily");
    if (spec['timeZone'] !== undefined)
      check('/spec/timeZone', timeZoneProblem(spec['timeZone']), 'e.g. Europe/Berlin');
  }
  if (kind === 'AppProject' && apiVersion.startsWith('argoproj.io/') && Array.isArray(spec['syncWindows'])) {
    spec['syncWindows'].forEach((window: unknown, i: number) => {
      if (!isPlainObject(window)) return;
      const at = `/spec/syncWindows/${i}`;
      check(`${at}/schedule`, cronProblem(window['schedule']), "e.g. '0 22 * * 5'");
      check(`${at}/duration`, durationProblem(window['duration']), 'e.g. 1h or 60h');
      if (window['timeZone'] !== undefined) check(`${at}/timeZone`, timeZoneProblem(window['timeZone']), 'e.g. UTC');
    });
  }
  return findings;
}
