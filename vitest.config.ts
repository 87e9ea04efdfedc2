import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on two cores (vitest's default is cores - 1): many tests wait on child
    // processes (the CLI, the programs it runs, npm), which leaves a core idle.
    maxWorkers: 2,
    // Files of a worker share one module graph: the library (src/, ~300 modules, cdk8s, ajv, ...) is loaded
    // once per worker instead of once per file, which cost more than most files' tests. Tests must leave no
    // global state behind (restore process.env and patched functions in afterEach/finally, as they do).
    isolate: false,
    // Builds lib/ (the CLI most CLI tests run) when the sources are newer than it.
    globalSetup: ['test/global-setup.ts'],
    // Removes the temporary folders of each file's tests when the file is done.
    setupFiles: ['test/setup.ts'],
    // Compile-time behaviour (a forgotten tier is a type error) is checked by tsc on *.test-d.ts.
    // `npm test` type-checks every file (these included) with `tsc -p tsconfig.json` first, so it turns this
    // second pass off (`--typecheck.enabled=false`); a bare `vitest run` still checks them.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
