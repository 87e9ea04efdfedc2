import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../synth/index.js';
import { SynthesizedTree } from './synthesized-tree.js';

/** What a matcher returns, as vitest and jest both expect. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** Whether `actual` contains everything in `expected` (objects by subset, arrays element by element). */
export function containsPartial(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return isDeepStrictEqual(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((e) => actual.some((a) => containsPartial(a, e)));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  return Object.entries(expected).every(([k, v]) => containsPartial((actual as Record<string, unknown>)[k], v));
}

function asTree(received: unknown, matcher: string): SynthesizedTree {
  if (received instanceof SynthesizedTree) return received;
  throw new TypeError(`${matcher} expects a SynthesizedTree (from synthesizeInMemory), got ${typeof received}`);
}

const brief = (o: KubeObject): string =>
  `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

/**
 * Matchers for `expect.extend(matchers)`, in vitest and jest alike:
 *
 * - `expect(tree).toHaveResource('Deployment', { metadata: { name: 'api' }, spec: { replicas: 3 } })`
 * - `expect(tree).toHaveResourceCount('Service', 2)`
 * - `expect(tree).toPassValidation()` — no error synth would report (schemas, references, checks)
 * - `expect(tree).toPassPolicies()` — no policy-gate failure (Enforce or Audit) and no policy warning
 */
export const matchers = {
  toHaveResource(received: unknown, kind: string, partial: Record<string, unknown> = {}): MatcherResult {
    const tree = asTree(received, 'toHaveResource');
    const ofKind = tree.find({ kind });
    const pass = ofKind.some((o) => containsPartial(o, partial));
    return {
      pass,
      message: () =>
        pass
          ? `expected no ${kind} matching ${JSON.stringify(partial)}, but found one`
          : `expected a ${kind} matching ${JSON.stringify(partial)}; the tree has ${ofKind.length === 0 ? `no ${kind}` : ofKind.map(brief).join(', ')}`,
    };
  },

  toHaveResourceCount(received: unknown, kind: string, count: number): MatcherResult {
    const found = asTree(received, 'toHaveResourceCount').count(kind);
    return {
      pass: found === count,
      message: () => `expected ${count} ${kind} object(s), found ${found}`,
    };
  },

  toPassValidation(received: unknown): MatcherResult {
    const tree = asTree(received, 'toPassValidation');
    return {
      pass: tree.errors.length === 0,
      message: () =>
        tree.errors.length === 0
          ? 'expected validation errors, found none'
          : `expected no errors, found:\n${tree.errors.join('\n')}`,
    };
  },

  toPassPolicies(received: unknown): MatcherResult {
    const tree = asTree(received, 'toPassPolicies');
    const failures = [...tree.errors, ...tree.warnings].filter((line) => /\bpolic(y|ies)\b/i.test(line));
    return {
      pass: failures.length === 0,
      message: () =>
        failures.length === 0
          ? 'expected policy failures, found none'
          : `expected every policy to pass, found:\n${failures.join('\n')}`,
    };
  },
};

/** Types for `expect(tree).toHaveResource(...)` etc.: `interface Assertion<T> extends GitOpsMatchers<T> {}`. */
export interface GitOpsMatchers<R = unknown> {
  toHaveResource(kind: string, partial?: Record<string, unknown>): R;
  toHaveResourceCount(kind: string, count: number): R;
  toPassValidation(): R;
  toPassPolicies(): R;
}
