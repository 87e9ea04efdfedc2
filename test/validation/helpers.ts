import type { KubeObject, Manifest } from '../../src/synth/manifest.js';
import { validateManifests, type ValidateOptions, type ValidationIssue } from '../../src/validation/index.js';

/** A manifest for `object` in `file` (default `environments/dev/object.yaml`, tier dev). */
export function manifest(object: unknown, extra: Partial<Manifest> = {}): Manifest {
  return {
    file: 'environments/dev/object.yaml',
    tier: 'dev',
    kubernetesVersion: '1.33.0',
    object: object as KubeObject,
    ...extra,
  };
}

/** The issues of validating the objects (each in its own file). */
export function issuesOf(objects: readonly unknown[], options?: ValidateOptions): ValidationIssue[] {
  const manifests = objects.map((object, i) => manifest(object, { file: `environments/dev/object-${i}.yaml` }));
  return [...validateManifests(manifests, options).issues];
}

/** `code pointer` of each issue, for compact assertions. */
export function codes(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${issue.code} ${issue.pointer}`);
}

/** A valid apps/v1 Deployment in namespace `shop`. */
export function deployment(spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' }, ...metadata },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1.27',
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/healthz', port: 'http' } },
              resources: { requests: { cpu: '100m', memory: '128Mi' } },
            },
          ],
        },
      },
      ...spec,
    },
  };
}

/** A valid Argo CD Application in namespace `argocd`. */
export function application(spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'shop', namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: 'https://git.example.com/platform.git', path: 'environments/dev', targetRevision: 'main' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'shop' },
      ...spec,
    },
  };
}
