export * from './app/gitops-app.js';
export type { ValidationSettings } from './app/validation-hook.js';
export * from './environments/index.js';
export * from './errors/index.js';
export * from './synth/index.js';
export * from './tree/index.js';
