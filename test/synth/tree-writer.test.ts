import { k8s } from 'cdk8s-plus-28';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE, SynthFailedError, type GitOpsApp } from '../../src/index.js';
import { REPOSITORY } from '../../examples/platform/argocd.js';
import { buildPlatform } from '../../examples/platform/platform.js';
import { environments } from '../../environments.js';
import { GitOpsApp as App } from '../../src/index.js';
import { planTree, type OutputTarget } from '../../src/synth/tree-writer.js';
import { renderIndex } from '../../src/synth/tree-index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';

type TestApp = GitOpsApp<'dev' | 'staging' | 'production'>;

/** An app with one config map per tier plus one shared policy folder object. */
function smallApp(outdir: string, names: readonly string[] = ['a', 'b']): TestApp {
  const app = testApp(outdir);
  for (const tier of app.tiers) {
    for (const name of names) new k8s.KubeConfigMap(tier.application('api'), name, { data: { tier: tier.name } });
  }
  new k8s.KubeClusterRole(app.shared.policies, 'reader');
  return app;
}

const quiet = () => ({ output: captureOutput() });

describe('determinism', () => {
  it('gives byte-identical trees for two runs of the reference platform', () => {
    const first = tempDir();
    const second = tempDir();
    for (const outdir of [first, second]) {
      const app = new App({ environments, outdir, repository: REPOSITORY });
      buildPlatform(app);
      app.synth(quiet());
    }
    const a = readTree(first);
    const b = readTree(second);
    expect(a.size).toBeGreaterThan(40);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);
  });

  it('writes an index of every generated file with its sha256', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    const index = JSON.parse(readFileSync(join(outdir, INDEX_FILE), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(index.files)).toEqual([
      'environments/dev/applications/api/configmap-a.yaml',
      'environments/dev/applications/api/configmap-b.yaml',
      'environments/production/applications/api/configmap-a.yaml',
      'environments/production/applications/api/configmap-b.yaml',
      'environments/staging/applications/api/configmap-a.yaml',
      'environments/staging/applications/api/configmap-b.yaml',
      'shared/policies/clusterrole-reader.yaml',
    ]);
    expect(Object.values(index.files).every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });
});

describe('atomicity', () => {
  it('leaves the outdir untouched when synth fails', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    const before = readTree(outdir);
    const broken = smallApp(outdir, ['a', 'b', 'c']);
    new k8s.KubeConfigMap(broken.tier('dev').application('api'), 'dup', { metadata: { name: 'a' } });
    expect(() => broken.synth(quiet())).toThrow(SynthFailedError);
    expect(readTree(outdir)).toEqual(before);
  });

  it('leaves no staging folders behind', () => {
    const parent = tempDir();
    const outdir = join(parent, 'dist');
    smallApp(outdir).synth(quiet());
    smallApp(outdir, ['a']).synth(quiet());
    expect(readTree(parent).size).toBe(readTree(outdir).size);
    expect(existsSync(join(parent, '.dist.staging-' + process.pid))).toBe(false);
  });
});

