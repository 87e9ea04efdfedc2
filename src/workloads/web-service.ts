import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { resolveTierValue, type Tier, type TierValue } from '../environments/index.js';
import { Rollout } from '../rollouts/index.js';
import { Platform, type IConfigMapSource, type ISecretSource } from '../tree/index.js';
import { Delivery } from './delivery.js';
import { checkNamespace, EnvValue, isSecretSource } from './env.js';
import { constructError } from './errors.js';
import { imageReference, type ContainerImage } from './image.js';
import type { Probe } from './probe.js';
import { resourceRequirements, type Resources } from './resources.js';
import { containerSecurityContext, podSecurityContext, writableVolumes, type SecurityProps } from './security.js';
import { workloadLabels } from './labels.js';
import { httpRoute, type HttpRouteProps } from './http-route.js';

/** A port the service listens on. */
export interface WebServicePort {
  /** Port name (unique in the service), e.g. `http`. */
  readonly name: string;
  /** Port the container listens on. */
  readonly containerPort: number;
  /** Port of the Service. @default - the container port */
  readonly servicePort?: number;
  /** Protocol. @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** Horizontal autoscaling on CPU. */
export interface AutoscalingProps {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Target average CPU utilisation, percent of the request. @default 75 */
  readonly cpuUtilization?: number;
}

/** A PodDisruptionBudget: one of the fields. */
export interface DisruptionBudgetProps {
  readonly minAvailable?: number | string;
  readonly maxUnavailable?: number | string;
}

/** An Ingress to the service's first port. */
export interface WebServiceIngressProps {
  /** Host name, e.g. `api.company.com`. */
  readonly host: string;
  /** Path prefix. @default '/' */
  readonly path?: string;
  /** Ingress class. @default 'nginx' */
  readonly className?: string;
  /** TLS certificate Secret (by source, or a name made outside the tree, e.g. by cert-manager). @default - no TLS */
  readonly tlsSecret?: ISecretSource | string;
  /** Annotations of the Ingress. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** Props of a {@link WebService}. `N` is the union of tier names. */
export interface WebServiceProps<N extends string = string> {
  /** Name of the service and its objects. @default - the construct id */
  readonly name?: string;
  /** Image per tier. Production tiers need a tag other than `latest`, or a digest. */
  readonly image: TierValue<N, ContainerImage>;
  /** Pods (ignored when autoscaling). @default 2 in production tiers, 1 elsewhere */
  readonly replicas?: TierValue<N, number>;
  /** Ports; port names must be unique. @default [{ name: 'http', containerPort: 8080, servicePort: 80 }] */
  readonly ports?: readonly WebServicePort[];
  /** Container command. @default - the image's entrypoint */
  readonly command?: readonly string[];
  /** Container arguments. @default - the image's */
  readonly args?: readonly string[];
  /** Environment variables: literals or {@link EnvValue}s (Secret and ConfigMap keys by construct reference). @default - none */
  readonly env?: Readonly<Record<string, string | EnvValue>>;
  /** Secrets and ConfigMaps whose every key becomes an environment variable. @default - none */
  readonly envFrom?: ReadonlyArray<ISecretSource | IConfigMapSource>;
  /** Configuration written to a ConfigMap `<name>-config`, given to the container as environment. @default - none */
  readonly config?: TierValue<N, Readonly<Record<string, string>>>;
  /** CPU and memory. @default cpu request 100m, memory 128Mi request and limit (see DEFAULT_RESOURCES) */
  readonly resources?: TierValue<N, Resources>;
  /** Liveness probe. @default - none */
  readonly liveness?: Probe;
  /** Readiness probe. @default - none */
  readonly readiness?: Probe;
  /** Startup probe. @default - none */
  readonly startup?: Probe;
  /** Service account: created with the service's name, or an existing name. @default - created */
  readonly serviceAccountName?: string;
  /** Mount the service account token. @default false */
  readonly automountServiceAccountToken?: boolean;
  /** How new versions roll out in each tier. @default Delivery.rolling() in every tier */
  readonly delivery?: TierValue<N, Delivery>;
  /** CPU autoscaling per tier (`undefined`: none). @default - none */
  readonly autoscaling?: TierValue<N, AutoscalingProps | undefined>;
  /** Disruption budget per tier (`undefined`: none). @default { maxUnavailable: 1 } in production tiers, none elsewhere */
  readonly disruptionBudget?: TierValue<N, DisruptionBudgetProps | undefined>;
  /** Ingress per tier (`undefined`: none). @default - none */
  readonly ingress?: TierValue<N, WebServiceIngressProps | undefined>;
  /** Gateway API HTTPRoute per tier (`undefined`: none). @default - none */
  readonly httpRoute?: TierValue<N, HttpRouteProps | undefined>;
  /** `app.kubernetes.io/component`. @default 'server' */
  readonly component?: string;
  /** Extra labels on every object. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations on the workload. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Annotations on the pods. @default - none */
  readonly podAnnotations?: Readonly<Record<string, string>>;
  /** Security settings; the defaults are strict. @default non-root, read-only root fs, writable /tmp */
  readonly security?: SecurityProps;
}

/**
 * A stateless HTTP service, written once for every tier: a Deployment or an Argo Rollout (per the tier's
 * {@link Delivery}), its Service(s), ServiceAccount, and optionally a ConfigMap, HPA, PodDisruptionBudget
 * (default on in production tiers), Ingress and HTTPRoute.
 *
 * Pods are secure by default (non-root, read-only root filesystem, all capabilities dropped, RuntimeDefault
 * seccomp, no privilege escalation, no service account token). Labels follow `app.kubernetes.io/*`.
 * Secrets and ConfigMaps are taken as construct references ({@link EnvValue.fromSecret}, `envFrom`), so a
 * Secret nothing produces, or a key it does not have, is an error.
 *
 * Built on cdk8s-plus-28's Kubernetes L1 classes rather than its L2 `Deployment`: the L2's defaults (1 CPU
 * and 512Mi–2Gi per container, a `cdk8s.io/metadata.addr` selector) conflict with the tier's; ours win.
 */
export class WebService<N extends string = string> extends Construct {
  /** Name of the service and its objects. */
  public readonly name: string;
  /** The tier the service is in. */
  public readonly tier: Tier;
  /** How it is delivered in this tier. */
  public readonly delivery: Delivery;
  /** The Deployment (rolling delivery). @default - none with a Rollout */
  public readonly deployment?: k8s.KubeDeployment;
  /** The Rollout (canary or blue-green delivery). @default - none with a Deployment */
  public readonly rollout?: Rollout;
  /** The Service clients use (the stable/active one under a Rollout). */
  public readonly service: k8s.KubeService;
  /** Pod labels the workload selects. */
  public readonly selector: Readonly<Record<string, string>>;
  /** The Ingress. @default - none */
  public readonly ingress?: k8s.KubeIngress;

