import { Chart, type ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { ServiceMonitor as ServiceMonitorL1 } from '../../imports/prometheus-servicemonitor.js';
import { GitOpsError } from '../errors/index.js';
import type * as PrometheusServicemonitorModule from '../../imports/prometheus-servicemonitor.js';
import { generatedModule } from '../lazy/index.js';

const prometheusServicemonitorModule =
  generatedModule<typeof PrometheusServicemonitorModule>('prometheus-servicemonitor');

/** One scraped port of the Service. */
export interface ScrapeEndpoint {
  /** Name of the Service port. */
  readonly port: string;
  /** HTTP path. @default '/metrics' */
  readonly path?: string;
  /** Scrape interval. @default - Prometheus's global interval */
  readonly interval?: string;
}

/** Props of a {@link ServiceMonitor}. */
export interface ServiceMonitorProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** The Service to scrape (its labels select it). */
  readonly service: ApiObject;
  /** Ports to scrape. */
  readonly endpoints: readonly ScrapeEndpoint[];
  /** Labels Prometheus's `serviceMonitorSelector` matches. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A prometheus-operator `ServiceMonitor` (monitoring.coreos.com/v1) scraping a Service given as its
 * construct: the selector is the Service's labels, the namespace the Service's. A port the Service does
 * not have is an error.
 */
export class ServiceMonitor extends Construct {
  /** The generated object. */
  public readonly resource: ServiceMonitorL1;

  public constructor(scope: Construct, id: string, props: ServiceMonitorProps) {
    super(scope, id);
    const service = props.service;
    const labels = ((service.metadata.toJson() as { labels?: Record<string, string> }).labels ?? {}) as Record<
      string,
      string
    >;
    const fail = (message: string, field: string, hint: string): never => {
      throw new GitOpsError(message, { code: 'SERVICE_MONITOR_INVALID', constructPath: this.node.path, field, hint });
    };
    if (service.kind !== 'Service')
      fail(`ServiceMonitor needs a Service, got a ${service.kind}`, 'service', 'pass the Service construct');
    if (Object.keys(labels).length === 0) {
      fail(`Service '${service.name}' has no labels to select it by`, 'service', 'give the Service metadata labels');
    }
    const ports = ((service.toJson() as { spec?: { ports?: Array<{ name?: string }> } }).spec?.ports ?? []).map(
      (p) => p.name,
    );
    for (const e of props.endpoints) {
      if (!ports.includes(e.port)) {
        fail(
          `Service '${service.name}' has no port named '${e.port}' (it has ${ports.map((p) => `'${p}'`).join(', ') || 'no named ports'})`,
          'endpoints.port',
          'name the Service port and scrape it by that name',
        );
      }
    }
    const own = Chart.of(this).namespace;
    const theirs = service.metadata.namespace;
    this.resource = new (prometheusServicemonitorModule().ServiceMonitor)(this, 'Resource', {
      metadata: {
        ...(props.name ? { name: props.name } : {}),
        ...(props.labels ? { labels: { ...props.labels } } : {}),
      },
      spec: {
        selector: { matchLabels: { ...labels } },
        ...(theirs && theirs !== own ? { namespaceSelector: { matchNames: [theirs] } } : {}),
        endpoints: props.endpoints.map((e) => ({
          port: e.port,
          path: e.path ?? '/metrics',
          ...(e.interval ? { interval: e.interval } : {}),
        })),
      },
    });
  }
}
