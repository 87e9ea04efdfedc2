import { k8s } from 'cdk8s-plus-28';
import {
  ExternalSecret,
  FluxBootstrap,
  GitOpsAlerts,
  HelmRelease,
  HelmRepository,
  SecretStore,
  ServiceMonitor,
  StoreProvider,
  type GitOpsApp,
} from '../../src/index.js';
import type { Tier } from '../../environments.js';

/**
 * The edge cluster set, run by Flux instead of Argo CD (reference: GitOps workflows with Flux).
 *
 * The split: Argo CD syncs `bootstrap/argocd/`, `platform-core/`, `shared/` and `environments/` (the
 * three tiers); Flux syncs `clusters/edge/` (its own bootstrap, self-managed) and `edge/` (the content), in
 * the staged chain infrastructure → platform → apps. The sync coverage check fails synth if a folder is
 * synced by both or by neither.
 *
 * Call it after the Argo CD bootstrap: Argo CD syncs the shared folders that exist when it is created.
 */
export function defineFluxEdge(app: GitOpsApp<Tier>): void {
  // Stage 1: namespaces and the edge's secret store.
  const infrastructure = app.folder('edge/infrastructure', { namespace: 'edge-proxy' });
  for (const name of ['edge-proxy', 'monitoring']) {
    new k8s.KubeNamespace(infrastructure, `namespace-${name}`, { metadata: { name } });
  }
  const vault = new SecretStore(infrastructure, 'vault', {
    provider: StoreProvider.vault({
      server: 'https://vault.company.com:8200',
      path: 'edge',
      kubernetesAuth: { role: 'edge-proxy', serviceAccount: { name: 'edge-proxy' } },
    }),
  });

  // Stage 2: the monitoring stack from its Helm chart, and the Flux alerts.
  const platform = app.folder('edge/platform', { namespace: 'monitoring' });
  const charts = new HelmRepository(platform, 'prometheus-community', {
    url: 'oci://ghcr.io/prometheus-community/charts',
  });
  new HelmRelease(platform, 'kube-prometheus-stack', {
    chart: { repository: charts, chart: 'kube-prometheus-stack', version: '79.x' },
    values: {
      grafana: { enabled: false },
      // Pick up every ServiceMonitor and PrometheusRule, not only the chart's own.
      prometheus: {
        prometheusSpec: { serviceMonitorSelectorNilUsesHelmValues: false, ruleSelectorNilUsesHelmValues: false },
      },
    },
    interval: '30m',
  });
  new GitOpsAlerts(platform, 'flux-health', {
    name: 'flux-health',
    watch: ['flux'],
    severity: 'critical',
    page: true,
    for: '10m',
    alertLabels: { team: 'platform', cluster: 'edge' },
  });

  // Stage 3: the edge proxy, its credentials from the edge store, scraped by Prometheus.
  const apps = app.folder('edge/apps/edge-proxy', { namespace: 'edge-proxy' });
  const labels = { 'app.kubernetes.io/name': 'edge-proxy' };
  const token = new ExternalSecret(infrastructure, 'upstream-token', {
    store: vault,
    data: [{ secretKey: 'UPSTREAM_TOKEN', remoteKey: 'edge-proxy/upstream', property: 'token' }],
  });
  new k8s.KubeServiceAccount(infrastructure, 'service-account', { metadata: { name: 'edge-proxy' } });
  new k8s.KubeDeployment(apps, 'deployment', {
    metadata: { name: 'edge-proxy', labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: 'edge-proxy',
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: 'edge-proxy',
              image: 'ghcr.io/company/edge-proxy:0.9.2',
              ports: [
                { name: 'http', containerPort: 8080 },
                { name: 'metrics', containerPort: 9090 },
              ],
              env: [{ name: 'UPSTREAM_TOKEN', valueFrom: { secretKeyRef: token.key('UPSTREAM_TOKEN') } }],
              resources: {
                requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('128Mi') },
                limits: { memory: k8s.Quantity.fromString('128Mi') },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') } },
            },
          ],
        },
      },
    },
  });
  const service = new k8s.KubeService(apps, 'service', {
    metadata: { name: 'edge-proxy', labels },
    spec: {
      selector: labels,
      ports: [
        { name: 'http', port: 80, targetPort: k8s.IntOrString.fromString('http') },
        { name: 'metrics', port: 9090, targetPort: k8s.IntOrString.fromString('metrics') },
      ],
    },
  });
  new ServiceMonitor(apps, 'service-monitor', { name: 'edge-proxy', service, endpoints: [{ port: 'metrics' }] });

  // Edge clusters pull the tree as an OCI artifact that CI pushes after `synth --check`
  // (`flux push artifact oci://ghcr.io/company/platform-tree:$(git rev-parse --short HEAD) --path=dist`).
  new FluxBootstrap(app, 'flux', {
    oci: { url: 'oci://ghcr.io/company/platform-tree', ref: { semver: '>=1.0.0' } },
    clusters: [{ name: 'edge', infrastructure: [infrastructure], platform: [platform], apps: [apps] }],
  });
}