  public constructor(scope: Construct, id: string, props: WebServiceProps<N>) {
    super(scope, id);
    const tier = Platform.tierOf(this);
    if (!tier) {
      throw constructError(
        this,
        'WORKLOAD_NO_TIER',
        'a WebService must be created in a tier',
        'scope',
        'create it in tier.application(name) of a GitOpsApp',
      );
    }
    this.tier = tier;
    const t = tier as Tier<N>;
    this.name = props.name ?? id;
    const namespace = Chart.of(this).namespace;
    const ports = props.ports ?? [{ name: 'http', containerPort: 8080, servicePort: 80 }];
    this.checkPorts(ports);
    const image = resolveTierValue(props.image, t);
    const reference = imageReference(this, image, tier);
    const labels = workloadLabels({
      name: this.name,
      tier: tier.name,
      component: props.component ?? 'server',
      version: image.tag,
      extra: props.labels,
    });
    this.selector = labels.selector;
    this.delivery = resolveTierValue(props.delivery ?? Delivery.rolling(), t);

    const serviceAccountName = props.serviceAccountName ?? this.name;
    if (!props.serviceAccountName) {
      new k8s.KubeServiceAccount(this, 'service-account', {
        metadata: { name: this.name, labels: labels.common },
        automountServiceAccountToken: props.automountServiceAccountToken ?? false,
      });
    }

    const envFrom: k8s.EnvFromSource[] = (props.envFrom ?? []).map((source, i) => {
      const field = `envFrom/${i}`;
      if (isSecretSource(source)) {
        checkNamespace(this, source.secretNamespace, namespace, `Secret '${source.secretName}'`, field);
        return { secretRef: { name: source.secretName } };
      }
      checkNamespace(this, source.configMapNamespace, namespace, `ConfigMap '${source.configMapName}'`, field);
      return { configMapRef: { name: source.configMapName } };
    });
    const config = props.config === undefined ? undefined : resolveTierValue(props.config, t);
    if (config && Object.keys(config).length > 0) {
      const configMap = new k8s.KubeConfigMap(this, 'config', {
        metadata: { name: `${this.name}-config`, labels: labels.common },
        data: { ...config },
      });
      envFrom.unshift({ configMapRef: { name: configMap.name } });
    }
    const env = Object.keys(props.env ?? {})
      .sort()
      .map((name) => {
        const v = (props.env as Record<string, string | EnvValue>)[name] as string | EnvValue;
        return (typeof v === 'string' ? EnvValue.fromValue(v) : v)._toEnvVar(name, this, `env/${name}`, namespace);
      });

    const security = props.security ?? {};
    const writable = writableVolumes(security.writablePaths ?? ['/tmp']);
    const firstPort = (ports[0] as WebServicePort).name;
    const template: k8s.PodTemplateSpec = {
      metadata: { labels: labels.pod, annotations: props.podAnnotations ? { ...props.podAnnotations } : undefined },
      spec: {
        serviceAccountName,
        automountServiceAccountToken: props.automountServiceAccountToken ?? false,
        securityContext: podSecurityContext(security),
        containers: [
          {
            name: this.name,
            image: reference,
            imagePullPolicy: image.digest || (image.tag && image.tag !== 'latest') ? 'IfNotPresent' : 'Always',
            command: props.command ? [...props.command] : undefined,
            args: props.args ? [...props.args] : undefined,
            ports: ports.map((p) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol ?? 'TCP' })),
            env: env.length > 0 ? env : undefined,
            envFrom: envFrom.length > 0 ? envFrom : undefined,
            resources: resourceRequirements(
              props.resources === undefined ? undefined : resolveTierValue(props.resources, t),
            ),
            livenessProbe: props.liveness?._toProbe(firstPort),
            readinessProbe: props.readiness?._toProbe(firstPort),
            startupProbe: props.startup?._toProbe(firstPort),
            securityContext: containerSecurityContext(security),
            volumeMounts: writable.mounts.length > 0 ? writable.mounts : undefined,
          },
        ],
        volumes: writable.volumes.length > 0 ? writable.volumes : undefined,
      },
    };
    const servicePorts: k8s.ServicePort[] = ports.map((p) => ({
      name: p.name,
      port: p.servicePort ?? p.containerPort,
      targetPort: k8s.IntOrString.fromString(p.name),
      protocol: p.protocol ?? 'TCP',
    }));
    const autoscaling = props.autoscaling === undefined ? undefined : resolveTierValue(props.autoscaling, t);
    const replicas = autoscaling
      ? undefined
      : resolveTierValue(props.replicas ?? ((x: Tier) => (x.production ? 2 : 1)), t);

