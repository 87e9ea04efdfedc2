import { k8s } from 'cdk8s-plus-28';

/** A request and a limit of one resource, as Kubernetes quantities (`250m`, `512Mi`). */
export interface ResourceAmount {
  /** Amount the scheduler reserves. @default - none */
  readonly request?: string;
  /** Hard limit. @default - none */
  readonly limit?: string;
}

/** CPU and memory of the container. */
export interface Resources {
  /** CPU. @default { request: '100m' } (no CPU limit: throttling hurts latency more than it protects) */
  readonly cpu?: ResourceAmount;
  /** Memory. @default { request: '128Mi', limit: '128Mi' } (limit = request: no overcommit) */
  readonly memory?: ResourceAmount;
}

/**
 * The default resources of a WebService. They replace cdk8s-plus's container defaults (1 CPU request,
 * 1.5 CPU limit, 512Mi–2Gi memory), which reserve far more than a typical web service needs and cap CPU.
 */
export const DEFAULT_RESOURCES: Required<Resources> = {
  cpu: { request: '100m' },
  memory: { request: '128Mi', limit: '128Mi' },
};

/** The container's `resources`. */
export function resourceRequirements(resources: Resources | undefined): k8s.ResourceRequirements {
  const cpu = resources?.cpu ?? DEFAULT_RESOURCES.cpu;
  const memory = resources?.memory ?? DEFAULT_RESOURCES.memory;
  const pick = (which: 'request' | 'limit'): Record<string, k8s.Quantity> | undefined => {
    const out: Record<string, k8s.Quantity> = {};
    if (cpu[which]) out.cpu = k8s.Quantity.fromString(cpu[which] as string);
    if (memory[which]) out.memory = k8s.Quantity.fromString(memory[which] as string);
    return Object.keys(out).length > 0 ? out : undefined;
  };
  return { requests: pick('request'), limits: pick('limit') };
}
