export * from './environments.js';
export * from './names.js';
export * from './per-tier.js';
export * from './schedule.js';
export * from './suggest.js';
export * from './sync-policy.js';
export * from './tier.js';
export * from './tier-value.js';