    const ingressProps = props.ingress === undefined ? undefined : resolveTierValue(props.ingress, t);
    // The Ingress points at the Service named after the service: the Deployment's, or the Rollout's stable one.
    if (ingressProps)
      this.ingress = this.createIngress(ingressProps, labels.common, servicePorts[0] as k8s.ServicePort);

    const strategy = this.delivery._strategy({ scope: this, serviceName: this.name, tier });
    let target: { apiVersion: string; kind: string; name: string };
    if (strategy) {
      this.rollout = new Rollout(this, 'rollout', {
        name: this.name,
        strategy,
        template,
        selector: this.selector,
        replicas,
        ports: servicePorts,
        labels: labels.common,
        annotations: props.annotations,
        stableIngress: this.ingress,
      });
      this.service = this.rollout.stableService as k8s.KubeService;
      target = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: this.rollout.name };
    } else {
      this.deployment = new k8s.KubeDeployment(this, 'deployment', {
        metadata: {
          name: this.name,
          labels: labels.common,
          annotations: props.annotations ? { ...props.annotations } : undefined,
        },
        spec: {
          replicas,
          selector: { matchLabels: { ...this.selector } },
          strategy: {
            type: 'RollingUpdate',
            rollingUpdate: {
              maxSurge: intOrString(this.delivery.rolling.maxSurge ?? '25%'),
              maxUnavailable: intOrString(this.delivery.rolling.maxUnavailable ?? 0),
            },
          },
          template,
        },
      });
      this.service = new k8s.KubeService(this, 'service', {
        metadata: { name: this.name, labels: labels.common },
        spec: { selector: { ...this.selector }, ports: servicePorts },
      });
      target = { apiVersion: 'apps/v1', kind: 'Deployment', name: this.deployment.name };
    }

