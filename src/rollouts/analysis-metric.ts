import { promqlProblem, type PromQLProblem } from '../tree/index.js';

/** An argument of an analysis template, filled in by the Rollout (or experiment) that runs it. */
export interface AnalysisArg {
  /** Argument name, used in queries as `{{args.<name>}}`. */
  readonly name: string;
  /** Default value; an argument without one must be given by every analysis that uses the template. @default - required */
  readonly value?: string;
}

/** A metric measured by querying Prometheus. */
export interface PrometheusMetricProps {
  /** Metric name, unique in the template, e.g. `error-rate`. */
  readonly name: string;
  /** Prometheus base URL, e.g. `http://prometheus.monitoring:9090`. */
  readonly address: string;
  /** PromQL query; may use `{{args.<name>}}` placeholders. Checked with Prometheus's grammar at synth. */
  readonly query: string;
  /** Time between measurements, a Go duration such as `30s`. @default - a single measurement */
  readonly interval?: string;
  /** Number of measurements. @default - one, or unbounded with an interval in background analysis */
  readonly count?: number;
  /** Wait before the first measurement. @default - none */
  readonly initialDelay?: string;
  /** Expression over `result` that makes a measurement successful, e.g. `result[0] < 0.05`. @default - none */
  readonly successCondition?: string;
  /** Expression over `result` that makes a measurement failed. @default - none */
  readonly failureCondition?: string;
  /** Failed measurements allowed before the analysis fails. @default 0 (upstream) */
  readonly failureLimit?: number;
  /** Inconclusive measurements allowed before the analysis is inconclusive. @default 0 (upstream) */
  readonly inconclusiveLimit?: number;
  /** Consecutive errors (e.g. Prometheus unreachable) allowed. @default 4 (upstream) */
  readonly consecutiveErrorLimit?: number;
  /** Query timeout in seconds. @default - the provider's */
  readonly timeout?: number;
}

const PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;

/** Names of the `{{args.x}}` placeholders of a text, in order of first use. */
export function argPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!names.includes(m[1] as string)) names.push(m[1] as string);
  return names;
}

/**
 * The PromQL problem of an analysis query, with `{{args.x}}` placeholders replaced by a value that fits
 * where they stand: a duration inside `[…]` ranges, a number elsewhere (or a name, if a number does not parse).
 */
export function analysisQueryProblem(query: string): PromQLProblem | undefined {
  const substitute = (other: string): string =>
    query.replace(PLACEHOLDER, (match, _name, offset: number) => {
      const before = query.slice(0, offset).trimEnd();
      const after = query.slice(offset + match.length).trimStart();
      return before.endsWith('[') || before.endsWith(':') || after.startsWith(']') || after.startsWith(':')
        ? '5m'
        : other;
    });
  const first = promqlProblem(substitute('1'));
  if (!first || argPlaceholders(query).length === 0) return first;
  return promqlProblem(substitute('arg')) === undefined ? undefined : first;
}
