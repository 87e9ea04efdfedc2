import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importXrdCommand } from '../../src/cli/import-xrd-command.js';
import { CrossplaneCheck, GitOpsApp } from '../../src/index.js';
import { runCli, ROOT } from '../cli/run-cli.js';
import { tempDir, testEnvironments } from '../helpers.js';
import { synthFailure, synthObjects } from './helpers.js';

const FIXTURES = resolve(import.meta.dirname, 'fixtures');
const NETWORK = join(FIXTURES, 'xnetwork-v1.yaml');
const BUCKET = join(FIXTURES, 'xbucket-v2.yaml');

/** Runs the command in-process, collecting its output. */
async function importXrd(files: string[], out: string): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await importXrdCommand(
    files,
    { out, importFrom: '../../../src/index.js' },
    {
      stdout: (l) => stdout.push(l),
      stderr: (l) => stderr.push(l),
    },
  );
  return { code, stdout, stderr };
}

// Generated modules live inside the repository so they resolve `constructs` and the library sources.
const gen = mkdtempSync(join(import.meta.dirname, '.gen-'));
afterAll(() => rmSync(gen, { recursive: true, force: true }));

const PROGRAM = `import { AutoReady, PipelineComposition, Xrd, type GitOpsApp } from '../../../src/index.js';
import { NetworkClaim, XNetworkApi, type XNetworkV1Beta1Spec } from './xnetwork.js';
import { XBucketClaim, XBucketApi } from './xbucket.js';

export function build(app: GitOpsApp<'dev' | 'staging' | 'production'>): void {
  Xrd.define(app, XNetworkApi);
  Xrd.define(app, XBucketApi);
  new PipelineComposition(app.platformCore.compositions, 'network-aws', {
    api: XNetworkApi,
    labels: { provider: 'aws' },
    steps: [AutoReady.step()],
  });
  new PipelineComposition(app.platformCore.compositions, 'bucket', { api: XBucketApi, steps: [AutoReady.step()] });
  app.forEachTier((tier) => {
    new NetworkClaim(tier.infrastructure, 'main', {
      compositionSelector: { provider: 'aws' },
      spec: {
        id: 'main',
        parameters: {
          // region is required with a default (optional here); validation applies defaults once that lands.
          region: 'eu-central-1',
          cidr: (t) => (t.production ? '10.0.0.0/16' : '10.1.0.0/16'),
          subnets: [{ zone: 'eu-central-1a', type: 'private' }],
          providerSettings: { anything: { goes: true } },
          port: 'http',
        },
      },
    });
    new XBucketClaim(tier.application('web'), 'assets', { spec: { region: 'eu-central-1', lifecycle: { expireAfterDays: 30 } } });
  });
}

export function typeErrors(app: GitOpsApp): void {
  const scope = app.tier('dev' as never).infrastructure;
  // @ts-expect-error cidr is required (region and tier have defaults, so they are optional)
  new NetworkClaim(scope, 'a', { spec: { id: 'a', parameters: {} } });
  // @ts-expect-error 'gold' is not in the enum
  new NetworkClaim(scope, 'b', { spec: { id: 'b', parameters: { cidr: '10.0.0.0/8', tier: 'gold' } } });
  // @ts-expect-error subnets need a zone
  new NetworkClaim(scope, 'c', { spec: { id: 'c', parameters: { cidr: '10.0.0.0/8', subnets: [{ type: 'public' }] } } });
  // @ts-expect-error unknown field
  new XBucketClaim(scope, 'd', { spec: { region: 'x', versionning: true } });
  // @ts-expect-error expireAfterDays is a number
  new XBucketClaim(scope, 'e', { spec: { region: 'x', lifecycle: { expireAfterDays: '30' } } });
  const defaults: XNetworkV1Beta1Spec['parameters'] = { cidr: '10.0.0.0/8' };
  void defaults;
}
`;

