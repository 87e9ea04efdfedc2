export * from './gitops-error.js';