describe('pruning', () => {
  it('removes files the previous synth wrote and this one does not, and reports them', () => {
    const outdir = tempDir();
    smallApp(outdir, ['a', 'b']).synth(quiet());
    const result = smallApp(outdir, ['a']).synth(quiet());
    expect(result.changes.removed).toEqual([
      'environments/dev/applications/api/configmap-b.yaml',
      'environments/production/applications/api/configmap-b.yaml',
      'environments/staging/applications/api/configmap-b.yaml',
    ]);
    expect(existsSync(join(outdir, 'environments/dev/applications/api/configmap-b.yaml'))).toBe(false);
    expect(existsSync(join(outdir, 'environments/dev/applications/api/configmap-a.yaml'))).toBe(true);
  });

  it('keeps files synth never wrote, even in generated folders', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    writeFileSync(join(outdir, 'README.md'), 'hand-written\n');
    writeFileSync(join(outdir, 'environments/dev/applications/api/notes.txt'), 'mine\n');
    mkdirSync(join(outdir, 'extra'));
    writeFileSync(join(outdir, 'extra/kustomization.yaml'), 'resources: []\n');
    smallApp(outdir, ['a']).synth(quiet());
    expect(readFileSync(join(outdir, 'README.md'), 'utf8')).toBe('hand-written\n');
    expect(readFileSync(join(outdir, 'environments/dev/applications/api/notes.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(outdir, 'extra/kustomization.yaml'), 'utf8')).toBe('resources: []\n');
  });

  it('refuses to overwrite a file it did not write', () => {
    const outdir = tempDir();
    mkdirSync(join(outdir, 'shared/policies'), { recursive: true });
    writeFileSync(join(outdir, 'shared/policies/clusterrole-reader.yaml'), 'mine\n');
    expect(() => smallApp(outdir).synth(quiet())).toThrow(
      /^error: synth would overwrite 'shared\/policies\/clusterrole-reader.yaml', which it did not write/,
    );
    expect(readTree(outdir)).toEqual(new Map([['shared/policies/clusterrole-reader.yaml', 'mine\n']]));
  });

  it('reports added, changed and unchanged files against the previous synth', () => {
    const outdir = tempDir();
    const first = smallApp(outdir).synth(quiet());
    expect(first.changes.added).toHaveLength(7);
    const app = testApp(outdir);
    for (const tier of app.tiers) {
      new k8s.KubeConfigMap(tier.application('api'), 'a', { data: { tier: tier.name } });
      new k8s.KubeConfigMap(tier.application('api'), 'b', { data: { tier: tier.name, extra: 'x' } });
    }
    new k8s.KubeClusterRole(app.shared.policies, 'reader');
    new k8s.KubeClusterRole(app.shared.policies, 'writer');
    const second = app.synth(quiet());
    expect(second.changes.added).toEqual(['shared/policies/clusterrole-writer.yaml']);
    expect(second.changes.changed).toHaveLength(3);
    expect(second.changes.unchanged).toBe(4);
  });

  it('with --tier, rewrites only that tier and keeps the others as they are', () => {
    const outdir = tempDir();
    smallApp(outdir, ['a', 'b']).synth(quiet());
    const stagingBefore = readFileSync(join(outdir, 'environments/staging/applications/api/configmap-b.yaml'), 'utf8');
    const result = smallApp(outdir, ['a']).synth({ ...quiet(), tiers: ['dev'] });
    expect(result.changes.removed).toEqual(['environments/dev/applications/api/configmap-b.yaml']);
    expect(readFileSync(join(outdir, 'environments/staging/applications/api/configmap-b.yaml'), 'utf8')).toBe(
      stagingBefore,
    );
    expect(existsSync(join(outdir, 'shared/policies/clusterrole-reader.yaml'))).toBe(true);
    // The index still lists the files of the other tiers, so a later full synth can prune them.
    const index = JSON.parse(readFileSync(join(outdir, INDEX_FILE), 'utf8')) as { files: Record<string, string> };
    expect(Object.keys(index.files)).toContain('environments/staging/applications/api/configmap-b.yaml');
    expect(Object.keys(index.files)).not.toContain('environments/dev/applications/api/configmap-b.yaml');
  });
});

describe('outdir safety', () => {
  const refuse = (outdir: string, why: RegExp, cwd?: string) => {
    const app = smallApp(outdir);
    const previous = process.cwd();
    if (cwd) process.chdir(cwd);
    try {
      expect(() => app.synth(quiet())).toThrow(why);
    } finally {
      process.chdir(previous);
    }
  };

  it('refuses the file-system root', () =>
    refuse('/', /refusing to use '\/' as the outdir: it is the root of the file system/));

  it('refuses the working folder and its parents', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'repo'));
    refuse(join(dir, 'repo'), /it is the working folder or one of its parents/, join(dir, 'repo'));
    refuse(dir, /it is the working folder or one of its parents/, join(dir, 'repo'));
  });

  it('does not count as a source a file the previous index lists', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    // An earlier synth (of another program) wrote main.ts at the top: its index says so.
    writeFileSync(join(outdir, 'main.ts'), 'export {};\n');
    const path = join(outdir, INDEX_FILE);
    const index = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, string> };
    index.files['main.ts'] = '0'.repeat(64);
    writeFileSync(path, `${JSON.stringify(index, null, 2)}\n`);
    expect(smallApp(outdir).synth(quiet()).changes.removed).toEqual(['main.ts']);
    expect(existsSync(join(outdir, 'main.ts'))).toBe(false);
  });

  it('refuses a folder holding .git or sources, and leaves it alone', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    refuse(repo, /it holds '\.git'/);
    const src = tempDir();
    writeFileSync(join(src, 'main.ts'), 'export {};\n');
    refuse(src, /it holds the source file 'main.ts'/);
    expect(readTree(src)).toEqual(new Map([['main.ts', 'export {};\n']]));
  });
});

