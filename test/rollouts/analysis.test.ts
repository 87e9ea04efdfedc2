import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import {
  analysisQueryProblem,
  AnalysisTemplate,
  GitOpsError,
  HttpAnalysis,
  promqlProblem,
  SERVICE_NAME_ARG,
} from '../../src/index.js';
import { tempDir, testApp } from '../helpers.js';
import { objectOf, synthFailure, synthTree } from './helpers.js';

function errorOf(fn: () => unknown): GitOpsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GitOpsError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('AnalysisTemplate', () => {
  it('emits args and a Prometheus metric with every setting; validates against the CRD', () => {
    const out = tempDir();
    const app = testApp(out);
    const scope = app.tier('dev').application('a');
    new AnalysisTemplate(scope, 'success-rate', {
      args: ['service-name', { name: 'window', value: '5m' }],
      metrics: [
        {
          name: 'success-rate',
          address: 'http://prometheus.monitoring:9090',
          query: 'sum(rate(http_requests_total{app="{{args.service-name}}",code!~"5.."}[{{args.window}}]))',
          interval: '30s',
          initialDelay: '1m',
          count: 10,
          successCondition: 'result[0] >= 0.95',
          failureCondition: 'result[0] < 0.8',
          failureLimit: 3,
          inconclusiveLimit: 2,
          consecutiveErrorLimit: 5,
        },
      ],
    });
    const template = objectOf(
      synthTree(app, out),
      'environments/dev/applications/a/analysistemplate-success-rate.yaml',
    );
    expect(template.spec.args).toEqual([{ name: 'service-name' }, { name: 'window', value: '5m' }]);
    expect(template.spec.metrics[0]).toEqual({
      name: 'success-rate',
      interval: '30s',
      initialDelay: '1m',
      count: 10,
      successCondition: 'result[0] >= 0.95',
      failureCondition: 'result[0] < 0.8',
      failureLimit: 3,
      inconclusiveLimit: 2,
      consecutiveErrorLimit: 5,
      provider: {
        prometheus: {
          address: 'http://prometheus.monitoring:9090',
          query: 'sum(rate(http_requests_total{app="{{args.service-name}}",code!~"5.."}[{{args.window}}]))',
        },
      },
    });
  });

  it('a placeholder naming an undeclared argument is an error', () => {
    const scope = testApp(tempDir()).tier('dev').application('a');
    const e = errorOf(
      () =>
        new AnalysisTemplate(scope, 't', {
          args: ['service-name'],
          metrics: [
            {
              name: 'm',
              address: 'http://p:9090',
              query: 'up{job="{{args.job}}"}',
              successCondition: 'result[0] == 1',
            },
          ],
        }),
    );
    expect(e.code).toBe('ANALYSIS_UNKNOWN_ARG');
    expect(e.message).toBe("metric 'm' uses {{args.job}}, which the template does not declare");
    expect(e.hint).toMatch(/service-name/);
  });

  it('invalid intervals and metrics without conditions are errors', () => {
    const scope = testApp(tempDir()).tier('dev').application('a');
    const metric = { name: 'm', address: 'http://p:9090', query: 'up', successCondition: 'result[0] == 1' };
    expect(
      errorOf(() => new AnalysisTemplate(scope, 't1', { metrics: [{ ...metric, interval: '30 seconds' }] })).code,
    ).toBe('ANALYSIS_INVALID_DURATION');
    expect(
      errorOf(() => new AnalysisTemplate(scope, 't2', { metrics: [{ ...metric, successCondition: undefined }] })).code,
    ).toBe('ANALYSIS_NO_CONDITION');
    expect(errorOf(() => new AnalysisTemplate(scope, 't3', { metrics: [metric, metric] })).code).toBe(
      'ANALYSIS_DUPLICATE_METRIC',
    );
  });

  it('a query that does not parse is a synth error, for hand-written templates too', () => {
    const app = testApp(tempDir());
    const scope = app.tier('staging').application('a');
    new AnalysisTemplate(scope, 'broken', {
      args: ['service-name'],
      metrics: [
        {
          name: 'error-rate',
          address: 'http://p:9090',
          query: 'sum(rate(http_requests_total{app="{{args.service-name}}"}[5m])',
          successCondition: 'result[0] < 0.05',
        },
      ],
    });
    new ApiObject(scope, 'hand', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AnalysisTemplate',
      metadata: { name: 'hand' },
      spec: {
        metrics: [
          {
            name: 'x',
            successCondition: 'true',
            provider: { prometheus: { address: 'http://p', query: 'rate(foo[5m' } },
          },
        ],
      },
    });
    const text = synthFailure(app);
    expect(text).toMatch(/AnalysisTemplate 'broken' metric 'error-rate': PromQL syntax error/);
    expect(text).toMatch(/AnalysisTemplate 'hand' metric 'x': PromQL syntax error/);
    expect(text).toMatch(/field: \/spec\/metrics\/0\/provider\/prometheus\/query/);
  });
});

describe('analysisQueryProblem', () => {
  it('substitutes placeholders where they stand before parsing', () => {
    expect(analysisQueryProblem('rate(x{a="{{args.a}}"}[{{args.window}}])')).toBeUndefined();
    expect(analysisQueryProblem('x > {{args.threshold}}')).toBeUndefined();
    expect(analysisQueryProblem('sum by (le) (rate(x[5m])')?.message).toMatch(/PromQL syntax error/);
    // Without substitution the placeholder itself would not parse.
    expect(promqlProblem('rate(x[{{args.window}}])')).toBeDefined();
  });
});

describe('HttpAnalysis library', () => {
  it('error rate and latency templates are parameterised by service name, parse, and validate', () => {
    const out = tempDir();
    const app = testApp(out);
    const scope = app.tier('production').application('a');
    const rate = HttpAnalysis.errorRate(scope, 'error-rate', {
      prometheusAddress: 'http://prometheus:9090',
      maxErrorRate: 0.01,
    });
    const latency = HttpAnalysis.latency(scope, 'latency', {
      prometheusAddress: 'http://prometheus:9090',
      maxLatencySeconds: 0.3,
      quantile: 0.95,
      serviceLabel: 'service',
    });
    expect(rate.args).toEqual([{ name: SERVICE_NAME_ARG }]);
    expect(latency.args).toEqual([{ name: SERVICE_NAME_ARG }]);
    const tree = synthTree(app, out);
    const r = objectOf(tree, 'environments/production/applications/a/analysistemplate-error-rate.yaml');
    const l = objectOf(tree, 'environments/production/applications/a/analysistemplate-latency.yaml');
    const rq = r.spec.metrics[0].provider.prometheus.query as string;
    const lq = l.spec.metrics[0].provider.prometheus.query as string;
    expect(rq).toBe(
      'sum(rate(http_requests_total{app="{{args.service-name}}",status=~"5.."}[5m])) / sum(rate(http_requests_total{app="{{args.service-name}}"}[5m]))',
    );
    expect(r.spec.metrics[0].successCondition).toBe('isNaN(result[0]) || result[0] <= 0.01');
    expect(lq).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="{{args.service-name}}"}[5m])))',
    );
    expect(l.spec.metrics[0].successCondition).toBe('isNaN(result[0]) || result[0] <= 0.3');
    expect(analysisQueryProblem(rq)).toBeUndefined();
    expect(analysisQueryProblem(lq)).toBeUndefined();
  });
});
