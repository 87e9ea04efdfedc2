// Bad input at the command line: flags, unusable outdirs, a broken cdk8s.yaml, and `validate` on
// hand-written trees. Programs come from test/bad-input/fixtures/run-case.ts.
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'vitest';
import { readTree } from '../helpers.js';
import {
  AT_RUNNER,
  copySeed,
  expectRejected,
  firstLine,
  RUN_CASE_APP,
  runCliAsync,
  scratch,
  seedOnce,
  synthCase,
} from './catalogue.js';

const REFUSE_HINT =
  "  fix: synth replaces the whole outdir; point --outdir (or CDK8S_OUTDIR) at a folder of its own, e.g. 'dist'";

const DEPLOYMENT = (replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: web-dev
spec:
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: web:1.0.0
`;

describe.concurrent('bad input: the command line', () => {
  const seed = seedOnce();

  it('an unknown tier on the command line', async (ctx) => {
    const { lines } = await expectRejected(ctx, seed(), 'valid', "error: unknown tier 'prod'", {
      extraArgs: ['--tier', 'prod'],
    });
    ctx.expect(lines[1]).toMatch(AT_RUNNER);
    ctx.expect(lines).toContain("  fix: did you mean 'production'? the tiers are: dev, staging, production");
  });

  it('a misspelt option', async (ctx) => {
    const parent = scratch(ctx.onTestFinished);
    const outdir = copySeed(seed(), parent);
    const before = readTree(parent);
    const run = await runCliAsync(['synth', '--app', RUN_CASE_APP, '--outdri', outdir], { BAD_CASE: 'valid' });
    ctx.expect(run.code).toBe(2);
    ctx
      .expect(run.stderr.split('\n').slice(0, 2))
      .toEqual(["error: unknown option '--outdri'", '(Did you mean --outdir?)']);
    ctx.expect(readTree(parent)).toEqual(before);
  });

  it('an outdir that cannot be written', async (ctx) => {
    const parent = scratch(ctx.onTestFinished);
    // Permissions do not stop root: for root the outdir's parent is a file, so no folder can be made there.
    const asRoot = process.getuid?.() === 0;
    const blocker = join(parent, asRoot ? 'not-a-folder' : 'read-only');
    let outdir: string;
    if (asRoot) {
      writeFileSync(blocker, 'a file where the outdir should go\n');
      outdir = join(blocker, 'out');
    } else {
      mkdirSync(blocker);
      outdir = copySeed(seed(), blocker);
    }
    const before = readTree(parent);
    if (!asRoot) chmodSync(blocker, 0o555);
    const run = await synthCase('valid', outdir).finally(() => asRoot || chmodSync(blocker, 0o755));
    ctx.expect(run.code).toBe(2);
    ctx
      .expect(firstLine(run.stderr))
      .toBe(
        asRoot
          ? `error: cannot write the outdir '${outdir}': '${blocker}' is not a folder`
          : `error: cannot write the outdir '${outdir}': permission denied`,
      );
    ctx.expect(readTree(parent)).toEqual(before);
  });

  it('the root of the file system as the outdir', async (ctx) => {
    const before = readdirSync('/').sort();
    const run = await synthCase('valid', '/');
    ctx.expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    ctx.expect(lines[0]).toBe("error: refusing to use '/' as the outdir: it is the root of the file system");
    ctx.expect(lines).toContain(REFUSE_HINT);
    ctx.expect(readdirSync('/').sort()).toEqual(before);
  });

  it('a folder holding .git as the outdir', async (ctx) => {
    const repo = scratch(ctx.onTestFinished);
    mkdirSync(join(repo, '.git'));
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(repo, 'README.md'), '# a repository\n');
    const before = readTree(repo);
    const run = await synthCase('valid', repo);
    ctx.expect(run.code).toBe(2);
    ctx
      .expect(firstLine(run.stderr))
      .toBe(`error: refusing to use '${repo}' as the outdir: it holds '.git', so it looks like a source folder`);
    ctx.expect(readTree(repo)).toEqual(before);
  });

  it('the repository root (the working folder) as the outdir', async (ctx) => {
    // A stand-in repository, so a regression can never replace this one.
    const project = scratch(ctx.onTestFinished);
    writeFileSync(join(project, 'package.json'), '{ "name": "platform" }\n');
    copySeed(seed(), project);
    const before = readTree(project);
    const run = await synthCase('valid', '.', { cwd: project });
    ctx.expect(run.code).toBe(2);
    ctx
      .expect(firstLine(run.stderr))
      .toBe(`error: refusing to use '${project}' as the outdir: it is the working folder or one of its parents`);
    ctx.expect(readTree(project)).toEqual(before);
  });

  /** Runs `synth` with no --app in a project holding `cdk8s.yaml` (and a seeded `out/`). */
  async function withConfig(ctx: TestContext, config: string) {
    const project = scratch(ctx.onTestFinished);
    writeFileSync(join(project, 'cdk8s.yaml'), config);
    copySeed(seed(), project);
    const before = readTree(project);
    const run = await runCliAsync(['synth', '--outdir', 'out', '--no-typecheck'], { BAD_CASE: 'valid' }, project);
    ctx.expect(run.code).toBe(2);
    ctx.expect(readTree(project)).toEqual(before);
    return run.stderr.split('\n');
  }

  it('a cdk8s.yaml that is not valid YAML', async (ctx) => {
    const lines = await withConfig(ctx, `app: [${RUN_CASE_APP}\n`);
    ctx
      .expect(lines[0])
      .toBe('error: cdk8s.yaml is not valid YAML: unexpected end of the stream within a flow collection (2:1)');
  });

  it('a cdk8s.yaml without app:', async (ctx) => {
    const lines = await withConfig(ctx, 'language: typescript\noutput: out\n');
    ctx.expect(lines[0]).toBe('error: no program to run');
    ctx.expect(lines).toContain('  fix: pass --app "npx tsx main.ts" or add `app: npx tsx main.ts` to cdk8s.yaml');
  });

  it('a cdk8s.yaml whose app: is not a string', async (ctx) => {
    const lines = await withConfig(ctx, 'app: 42\n');
    ctx.expect(lines[0]).toBe('error: cdk8s.yaml has an `app:` that is not a string');
  });

  /** A hand-written tree with one Deployment; `validate` must never change it. */
  async function validateTree(ctx: TestContext, files: Record<string, string>, args: string[] = []) {
    const tree = scratch(ctx.onTestFinished);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(tree, path, '..'), { recursive: true });
      writeFileSync(join(tree, path), text);
    }
    const before = readTree(tree);
    const run = await runCliAsync(['validate', tree, ...args]);
    ctx.expect(readTree(tree)).toEqual(before);
    return { run, tree };
  }

  it('validate: a hand-written tree with an invalid manifest', async (ctx) => {
    const { run } = await validateTree(ctx, { 'environments/dev/apps/web.yaml': DEPLOYMENT('two') });
    ctx.expect(run.code).toBe(2);
    // validate prints its report, errors included, on stdout.
    ctx.expect(run.stderr).toBe('');
    ctx
      .expect(firstLine(run.stdout))
      .toBe(
        `error   dev environments/dev/apps/web.yaml /spec/replicas: 'replicas' has the wrong type (expected integer, found string "two")`,
      );
  });

  it('validate: the same tree, fixed, passes', async (ctx) => {
    const { run } = await validateTree(ctx, { 'environments/dev/apps/web.yaml': DEPLOYMENT('2') });
    ctx.expect(run.stderr).toBe('');
    ctx.expect(run.code).toBe(0);
    ctx.expect(run.stdout).toBe('1 file, 0 errors, 0 warnings, 0 CEL rules not evaluated\n');
  });

  it('validate: files that are not valid YAML are all reported, and the rest is validated', async (ctx) => {
    const { run } = await validateTree(ctx, {
      'environments/dev/apps/web.yaml': DEPLOYMENT('two'),
      'environments/dev/apps/broken.yaml': 'metadata: [web\n',
      'environments/dev/apps/templated.yaml': 'metadata:\n  name: {{ .Values.name }}\n  x: [\n',
    });
    ctx.expect(run.code).toBe(2);
    ctx.expect(run.stderr).toBe('');
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('error'));
    ctx
      .expect(errors[0])
      .toBe(
        'error   dev environments/dev/apps/broken.yaml: not valid YAML: unexpected end of the stream within a flow collection in "environments/dev/apps/broken.yaml" (2:1) — fix the syntax; a template (Helm, envsubst) belongs in a chart folder or must be rendered first',
      );
    ctx.expect(errors[1]).toMatch(/^error {3}dev environments\/dev\/apps\/templated\.yaml: not valid YAML: /);
    ctx.expect(errors[2]).toMatch(/^error {3}dev environments\/dev\/apps\/web\.yaml \/spec\/replicas: /);
    ctx.expect(errors).toHaveLength(3);
  });

  it('validate: a Helm chart folder is skipped with one note', async (ctx) => {
    const { run } = await validateTree(ctx, {
      'environments/dev/apps/web.yaml': DEPLOYMENT('2'),
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
      'charts/api/templates/deployment.yaml':
        'metadata:\n  name: {{ .Release.Name }}\n  labels: {{- include "x" . | nindent 4 }}\n',
    });
    ctx.expect(run.code).toBe(0);
    ctx
      .expect(firstLine(run.stdout))
      .toBe('note: skipped 1 Helm chart folder (charts/api): render it with `helm template` and validate the output');
  });

  it('validate: a kustomize patch is not validated as a whole object', async (ctx) => {
    const { run } = await validateTree(ctx, {
      'base/web.yaml': DEPLOYMENT('2').replace(/\n\s*namespace: \S+/, ''),
      'base/kustomization.yaml': 'resources:\n  - web.yaml\n',
      'overlays/dev/kustomization.yaml':
        'namespace: web\nresources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n',
      'overlays/dev/replicas.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
    });
    ctx.expect(run.stdout.split('\n').filter((line) => line.startsWith('error'))).toEqual([]);
    ctx.expect(run.code).toBe(0);
  });

  it('validate: a --crd file that does not exist', async (ctx) => {
    const { run } = await validateTree(ctx, { 'environments/dev/apps/web.yaml': DEPLOYMENT('2') }, [
      '--crd',
      'crds/widgets.yaml',
    ]);
    ctx.expect(run.code).toBe(2);
    ctx.expect(firstLine(run.stderr)).toBe("error: CRD file 'crds/widgets.yaml' does not exist");
  });
});