describe('an unchanged tree', () => {
  const generated = new Map([
    ['environments/dev/a.yaml', 'a'.repeat(64)],
    ['shared/b.yaml', 'b'.repeat(64)],
  ]);
  /** The same files as synth hands them to planTree: sorted paths, hashes in the same order. */
  const files = { paths: [...generated.keys()], hashes: [...generated.values()] };
  /** A target whose parsed index must not be needed. */
  const target = (indexText: string | undefined): OutputTarget => ({
    outdir: '/nowhere',
    indexText,
    get previous(): ReadonlyMap<string, string> {
      throw new Error('the previous index was parsed');
    },
  });

  it('is planned without parsing the previous index when the index comes out the same', () => {
    const plan = planTree(target(renderIndex(generated)), files);
    expect(plan.changes).toEqual({ added: [], changed: [], removed: [], unchanged: 2 });
    expect(plan.carried).toEqual([]);
    expect(plan.index).toBe(renderIndex(generated));
    expect(plan.previous).toEqual(generated);
  });

  it('is compared file by file when the index differs, even only in its layout', () => {
    const compact = `${JSON.stringify({ generator: 'cdk8s-gitops', version: 1, files: Object.fromEntries(generated) })}\n`;
    expect(() => planTree(target(compact), files)).toThrow('the previous index was parsed');
    const parsed: OutputTarget = { outdir: '/nowhere', indexText: compact, previous: new Map(generated) };
    expect(planTree(parsed, files).changes.unchanged).toBe(2);
    // With --tier (owns), carried files come from the parsed index.
    const owns = (path: string) => path.startsWith('environments/dev/');
    expect(() => planTree(target(renderIndex(generated)), files, owns)).toThrow('the previous index was parsed');
  });

  it('synthesizes and checks as unchanged, and a re-laid-out index is written back in its own layout', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    const path = join(outdir, INDEX_FILE);
    const written = readFileSync(path, 'utf8');
    const again = smallApp(outdir).synth(quiet());
    expect(again.changes).toEqual({ added: [], changed: [], removed: [], unchanged: 7 });
    expect(smallApp(outdir).synth({ check: true, ...quiet() }).exitCode).toBe(0);
    writeFileSync(path, `${JSON.stringify(JSON.parse(written))}\n`);
    const relaid = smallApp(outdir).synth(quiet());
    expect(relaid.changes).toEqual({ added: [], changed: [], removed: [], unchanged: 7 });
    expect(readFileSync(path, 'utf8')).toBe(written);
  });
});

describe('the index in --check', () => {
  it('a file the program no longer makes is a difference, and stays on disk', () => {
    const outdir = tempDir();
    smallApp(outdir, ['a', 'b']).synth(quiet());
    const gone = 'environments/dev/applications/api/configmap-b.yaml';
    const check = smallApp(outdir, ['a']).synth({ check: true, ...quiet() });
    expect(check.exitCode).toBe(1);
    expect(check.changes.removed).toHaveLength(3);
    expect(check.changes.unchanged).toBe(4);
    expect(check.differences.map((d) => [d.path, d.change])).toEqual([
      [INDEX_FILE, 'changed'],
      [gone, 'removed'],
      [gone.replace('/dev/', '/production/'), 'removed'],
      [gone.replace('/dev/', '/staging/'), 'removed'],
    ]);
    expect(existsSync(join(outdir, gone))).toBe(true);
  });

  it('a hand edit of the index is a difference, whether it changes a hash or only the layout', () => {
    const outdir = tempDir();
    smallApp(outdir).synth(quiet());
    const path = join(outdir, INDEX_FILE);
    const written = readFileSync(path, 'utf8');
    expect(smallApp(outdir).synth({ check: true, ...quiet() }).differences).toEqual([]);
    writeFileSync(path, written.replace(/"([0-9a-f]{64})"/, `"${'0'.repeat(64)}"`));
    const differences = smallApp(outdir).synth({ check: true, ...quiet() }).differences;
    expect(differences.map((d) => [d.path, d.change])).toEqual([[INDEX_FILE, 'changed']]);
    writeFileSync(path, written.replace('\n}\n', '\n}'));
    expect(
      smallApp(outdir)
        .synth({ check: true, ...quiet() })
        .differences.map((d) => d.path),
    ).toEqual([INDEX_FILE]);
  });
});
