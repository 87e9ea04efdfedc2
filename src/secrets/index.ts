import './reference-rules.js';
export * from './store-provider.js';
export * from './secret-store.js';
export * from './external-secret.js';
export * from './sealed-secret.js';
