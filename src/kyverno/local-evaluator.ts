import type { KubeObject } from '../tree/index.js';
import type { CompiledPolicyView, PolicyEvaluator } from './evaluator.js';

/**
 * The gate's evaluator: the local engine (src/kyverno/engine). Until the engine is merged, every rule that
 * would apply is reported as `skip` (never `pass`).
 */
export const localEvaluator: PolicyEvaluator = {
  compile(policy: KubeObject): CompiledPolicyView {
    const rules =
      (
        policy['spec'] as {
          rules?: {
            name: string;
            match?: {
              any?: { resources?: { kinds?: string[] } }[];
              all?: { resources?: { kinds?: string[] } }[];
              resources?: { kinds?: string[] };
            };
          }[];
        }
      )?.rules ?? [];
    const kinds = rules.flatMap((r) => [
      ...(r.match?.resources?.kinds ?? []),
      ...(r.match?.any ?? []).flatMap((f) => f.resources?.kinds ?? []),
      ...(r.match?.all ?? []).flatMap((f) => f.resources?.kinds ?? []),
    ]);
    return {
      kinds,
      evaluate: () => [],
    };
  },
};
