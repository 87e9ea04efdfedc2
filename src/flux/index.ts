export * from './source.js';
export * from './git-repository.js';
export * from './oci-repository.js';
export * from './kustomization.js';
export * from './helm.js';
export * from './notification.js';
export * from './flux-check.js';
export * from './bootstrap.js';
