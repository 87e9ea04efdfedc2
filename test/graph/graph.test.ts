import { describe, expect, it } from 'vitest';
import { buildPlatformGraph, toDot, toMermaid } from '../../src/graph/index.js';
import { ROOT, runCli } from '../cli/run-cli.js';

const app = (name: string, path: string) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name },
  spec: { source: { path } },
});
const ks = (name: string, path: string, dependsOn: string[] = []) => ({
  apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
  kind: 'Kustomization',
  metadata: { name },
  spec: { path, dependsOn: dependsOn.map((n) => ({ name: n })) },
});

const input = {
  tiers: [{ name: 'dev' }, { name: 'production', promotesFrom: 'dev' }],
  versions: new Map([
    [
      'api',
      new Map([
        ['dev', '1.2.0'],
        ['production', '1.1.0'],
      ]),
    ],
  ]),
  treePath: 'dist',
  objects: new Map<string, unknown>([
    ['bootstrap/argocd/application-root.yaml', app('root', 'dist/bootstrap/argocd')],
    ['bootstrap/argocd/application-api-dev.yaml', app('api-dev', 'dist/environments/dev/applications/api')],
    ['environments/dev/applications/api/deployment-api.yaml', { kind: 'Deployment', metadata: { name: 'api' } }],
    ['clusters/edge/kustomization-infra.yaml', ks('infra', './dist/platform-core')],
    ['clusters/edge/kustomization-apps.yaml', ks('apps', './dist/shared', ['infra'])],
  ]),
};

describe('platform graph', () => {
  it('has the promotion order, apps × tiers with versions, app-of-apps fan-out and Flux chains', () => {
    const graph = buildPlatformGraph(input);
    const edges = graph.edges.map((e) => `${e.from} -${e.label ?? ''}-> ${e.to}`);
    expect(edges).toContain('tier:dev -promotes to-> tier:production');
    expect(graph.nodes.find((n) => n.id === 'app:production:api')?.label).toBe('api 1.1.0');
    expect(edges).toContain('application:root -syncs-> folder:bootstrap/argocd');
    expect(edges).toContain('application:root -creates-> application:api-dev');
    expect(edges).toContain('application:api-dev -syncs-> app:dev:api');
    expect(edges).toContain('kustomization:infra -then-> kustomization:apps');
    expect(edges).toContain('kustomization:infra -syncs-> folder:platform-core');
  });

  it('draws Mermaid and DOT deterministically', () => {
    const mermaid = toMermaid(buildPlatformGraph(input));
    expect(mermaid.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid).toContain('  subgraph g_production["production"]\n    app_production_api["api 1.1.0"]\n  end');
    expect(mermaid).toContain('kustomization_infra -.->|then| kustomization_apps');
    expect(toMermaid(buildPlatformGraph(input))).toBe(mermaid);
    const dot = toDot(buildPlatformGraph(input));
    expect(dot).toContain('"tier:dev" -> "tier:production" [label="promotes to"];');
  });

  it('cdk8s-gitops graph renders the reference platform as SVG', () => {
    const run = runCli(['graph', '--format', 'svg'], {}, ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<svg');
    expect(run.stdout).toContain('user&#45;service');
  });
});
