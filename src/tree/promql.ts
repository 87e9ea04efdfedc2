import type * as PromQL from '@prometheus-io/lezer-promql';
import { lazyModule } from '../lazy/index.js';

const promql = lazyModule<typeof PromQL>('@prometheus-io/lezer-promql');
/** Where a PromQL expression stops parsing. */
export interface PromQLProblem {
  /** Character offset of the first error. */
  readonly offset: number;
  /** One line: what is wrong, with the expression marked at the error, e.g. `rate(foo[5m ⟨here⟩`. */
  readonly message: string;
}

/**
 * Parses a PromQL expression with Prometheus's own grammar (`@prometheus-io/lezer-promql`) and returns the
 * first syntax error, or undefined when it parses. Shared by analysis templates and alert rules.
 * Template placeholders (`{{args.service-name}}`, `{{ $labels.x }}`) should be substituted by the caller.
 */
export function promqlProblem(expression: string): PromQLProblem | undefined {
  if (expression.trim() === '') return { offset: 0, message: 'the expression is empty' };
  const tree = promql().parser.parse(expression);
  let offset: number | undefined;
  tree.iterate({
    enter(node) {
      if (offset !== undefined) return false;
      if (node.type.isError) {
        offset = node.from;
        return false;
      }
      return undefined;
    },
  });
  if (offset === undefined) return undefined;
  const at = Math.min(offset, expression.length);
  const found = at >= expression.length ? 'the end of the expression' : `'${expression.slice(at, at + 12)}'`;
  return {
    offset: at,
    message:
      `PromQL syntax error at character ${at + 1} (${found}): ${expression.slice(0, at)} ⟨here⟩ ${expression.slice(at)}`.trim(),
  };
}
