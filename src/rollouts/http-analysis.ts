import type { Construct } from 'constructs';
import { AnalysisTemplate } from './analysis-template.js';

/** The argument every {@link HttpAnalysis} template takes: the service whose requests are measured. */
export const SERVICE_NAME_ARG = 'service-name';

/** Props shared by the HTTP analysis templates. */
export interface HttpAnalysisProps {
  /** Prometheus base URL, e.g. `http://prometheus.monitoring:9090`. */
  readonly prometheusAddress: string;
  /** `metadata.name`. @default - from the construct id */
  readonly name?: string;
  /** Time between measurements. @default '1m' */
  readonly interval?: string;
  /** Number of measurements. @default 5 */
  readonly count?: number;
  /** Failed measurements tolerated before the canary is aborted. @default 2 */
  readonly failureLimit?: number;
  /** Rate window of the query. @default '5m' */
  readonly window?: string;
  /** Label of the request metrics that carries the service name. @default 'app' */
  readonly serviceLabel?: string;
}

/** Props of {@link HttpAnalysis.errorRate}. */
export interface HttpErrorRateProps extends HttpAnalysisProps {
  /** Highest acceptable share of 5xx responses, 0..1. @default 0.05 */
  readonly maxErrorRate?: number;
  /** Request counter. @default 'http_requests_total' */
  readonly metric?: string;
  /** Label of the counter with the HTTP status code. @default 'status' */
  readonly statusLabel?: string;
}

/** Props of {@link HttpAnalysis.latency}. */
export interface HttpLatencyProps extends HttpAnalysisProps {
  /** Highest acceptable latency at `quantile`, in seconds. @default 0.5 */
  readonly maxLatencySeconds?: number;
  /** Quantile measured. @default 0.99 */
  readonly quantile?: number;
  /** Latency histogram (without `_bucket`). @default 'http_request_duration_seconds' */
  readonly histogram?: string;
}

/**
 * Ready-made analysis templates for HTTP services, parameterised by the service name (argument
 * `service-name`), as in the Argo Rollouts documentation: the 5xx error rate and a latency quantile.
 * A measurement with no traffic (NaN) counts as success, so a quiet canary is not aborted.
 */
export const HttpAnalysis = {
  /** An AnalysisTemplate that fails when the share of 5xx responses exceeds `maxErrorRate`. */
  errorRate(scope: Construct, id: string, props: HttpErrorRateProps): AnalysisTemplate {
    const max = props.maxErrorRate ?? 0.05;
    const window = props.window ?? '5m';
    const label = props.serviceLabel ?? 'app';
    const metric = props.metric ?? 'http_requests_total';
    const selector = `${label}="{{args.${SERVICE_NAME_ARG}}}"`;
    return new AnalysisTemplate(scope, id, {
      name: props.name,
      args: [SERVICE_NAME_ARG],
      metrics: [
        {
          name: 'error-rate',
          address: props.prometheusAddress,
          query:
            `sum(rate(${metric}{${selector},${props.statusLabel ?? 'status'}=~"5.."}[${window}]))` +
            ` / sum(rate(${metric}{${selector}}[${window}]))`,
          interval: props.interval ?? '1m',
          count: props.count ?? 5,
          failureLimit: props.failureLimit ?? 2,
          successCondition: `isNaN(result[0]) || result[0] <= ${max}`,
        },
      ],
    });
  },

  /** An AnalysisTemplate that fails when the `quantile` latency exceeds `maxLatencySeconds`. */
  latency(scope: Construct, id: string, props: HttpLatencyProps): AnalysisTemplate {
    const max = props.maxLatencySeconds ?? 0.5;
    const window = props.window ?? '5m';
    const label = props.serviceLabel ?? 'app';
    const histogram = props.histogram ?? 'http_request_duration_seconds';
    return new AnalysisTemplate(scope, id, {
      name: props.name,
      args: [SERVICE_NAME_ARG],
      metrics: [
        {
          name: 'latency',
          address: props.prometheusAddress,
          query:
            `histogram_quantile(${props.quantile ?? 0.99}, sum by (le) ` +
            `(rate(${histogram}_bucket{${label}="{{args.${SERVICE_NAME_ARG}}}"}[${window}])))`,
          interval: props.interval ?? '1m',
          count: props.count ?? 5,
          failureLimit: props.failureLimit ?? 2,
          successCondition: `isNaN(result[0]) || result[0] <= ${max}`,
        },
      ],
    });
  },
};
