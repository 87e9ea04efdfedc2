import { readFileSync } from 'node:fs';
const lib = await import('/work/main/lib/bundle-x/index.js');
const objs = JSON.parse(readFileSync('/dev/shm/objs.json', 'utf8')).map((m) => ({ ...m, nullFree: true }));
const byKind = {};
for (const m of objs) (byKind[m.object.kind] ??= []).push(m);
for (const [k, ms] of Object.entries(byKind)) {
  globalThis.__calls = 0; globalThis.__visits = 0;
  lib.validateManifests(ms, { oneObjectPerFile: true });
  console.log(k, ms.length, 'node calls/obj', (globalThis.__calls / ms.length).toFixed(1), 'visits/obj', (globalThis.__visits / ms.length).toFixed(1));
}
