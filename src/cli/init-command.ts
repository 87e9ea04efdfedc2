import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, GitOpsError } from '../errors/index.js';

/** Options of `cdk8s-gitops init`. */
export interface InitOptions {
  /** Folder to scaffold. @default '.' */
  readonly dir?: string;
  /** Scaffold into a folder that is not empty (existing files of the same name are overwritten). @default false */
  readonly force?: boolean;
  /** Package name. @default - the folder's name */
  readonly name?: string;
  /** Version range of cdk8s-gitops in the scaffold's package.json. @default - `^` this version */
  readonly libraryVersion?: string;
  readonly out?: (text: string) => void;
}

/** This package's package.json (for the versions the scaffold depends on). */
function ownPackage(): {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
} {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * `cdk8s-gitops init [DIR]`: scaffolds a platform repository that works from the npm registry alone:
 * package.json, environments.ts (dev → staging → production), a platform with one service, releases.yaml,
 * cdk8s.yaml, a vitest test using `cdk8s-gitops/testing`, .gitignore, and the CI workflows (written by the
 * first `npm run synth`). Refuses a folder that is not empty unless `force`.
 */
export function initCommand(options: InitOptions = {}): number {
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const dir = resolve(options.dir ?? '.');
  if (existsSync(dir) && readdirSync(dir).length > 0 && !options.force) {
    throw new GitOpsError(`'${dir}' is not empty`, {
      code: 'INIT_NOT_EMPTY',
      field: 'DIR',
      hint: 'scaffold into a new or empty folder, or pass --force to write the scaffold files into it anyway',
    });
  }
  const own = ownPackage();
  const name = (options.name ?? dir.split(/[\\/]/).pop() ?? 'platform').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify(
      {
        name,
        version: '0.1.0',
        private: true,
        type: 'module',
        scripts: {
          synth: 'cdk8s-gitops synth',
          check: 'cdk8s-gitops synth --check',
          test: 'tsc --noEmit && vitest run',
          promote: 'cdk8s-gitops promote',
        },
        dependencies: {
          'cdk8s-gitops': options.libraryVersion ?? `^${own.version}`,
          cdk8s: own.dependencies.cdk8s,
          'cdk8s-plus-28': own.dependencies['cdk8s-plus-28'],
          constructs: own.dependencies.constructs,
        },
        devDependencies: {
          '@types/node': own.devDependencies['@types/node'],
          tsx: own.devDependencies.tsx,
          typescript: own.devDependencies.typescript,
          vitest: own.devDependencies.vitest,
        },
        engines: { node: '>=20.19' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
        },
        include: ['*.ts', 'test/**/*.ts'],
      },
      null,
      2,
    )}\n`,
    'cdk8s.yaml': 'language: typescript\napp: npx tsx main.ts\noutput: dist\n',
    '.gitignore': 'node_modules/\n*.log\n',
    'environments.ts': TEMPLATE_ENVIRONMENTS,
    'platform.ts': TEMPLATE_PLATFORM,
    'main.ts': TEMPLATE_MAIN,
    'releases.yaml': TEMPLATE_RELEASES,
    'test/platform.test.ts': TEMPLATE_TEST,
    'README.md': TEMPLATE_README.replace(/\{name\}/g, name),
  };
  for (const [file, content] of Object.entries(files)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  out(
    `scaffolded ${Object.keys(files).length} files in ${dir}\n\nnext:\n  cd ${dir}\n  npm install\n  npm run synth   # writes dist/ and .github/workflows/\n  npm test\n`,
  );
  return ExitCode.OK;
}

const TEMPLATE_ENVIRONMENTS = `/**
 * The tiers of the platform, in promotion order. Add a tier here and the compiler lists every per-tier
 * value that needs a value for it.
 */
import { defineEnvironments, Sync, type TierName } from 'cdk8s-gitops';

export const environments = defineEnvironments({
  tiers: {
    dev: {
      cluster: { name: 'in-cluster', server: 'https://kubernetes.default.svc' },
    },
    staging: {
      promotesFrom: 'dev',
      cluster: { name: 'staging', server: 'https://staging.k8s.example.com' },
    },
    production: {
      promotesFrom: 'staging',
      cluster: { name: 'production', server: 'https://production.k8s.example.com' },
      sync: Sync.manual(),
      freezeWindows: [{ schedule: '0 18 * * 5', duration: '62h', timeZone: 'UTC', reason: 'weekend freeze' }],
    },
  },
});

export type Tier = TierName<typeof environments>;
`;

const TEMPLATE_PLATFORM = `/**
 * The platform: one web service in every tier, delivered as a plain Deployment in dev, a canary in
 * staging and production, with its version pinned per tier in releases.yaml.
 */
import { Delivery, GitHubWorkflows, GitOpsApp, type GitOpsAppProps } from 'cdk8s-gitops';
import { WebService } from 'cdk8s-gitops';
import { environments, type Tier } from './environments.js';

export function buildPlatform(props: Partial<GitOpsAppProps<Tier>> = {}): GitOpsApp<Tier> {
  const app = new GitOpsApp({
    environments,
    repository: { url: 'https://github.com/example/platform.git' },
    ...props,
  });
  const release = app.release('hello');
  const delivery = environments.perTier({
    dev: Delivery.rolling(),
    staging: Delivery.canary({ weights: [50, 100], pause: '1m' }),
    production: Delivery.canary({ weights: [10, 50, 100], pause: '5m' }),
  });
  const replicas = environments.perTier({ dev: 1, staging: 2, production: 3 });
  for (const tier of app.tiers) {
    new WebService(tier.application('hello'), 'hello', {
      image: release.image,
      replicas,
      delivery,
      ports: [{ name: 'http', containerPort: 8080, servicePort: 80 }],
    });
  }
  new GitHubWorkflows(app, 'ci');
  return app;
}
`;

const TEMPLATE_MAIN = `import { buildPlatform } from './platform.js';

buildPlatform().synth();
`;

const TEMPLATE_RELEASES = `# Release pins: the version each tier runs. Edit dev by hand; promote with
#   npx cdk8s-gitops promote hello --to staging
apps:
  hello:
    dev: { image: ghcr.io/example/hello:1.0.0 }
    staging: { image: ghcr.io/example/hello:1.0.0 }
    production: { image: ghcr.io/example/hello:1.0.0 }
`;

const TEMPLATE_TEST = `import { describe, expect, it } from 'vitest';
import { matchers, synthesizeInMemory, type GitOpsMatchers } from 'cdk8s-gitops/testing';
import { buildPlatform } from '../platform.js';

expect.extend(matchers);
declare module 'vitest' {
  interface Assertion<T = any> extends GitOpsMatchers<T> {}
}

describe('platform', () => {
  const tree = synthesizeInMemory(buildPlatform({ outdir: 'never-written' }));

  it('passes validation', () => {
    expect(tree).toPassValidation();
  });

  it('runs a plain Deployment in dev and a canary Rollout in production', () => {
    expect(tree.tier('dev')).toHaveResource('Deployment', { metadata: { name: 'hello' } });
    expect(tree.tier('production')).toHaveResourceCount('Rollout', 1);
  });
});
`;

const TEMPLATE_README = `# {name}

A GitOps platform written with [cdk8s-gitops](https://www.npmjs.com/package/cdk8s-gitops).

\`\`\`sh
npm install
npm run synth    # writes the tree to dist/ (commit it) and the CI workflows
npm test
npx cdk8s-gitops promote hello --to staging
\`\`\`
`;
