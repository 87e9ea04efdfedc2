import type { ValidationIssue } from './issue.js';

/**
 * One line for an issue:
 * `error   <tier or -> <file>[#doc] <pointer>: <message> (expected X, found Y) [construct <path>] — <hint>`.
 * Parts that are unknown are left out; the severity is padded so tiers line up.
 */
export function formatIssue(issue: ValidationIssue): string {
  let line = `${issue.severity.padEnd(7)} ${issue.tier ?? '-'} ${issue.file}`;
  if (issue.document !== undefined) line += `#${issue.document}`;
  if (issue.kustomization !== undefined && issue.kustomization !== issue.file) {
    line += ` (built by ${issue.kustomization})`;
  }
  if (issue.pointer) line += ` ${issue.pointer}`;
  line += `: ${issue.message}`;
  if (issue.expected !== undefined && issue.found !== undefined)
    line += ` (expected ${issue.expected}, found ${issue.found})`;
  else if (issue.expected !== undefined) line += ` (expected ${issue.expected})`;
  else if (issue.found !== undefined) line += ` (found ${issue.found})`;
  if (issue.constructPath) line += ` [construct ${issue.constructPath}]`;
  if (issue.hint) line += ` — ${issue.hint}`;
  return line.replace(/\s*\n\s*/g, ' ');
}
