import type { KubeObject } from '../tree/index.js';
import { compilePolicy } from './engine/index.js';
import type { CompiledPolicyView, PolicyEvaluator } from './evaluator.js';
import { policyKinds } from './policy-kinds.js';

/**
 * The gate's evaluator: the local engine (src/kyverno/engine), compiled once per policy. Rules the engine cannot
 * evaluate come back as `skip` with the reason (`unsupported: …`), never as `pass`.
 */
export const localEvaluator: PolicyEvaluator = {
  compile(policy: KubeObject): CompiledPolicyView {
    const compiled = compilePolicy(policy as unknown as Record<string, unknown>);
    return {
      kinds: policyKinds(policy),
      evaluate(resource, context) {
        return compiled
          .evaluate(resource as unknown as Record<string, unknown>, { namespaceLabels: context.namespaceLabels })
          .map((r) => ({
            rule: r.rule,
            status: r.status,
            message:
              r.status === 'skip' ? `${r.unsupported ? 'unsupported: ' : ''}${r.skipReason ?? r.message}` : r.message,
          }));
      },
    };
  },
};
