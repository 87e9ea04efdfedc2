import { readFileSync } from 'node:fs';
const lib = await import(process.env.LIB ?? '/work/main/lib/bundle/index.js');
const objs = JSON.parse(readFileSync('/dev/shm/objs.json', 'utf8')).map((m) => ({ ...m, nullFree: true }));
const t0 = performance.now();
const r = lib.validateManifests(objs, { oneObjectPerFile: true });
const t1 = performance.now();
console.log('validate', (t1 - t0).toFixed(0), 'issues', r.issues?.length, Object.keys(r).join(','));
import { createRequire } from 'node:module';
console.log('ajv loaded:', Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('/ajv/dist/ajv.js') || k.includes('/ajv/dist/core.js')).length);
