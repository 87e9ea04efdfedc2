export * from './folder-chart.js';
export * from './layout.js';
export * from './tier-scope.js';
