import { k8s } from 'cdk8s-plus-28';

/** Timing of a probe. */
export interface ProbeOptions {
  /** Seconds after start before the first probe. @default 0 (upstream) */
  readonly initialDelaySeconds?: number;
  /** Seconds between probes. @default 10 (upstream) */
  readonly periodSeconds?: number;
  /** Seconds before a probe times out. @default 1 (upstream) */
  readonly timeoutSeconds?: number;
  /** Failures before the probe counts as failed. @default 3 (upstream) */
  readonly failureThreshold?: number;
}

/** Props of {@link Probe.http}. */
export interface HttpProbeOptions extends ProbeOptions {
  /** Port name or number. @default - the service's first port */
  readonly port?: string | number;
}

/** A liveness, readiness or startup probe. */
export class Probe {
  /** An HTTP GET of `path`; success is a 2xx or 3xx response. */
  public static http(path: string, options: HttpProbeOptions = {}): Probe {
    return new Probe((defaultPort) => ({
      httpGet: { path, port: portOf(options.port ?? defaultPort) },
      ...timing(options),
    }));
  }

  /** A TCP connection to the port. */
  public static tcp(options: HttpProbeOptions = {}): Probe {
    return new Probe((defaultPort) => ({
      tcpSocket: { port: portOf(options.port ?? defaultPort) },
      ...timing(options),
    }));
  }

  /** A command run in the container; success is exit code 0. */
  public static exec(command: readonly string[], options: ProbeOptions = {}): Probe {
    return new Probe(() => ({ exec: { command: [...command] }, ...timing(options) }));
  }

  private constructor(private readonly build: (defaultPort: string | number) => k8s.Probe) {}

  /** @internal */
  public _toProbe(defaultPort: string | number): k8s.Probe {
    return this.build(defaultPort);
  }
}

function portOf(port: string | number): k8s.IntOrString {
  return typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port);
}

function timing(o: ProbeOptions): Partial<k8s.Probe> {
  return {
    initialDelaySeconds: o.initialDelaySeconds,
    periodSeconds: o.periodSeconds,
    timeoutSeconds: o.timeoutSeconds,
    failureThreshold: o.failureThreshold,
  };
}
