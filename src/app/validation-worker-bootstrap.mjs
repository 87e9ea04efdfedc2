// Starts the validation worker from TypeScript sources (tests, `tsx` runs of the repository): loader
// hooks registered with `--import tsx` do not reach worker threads on Node 20, so register tsx here.
// The compiled library starts validation-worker.js directly and never loads this file.
const { register } = await import('tsx/esm/api');
register();
await import('./validation-worker.ts');
