import { createRequire } from 'node:module';
import { once } from './once.js';

const load = createRequire(import.meta.url);

/**
 * A dependency loaded on first use rather than when the library is imported. A program pays at start-up
 * only for what it uses: most programs never parse YAML, evaluate CEL or cron schedules, or diff text,
 * and under a TypeScript loader every module loaded costs a few milliseconds. ES modules load the same
 * way (Node 20.19+ requires them synchronously), and a module the program imported itself is the same
 * instance.
 *
 * ```ts
 * import type * as Yaml from 'yaml';
 * const yaml = lazyModule<typeof Yaml>('yaml');
 * yaml().parse(text);
 * ```
 */
export function lazyModule<T>(specifier: string): () => T {
  return once(() => load(specifier) as T);
}
export { generatedModule } from './generated.js';
export { once } from './once.js';
