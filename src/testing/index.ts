/**
 * Testing helpers, `cdk8s-gitops/testing`: build a program's tree in memory, query it, assert on it and
 * snapshot it as YAML (vitest and jest alike; `snapshotFiles` needs vitest's `toMatchFileSnapshot`).
 */
export * from './matchers.js';
export * from './snapshots.js';
export * from './synthesized-tree.js';
