// Writes every ```ts block of README.md and docs/*.md to test/doc-samples/ as a module of its own, so the
// project's type-check (`npm test`, `npm run typecheck`) compiles every documentation sample against the
// library. File names say where each sample is: docs_promotion_md_23.ts is the block at line 23.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'test', 'doc-samples');

/** `[doc, line, code]` for every TypeScript block. */
export function docSamples() {
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  const samples = [];
  for (const doc of docs) {
    const lines = readFileSync(join(root, doc), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() !== '```ts') continue;
      let end = i + 1;
      while (end < lines.length && lines[end].trim() !== '```') end++;
      samples.push({ doc, line: i + 2, code: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
  }
  return samples;
}

export function sampleFile(sample) {
  return `${sample.doc.replace(/[/.]/g, '_')}_${sample.line}.ts`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // Samples import './environments.js' as the guide does: the reference platform's catalogue.
  writeFileSync(
    join(out, 'environments.ts'),
    readFileSync(join(root, 'environments.ts'), 'utf8').replace("'./src/index.js'", "'cdk8s-gitops'"),
  );
  for (const sample of docSamples()) writeFileSync(join(out, sampleFile(sample)), `${sample.code}\nexport {};\n`);
}
