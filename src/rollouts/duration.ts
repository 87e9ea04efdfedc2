/** A Go duration as Argo Rollouts reads it: `30s`, `5m`, `1h30m`, `500ms`. */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

/**
 * What is wrong with `value` as an Argo Rollouts duration (pause, interval, experiment), or undefined.
 * Numbers are seconds and must be non-negative integers; strings are Go durations such as `30s` or `1h30m`.
 */
export function durationProblem(value: string | number): string | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 ? undefined : `${value} is not a whole number of seconds`;
  }
  if (!GO_DURATION.test(value)) return `'${value}' is not a duration such as '30s', '5m' or '1h30m'`;
  return undefined;
}
