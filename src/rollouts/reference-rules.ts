import { asObject as obj, type Json } from '../tree/index.js';
import { apiGroup, podSpecReferences, ReferenceRules, templateLabels, type Reference } from '../tree/index.js';
import type { KubeObject } from '../tree/index.js';

const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.length > 0 ? x : undefined);

/** References to analysis templates of an analysis block (`templates[]`) at `field`. */
function templateRefs(analysis: unknown, namespace: string | undefined, field: string): Reference[] {
  return arr(obj(analysis)?.templates).flatMap((t, i): Reference[] => {
    const name = str(obj(t)?.templateName);
    if (!name) return [];
    const cluster = obj(t)?.clusterScope === true;
    return [
      {
        target: {
          kind: cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate',
          group: 'argoproj.io',
          namespace: cluster ? undefined : namespace,
          name,
        },
        field: `${field}/templates/${i}`,
        hint: 'pass the AnalysisTemplate construct to the analysis (it must be in the same tier and namespace)',
      },
    ];
  });
}

function service(name: unknown, namespace: string | undefined, field: string): Reference[] {
  const n = str(name);
  return n ? [{ target: { kind: 'Service', group: '', namespace, name: n }, field }] : [];
}

function experimentAnalyses(experiment: Json, namespace: string | undefined, field: string): Reference[] {
  return arr(experiment.analyses).flatMap((a, i) => {
    const name = str(obj(a)?.templateName);
    if (!name) return [];
    const cluster = obj(a)?.clusterScope === true;
    return [
      {
        target: {
          kind: cluster ? 'ClusterAnalysisTemplate' : 'AnalysisTemplate',
          group: 'argoproj.io',
          namespace: cluster ? undefined : namespace,
          name,
        },
        field: `${field}/analyses/${i}/templateName`,
      },
    ];
  });
}

/**
 * A Rollout runs pods (its inline template), and refers to: Secrets, ConfigMaps and the ServiceAccount of
 * that template; the Deployment of `workloadRef`; its stable/canary or active/preview Services; the nginx
 * stable Ingress; and the (Cluster)AnalysisTemplates of its steps, background and promotion analyses.
 */
ReferenceRules.register('argoproj.io/Rollout', {
  runsPods: (o) => templateLabels(obj(o.spec)?.template, o.metadata.namespace),
  refers: (o: KubeObject): Reference[] => {
    const ns = o.metadata.namespace;
    const spec = obj(o.spec) ?? {};
    const refs: Reference[] = podSpecReferences(obj(spec.template)?.spec, ns, '/spec/template/spec');
    const ref = obj(spec.workloadRef);
    if (ref && str(ref.name)) {
      const apiVersion = str(ref.apiVersion) ?? 'apps/v1';
      refs.push({
        target: {
          kind: str(ref.kind) ?? 'Deployment',
          group: apiGroup(apiVersion),
          namespace: ns,
          name: ref.name as string,
        },
        field: '/spec/workloadRef',
      });
    }
    const canary = obj(obj(spec.strategy)?.canary);
    if (canary) {
      const f = '/spec/strategy/canary';
      refs.push(...service(canary.stableService, ns, `${f}/stableService`));
      refs.push(...service(canary.canaryService, ns, `${f}/canaryService`));
      refs.push(...templateRefs(canary.analysis, ns, `${f}/analysis`));
      const nginx = obj(obj(canary.trafficRouting)?.nginx);
      const ingresses = [str(nginx?.stableIngress), ...arr(nginx?.stableIngresses).map(str)].filter((n): n is string =>
        Boolean(n),
      );
      for (const name of ingresses) {
        refs.push({
          target: { kind: 'Ingress', group: 'networking.k8s.io', namespace: ns, name },
          field: `${f}/trafficRouting/nginx/stableIngress`,
        });
      }
      arr(canary.steps).forEach((s, i) => {
        const step = obj(s) ?? {};
        refs.push(...templateRefs(step.analysis, ns, `${f}/steps/${i}/analysis`));
        const experiment = obj(step.experiment);
        if (experiment) refs.push(...experimentAnalyses(experiment, ns, `${f}/steps/${i}/experiment`));
      });
    }
    const blueGreen = obj(obj(spec.strategy)?.blueGreen);
    if (blueGreen) {
      const f = '/spec/strategy/blueGreen';
      refs.push(...service(blueGreen.activeService, ns, `${f}/activeService`));
      refs.push(...service(blueGreen.previewService, ns, `${f}/previewService`));
      refs.push(...templateRefs(blueGreen.prePromotionAnalysis, ns, `${f}/prePromotionAnalysis`));
      refs.push(...templateRefs(blueGreen.postPromotionAnalysis, ns, `${f}/postPromotionAnalysis`));
    }
    return refs;
  },
});

/** An Experiment runs the pods of its inline templates and refers to its analysis templates. */
ReferenceRules.register('argoproj.io/Experiment', {
  runsPods: (o) => arr(obj(o.spec)?.templates).flatMap((t) => templateLabels(obj(t)?.template, o.metadata.namespace)),
  refers: (o) => {
    const spec = obj(o.spec) ?? {};
    const ns = o.metadata.namespace;
    return [
      ...arr(spec.templates).flatMap((t, i) =>
        podSpecReferences(obj(obj(t)?.template)?.spec, ns, `/spec/templates/${i}/template/spec`),
      ),
      ...experimentAnalyses(spec, ns, '/spec'),
    ];
  },
});

/** An AnalysisRun refers to the Secrets its arguments read (`valueFrom.secretKeyRef`). */
for (const kind of ['argoproj.io/AnalysisRun', 'argoproj.io/AnalysisTemplate']) {
  ReferenceRules.register(kind, {
    refers: (o) =>
      arr(obj(o.spec)?.args).flatMap((a, i): Reference[] => {
        const ref = obj(obj(obj(a)?.valueFrom)?.secretKeyRef);
        const name = str(ref?.name);
        if (!name) return [];
        return [
          {
            target: { kind: 'Secret', group: '', namespace: o.metadata.namespace, name },
            keys: str(ref?.key) ? [ref?.key as string] : undefined,
            field: `/spec/args/${i}/valueFrom/secretKeyRef`,
          },
        ];
      }),
  });
}
