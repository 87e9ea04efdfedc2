export * from './gate.js';
export * from './history.js';
export * from './image-ref.js';
export * from './releases.js';
export * from './rewrite.js';
export * from './tree-diff.js';
export * from './github-workflows.js';
