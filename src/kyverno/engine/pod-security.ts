/** Pod Security Standards checks (baseline, restricted) behind Kyverno's `validate.podSecurity`. */
import { isObject, wildcardMatch } from './values.js';

/** One violated control. */
export interface PssViolation {
  readonly control: string;
  readonly image?: string;
  readonly message: string;
}

const BASELINE_CAPS = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);
const RESTRICTED_VOLUMES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

type O = Record<string, unknown>;
const obj = (v: unknown): O => (isObject(v) ? v : {});

/** Violations of `level` (baseline or restricted) by a pod's spec and metadata. */
export function podSecurityViolations(pod: O, level: string): PssViolation[] {
  const spec = obj(pod.spec);
  const metadata = obj(pod.metadata);
  const out: PssViolation[] = [];
  const containers = (['containers', 'initContainers', 'ephemeralContainers'] as const).flatMap((f) =>
    Array.isArray(spec[f]) ? (spec[f] as O[]) : [],
  );
  const podSc = obj(spec.securityContext);
  if (level === 'privileged') return out;
  // baseline
  if (spec.hostNetwork === true || spec.hostPID === true || spec.hostIPC === true)
    out.push({ control: 'Host Namespaces', message: 'host namespaces are not allowed' });
  if (obj(podSc.windowsOptions).hostProcess === true)
    out.push({ control: 'HostProcess', message: 'hostProcess is not allowed' });
  for (const v of Array.isArray(spec.volumes) ? (spec.volumes as O[]) : [])
    if (v.hostPath)
      out.push({ control: 'HostPath Volumes', message: `hostPath volume ${String(v.name)} is not allowed` });
  for (const s of Array.isArray(podSc.sysctls) ? (podSc.sysctls as O[]) : [])
    if (!SAFE_SYSCTLS.has(String(s.name)))
      out.push({ control: 'Sysctls', message: `sysctl ${String(s.name)} is not allowed` });
  const seLinux = (so: O, image?: string): void => {
    if (!SELINUX_TYPES.has(String(so.type ?? '')) || so.user || so.role)
      out.push({ control: 'SELinux', image, message: 'seLinuxOptions are not allowed' });
  };
  seLinux(obj(podSc.seLinuxOptions));
  if (obj(podSc.seccompProfile).type === 'Unconfined')
    out.push({ control: 'Seccomp', message: 'seccompProfile Unconfined is not allowed' });
  for (const [k, v] of Object.entries(obj(metadata.annotations)))
    if (
      k.startsWith('container.apparmor.security.beta.kubernetes.io/') &&
      v !== 'runtime/default' &&
      !String(v).startsWith('localhost/')
    )
      out.push({ control: 'AppArmor', message: `AppArmor profile ${String(v)} is not allowed` });
  for (const c of containers) {
    const image = String(c.image ?? '');
    const sc = obj(c.securityContext);
    if (sc.privileged === true)
      out.push({ control: 'Privileged Containers', image, message: `container ${String(c.name)} is privileged` });
    if (obj(sc.windowsOptions).hostProcess === true)
      out.push({ control: 'HostProcess', image, message: 'hostProcess is not allowed' });
    for (const cap of (obj(sc.capabilities).add as unknown[] | undefined) ?? [])
      if (!BASELINE_CAPS.has(String(cap)))
        out.push({ control: 'Capabilities', image, message: `capability ${String(cap)} is not allowed` });
    for (const p of Array.isArray(c.ports) ? (c.ports as O[]) : [])
      if (p.hostPort && p.hostPort !== 0)
        out.push({ control: 'Host Ports', image, message: `hostPort ${String(p.hostPort)} is not allowed` });
    seLinux(obj(sc.seLinuxOptions), image);
    if (sc.procMount !== undefined && sc.procMount !== 'Default')
      out.push({ control: '/proc Mount Type', image, message: 'procMount must be Default' });
    if (obj(sc.seccompProfile).type === 'Unconfined')
      out.push({ control: 'Seccomp', image, message: 'seccompProfile Unconfined is not allowed' });
  }
  if (level !== 'restricted') return out;
  for (const v of Array.isArray(spec.volumes) ? (spec.volumes as O[]) : [])
    if (!Object.keys(v).some((k) => k === 'name' || RESTRICTED_VOLUMES.includes(k)))
      out.push({ control: 'Volume Types', message: `volume ${String(v.name)} has a restricted type` });
  for (const c of containers) {
    const image = String(c.image ?? '');
    const sc = obj(c.securityContext);
    if (sc.allowPrivilegeEscalation !== false)
      out.push({
        control: 'Privilege Escalation',
        image,
        message: `container ${String(c.name)} must set allowPrivilegeEscalation=false`,
      });
    const nonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
    if (nonRoot !== true)
      out.push({
        control: 'Running as Non-root',
        image,
        message: `container ${String(c.name)} must set runAsNonRoot=true`,
      });
    if (sc.runAsUser === 0 || (sc.runAsUser === undefined && podSc.runAsUser === 0))
      out.push({ control: 'Running as Non-root user', image, message: 'runAsUser 0 is not allowed' });
    const seccomp = String(obj(sc.seccompProfile).type ?? obj(podSc.seccompProfile).type ?? '');
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      out.push({
        control: 'Seccomp',
        image,
        message: `container ${String(c.name)} must set seccompProfile RuntimeDefault or Localhost`,
      });
    const caps = obj(sc.capabilities);
    if (!((caps.drop as unknown[] | undefined) ?? []).includes('ALL'))
      out.push({ control: 'Capabilities', image, message: `container ${String(c.name)} must drop ALL capabilities` });
    for (const cap of (caps.add as unknown[] | undefined) ?? [])
      if (cap !== 'NET_BIND_SERVICE')
        out.push({ control: 'Capabilities', image, message: `capability ${String(cap)} is not allowed` });
  }
  if (podSc.runAsUser === 0) out.push({ control: 'Running as Non-root user', message: 'runAsUser 0 is not allowed' });
  return out;
}

/** Drops violations that `exclude` entries (controlName + images) waive. */
export function applyExclusions(violations: PssViolation[], exclude: unknown): PssViolation[] {
  const ex = Array.isArray(exclude) ? (exclude as O[]) : [];
  return violations.filter(
    (v) =>
      !ex.some((e) => {
        if (e.controlName !== v.control) return false;
        const images = Array.isArray(e.images) ? (e.images as string[]) : undefined;
        if (!images) return v.image === undefined || true;
        return v.image !== undefined && images.some((p) => wildcardMatch(p, v.image!));
      }),
  );
}
