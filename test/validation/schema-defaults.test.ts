// Structural-schema defaults are applied (on a copy) before `required` is checked, as the API server
// does: for CRDs and XRDs, in synth and in validate (the repository fixtures cover validate).
import { ApiObject } from 'cdk8s';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitOpsApp, SynthFailedError } from '../../src/index.js';
import { validateManifests } from '../../src/validation/index.js';
import { captureOutput, tempDir, testApp } from '../helpers.js';
import { customResourceDefinition, manifest, type CrdObject } from './helpers.js';

/** A CRD whose `spec.size` is required; defaulted to `small` unless `withDefault` is false. */
function widgetCrd(withDefault: boolean): CrdObject {
  const size: Record<string, unknown> = { type: 'string', enum: ['small', 'large'] };
  if (withDefault) size['default'] = 'small';
  return customResourceDefinition({
    group: 'example.com',
    kind: 'Widget',
    plural: 'widgets',
    names: { singular: 'widget', listKind: 'WidgetList' },
    spec: {
      type: 'object',
      required: ['size', 'ports'],
      properties: {
        size,
        ports: {
          type: 'array',
          items: {
            type: 'object',
            required: ['port', 'protocol'],
            properties: {
              port: { type: 'integer' },
              protocol: { type: 'string', default: 'TCP', enum: ['TCP', 'UDP'] },
            },
          },
        },
      },
      'x-kubernetes-validations': [
        { rule: "self.size == 'small' || self.ports.size() > 1", message: 'large widgets need two ports' },
      ],
    },
  });
}

const WIDGET = { apiVersion: 'example.com/v1', kind: 'Widget', spec: { ports: [{ port: 80 }] } };

function synthWidget(withDefault: boolean): { app: GitOpsApp; outdir: string } {
  const outdir = tempDir();
  const app = testApp(outdir);
  new ApiObject(app.folder('shared/crds'), 'widgets', widgetCrd(withDefault) as never);
  new ApiObject(app.tier('dev').infrastructure, 'widget', { ...WIDGET, metadata: { name: 'w' } });
  return { app, outdir };
}

describe('schema defaults', () => {
  it('synth accepts a custom resource that leaves out required fields its CRD defaults, and writes it as written', () => {
    const { app, outdir } = synthWidget(true);
    const { manifests } = app.synth({ output: captureOutput() });
    const widget = manifests.find((m) => m.object.kind === 'Widget');
    expect(widget?.object['spec']).toEqual({ ports: [{ port: 80 }] });
    const written = readFileSync(join(outdir, widget?.file as string), 'utf8');
    expect(written).not.toContain('size');
    expect(written).not.toContain('TCP');
  });

  it('synth rejects it when the CRD declares no default (control)', () => {
    const { app } = synthWidget(false);
    let lines: readonly string[] = [];
    try {
      app.synth({ output: captureOutput() });
    } catch (e) {
      if (!(e instanceof SynthFailedError)) throw e;
      lines = e.lines;
    }
    expect(lines).toContainEqual(expect.stringMatching(/^error .*\/spec\/size: missing required field 'size'/));
  });

  it('CEL rules see the defaulted object', () => {
    const crd = widgetCrd(true);
    const large = { ...WIDGET, metadata: { name: 'l', namespace: 'x' }, spec: { size: 'large', ports: [{ port: 1 }] } };
    const small = { ...WIDGET, metadata: { name: 's', namespace: 'x' } };
    const report = validateManifests([
      manifest(crd),
      manifest(large, { file: 'l.yaml' }),
      manifest(small, { file: 's.yaml' }),
    ]);
    expect(report.issues.map((i) => [i.file, i.code, i.message])).toEqual([
      ['l.yaml', 'cel.failed', 'large widgets need two ports'],
    ]);
  });

  it('defaults inside array items, and reports a default value that is itself invalid', () => {
    const crd = widgetCrd(true) as unknown as { spec: { versions: { schema: { openAPIV3Schema: any } }[] } };
    crd.spec.versions[0]!.schema.openAPIV3Schema.properties.spec.properties.ports.items.properties.protocol.default =
      'SCTP';
    const widget = {
      ...WIDGET,
      metadata: { name: 'w', namespace: 'x' },
      spec: { ports: [{ port: 80 }, { port: 53, protocol: 'UDP' }] },
    };
    const report = validateManifests([manifest(crd), manifest(widget, { file: 'w.yaml' })]);
    expect(report.issues.map((i) => [i.code, i.pointer])).toEqual([['schema.enum', '/spec/ports/0/protocol']]);
  });
});
