import type { IConstruct } from 'constructs';
import type { AnalysisTemplateSpec } from '../../imports/rollouts-analysistemplate.js';
import type {
  AnalysisTemplateSpecMetricsConsecutiveErrorLimit,
  AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
} from '../../imports/rollouts-analysistemplate.js';
import { rolloutDurationProblem } from './duration.js';
import { constructError } from './errors.js';
import { argPlaceholders, type AnalysisArg, type PrometheusMetricProps } from './analysis-metric.js';
import { AnalysisQueryCheck } from './promql-check.js';
import type * as RolloutsAnalysistemplateModule from '../../imports/rollouts-analysistemplate.js';
import { generatedModule } from '../lazy/index.js';

const rolloutsAnalysistemplateModule =
  generatedModule<typeof RolloutsAnalysistemplateModule>('rollouts-analysistemplate');

/** An AnalysisTemplate or ClusterAnalysisTemplate, as Rollouts and experiments refer to it. */
export interface IAnalysisTemplate extends IConstruct {
  /** `metadata.name` of the template. */
  readonly templateName: string;
  /** Whether it is a ClusterAnalysisTemplate (`clusterScope: true` in references). */
  readonly clusterScope: boolean;
  /** Its arguments. */
  readonly args: readonly AnalysisArg[];
  /** Namespace of a namespaced template. @default - cluster-scoped */
  readonly templateNamespace?: string;
}

/** Props shared by {@link AnalysisTemplate} and {@link ClusterAnalysisTemplate}. */
export interface AnalysisTemplateProps {
  /** `metadata.name`. @default - from the construct id */
  readonly name?: string;
  /** Arguments: a name (required argument) or a name with a default value. @default - none */
  readonly args?: ReadonlyArray<string | AnalysisArg>;
  /** Prometheus metrics; at least one. */
  readonly metrics: readonly PrometheusMetricProps[];
}

/** The spec of a template, checked: metric names unique, durations valid, every `{{args.x}}` declared. */
export function analysisTemplateSpec(
  scope: IConstruct,
  props: AnalysisTemplateProps,
): { spec: AnalysisTemplateSpec; args: AnalysisArg[] } {
  AnalysisQueryCheck.of(scope);
  const args = (props.args ?? []).map((a) => (typeof a === 'string' ? { name: a } : a));
  const seen = new Set<string>();
  args.forEach((a, i) => {
    if (seen.has(a.name))
      throw constructError(
        scope,
        'ANALYSIS_DUPLICATE_ARG',
        `argument '${a.name}' is declared twice`,
        `args/${i}`,
        'declare each argument once',
      );
    seen.add(a.name);
  });
  if (props.metrics.length === 0) {
    throw constructError(
      scope,
      'ANALYSIS_NO_METRICS',
      'an analysis template needs at least one metric',
      'metrics',
      'add a metric, e.g. a Prometheus query with a successCondition',
    );
  }
  const names = new Set<string>();
  const metrics = props.metrics.map((m, i) => {
    const field = `metrics/${i}`;
    if (names.has(m.name))
      throw constructError(
        scope,
        'ANALYSIS_DUPLICATE_METRIC',
        `metric '${m.name}' is defined twice`,
        `${field}/name`,
        'give every metric its own name',
      );
    names.add(m.name);
    for (const key of ['interval', 'initialDelay'] as const) {
      const value = m[key];
      const problem = value === undefined ? undefined : rolloutDurationProblem(value);
      if (problem)
        throw constructError(
          scope,
          'ANALYSIS_INVALID_DURATION',
          `metric '${m.name}': ${key} ${problem}`,
          `${field}/${key}`,
          "use a Go duration such as '30s' or '5m'",
        );
    }
    for (const name of [...argPlaceholders(m.query), ...argPlaceholders(m.address)]) {
      if (!seen.has(name))
        throw constructError(
          scope,
          'ANALYSIS_UNKNOWN_ARG',
          `metric '${m.name}' uses {{args.${name}}}, which the template does not declare`,
          `${field}/provider/prometheus/query`,
          `add '${name}' to args, or use one of: ${[...seen].join(', ') || '(no args declared)'}`,
        );
    }
    if (!m.successCondition && !m.failureCondition)
      throw constructError(
        scope,
        'ANALYSIS_NO_CONDITION',
        `metric '${m.name}' has neither successCondition nor failureCondition`,
        field,
        "add e.g. successCondition: 'result[0] < 0.05'",
      );
    return {
      name: m.name,
      interval: m.interval,
      initialDelay: m.initialDelay,
      count:
        m.count === undefined
          ? undefined
          : rolloutsAnalysistemplateModule().AnalysisTemplateSpecMetricsCount.fromNumber(m.count),
      successCondition: m.successCondition,
      failureCondition: m.failureCondition,
      failureLimit:
        m.failureLimit === undefined
          ? undefined
          : rolloutsAnalysistemplateModule().AnalysisTemplateSpecMetricsFailureLimit.fromNumber(m.failureLimit),
      inconclusiveLimit:
        m.inconclusiveLimit === undefined
          ? undefined
          : rolloutsAnalysistemplateModule().AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(
              m.inconclusiveLimit,
            ),
      consecutiveErrorLimit:
        m.consecutiveErrorLimit === undefined
          ? undefined
          : rolloutsAnalysistemplateModule().AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(
              m.consecutiveErrorLimit,
            ),
      provider: { prometheus: { address: m.address, query: m.query, timeout: m.timeout } },
    };
  });
  return {
    spec: { args: args.length > 0 ? args.map((a) => ({ name: a.name, value: a.value })) : undefined, metrics },
    args,
  };
}
