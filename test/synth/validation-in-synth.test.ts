import { ApiObject, JsonPatch } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitOpsApp, SynthFailedError, waive } from '../../src/index.js';
import { captureOutput, readTree, tempDir, testApp, testEnvironments } from '../helpers.js';

/** The error lines of a failed synth (throws if synth succeeds). */
function failure(app: GitOpsApp): string[] {
  try {
    app.synth({ output: captureOutput() });
  } catch (e) {
    if (e instanceof SynthFailedError) return [...e.lines];
    throw e;
  }
  throw new Error('synth succeeded');
}

const deployment = (scope: ConstructLike, id: string) =>
  new k8s.KubeDeployment(scope, id, {
    metadata: { name: id },
    spec: {
      selector: { matchLabels: { app: id } },
      template: { metadata: { labels: { app: id } }, spec: { containers: [{ name: id, image: `${id}:1.0.0` }] } },
    },
  });
type ConstructLike = ConstructorParameters<typeof k8s.KubeDeployment>[0];

/** A Crossplane v2 XRD in platform-core whose XR has one enum parameter `spec.size`. */
function xrd(app: GitOpsApp, kind: string, plural: string, sizes: string[], scope?: 'Cluster' | 'Namespaced'): void {
  new ApiObject(app.platformCore.xrds, 'xrd', {
    apiVersion: 'apiextensions.crossplane.io/v2',
    kind: 'CompositeResourceDefinition',
    metadata: { name: `${plural}.platform.example.com` },
    spec: {
      group: 'platform.example.com',
      names: { kind, plural },
      ...(scope ? { scope } : {}),
      versions: [
        {
          name: 'v1',
          served: true,
          referenceable: true,
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: { spec: { type: 'object', properties: { size: { type: 'string', enum: sizes } } } },
            },
          },
        },
      ],
    },
  });
}

describe('validation at synth', () => {
  it('rejects a field that type-checks through an escape hatch, naming tier, file, pointer and construct', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    // Generated L1 classes drop unknown fields when they render, so the typo comes through a raw ApiObject.
    new ApiObject(app.tier('dev').application('web'), 'web', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: {
        replica: 2,
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'web:1' }] } },
      },
    });
    const lines = failure(app);
    expect(lines).toEqual([
      "error   dev environments/dev/applications/web/deployment-web.yaml /spec/replica: unknown field 'replica' [construct dev/applications-web/web] — did you mean 'replicas'?",
    ]);
    expect(readTree(outdir).size).toBe(0);
  });

  it('reports every error of a run at once and leaves the outdir as it was', () => {
    const outdir = tempDir();
    const good = testApp(outdir);
    deployment(good.tier('dev').application('web'), 'web');
    good.synth({ output: captureOutput() });
    const before = readTree(outdir);

    const app = testApp(outdir);
    deployment(app.tier('dev').application('web'), 'web').addJsonPatch(JsonPatch.add('/spec/replicas', 'three'));
    new ApiObject(app.tier('staging').infrastructure, 'cm', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { a: 1 },
    } as never);
    const lines = failure(app);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^error {3}dev environments\/dev\/applications\/web\/deployment-web.yaml \/spec\/replicas: /,
    );
    expect(lines[1]).toMatch(/^error {3}staging environments\/staging\/infrastructure\/configmap-cm.yaml \/data\/a: /);
    expect(readTree(outdir)).toEqual(before);
  });

  it('keeps plaintext Secrets out of the tree unless explicitly waived', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    const secret = new k8s.KubeSecret(app.tier('dev').application('db'), 'creds', { stringData: { password: 'x' } });
    const [line] = failure(app);
    expect(line).toMatch(/^error {3}dev environments\/dev\/applications\/db\/secret-creds.yaml .*ExternalSecret/);

    const waived = testApp(outdir);
    const fixture = new k8s.KubeSecret(waived.tier('dev').application('db'), 'creds', {
      stringData: { password: 'x' },
    });
    waive(fixture, 'secret.plaintext', 'test fixture with a dummy password');
    expect(waived.synth({ output: captureOutput() }).manifests).toHaveLength(1);
    expect(secret.name).toBe('creds');
  });

  it('places kinds the program defines itself: a cluster-scoped XRD kind loses its folder namespace', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    xrd(app, 'XCluster', 'xclusters', ['s', 'l'], 'Cluster');
    new ApiObject(app.tier('dev').infrastructure, 'cluster', {
      apiVersion: 'platform.example.com/v1',
      kind: 'XCluster',
      spec: { size: 's' },
    });
    const { manifests } = app.synth({ output: captureOutput() });
    const xr = manifests.find((m) => m.object.kind === 'XCluster');
    expect(xr?.file).toBe('environments/dev/infrastructure/xcluster-cluster.yaml');
    expect(xr?.object.metadata.namespace).toBeUndefined();
  });

  it('validates claims against the XRD the program emits', () => {
    const app = testApp(tempDir());
    xrd(app, 'XCache', 'xcaches', ['small', 'large']);
    new ApiObject(app.tier('production').infrastructure, 'cache', {
      apiVersion: 'platform.example.com/v1',
      kind: 'XCache',
      spec: { size: 'huge' },
    });
    const [line] = failure(app);
    expect(line).toMatch(
      /^error {3}production environments\/production\/infrastructure\/xcache-cache.yaml \/spec\/size: /,
    );
  });

  it('needs a schema for every kind, unless the kind is registered from a CRD file or marked external', () => {
    const make = (validation?: { crdFiles?: string[]; externalKinds?: string[] }) => {
      const app = new GitOpsApp({ environments: testEnvironments, outdir: tempDir(), validation });
      new ApiObject(app.tier('dev').infrastructure, 'w', {
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        spec: { size: 1 },
      });
      return app;
    };
    expect(failure(make())[0]).toBe(
      'error   dev environments/dev/infrastructure/widget-w.yaml: no schema for example.com/v1 Widget [construct dev/infrastructure/w] — emit its CRD in the same tree, register its CRD file (validation.crdFiles; validate --crd FILE), or declare the kind external (validation.externalKinds; validate --external PATTERN)',
    );
    expect(make({ externalKinds: ['example.com/*'] }).synth({ output: captureOutput() }).manifests).toHaveLength(1);

    const crd = join(tempDir(), 'widgets.yaml');
    writeFileSync(
      crd,
      [
        'apiVersion: apiextensions.k8s.io/v1',
        'kind: CustomResourceDefinition',
        'metadata: { name: widgets.example.com }',
        'spec:',
        '  group: example.com',
        '  scope: Namespaced',
        '  names: { kind: Widget, plural: widgets, singular: widget, listKind: WidgetList }',
        '  versions:',
        '    - name: v1',
        '      served: true',
        '      storage: true',
        '      schema:',
        '        openAPIV3Schema:',
        '          type: object',
        '          properties:',
        '            spec: { type: object, properties: { size: { type: string } } }',
        '',
      ].join('\n'),
    );
    expect(failure(make({ crdFiles: [crd] }))[0]).toMatch(/^error {3}dev .*\/spec\/size: /);
  });

  it('can be turned off explicitly', () => {
    const app = new GitOpsApp({ environments: testEnvironments, outdir: tempDir(), validation: false });
    deployment(app.tier('dev').application('web'), 'web').addJsonPatch(JsonPatch.add('/spec/replicas', 'three'));
    expect(app.synth({ output: captureOutput() }).manifests).toHaveLength(1);
  });
});
