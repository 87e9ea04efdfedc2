import { readFileSync } from 'node:fs';
const lib = await import(process.env.LIB ?? '/work/main/lib/bundle/index.js');
const objs = JSON.parse(readFileSync('/dev/shm/objs.json', 'utf8')).map((m) => ({ ...m, nullFree: true }));
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  lib.validateManifests(objs, { oneObjectPerFile: true });
  console.log('pass', i, (performance.now() - t0).toFixed(0));
}
