import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { GitOpsAlerts, GitOpsError, PrometheusRule, promqlProblem, ServiceMonitor } from '../../src/index.js';
import { byFile, repoApp, synthErrors } from '../flux/helpers.js';

describe('PrometheusRule', () => {
  it('emits groups that validate against the prometheus-operator CRD', () => {
    const app = repoApp();
    const folder = app.tier('dev').infrastructure;
    new PrometheusRule(folder, 'api', {
      labels: { release: 'kube-prometheus-stack' },
      groups: [
        {
          name: 'api',
          interval: '30s',
          rules: [
            { record: 'job:http_requests:rate5m', expr: 'sum by (job) (rate(http_requests_total[5m]))' },
            {
              alert: 'ApiDown',
              expr: 'up{job="api"} == 0',
              for: '5m',
              labels: { severity: 'warning' },
              annotations: { summary: 'api down' },
            },
          ],
        },
      ],
    });
    const rule = byFile(app).get('environments/dev/infrastructure/prometheusrule-api.yaml');
    expect(rule?.metadata.labels.release).toBe('kube-prometheus-stack');
    expect(rule?.spec.groups[0].rules).toEqual([
      { record: 'job:http_requests:rate5m', expr: 'sum by (job) (rate(http_requests_total[5m]))' },
      {
        alert: 'ApiDown',
        expr: 'up{job="api"} == 0',
        for: '5m',
        labels: { severity: 'warning' },
        annotations: { summary: 'api down' },
      },
    ]);
  });

  it('makes an expression that does not parse a synth error naming the rule (hand-written rules too)', () => {
    const app = repoApp();
    const folder = app.tier('production').infrastructure;
    new PrometheusRule(folder, 'broken', {
      groups: [{ name: 'g', rules: [{ alert: 'Broken', expr: 'rate(http_requests_total[5m]' }] }],
    });
    new ApiObject(folder, 'raw', {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'raw' },
      spec: { groups: [{ name: 'h', rules: [{ record: 'x:y', expr: 'sum by (job (up)' }] }] },
    });
    const text = (synthErrors(app) ?? []).join('\n');
    expect(text).toContain("alert 'Broken' of group 'g' in PrometheusRule 'broken': PromQL syntax error");
    expect(text).toContain("recording rule 'x:y' of group 'h' in PrometheusRule 'raw': PromQL syntax error");
  });

  it('rejects duplicate rules and bad `for` durations', () => {
    const app = repoApp();
    const folder = app.tier('dev').infrastructure;
    const dup = () =>
      new PrometheusRule(folder, 'dup', {
        groups: [
          {
            name: 'g',
            rules: [
              { alert: 'A', expr: 'up == 0' },
              { alert: 'A', expr: 'up == 1' },
            ],
          },
        ],
      });
    expect(dup).toThrow(/has rule 'A' twice/);
    expect(
      () =>
        new PrometheusRule(folder, 'for', {
          groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', for: '5 minutes' }] }],
        }),
    ).toThrow(GitOpsError);
  });
});

describe('GitOpsAlerts', () => {
  it('watches Argo CD, Crossplane, Flux and Rollouts with real metric names; every expression parses', () => {
    const app = repoApp();
    const alerts = new GitOpsAlerts(app.tier('production').infrastructure, 'gitops', {
      runbookBaseUrl: 'https://runbooks.example.com/gitops/',
    });
    expect(alerts.alerts.map((a) => a.alert)).toEqual([
      'ArgoCdAppOutOfSync',
      'ArgoCdAppSyncFailed',
      'ArgoCdAppDegraded',
      'CrossplaneManagedResourceNotReady',
      'FluxReconciliationFailed',
      'RolloutAborted',
    ]);
    for (const a of alerts.alerts) expect(promqlProblem(a.expr), a.alert).toBeUndefined();
    const out = alerts.alerts[0];
    expect(out?.expr).toBe(
      'argocd_app_info{sync_status="OutOfSync",dest_server="https://production.example.com"} == 1',
    );
    expect(alerts.alerts.map((a) => a.expr).join('\n')).toMatch(/argocd_app_sync_total\{phase=~"Error\|Failed"/);
    expect(alerts.alerts.map((a) => a.expr).join('\n')).toMatch(/crossplane_managed_resource_ready/);
    expect(alerts.alerts.map((a) => a.expr).join('\n')).toMatch(/gotk_resource_info\{ready="False"\}/);
    expect(alerts.alerts.map((a) => a.expr).join('\n')).toMatch(/rollout_info\{phase="Degraded"\}/);
    expect(out?.annotations?.runbook_url).toBe('https://runbooks.example.com/gitops/ArgoCdAppOutOfSync');
    expect(byFile(app).has('environments/production/infrastructure/prometheusrule-gitops-health.yaml')).toBe(true);
  });

  it('pages in production and not in dev', () => {
    const app = repoApp();
    const prod = new GitOpsAlerts(app.tier('production').infrastructure, 'gitops');
    const dev = new GitOpsAlerts(app.tier('dev').infrastructure, 'gitops', { watch: ['flux'] });
    expect(prod.alerts[0]?.labels).toEqual({ severity: 'critical', page: 'true' });
    expect(prod.alerts[0]?.for).toBe('5m');
    expect(dev.alerts).toHaveLength(1);
    expect(dev.alerts[0]?.labels).toEqual({ severity: 'warning' });
    expect(dev.alerts[0]?.for).toBe('15m');
  });
});

describe('ServiceMonitor', () => {
  it('selects the Service by its labels and checks the port', () => {
    const app = repoApp();
    const api = app.tier('dev').application('api');
    const service = new k8s.KubeService(api, 'svc', {
      metadata: { name: 'api', labels: { 'app.kubernetes.io/name': 'api' } },
      spec: { ports: [{ name: 'metrics', port: 9090 }], selector: { app: 'api' } },
    });
    new k8s.KubeDeployment(api, 'deploy', {
      metadata: { name: 'api' },
      spec: {
        selector: { matchLabels: { app: 'api' } },
        template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'api:1.0.0' }] } },
      },
    });
    const monitoring = app.folder('shared/monitoring', { namespace: 'monitoring' });
    new ServiceMonitor(monitoring, 'api', { service, endpoints: [{ port: 'metrics', interval: '30s' }] });
    expect(() => new ServiceMonitor(monitoring, 'bad', { service, endpoints: [{ port: 'http' }] })).toThrow(
      /has no port named 'http'/,
    );
    const sm = byFile(app).get('shared/monitoring/servicemonitor-api.yaml');
    expect(sm?.spec.selector.matchLabels['app.kubernetes.io/name']).toBe('api');
    expect(sm?.spec.namespaceSelector).toEqual({ matchNames: ['api-dev'] });
    expect(sm?.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
  });
});
