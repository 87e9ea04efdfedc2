export * from './platform-graph.js';
