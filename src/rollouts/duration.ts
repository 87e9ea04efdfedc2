import { durationProblem } from '../environments/index.js';

/**
 * What is wrong with `value` as an Argo Rollouts duration (pause, interval, experiment), or undefined.
 * Numbers are seconds and must be non-negative integers; strings are Go durations such as `30s` or `1h30m`.
 */
export function rolloutDurationProblem(value: string | number): string | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? undefined : `${value} is not a whole number of seconds`;
  }
  return durationProblem(value);
}
