import { asObject as obj, type Json } from './json.js';
import type { KubeObject } from './manifest.js';
import { apiGroup, ReferenceRules, type PodLabels, type Reference, type Selection } from './references.js';

const NO_ITEMS: readonly unknown[] = Object.freeze([]);
const arr = (x: unknown): readonly unknown[] => (Array.isArray(x) ? x : NO_ITEMS);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);

/**
 * References a pod spec makes: Secrets and ConfigMaps (env, envFrom, volumes, projected volumes, image pull
 * secrets), ServiceAccount and PersistentVolumeClaims. `optional: true` references are skipped.
 * Families call it for pod templates of their own kinds (e.g. a Rollout's inline template).
 */
export function podSpecReferences(spec: unknown, namespace: string | undefined, field: string): Reference[] {
  const s = obj(spec);
  if (!s) return [];
  const refs: Reference[] = [];
  const sa = str(s.serviceAccountName);
  if (sa && sa !== 'default') {
    refs.push({
      target: { kind: 'ServiceAccount', group: '', namespace, name: sa },
      field: `${field}/serviceAccountName`,
    });
  }
  const pullSecrets = arr(s.imagePullSecrets);
  for (let i = 0; i < pullSecrets.length; i++) {
    const name = str(obj(pullSecrets[i])?.name);
    if (name) refs.push(dataRef('Secret', namespace, name, `${field}/imagePullSecrets/${i}`));
  }
  containerReferences(refs, arr(s.initContainers), namespace, `${field}/initContainers`);
  containerReferences(refs, arr(s.containers), namespace, `${field}/containers`);
  const volumes = arr(s.volumes);
  for (let vi = 0; vi < volumes.length; vi++) {
    const volume = obj(volumes[vi]);
    if (volume) volumeReferences(refs, volume, namespace, `${field}/volumes/${vi}`);
  }
  return refs;
}

/** Plain loops, no closure per item: this runs for every workload of the tree, mostly unoptimized. */
function containerReferences(
  refs: Reference[],
  containers: readonly unknown[],
  namespace: string | undefined,
  at: string,
): void {
  for (let ci = 0; ci < containers.length; ci++) {
    const container = obj(containers[ci]);
    if (!container) continue;
    const envFrom = arr(container.envFrom);
    for (let ei = 0; ei < envFrom.length; ei++) {
      const entry = obj(envFrom[ei]);
      if (!entry) continue;
      const sr = obj(entry.secretRef);
      const cr = obj(entry.configMapRef);
      if (sr && sr.optional !== true && str(sr.name))
        refs.push(dataRef('Secret', namespace, sr.name as string, `${at}/${ci}/envFrom/${ei}/secretRef`));
      if (cr && cr.optional !== true && str(cr.name))
        refs.push(dataRef('ConfigMap', namespace, cr.name as string, `${at}/${ci}/envFrom/${ei}/configMapRef`));
    }
    const env = arr(container.env);
    for (let ei = 0; ei < env.length; ei++) {
      const from = obj(obj(env[ei])?.valueFrom);
      if (!from) continue;
      const sk = obj(from.secretKeyRef);
      const ck = obj(from.configMapKeyRef);
      if (sk && sk.optional !== true && str(sk.name)) {
        const keys = str(sk.key) ? [sk.key as string] : undefined;
        refs.push(
          dataRef('Secret', namespace, sk.name as string, `${at}/${ci}/env/${ei}/valueFrom/secretKeyRef`, keys),
        );
      }
      if (ck && ck.optional !== true && str(ck.name)) {
        const keys = str(ck.key) ? [ck.key as string] : undefined;
        refs.push(
          dataRef('ConfigMap', namespace, ck.name as string, `${at}/${ci}/env/${ei}/valueFrom/configMapKeyRef`, keys),
        );
      }
    }
  }
}

function volumeReferences(refs: Reference[], volume: Json, namespace: string | undefined, base: string): void {
  const sv = obj(volume.secret);
  if (sv && sv.optional !== true && str(sv.secretName))
    refs.push(dataRef('Secret', namespace, sv.secretName as string, `${base}/secret`, itemKeys(sv.items)));
  const cv = obj(volume.configMap);
  if (cv && cv.optional !== true && str(cv.name))
    refs.push(dataRef('ConfigMap', namespace, cv.name as string, `${base}/configMap`, itemKeys(cv.items)));
  const pvc = obj(volume.persistentVolumeClaim);
  if (pvc && str(pvc.claimName)) {
    refs.push({
      target: { kind: 'PersistentVolumeClaim', group: '', namespace, name: pvc.claimName as string },
      field: `${base}/persistentVolumeClaim`,
    });
  }
  const sources = arr(obj(volume.projected)?.sources);
  for (let si = 0; si < sources.length; si++) {
    const source = obj(sources[si]);
    const ps = obj(source?.secret);
    const pc = obj(source?.configMap);
    if (ps && ps.optional !== true && str(ps.name))
      refs.push(
        dataRef('Secret', namespace, ps.name as string, `${base}/projected/sources/${si}/secret`, itemKeys(ps.items)),
      );
    if (pc && pc.optional !== true && str(pc.name))
      refs.push(
        dataRef(
          'ConfigMap',
          namespace,
          pc.name as string,
          `${base}/projected/sources/${si}/configMap`,
          itemKeys(pc.items),
        ),
      );
  }
}

