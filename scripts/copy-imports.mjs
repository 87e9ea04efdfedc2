// Part of `npm run build`: copies the plain CommonJS workers of src/ and the generated classes of imports/ (already compiled .js + .d.ts)
// next to the compiled sources, so `lib/src/<family>/*.js` reaches them as `../../imports/*.js`,
// as the sources do, and the package exports them as `cdk8s-gitops/imports/<module>`.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'imports');
const to = join(root, 'lib', 'imports');
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (name.endsWith('.js') || name.endsWith('.d.ts')) copyFileSync(join(from, name), join(to, name));
}

// Plain CommonJS workers (src/**/*.cjs) are not compiled: copy them next to the compiled code that starts them.
const sources = join(root, 'src');
for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.cjs')) continue;
  const rel = relative(sources, join(entry.parentPath ?? entry.path, entry.name));
  mkdirSync(dirname(join(root, 'lib', 'src', rel)), { recursive: true });
  copyFileSync(join(sources, rel), join(root, 'lib', 'src', rel));
}
