import { ApiObject } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { AutoReady, Claim, CrossplaneCheck, PipelineComposition, Xrd, type GitOpsApp } from '../../src/index.js';
import { tempDir, testApp } from '../helpers.js';
import { Cache, Database } from './fixtures.js';
import { synthFailure, synthObjects } from './helpers.js';

function withApis(app: GitOpsApp): void {
  Xrd.define(app, Database);
  Xrd.define(app, Cache);
  new PipelineComposition(app.platformCore.compositions, 'database-aws', {
    api: Database,
    labels: { provider: 'aws' },
    steps: [AutoReady.step()],
  });
}

/** A hand-written v2 XRD (what a program may copy from a package). */
function handXrd(app: GitOpsApp, id: string, spec: Record<string, unknown>, name: string): void {
  new ApiObject(app.platformCore.xrds, id, {
    apiVersion: 'apiextensions.crossplane.io/v2',
    kind: 'CompositeResourceDefinition',
    metadata: { name },
    spec,
  });
}

const version = (name: string, referenceable: boolean) => ({
  name,
  served: true,
  referenceable,
  schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object' } } } },
});

describe('crossplane checks at synth', () => {
  it('accepts a program whose claims, Compositions and XRDs agree', () => {
    const outdir = tempDir();
    const app = testApp(outdir);
    withApis(app);
    new Claim(app.tier('dev').infrastructure, 'db', {
      api: Database,
      compositionSelector: { provider: 'aws' },
      parameters: { size: 'small' },
    });
    expect(synthObjects(app, outdir).has('environments/dev/infrastructure/xdatabase-db.yaml')).toBe(true);
  });

  it('rejects a claim whose kind no XRD of the program defines, unless declared external', () => {
    const app = testApp(tempDir());
    new Claim(app.tier('dev').infrastructure, 'db', { api: Database, parameters: { size: 'small' } });
    const lines = synthFailure(app);
    // Validation's own error (no schema for the kind) comes first; the check's explanation follows.
    const at = lines.findIndex((l) => l.startsWith("error: XDatabase 'db' has a kind no"));
    expect(lines.slice(at, at + 5)).toEqual([
      "error: XDatabase 'db' has a kind no CompositeResourceDefinition of the program defines",
      '  tier: dev',
      '  file: environments/dev/infrastructure/xdatabase-db.yaml',
      '  construct: dev/infrastructure/db/Resource',
      '  field: kind',
    ]);
    expect(lines.join('\n')).toContain("CrossplaneCheck.of(app).external('platform.example.com/XDatabase')");

    const outdir = tempDir();
    const external = testApp(outdir);
    CrossplaneCheck.of(external).external('platform.example.com/*');
    new Claim(external.tier('dev').infrastructure, 'db', { api: Database, parameters: { size: 'small' } });
    // Validation still needs the schema: give it as an XRD file, as a package would install it.
    expect(synthFailure(external).join('\n')).not.toContain('CompositeResourceDefinition of the program');
  });

  it('rejects a hand-written object in an XRD group whose kind is a typo', () => {
    const app = testApp(tempDir());
    withApis(app);
    new ApiObject(app.tier('dev').infrastructure, 'typo', {
      apiVersion: 'platform.example.com/v1alpha1',
      kind: 'XDatabse',
      metadata: { name: 'typo' },
      spec: {},
    });
    const lines = synthFailure(app).join('\n');
    expect(lines).toContain("XDatabse 'typo' has a kind no CompositeResourceDefinition of the program defines");
    expect(lines).toContain("did you mean 'platform.example.com/XDatabase'?");
  });

  it('rejects a compositionRef or compositionSelector matching no Composition of the kind', () => {
    const app = testApp(tempDir());
    withApis(app);
    new ApiObject(app.tier('dev').infrastructure, 'by-ref', {
      apiVersion: 'platform.example.com/v1alpha1',
      kind: 'XDatabase',
      metadata: { name: 'by-ref' },
      spec: { crossplane: { compositionRef: { name: 'database-awz' } }, parameters: { size: 'small' } },
    });
    new Claim(app.tier('production').infrastructure, 'by-label', {
      api: Database,
      compositionSelector: { provider: 'gcp' },
      parameters: { size: 'large' },
    });
    new Claim(app.tier('staging').infrastructure, 'cache', {
      api: Cache,
      compositionSelector: { provider: 'aws' },
      parameters: { size: 'small' },
    });
    const lines = synthFailure(app);
    const at = lines.indexOf(
      "error: XDatabase 'by-ref' refers to Composition 'database-awz', which is not a Composition of XDatabase in the program",
    );
    expect(lines.slice(at + 1, at + 6)).toEqual([
      '  tier: dev',
      '  file: environments/dev/infrastructure/xdatabase-by-ref.yaml',
      '  construct: dev/infrastructure/by-ref',
      '  field: spec.crossplane.compositionRef.name',
      "  fix: did you mean 'database-aws'? the Compositions of XDatabase are: database-aws",
    ]);
    expect(lines.join('\n')).toContain(
      "XDatabase 'by-label' selects Compositions with provider=gcp, but no Composition of XDatabase has these labels",
    );
    expect(lines.join('\n')).toContain(
      "XCache 'cache' selects Compositions with provider=aws, but no Composition of XCache has these labels",
    );
  });

  it('rejects a Composition whose compositeTypeRef names no XRD, or not its referenceable version', () => {
    const app = testApp(tempDir());
    withApis(app);
    new ApiObject(app.platformCore.compositions, 'orphan', {
      apiVersion: 'apiextensions.crossplane.io/v1',
      kind: 'Composition',
      metadata: { name: 'orphan' },
      spec: {
        compositeTypeRef: { apiVersion: 'platform.example.com/v1alpha1', kind: 'XDatabases' },
        mode: 'Pipeline',
        pipeline: [{ step: 'a', functionRef: { name: 'function-auto-ready' } }],
      },
    });
    new ApiObject(app.platformCore.compositions, 'old', {
      apiVersion: 'apiextensions.crossplane.io/v1',
      kind: 'Composition',
      metadata: { name: 'old' },
      spec: {
        compositeTypeRef: { apiVersion: 'platform.example.com/v1', kind: 'XCache' },
        mode: 'Pipeline',
        pipeline: [{ step: 'a', functionRef: { name: 'function-auto-ready' } }],
      },
    });
    const text = synthFailure(app).join('\n');
    expect(text).toContain(
      "Composition 'orphan' composes XDatabases (platform.example.com/v1alpha1), which no CompositeResourceDefinition of the program defines",
    );
    expect(text).toContain("did you mean 'platform.example.com/XDatabase'?");
    expect(text).toContain(
      "Composition 'old' references XCache at platform.example.com/v1, which is not its referenceable version platform.example.com/v1alpha1",
    );
  });

  it("rejects hand-written XRDs that break Crossplane's naming rules", () => {
    const app = testApp(tempDir());
    // Crossplane constructs turn the check on; a program of hand-written objects turns it on itself.
    CrossplaneCheck.of(app);
    handXrd(
      app,
      'wrong-name',
      { group: 'a.example.com', names: { kind: 'XA', plural: 'xas' }, versions: [version('v1', true)] },
      'xa.a.example.com',
    );
    handXrd(
      app,
      'two-referenceable',
      {
        group: 'b.example.com',
        names: { kind: 'XB', plural: 'xbs' },
        versions: [version('v1', true), version('v2', true)],
      },
      'xbs.b.example.com',
    );
    new ApiObject(app.platformCore.xrds, 'same-claim', {
      apiVersion: 'apiextensions.crossplane.io/v1',
      kind: 'CompositeResourceDefinition',
      metadata: { name: 'xcs.c.example.com' },
      spec: {
        group: 'c.example.com',
        names: { kind: 'XC', plural: 'xcs' },
        claimNames: { kind: 'XC', plural: 'cs' },
        versions: [version('v1', true)],
      },
    });
    const text = synthFailure(app).join('\n');
    expect(text).toContain(
      "CompositeResourceDefinition 'xa.a.example.com' must be named 'xas.a.example.com' (<plural>.<group>)",
    );
    expect(text).toContain("CompositeResourceDefinition 'xbs.b.example.com' has 2 referenceable versions (v1, v2)");
    expect(text).toContain(
      "CompositeResourceDefinition 'xcs.c.example.com' uses 'XC' as both composite and claim kind",
    );
  });
});
