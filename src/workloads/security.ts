import type { k8s } from 'cdk8s-plus-28';

/** Security settings of a WebService's pods; every default is the strict one. */
export interface SecurityProps {
  /** UID the container runs as. @default - the image's user (which must not be root) */
  readonly runAsUser?: number;
  /** GID of mounted volumes. @default - none */
  readonly fsGroup?: number;
  /** Paths that stay writable (emptyDir volumes), as the root filesystem is read-only. @default ['/tmp'] */
  readonly writablePaths?: readonly string[];
}

/** Pod security context: non-root, RuntimeDefault seccomp. */
export function podSecurityContext(props: SecurityProps): k8s.PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: props.runAsUser,
    fsGroup: props.fsGroup,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Container security context: non-root, read-only root filesystem, no capabilities, no privilege escalation. */
export function containerSecurityContext(props: SecurityProps): k8s.SecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: props.runAsUser,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    privileged: false,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** emptyDir volumes and mounts for the writable paths. */
export function writableVolumes(paths: readonly string[]): { volumes: k8s.Volume[]; mounts: k8s.VolumeMount[] } {
  const volumes: k8s.Volume[] = [];
  const mounts: k8s.VolumeMount[] = [];
  for (const path of paths) {
    const name =
      path
        .replace(/^\/+|\/+$/g, '')
        .replace(/[^a-z0-9]+/gi, '-')
        .toLowerCase() || 'root';
    volumes.push({ name, emptyDir: {} });
    mounts.push({ name, mountPath: path });
  }
  return { volumes, mounts };
}
