/** Writes test/kyverno/library/<suite>/policy.yaml from the standard library constructs. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LIBRARY_SUITES, libraryPolicyYaml } from '../test/kyverno/library/policies.js';

const root = resolve(import.meta.dirname, '..', 'test', 'kyverno', 'library');
for (const name of Object.keys(LIBRARY_SUITES)) {
  writeFileSync(join(root, name, 'policy.yaml'), libraryPolicyYaml(name));
}
