import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';

/**
 * Packages a program pays for only when it uses them (src/lazy): importing the library loads none of
 * them. (`yaml` is lazy too, but cdk8s itself loads it.)
 */
const LOADED_ON_FIRST_USE = [
  'typebox',
  'ajv',
  'ajv-formats',
  '@marcbachmann/cel-js',
  'cron-parser',
  'diff',
  '@prometheus-io/lezer-promql',
  'picomatch',
];

/** Every module URL (ES modules and CommonJS) that importing `entry` loads, from a fresh process. */
function modulesLoadedBy(entry: string): string[] {
  const dir = tempDir();
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `export async function load(url, context, next) { process.stderr.write('LOADED ' + url + '\\n'); return next(url, context); }\n`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n` +
      `import Module from 'node:module';\nconst load = Module._load;\n` +
      `Module._load = function (request, parent, main) { const m = load.apply(this, arguments); try { process.stderr.write('LOADED ' + Module._resolveFilename(request, parent) + '\\n'); } catch {} return m; };\n`,
  );
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      register,
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `await import(${JSON.stringify(pathToFileURL(entry).href)});`,
    ],
    { cwd: resolve('.'), encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice('LOADED '.length));
}

describe('start-up', () => {
  it('importing the library loads none of the dependencies it loads on first use', () => {
    const loaded = modulesLoadedBy(resolve('src/index.ts'));
    expect(loaded.some((url) => url.includes('/node_modules/cdk8s/'))).toBe(true);
    for (const name of LOADED_ON_FIRST_USE) {
      expect(
        loaded.filter((url) => url.includes(`/node_modules/${name}/`) && !url.endsWith('/package.json')),
        `${name} is loaded when the library is imported`,
      ).toEqual([]);
    }
  }, 60_000);
});