describe('import-xrd', () => {
  it('writes a module per XRD that compiles under strict, and round-trips through synth and validation', async () => {
    const run = await importXrd([NETWORK, BUCKET], gen);
    expect(run).toEqual({
      code: 0,
      stdout: [`wrote ${join(gen, 'xnetwork.ts')} (XNetwork)`, `wrote ${join(gen, 'xbucket.ts')} (XBucket)`],
      stderr: [],
    });
    const network = readFileSync(join(gen, 'xnetwork.ts'), 'utf8');
    // Every version gets its type; descriptions become TSDoc; defaulted fields are optional.
    expect(network).toContain('export interface XNetworkV1Alpha1Spec {');
    expect(network).toContain(
      '/**\n   * ID of this Network that other objects will use to refer to it.\n   */\n  id: string;',
    );
    expect(network).toContain('    region?: string;\n    cidr: string;\n    tier?: "basic" | "advanced";');
    expect(network).toContain('    providerSettings?: {\n      [k: string]: unknown | undefined;\n    };');
    expect(network).toContain('    port?: number | string;');
    expect(network).toContain('export class NetworkClaim extends CompositeClaim<XNetworkV1Beta1Spec>');

    writeFileSync(join(gen, 'program.ts'), PROGRAM);
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const args = [
      tsc,
      '--noEmit',
      '--strict',
      '--noUncheckedIndexedAccess',
      '--skipLibCheck',
      '--target',
      'ES2022',
      '--module',
      'NodeNext',
      '--moduleResolution',
      'NodeNext',
      '--types',
      'node',
      join(gen, 'program.ts'),
    ];
    let output = '';
    try {
      execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    expect(output).toBe('');

    const { build } = (await import(pathToFileURL(join(gen, 'program.ts')).href)) as {
      build: (app: GitOpsApp<'dev' | 'staging' | 'production'>) => void;
    };
    const outdir = tempDir();
    const app = new GitOpsApp({ environments: testEnvironments, outdir });
    build(app);
    const objects = synthObjects(app, outdir);
    expect(objects.get('environments/production/infrastructure/network-main.yaml')).toEqual({
      apiVersion: 'aws.platform.example.com/v1beta1',
      kind: 'Network',
      metadata: { name: 'main', namespace: 'production', labels: { 'gitops.cdk8s.io/tier': 'production' } },
      spec: {
        compositionSelector: { matchLabels: { provider: 'aws' } },
        id: 'main',
        parameters: {
          cidr: '10.0.0.0/16',
          port: 'http',
          providerSettings: { anything: { goes: true } },
          region: 'eu-central-1',
          subnets: [{ type: 'private', zone: 'eu-central-1a' }],
        },
        writeConnectionSecretToRef: { name: 'main-connection' },
      },
    });
    expect(objects.get('environments/dev/applications/web/xbucket-assets.yaml')?.metadata.namespace).toBe('web-dev');
    expect(
      objects.get('platform-core/xrds/compositeresourcedefinition-xnetworks.aws.platform.example.com.yaml')?.apiVersion,
    ).toBe('apiextensions.crossplane.io/v1');
  });

  it('validates claims of an XRD installed outside the program against the XRD file', async () => {
    const { XBucketClaim } = (await import(pathToFileURL(join(gen, 'xbucket.ts')).href)) as {
      XBucketClaim: new (scope: unknown, id: string, props: unknown) => unknown;
    };
    const app = new GitOpsApp({
      environments: testEnvironments,
      outdir: tempDir(),
      validation: { crdFiles: [BUCKET] },
    });
    CrossplaneCheck.of(app).external('storage.example.com/XBucket');
    new XBucketClaim(app.tier('dev').infrastructure, 'ok', { spec: { region: 'eu' } });
    new XBucketClaim(app.tier('dev').infrastructure, 'bad', {
      spec: { region: 'eu', lifecycle: { expireAfterDays: 0 } },
    });
    const text = synthFailure(app).join('\n');
    expect(text).toContain('xbucket-bad.yaml /spec/lifecycle/expireAfterDays');
    expect(text).not.toContain('xbucket-ok.yaml');
  });

  it('names the file and field of an XRD it cannot import, reporting every problem before writing', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.yaml');
    writeFileSync(
      broken,
      `apiVersion: apiextensions.crossplane.io/v1
kind: CompositeResourceDefinition
metadata:
  name: xthing.example.com
spec:
  group: example.com
  names: { kind: XThing, plural: xthings }
  claimNames: { kind: XThing, plural: things }
  versions:
    - { name: v1, served: true, referenceable: true, schema: { openAPIV3Schema: [] } }
    - { name: v2, served: true, referenceable: true }
`,
    );
    const out = join(dir, 'out');
    const run = await importXrd([broken, join(dir, 'missing.yaml')], out);
    expect(run.code).toBe(2);
    const text = run.stderr.join('\n');
    expect(run.stderr[0]?.split('\n')[0]).toBe(
      `error: ${broken}: metadata.name 'xthing.example.com' must be 'xthings.example.com' (<plural>.<group>)`,
    );
    expect(text).toContain(`  file: ${broken}\n  field: metadata.name`);
    expect(text).toContain("the claim kind 'XThing' is the same as the composite kind");
    expect(text).toContain(`${broken}: 2 versions are referenceable`);
    expect(text).toContain('  field: spec.versions[0].schema.openAPIV3Schema');
    expect(text).toContain(`error: XRD file '${join(dir, 'missing.yaml')}' does not exist`);
    expect(() => readFileSync(join(out, 'xthing.ts'))).toThrow();
  });

  it('names the line of invalid YAML and a file without XRDs', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: v1\nkind: [unclosed\n');
    const none = join(dir, 'none.yaml');
    writeFileSync(none, 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n');
    const run = await importXrd([bad, none], join(dir, 'out'));
    expect(run.code).toBe(2);
    expect(run.stderr[0]?.split('\n')[0]).toMatch(
      new RegExp(`^error: XRD file '${bad.replace(/[.\\/]/g, '\\$&')}' is not valid YAML \\(line \\d+\\)`),
    );
    expect(run.stderr.join('\n')).toContain(`error: XRD file '${none}' holds no CompositeResourceDefinition`);
  });

  it('is a command of the CLI', () => {
    const out = tempDir();
    const run = runCli(['import-xrd', BUCKET, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'xbucket.ts'), 'utf8')).toContain("from 'cdk8s-gitops';");
  });
});
