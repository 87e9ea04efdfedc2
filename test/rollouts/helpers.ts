import { k8s } from 'cdk8s-plus-28';
import { parse } from 'yaml';
import type { FolderChart } from '../../src/index.js';
import { AnalysisTemplate } from '../../src/index.js';

export { synthFailure, synthTree } from '../workloads/helpers.js';

/** A pod template with labels `app: <name>`. */
export function podTemplate(name: string, labels: Record<string, string> = { app: name }): k8s.PodTemplateSpec {
  return {
    metadata: { labels },
    spec: {
      containers: [
        {
          name,
          image: `ghcr.io/acme/${name}:1.0.0`,
          ports: [{ name: 'http', containerPort: 8080 }],
          readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') } },
        },
      ],
    },
  };
}

export const httpPorts: k8s.ServicePort[] = [
  { name: 'http', port: 80, targetPort: k8s.IntOrString.fromString('http') },
];

/** An error-rate template with a required `service-name` arg and an optional `threshold`. */
export function errorRate(scope: FolderChart, id = 'error-rate'): AnalysisTemplate {
  return new AnalysisTemplate(scope, id, {
    args: ['service-name', { name: 'threshold', value: '0.05' }],
    metrics: [
      {
        name: 'error-rate',
        address: 'http://prometheus.monitoring:9090',
        query: 'sum(rate(http_requests_total{app="{{args.service-name}}",status=~"5.."}[5m]))',
        interval: '30s',
        failureLimit: 3,
        successCondition: 'result[0] < {{args.threshold}}',
      },
    ],
  });
}

/** The parsed object of `file` in `tree`. */
export function objectOf(tree: Map<string, string>, file: string): any {
  const text = tree.get(file);
  if (text === undefined) throw new Error(`no file ${file}; files: ${[...tree.keys()].join(', ')}`);
  return parse(text);
}
