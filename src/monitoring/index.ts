export * from './prometheus-rule.js';
export * from './service-monitor.js';
export * from './gitops-alerts.js';