/** A reference to a core Secret or ConfigMap (and some of its keys). */
function dataRef(
  kind: 'Secret' | 'ConfigMap',
  namespace: string | undefined,
  name: string,
  field: string,
  keys?: string[],
): Reference {
  return { target: { kind, group: '', namespace, name }, field, keys };
}

/** The keys a volume's `items` project, if it lists any. */
function itemKeys(items: unknown): string[] | undefined {
  const list = arr(items);
  let keys: string[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const key = str(obj(list[i])?.key);
    if (key) (keys ??= []).push(key);
  }
  return keys;
}

/** The labels of a pod template at `template` (e.g. `spec.template`). */
export function templateLabels(template: unknown, namespace: string | undefined): PodLabels[] {
  const labels = obj(obj(obj(template)?.metadata)?.labels);
  return labels ? [{ namespace, labels: labels as Record<string, string> }] : [];
}

function registerWorkload(kind: string, templateOf: (o: KubeObject) => unknown, field: string): void {
  ReferenceRules.register(kind, {
    refers: (o) => podSpecReferences(obj(templateOf(o))?.spec, o.metadata.namespace, `${field}/spec`),
    runsPods: (o) => templateLabels(templateOf(o), o.metadata.namespace),
  });
}

const spec = (o: KubeObject): Json => obj(o.spec) ?? {};
for (const kind of ['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'apps/ReplicaSet', 'batch/Job']) {
  registerWorkload(kind, (o) => spec(o).template, '/spec/template');
}
registerWorkload(
  'batch/CronJob',
  (o) => obj(obj(spec(o).jobTemplate)?.spec)?.template,
  '/spec/jobTemplate/spec/template',
);
ReferenceRules.register('Pod', {
  refers: (o) => podSpecReferences(o.spec, o.metadata.namespace, '/spec'),
  runsPods: (o) => (o.metadata.labels ? [{ namespace: o.metadata.namespace, labels: o.metadata.labels }] : []),
});

ReferenceRules.register('Service', {
  selects: (o): Selection[] => {
    const s = spec(o);
    const selector = obj(s.selector);
    if (!selector || s.type === 'ExternalName') return [];
    return [
      {
        namespace: o.metadata.namespace,
        selector: selector as Record<string, string>,
        field: '/spec/selector',
        consequence: 'the Service would have no endpoints',
      },
    ];
  },
});
ReferenceRules.register('policy/PodDisruptionBudget', {
  selects: (o): Selection[] => {
    const matchLabels = obj(obj(spec(o).selector)?.matchLabels);
    if (!matchLabels) return [];
    return [
      {
        namespace: o.metadata.namespace,
        selector: matchLabels as Record<string, string>,
        field: '/spec/selector/matchLabels',
        consequence: 'the budget would protect nothing',
      },
    ];
  },
});
ReferenceRules.register('autoscaling/HorizontalPodAutoscaler', {
  refers: (o): Reference[] => {
    const target = obj(spec(o).scaleTargetRef);
    if (!target || !str(target.name) || !str(target.kind)) return [];
    return [
      {
        target: {
          kind: target.kind as string,
          group: apiGroup(str(target.apiVersion) ?? ''),
          namespace: o.metadata.namespace,
          name: target.name as string,
        },
        field: '/spec/scaleTargetRef',
      },
    ];
  },
});
ReferenceRules.register('networking.k8s.io/Ingress', {
  refers: (o): Reference[] => {
    const refs: Reference[] = [];
    const service = (backend: unknown, field: string): void => {
      const name = str(obj(obj(backend)?.service)?.name);
      if (name) refs.push({ target: { kind: 'Service', group: '', namespace: o.metadata.namespace, name }, field });
    };
    service(spec(o).defaultBackend, '/spec/defaultBackend');
    arr(spec(o).rules).forEach((r, ri) =>
      arr(obj(obj(r)?.http)?.paths).forEach((p, pi) =>
        service(obj(p)?.backend, `/spec/rules/${ri}/http/paths/${pi}/backend`),
      ),
    );
    arr(spec(o).tls).forEach((t, ti) => {
      const name = str(obj(t)?.secretName);
      if (name)
        refs.push({
          target: { kind: 'Secret', group: '', namespace: o.metadata.namespace, name },
          field: `/spec/tls/${ti}/secretName`,
          hint: 'TLS Secrets are usually made by cert-manager: declare them external, or add the Certificate',
        });
    });
    return refs;
  },
});
