// The package as users get it: `npm pack`, installed into an empty project (dependencies from the
// npm cache where it has them), its bin run and its library (and generated types) imported.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const IMPORT_MODULES = readdirJs(join(ROOT, 'imports'));

let work: string;
let project: string;
let tarball: string;

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false' },
  });
  return { code: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function readdirJs(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.slice(0, -3))
    .sort();
}

const PROGRAM = `
import { ApiObject } from 'cdk8s';
import { GitOpsApp, defineEnvironments } from 'cdk8s-gitops';
import { Application } from 'cdk8s-gitops/imports/argocd-application';

const environments = defineEnvironments({
  tiers: { dev: { cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' } } },
});
const app = new GitOpsApp({ environments });
for (const tier of app.tiers) {
  const folder = tier.application('api');
  new ApiObject(folder, 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { tier: tier.name } });
  new Application(folder, 'app', {
    metadata: { name: 'api', namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoUrl: 'https://github.com/example/platform.git', path: 'dist/environments/dev', targetRevision: 'HEAD' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'api' },
    },
  });
}
app.synth();
`;

const TYPED = `
import { GitOpsApp, defineEnvironments } from 'cdk8s-gitops';
import { Application, type ApplicationProps } from 'cdk8s-gitops/imports/argocd-application';
import { Kustomization } from 'cdk8s-gitops/imports/flux-kustomization';

const props: ApplicationProps = { metadata: { name: 'x' }, spec: { project: 'default', destination: {} } };
export const used = [GitOpsApp, defineEnvironments, Application, Kustomization, props];
`;

