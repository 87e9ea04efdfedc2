import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
const root = '/dev/shm/b/tree'; const out = [];
const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true }).sort((a,b)=>a.name<b.name?-1:1)) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.yaml')) out.push({ file: relative(root, p), tier: relative(root,p).split('/')[1], object: yaml.load(readFileSync(p, 'utf8')) }); } };
walk(root); writeFileSync('/dev/shm/objs.json', JSON.stringify(out)); console.log(out.length);
