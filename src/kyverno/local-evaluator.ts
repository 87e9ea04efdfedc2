import type { KubeObject } from '../tree/index.js';
import type { CompiledPolicyView, PolicyEvaluator, RuleOutcome } from './evaluator.js';
import { filterHolds } from './exception-match.js';
import { POLICY_ANNOTATIONS } from './policy-annotations.js';
import { AUTOGEN_CONTROLLERS, policyKinds } from './policy-kinds.js';

/** Why a rule was not evaluated while the local engine (src/kyverno/engine) is not part of this build. */
export const ENGINE_UNAVAILABLE = 'not evaluated: the local Kyverno engine is not available in this build';

type Filter = Parameters<typeof filterHolds>[0];
interface Block {
  resources?: Filter;
  any?: { resources?: Filter }[];
  all?: { resources?: Filter }[];
}

/**
 * The gate's evaluator. It decides which rules apply to a resource (match/exclude by kinds, names, namespaces
 * and labels, with auto-gen rule names for Pod controllers) and reports each as `skip` with
 * {@link ENGINE_UNAVAILABLE}: without the engine nothing is ever reported as `pass`.
 */
export const localEvaluator: PolicyEvaluator = {
  compile(policy: KubeObject): CompiledPolicyView {
    const rules = (policy['spec'] as { rules?: { name: string; match?: Block; exclude?: Block }[] })?.rules ?? [];
    const annotation = policy.metadata.annotations?.[POLICY_ANNOTATIONS.autogenControllers];
    const controllers =
      annotation === 'none' ? [] : annotation ? annotation.split(',').map((c) => c.trim()) : AUTOGEN_CONTROLLERS;
    return {
      kinds: policyKinds(policy),
      evaluate(resource) {
        const out: RuleOutcome[] = [];
        for (const rule of rules) {
          const name = appliesAs(rule, resource, controllers);
          if (name) out.push({ rule: name, status: 'skip', message: ENGINE_UNAVAILABLE });
        }
        return out;
      },
    };
  },
};

/** The name under which `rule` applies to `resource` (`autogen-…` for a Pod rule on a controller), if it does. */
function appliesAs(
  rule: { name: string; match?: Block; exclude?: Block },
  resource: KubeObject,
  controllers: readonly string[],
): string | undefined {
  if (blockHolds(rule.match, resource) && !(rule.exclude && blockHolds(rule.exclude, resource))) return rule.name;
  if (!controllers.includes(resource.kind)) return undefined;
  // Auto-gen: the rule as Kyverno rewrites it for the controller (a Pod rule matches the Pod template).
  const asPod = { ...resource, kind: 'Pod' };
  if (!blockHolds(rule.match, asPod)) return undefined;
  return resource.kind === 'CronJob' ? `autogen-cronjob-${rule.name}` : `autogen-${rule.name}`;
}

function blockHolds(block: Block | undefined, resource: KubeObject): boolean {
  if (!block) return false;
  if (block.resources && !filterHolds(block.resources, resource)) return false;
  if (block.any && !block.any.some((f) => filterHolds(f.resources ?? {}, resource))) return false;
  if (block.all && !block.all.every((f) => filterHolds(f.resources ?? {}, resource))) return false;
  return Boolean(block.resources || block.any?.length || block.all?.length);
}
