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

/** Options of {@link customResourceDefinition}. */
export interface CrdOptions {
  readonly group: string;
  readonly kind: string;
  readonly plural: string;
  /** @default 'Namespaced' */
  readonly scope?: 'Namespaced' | 'Cluster';
  /** Schema of `spec`. @default - none: the root schema is `{ type: object }` alone */
  readonly spec?: Record<string, unknown>;
  /** `metadata.name`. @default `<plural>.<group>` */
  readonly name?: string;
  /** More of `spec.names` (singular, listKind). @default - none */
  readonly names?: Record<string, string>;
}

/** A CustomResourceDefinition as {@link customResourceDefinition} builds it. */
export interface CrdObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string };
  readonly spec: Record<string, unknown>;
}

/** An apiextensions.k8s.io/v1 CustomResourceDefinition serving and storing one version, `v1`. */
export function customResourceDefinition(options: CrdOptions): CrdObject {
  const { group, kind, plural } = options;
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: options.name ?? `${plural}.${group}` },
    spec: {
      group,
      scope: options.scope ?? 'Namespaced',
      names: { kind, plural, ...options.names },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: {
            openAPIV3Schema: options.spec ? { type: 'object', properties: { spec: options.spec } } : { type: 'object' },
          },
        },
      ],
    },
  };
}
