import { describe, expect, it } from 'vitest';
import { expandApplicationSet, ExpansionError, Repository, type ExpansionWorld } from '../../src/index.js';

const REPO = 'https://github.com/acme/platform.git';
const repository = new Repository({ url: REPO, path: 'dist' }, 'dist');

function world(files: Record<string, unknown>): ExpansionWorld {
  const folders = new Set<string>();
  for (const f of Object.keys(files)) {
    const parts = f.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return {
    repository,
    folders,
    files: new Map(Object.entries(files)),
    clusters: [
      { name: 'in-cluster', server: 'https://kubernetes.default.svc', labels: {}, annotations: {}, hasSecret: false },
      { name: 'prod', server: 'https://prod.example.com', labels: { env: 'prod' }, annotations: {}, hasSecret: true },
    ],
  };
}

const appset = (spec: Record<string, unknown>) => ({
  metadata: { name: 'set', namespace: 'argocd' },
  spec: { template: { metadata: { name: 'x' }, spec: { project: 'default', destination: {} } }, ...spec },
});
const names = (spec: Record<string, unknown>, files: Record<string, unknown> = {}) =>
  expandApplicationSet(appset(spec), world(files)).applications.map((a) => a.object.metadata.name);

describe('expandApplicationSet', () => {
  const files = { 'apps/a/cm.yaml': { n: 'a' }, 'apps/b/c/cm.yaml': { n: 'c' }, 'apps/top.json': { n: 'top' } };

  it('git directories: * stays within one folder, exclude wins', () => {
    const gen = {
      git: {
        repoURL: REPO,
        revision: 'HEAD',
        directories: [{ path: 'dist/apps/*' }, { path: 'dist/apps/a', exclude: true }],
      },
    };
    expect(
      names({ generators: [gen], template: { metadata: { name: '{{path.basename}}' }, spec: {} } }, files),
    ).toEqual(['b']);
  });

  it('git files: the default greedy globbing crosses folders; content fields are parameters', () => {
    const gen = { git: { repoURL: REPO, revision: 'HEAD', files: [{ path: 'dist/apps/*.yaml' }] } };
    expect(
      names({ generators: [gen], template: { metadata: { name: '{{n}}-{{path.basename}}' }, spec: {} } }, files),
    ).toEqual(['a-a', 'c-c']);
  });

  it('clusters: every cluster without a selector, only labelled cluster secrets with one', () => {
    const template = { metadata: { name: '{{name}}' }, spec: {} };
    expect(names({ generators: [{ clusters: {} }], template })).toEqual(['in-cluster', 'prod']);
    expect(names({ generators: [{ clusters: { selector: { matchLabels: { env: 'prod' } } } }], template })).toEqual([
      'prod',
    ]);
    expect(
      names({
        generators: [{ clusters: { selector: { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] } } }],
        template,
      }),
    ).toEqual([]);
  });

  it('matrix in the default style: a parameter both generators give with different values is an error', () => {
    const spec = {
      generators: [
        { matrix: { generators: [{ list: { elements: [{ a: '1' }] } }, { list: { elements: [{ a: '2' }] } }] } },
      ],
      template: { metadata: { name: 'x-{{a}}' }, spec: {} },
    };
    expect(() => names(spec)).toThrow(ExpansionError);
    expect(() => names(spec)).toThrow(
      "matrix generators both provide parameter 'a' with different values ('1' and '2')",
    );
  });

  it('matrix needs exactly two generators; generators needing a live service are skipped with a warning', () => {
    expect(() => names({ generators: [{ matrix: { generators: [{ list: { elements: [] } }] } }] })).toThrow(
      'exactly 2 generators, not 1',
    );
    const result = expandApplicationSet(
      appset({ generators: [{ pullRequest: { github: { owner: 'a', repo: 'b' } } }] }),
      world({}),
    );
    expect(result.applications).toEqual([]);
    expect(result.warnings[0]).toContain('the pullRequest generator needs a live service');
  });

  it('git generators on another repository are not expanded offline', () => {
    const result = expandApplicationSet(
      appset({
        generators: [
          { git: { repoURL: 'https://github.com/other/x.git', revision: 'HEAD', directories: [{ path: '*' }] } },
        ],
      }),
      world(files),
    );
    expect(result.applications).toEqual([]);
    expect(result.warnings[0]).toContain('not this program');
  });
});
