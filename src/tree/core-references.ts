import { asObject as obj, type Json } from './json.js';
import type { KubeObject } from './manifest.js';
import { apiGroup, ReferenceRules, type PodLabels, type Reference, type Selection } from './references.js';

const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
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
  const secret = (name: string, f: string, keys?: string[]): void => {
    refs.push({ target: { kind: 'Secret', group: '', namespace, name }, field: f, keys });
  };
  const configMap = (name: string, f: string, keys?: string[]): void => {
    refs.push({ target: { kind: 'ConfigMap', group: '', namespace, name }, field: f, keys });
  };
  const sa = str(s.serviceAccountName);
  if (sa && sa !== 'default') {
    refs.push({
      target: { kind: 'ServiceAccount', group: '', namespace, name: sa },
      field: `${field}/serviceAccountName`,
    });
  }
  arr(s.imagePullSecrets).forEach((p, i) => {
    const name = str(obj(p)?.name);
    if (name) secret(name, `${field}/imagePullSecrets/${i}`);
  });
  for (const list of ['initContainers', 'containers']) {
    arr(s[list]).forEach((c, ci) => {
      const container = obj(c) ?? {};
      const base = `${field}/${list}/${ci}`;
      arr(container.envFrom).forEach((e, ei) => {
        const entry = obj(e) ?? {};
        const sr = obj(entry.secretRef);
        const cr = obj(entry.configMapRef);
        if (sr && sr.optional !== true && str(sr.name)) secret(sr.name as string, `${base}/envFrom/${ei}/secretRef`);
        if (cr && cr.optional !== true && str(cr.name))
          configMap(cr.name as string, `${base}/envFrom/${ei}/configMapRef`);
      });
      arr(container.env).forEach((e, ei) => {
        const from = obj(obj(e)?.valueFrom);
        const sk = obj(from?.secretKeyRef);
        const ck = obj(from?.configMapKeyRef);
        if (sk && sk.optional !== true && str(sk.name))
          secret(
            sk.name as string,
            `${base}/env/${ei}/valueFrom/secretKeyRef`,
            str(sk.key) ? [sk.key as string] : undefined,
          );
        if (ck && ck.optional !== true && str(ck.name))
          configMap(
            ck.name as string,
            `${base}/env/${ei}/valueFrom/configMapKeyRef`,
            str(ck.key) ? [ck.key as string] : undefined,
          );
      });
    });
  }
  arr(s.volumes).forEach((v, vi) => {
    const volume = obj(v) ?? {};
    const base = `${field}/volumes/${vi}`;
    const itemKeys = (items: unknown): string[] | undefined => {
      const keys = arr(items)
        .map((i) => str(obj(i)?.key))
        .filter((k): k is string => Boolean(k));
      return keys.length > 0 ? keys : undefined;
    };
    const sv = obj(volume.secret);
    if (sv && sv.optional !== true && str(sv.secretName))
      secret(sv.secretName as string, `${base}/secret`, itemKeys(sv.items));
    const cv = obj(volume.configMap);
    if (cv && cv.optional !== true && str(cv.name))
      configMap(cv.name as string, `${base}/configMap`, itemKeys(cv.items));
    const pvc = obj(volume.persistentVolumeClaim);
    if (pvc && str(pvc.claimName)) {
      refs.push({
        target: { kind: 'PersistentVolumeClaim', group: '', namespace, name: pvc.claimName as string },
        field: `${base}/persistentVolumeClaim`,
      });
    }
    arr(obj(volume.projected)?.sources).forEach((src, si) => {
      const ps = obj(obj(src)?.secret);
      const pc = obj(obj(src)?.configMap);
      if (ps && ps.optional !== true && str(ps.name))
        secret(ps.name as string, `${base}/projected/sources/${si}/secret`, itemKeys(ps.items));
      if (pc && pc.optional !== true && str(pc.name))
        configMap(pc.name as string, `${base}/projected/sources/${si}/configMap`, itemKeys(pc.items));
    });
  });
  return refs;
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
