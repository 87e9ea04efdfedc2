// Part of `npm run build`: bundles the compiled library's entry points (`cdk8s-gitops` and
// `cdk8s-gitops/testing`) into a few files, as the package exports them. A program loads one module
// instead of two hundred, which under a TypeScript loader such as tsx saves close to half a second.
// Dependencies and the generated classes (lib/imports, exported as `cdk8s-gitops/imports/*`) stay
// external, so a program that imports those gets the same modules the library uses. lib/src keeps the
// unbundled code: the CLI, the worker threads and the type declarations.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'lib', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'lib/src/index.js', 'testing/index': 'lib/src/testing/index.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  packages: 'external',
  logLevel: 'warning',
  plugins: [
    {
      name: 'generated-imports-external',
      setup(b) {
        // `../../imports/x.js` from lib/src/<family>/ is `../imports/x.js` from lib/bundle/.
        b.onResolve({ filter: /(^|\/)imports\/[^/]+\.js$/ }, (args) => ({
          path: `../imports/${args.path.split('/').pop()}`,
          external: true,
        }));
      },
    },
  ],
});