    if (autoscaling) {
      new k8s.KubeHorizontalPodAutoscalerV2(this, 'hpa', {
        metadata: { name: this.name, labels: labels.common },
        spec: {
          scaleTargetRef: target,
          minReplicas: autoscaling.minReplicas,
          maxReplicas: autoscaling.maxReplicas,
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'cpu',
                target: { type: 'Utilization', averageUtilization: autoscaling.cpuUtilization ?? 75 },
              },
            },
          ],
        },
      });
    }
    const budget: DisruptionBudgetProps | undefined =
      props.disruptionBudget === undefined
        ? tier.production
          ? { maxUnavailable: 1 }
          : undefined
        : resolveTierValue(props.disruptionBudget, t);
    if (budget) {
      if ((budget.minAvailable === undefined) === (budget.maxUnavailable === undefined)) {
        throw constructError(
          this,
          'WORKLOAD_INVALID_BUDGET',
          'a disruption budget needs exactly one of minAvailable and maxUnavailable',
          'disruptionBudget',
          'give { maxUnavailable: 1 } or { minAvailable: 1 }',
        );
      }
      new k8s.KubePodDisruptionBudget(this, 'pdb', {
        metadata: { name: this.name, labels: labels.common },
        spec: {
          selector: { matchLabels: { ...this.selector } },
          minAvailable: budget.minAvailable === undefined ? undefined : intOrString(budget.minAvailable),
          maxUnavailable: budget.maxUnavailable === undefined ? undefined : intOrString(budget.maxUnavailable),
        },
      });
    }
    const route = props.httpRoute === undefined ? undefined : resolveTierValue(props.httpRoute, t);
    if (route)
      httpRoute(this, 'route', {
        name: this.name,
        labels: labels.common,
        service: this.service.name,
        port: (servicePorts[0] as k8s.ServicePort).port,
        route,
      });
  }

  private checkPorts(ports: readonly WebServicePort[]): void {
    if (ports.length === 0) {
      throw constructError(
        this,
        'WORKLOAD_NO_PORTS',
        'a WebService needs at least one port',
        'ports',
        "add { name: 'http', containerPort: 8080 }",
      );
    }
    const names = new Map<string, number>();
    const numbers = new Map<number, number>();
    ports.forEach((p, i) => {
      const previous = names.get(p.name);
      if (previous !== undefined) {
        throw constructError(
          this,
          'WORKLOAD_DUPLICATE_PORT_NAME',
          `ports ${previous} and ${i} are both named '${p.name}'`,
          `ports/${i}/name`,
          'give every port its own name (Service and container ports are matched by name)',
        );
      }
      names.set(p.name, i);
      const port = p.servicePort ?? p.containerPort;
      const previousNumber = numbers.get(port);
      if (previousNumber !== undefined) {
        throw constructError(
          this,
          'WORKLOAD_DUPLICATE_PORT',
          `ports ${previousNumber} and ${i} both use Service port ${port}`,
          `ports/${i}/servicePort`,
          'give every port its own number',
        );
      }
      numbers.set(port, i);
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.name) || p.name.length > 15) {
        throw constructError(
          this,
          'WORKLOAD_INVALID_PORT_NAME',
          `port name '${p.name}' is not an IANA service name`,
          `ports/${i}/name`,
          'use at most 15 lower-case letters, digits and -',
        );
      }
    });
  }

  private createIngress(
    props: WebServiceIngressProps,
    labels: Record<string, string>,
    port: k8s.ServicePort,
  ): k8s.KubeIngress {
    const tls = props.tlsSecret;
    const tlsName = tls === undefined ? undefined : typeof tls === 'string' ? tls : tls.secretName;
    if (tls !== undefined && typeof tls !== 'string') {
      checkNamespace(
        this,
        tls.secretNamespace,
        Chart.of(this).namespace,
        `Secret '${tls.secretName}'`,
        'ingress/tlsSecret',
      );
    }
    return new k8s.KubeIngress(this, 'ingress', {
      metadata: { name: this.name, labels, annotations: props.annotations ? { ...props.annotations } : undefined },
      spec: {
        ingressClassName: props.className ?? 'nginx',
        rules: [
          {
            host: props.host,
            http: {
              paths: [
                {
                  path: props.path ?? '/',
                  pathType: 'Prefix',
                  backend: { service: { name: this.name, port: { name: port.name } } },
                },
              ],
            },
          },
        ],
        tls: tlsName ? [{ hosts: [props.host], secretName: tlsName }] : undefined,
      },
    });
  }
}

function intOrString(value: number | string): k8s.IntOrString {
  return typeof value === 'number' ? k8s.IntOrString.fromNumber(value) : k8s.IntOrString.fromString(value);
}
