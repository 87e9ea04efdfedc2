/**
 * Regenerates `imports/` from the upstream CRDs in `../shared/crds` (or `$CRDS_DIR`).
 *
 * `cdk8s import` writes one `<prefix>-<group>.ts` per CRD file. The generated modules are large
 * (ApplicationSet alone is 3.3 MB of TypeScript), so we compile them once here into `.js` plus
 * `.d.ts`: with `skipLibCheck` the type-checker then only reads declarations instead of checking
 * megabytes of generated code on every `tsc`/test run.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { linearFilters } from '../src/synth/linear-mappers.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const crds = resolve(process.env.CRDS_DIR ?? join(root, '..', 'shared', 'crds'));

/** Module name → CRD file (relative to the crds folder). One module per CRD keeps type-checking lazy. */
export const CRD_IMPORTS: Readonly<Record<string, string>> = {
  'argocd-application': 'argo-cd/v3.5.1/application-crd.yaml',
  'argocd-applicationset': 'argo-cd/v3.5.1/applicationset-crd.yaml',
  'argocd-appproject': 'argo-cd/v3.5.1/appproject-crd.yaml',
  'rollouts-rollout': 'argo-rollouts/v1.9.1/rollout-crd.yaml',
  'rollouts-analysistemplate': 'argo-rollouts/v1.9.1/analysis-template-crd.yaml',
  'rollouts-clusteranalysistemplate': 'argo-rollouts/v1.9.1/cluster-analysis-template-crd.yaml',
  'kyverno-clusterpolicy': 'kyverno/v1.19.0/kyverno.io_clusterpolicies.yaml',
  'kyverno-policy': 'kyverno/v1.19.0/kyverno.io_policies.yaml',
  'kyverno-policyexception': 'kyverno/v1.19.0/kyverno.io_policyexceptions.yaml',
  'crossplane-xrd': 'crossplane/v2.3.4/apiextensions.crossplane.io_compositeresourcedefinitions.yaml',
  'crossplane-composition': 'crossplane/v2.3.4/apiextensions.crossplane.io_compositions.yaml',
  'crossplane-environmentconfig': 'crossplane/v2.3.4/apiextensions.crossplane.io_environmentconfigs.yaml',
  'crossplane-function': 'crossplane/v2.3.4/pkg.crossplane.io_functions.yaml',
  'crossplane-provider': 'crossplane/v2.3.4/pkg.crossplane.io_providers.yaml',
  'flux-kustomization': 'fluxcd-kustomize-controller/v1.9.4/kustomize.toolkit.fluxcd.io_kustomizations.yaml',
  'flux-gitrepository': 'fluxcd-source-controller/v1.9.1/source.toolkit.fluxcd.io_gitrepositories.yaml',
  'flux-ocirepository': 'fluxcd-source-controller/v1.9.1/source.toolkit.fluxcd.io_ocirepositories.yaml',
  'flux-helmrepository': 'fluxcd-source-controller/v1.9.1/source.toolkit.fluxcd.io_helmrepositories.yaml',
  'flux-helmrelease': 'fluxcd-helm-controller/v1.6.3/helm.toolkit.fluxcd.io_helmreleases.yaml',
  'eso-externalsecret': 'external-secrets/v2.9.0/external-secrets.io_externalsecrets.yaml',
  'eso-clusterexternalsecret': 'external-secrets/v2.9.0/external-secrets.io_clusterexternalsecrets.yaml',
  'eso-secretstore': 'external-secrets/v2.9.0/external-secrets.io_secretstores.yaml',
  'eso-clustersecretstore': 'external-secrets/v2.9.0/external-secrets.io_clustersecretstores.yaml',
  'eso-pushsecret': 'external-secrets/v2.9.0/external-secrets.io_pushsecrets.yaml',
  'sealedsecrets-sealedsecret': 'sealed-secrets/v0.36.6/bitnami.com_sealedsecrets.yaml',
  'prometheus-prometheusrule': 'prometheus-operator/v0.93.0/monitoring.coreos.com_prometheusrules.yaml',
  'prometheus-servicemonitor': 'prometheus-operator/v0.93.0/monitoring.coreos.com_servicemonitors.yaml',
  'prometheus-podmonitor': 'prometheus-operator/v0.93.0/monitoring.coreos.com_podmonitors.yaml',
};

async function main(): Promise<void> {
  if (!existsSync(crds)) throw new Error(`CRD folder not found: ${crds} (set CRDS_DIR)`);
  // Inside the repo so that the generated code resolves 'cdk8s' and 'constructs' from node_modules.
  const work = join(root, 'node_modules', '.cache', 'cdk8s-gitops-import');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const cdk8s = join(root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
  const entries = Object.entries(CRD_IMPORTS);
  // cdk8s import is CPU bound (~1-2 s each): run two at a time.
  const queue = [...entries];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, file] = next;
      const out = join(work, name);
      await run(process.execPath, [
        cdk8s,
        'import',
        `${name}:=${join(crds, file)}`,
        '--language',
        'typescript',
        '--output',
        out,
      ]);
      const [generated] = readdirSync(out).filter((f) => f.endsWith('.ts'));
      if (!generated) throw new Error(`cdk8s import produced nothing for ${file}`);
      renameSync(join(out, generated), join(work, `${name}.ts`));
      process.stdout.write(`imported ${name} <- ${file}\n`);
    }
  };
  await Promise.all([worker(), worker()]);

  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        declaration: true,
        skipLibCheck: true,
        strict: false,
        outDir: join(work, 'out'),
        typeRoots: [],
        types: [],
      },
      files: entries.map(([name]) => `${name}.ts`),
    }),
  );
  writeFileSync(join(work, 'package.json'), '{"type":"module"}\n');
  await run(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(work, 'tsconfig.json')],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );

  const dest = join(root, 'imports');
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(join(work, 'out'))) renameSync(join(work, 'out', f), join(dest, f));
  linearizeImports(dest);
  writeFileSync(
    join(dest, 'README.md'),
    '# Generated: do not edit\n\nTyped constructs for the upstream CRDs, generated by `npm run import` from `../shared/crds`\n' +
      '(`cdk8s import` per CRD, compiled to `.js` + `.d.ts` so type-checking only reads declarations).\n\n' +
      entries.map(([n, f]) => `- \`${n}\`: \`${f}\``).join('\n') +
      '\n',
  );
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`wrote ${entries.length} modules to ${dest}\n`);
}

/**
 * The generated mappers filter each struct's fields with a quadratic `reduce` (a copy of the result per
 * field); they are rewritten to the linear equivalent, which gives the same objects (see
 * src/synth/linear-mappers.ts). `npm run import -- --linearize` applies it to imports/ as it is.
 */
function linearizeImports(dir: string): void {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const path = join(dir, f);
    const source = readFileSync(path, 'utf8');
    const linear = linearFilters(source);
    if (linear !== source) writeFileSync(path, linear);
  }
}

if (process.argv.includes('--linearize')) linearizeImports(join(root, 'imports'));
else await main();