describe('the packed package', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cdk8s-gitops-pack-'));
    // lib/ is the build of the current sources: `npm ci` (prepare) built it, or test/global-setup.ts rebuilt it
    // when sources were newer. So `npm pack` packs it as it is instead of building it again (prepare), which
    // would also rewrite lib/ under the CLI tests running beside this file.
    const pack = run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [{ filename: string }];
    tarball = join(work, filename);
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    const install = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    expect(install.code, install.stderr).toBe(0);
  }, 600_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('carries the compiled library, the schemas and the generated imports, and no sources', () => {
    const installed = join(project, 'node_modules', 'cdk8s-gitops');
    expect(existsSync(join(installed, 'lib/src/index.js'))).toBe(true);
    expect(existsSync(join(installed, 'lib/src/app/validation-worker.js'))).toBe(true);
    // What the package exports: the bundled entry points, and the plain worker they start.
    expect(existsSync(join(installed, 'lib/bundle/index.js'))).toBe(true);
    expect(existsSync(join(installed, 'lib/bundle/testing/index.js'))).toBe(true);
    expect(existsSync(join(installed, 'lib/src/synth/file-worker.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'schemas/index.json'))).toBe(true);
    for (const module of IMPORT_MODULES) {
      expect(existsSync(join(installed, `lib/imports/${module}.js`)), module).toBe(true);
      expect(existsSync(join(installed, `lib/imports/${module}.d.ts`)), module).toBe(true);
    }
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it('runs its bin', () => {
    const help = run(join(project, 'node_modules/.bin/cdk8s-gitops'), ['--help'], project);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('synth');
    expect(help.stdout).toContain('validate');
  });

  it('imports as a library, with every generated module as a subpath export', () => {
    const modules = JSON.stringify(IMPORT_MODULES);
    const script = `
      const lib = await import('cdk8s-gitops');
      const out = { GitOpsApp: typeof lib.GitOpsApp, defineEnvironments: typeof lib.defineEnvironments, imports: {} };
      for (const m of ${modules}) out.imports[m] = Object.keys(await import('cdk8s-gitops/imports/' + m)).length;
      console.log(JSON.stringify(out));`;
    const result = run(process.execPath, ['--input-type=module', '-e', script], project);
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { GitOpsApp: string; defineEnvironments: string; imports: object };
    expect(out.GitOpsApp).toBe('function');
    expect(out.defineEnvironments).toBe('function');
    for (const [module, exports] of Object.entries(out.imports)) expect(exports, module).toBeGreaterThan(0);
    expect(Object.keys(out.imports)).toEqual(IMPORT_MODULES);
  });

  it('synthesizes a JavaScript program that uses the library and a generated class', () => {
    writeFileSync(join(project, 'program.mjs'), PROGRAM);
    const synth = run(
      join(project, 'node_modules/.bin/cdk8s-gitops'),
      ['synth', '--app', 'node program.mjs', '--outdir', 'dist'],
      project,
    );
    expect(synth.code, synth.stderr + synth.stdout).toBe(0);
    const files = run('find', ['dist', '-name', '*.yaml'], project).stdout.split('\n').filter(Boolean).sort();
    expect(files).toContain('dist/environments/dev/applications/api/configmap-settings.yaml');
    expect(files).toContain('dist/environments/dev/applications/api/application-api_argocd.yaml');
    const application = readFileSync(
      join(project, 'dist/environments/dev/applications/api/application-api_argocd.yaml'),
      'utf8',
    );
    expect(application).toContain('repoURL: https://github.com/example/platform.git');

    const check = run(
      join(project, 'node_modules/.bin/cdk8s-gitops'),
      ['synth', '--check', '--app', 'node program.mjs', '--outdir', 'dist'],
      project,
    );
    expect(check.code, check.stderr + check.stdout).toBe(0);
  }, 180_000);

  it('gives TypeScript the types of the library and of the generated imports', () => {
    writeFileSync(join(project, 'typed.ts'), TYPED);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['typed.ts'],
      }),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], project);
    expect(tsc.code, tsc.stdout + tsc.stderr).toBe(0);

    writeFileSync(join(project, 'typed.ts'), `${TYPED}\nexport const wrong: ApplicationProps = { spec: 3 };\n`);
    const wrong = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], project);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stdout).toContain('typed.ts');
  }, 180_000);
  it('scaffolds with `init` a platform repository whose `npm run synth` and `npm test` pass', () => {
    const scaffold = join(work, 'my-platform');
    const init = run(join(project, 'node_modules/.bin/cdk8s-gitops'), ['init', scaffold], project);
    expect(init.code, init.stderr + init.stdout).toBe(0);
    expect(readdirSync(scaffold).sort()).toEqual(
      expect.arrayContaining(['cdk8s.yaml', 'environments.ts', 'main.ts', 'package.json', 'releases.yaml', 'test']),
    );
    expect(JSON.parse(readFileSync(join(scaffold, 'package.json'), 'utf8')).dependencies).toHaveProperty(
      'cdk8s-gitops',
    );

    // The scaffold's dependencies (and devDependencies) from the npm cache, cdk8s-gitops from the packed tarball
    // (the version the scaffold asks for need not be published yet). The consumer project already holds the
    // tarball's install (cdk8s-gitops and its dependencies): starting from a copy of it, npm only adds the
    // scaffold's devDependencies (and whatever else the scaffold's package.json asks for).
    cpSync(join(project, 'node_modules'), join(scaffold, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    const install = run(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], scaffold);
    expect(install.code, install.stderr).toBe(0);

    const synth = run(NPM, ['run', 'synth'], scaffold);
    expect(synth.code, synth.stderr + synth.stdout).toBe(0);
    const tree = run('find', ['dist', '-name', '*.yaml'], scaffold).stdout.split('\n').filter(Boolean);
    expect(tree.some((f) => f.startsWith('dist/environments/production/applications/'))).toBe(true);
    expect(existsSync(join(scaffold, 'dist/.cdk8s-gitops.json'))).toBe(true);
    const workflows = readdirSync(join(scaffold, '.github/workflows'));
    expect(workflows.length).toBeGreaterThan(0);
    expect(workflows.every((f) => f.endsWith('.yml') || f.endsWith('.yaml'))).toBe(true);

    const check = run(NPM, ['run', 'check'], scaffold);
    expect(check.code, check.stderr + check.stdout).toBe(0);

    const test = run(NPM, ['test'], scaffold);
    expect(test.code, test.stderr + test.stdout).toBe(0);
    expect(test.stdout).toMatch(/passed/);

    // Refuses the now non-empty folder without --force.
    const again = run(join(project, 'node_modules/.bin/cdk8s-gitops'), ['init', scaffold], project);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('not empty');
  }, 900_000);
});
