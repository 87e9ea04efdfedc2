import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { environments } from '../environments.js';
import { REPOSITORY } from '../examples/platform/argocd.js';
import { buildPlatform } from '../examples/platform/platform.js';
import { GitOpsApp, type Manifest } from '../src/index.js';
import { ROOT } from './cli/run-cli.js';
import { captureOutput, readTree, tempDir } from './helpers.js';

/** Synthesizes the reference platform into a temporary folder. */
function synthReference(): { outdir: string; manifests: readonly Manifest[] } {
  const outdir = tempDir();
  const app = new GitOpsApp({ environments, outdir, repository: REPOSITORY });
  buildPlatform(app);
  const { manifests } = app.synth({ output: captureOutput() });
  return { outdir, manifests };
}

const find = (manifests: readonly Manifest[], file: string) => {
  const m = manifests.find((x) => x.file === file);
  if (!m) throw new Error(`no ${file}`);
  return m.object as Record<string, any>;
};

describe('reference platform', () => {
  // Every test below only reads the synthesized tree: synthesize it once.
  let reference: { outdir: string; manifests: readonly Manifest[] };
  beforeAll(() => {
    reference = synthReference();
  });

  it('runs in every tier the image releases.yaml pins, and no version is typed in code', () => {
    const { manifests } = reference;
    const pins = (yaml.load(readFileSync(join(ROOT, 'releases.yaml'), 'utf8')) as any).apps;
    for (const app of ['user-service', 'payment-service']) {
      for (const tier of environments.names) {
        const workload = manifests.find(
          (m) =>
            m.file.startsWith(`environments/${tier}/applications/${app}/`) &&
            ['Deployment', 'Rollout'].includes(m.object.kind),
        );
        const image = (workload?.object as any).spec.template.spec.containers[0].image;
        expect(image, `${app} ${tier}`).toBe(pins[app][tier].image);
      }
    }
    for (const file of ['services.ts', 'workloads.ts']) {
      expect(readFileSync(join(ROOT, 'examples/platform', file), 'utf8')).not.toMatch(/\d+\.\d+\.\d+/);
    }
  });

  it('populates every folder of the layout', () => {
    const { manifests } = reference;
    const folders = new Set(manifests.map((m) => m.file.split('/').slice(0, -1).join('/')));
    for (const folder of [
      'platform-core/xrds',
      'platform-core/compositions',
      'shared/policies',
      'bootstrap/argocd',
      ...environments.names.flatMap((t) => [
        `environments/${t}/infrastructure`,
        `environments/${t}/applications/user-service`,
        `environments/${t}/applications/payment-service`,
      ]),
    ]) {
      expect(folders, folder).toContain(folder);
    }
  });

  it('gives each tier its replicas, release and database size', () => {
    const { manifests } = reference;
    const expected = {
      dev: [1, '1.5.0-rc.2', '10Gi'],
      staging: [2, '1.4.2', '50Gi'],
      production: [3, '1.4.1', '100Gi'],
    };
    for (const [tier, [replicas, release, storage]] of Object.entries(expected)) {
      const dir = `environments/${tier}/applications/user-service`;
      // Dev runs a plain Deployment; staging and production deliver through an Argo Rollouts canary.
      const workload = tier === 'dev' ? 'deployment' : 'rollout';
      const deployment = find(manifests, `${dir}/${workload}-user-service.yaml`);
      expect(deployment.metadata.namespace).toBe(`user-service-${tier}`);
      expect(deployment.spec.replicas).toBe(replicas);
      expect(deployment.spec.template.spec.containers[0].image).toBe(`ghcr.io/company/user-service:${release}`);
      expect(find(manifests, `${dir}/xpostgresql-user-database.yaml`).spec.parameters.storage).toBe(storage);
    }
  });

  it('gives production the strictest settings: disruption budgets, manual sync, a freeze window', () => {
    const { manifests } = reference;
    const pdbs = manifests.filter((m) => m.object.kind === 'PodDisruptionBudget').map((m) => m.tier);
    expect(pdbs).toEqual(['production', 'production']);
    const prodApp = find(manifests, 'bootstrap/argocd/production/application-production-infrastructure.yaml');
    expect(prodApp.spec.syncPolicy.automated).toBeUndefined();
    const devApp = find(manifests, 'bootstrap/argocd/dev/application-dev-infrastructure.yaml');
    expect(devApp.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    const project = find(manifests, 'bootstrap/argocd/appproject-production.yaml');
    expect(project.spec.syncWindows).toEqual([
      expect.objectContaining({ kind: 'deny', schedule: '0 18 * * 5', duration: '62h' }),
    ]);
  });

  it('keeps plaintext secrets out: credentials come from ExternalSecrets', () => {
    const { manifests } = reference;
    expect(manifests.filter((m) => m.object.kind === 'Secret')).toEqual([]);
    expect(manifests.filter((m) => m.object.kind === 'ExternalSecret' && m.tier)).toHaveLength(6);
  });

  it('delivers services per tier: Deployment in dev, canary in staging, analysed canary in production', () => {
    const { manifests } = reference;
    for (const service of ['user-service', 'payment-service']) {
      const dir = (tier: string) => `environments/${tier}/applications/${service}`;
      expect(find(manifests, `${dir('dev')}/deployment-${service}.yaml`).kind).toBe('Deployment');
      const staging = find(manifests, `${dir('staging')}/rollout-${service}.yaml`);
      expect(staging.spec.strategy.canary.steps.some((s: any) => s.analysis)).toBe(false);
      const production = find(manifests, `${dir('production')}/rollout-${service}.yaml`);
      const weights = production.spec.strategy.canary.steps
        .filter((s: any) => s.setWeight)
        .map((s: any) => s.setWeight);
      expect(weights).toEqual([10, 50, 100]);
      expect(production.spec.strategy.canary.steps).toContainEqual({
        analysis: {
          templates: [{ templateName: `${service}-error-rate` }],
          args: [{ name: 'service-name', value: service }],
        },
      });
      const template = find(manifests, `${dir('production')}/analysistemplate-${service}-error-rate.yaml`);
      expect(template.spec.metrics[0].provider.prometheus.address).toBe('http://prometheus.monitoring:9090');
    }
  });

  it('matches the committed dist/ byte for byte (run `npm run synth` after changing the platform)', () => {
    const app = new GitOpsApp({ environments, outdir: join(ROOT, 'dist'), repository: REPOSITORY });
    buildPlatform(app);
    const result = app.synth({ check: true, output: captureOutput() });
    expect(result.differences.map((d) => `${d.change} ${d.path}`)).toEqual([]);
  });

  it('matches the snapshot of the reference tree', () => {
    const { outdir } = reference;
    const tree = readTree(outdir);
    const documents = Object.fromEntries(
      [...tree].filter(([p]) => p.endsWith('.yaml')).map(([p, c]) => [p, yaml.load(c)]),
    );
    expect(documents).toMatchSnapshot();
  });
});
