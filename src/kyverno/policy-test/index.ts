export * from './test-suite.js';
export * from './run-suite.js';
