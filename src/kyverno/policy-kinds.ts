import type { KubeObject } from '../tree/index.js';
import { DEFAULT_AUTOGEN_CONTROLLERS } from './engine/index.js';
import { POLICY_ANNOTATIONS } from './policy-annotations.js';

/** Controllers Kyverno's auto-gen writes Pod rules for, by default (Argo Rollouts included). */
export const AUTOGEN_CONTROLLERS: readonly string[] = [...DEFAULT_AUTOGEN_CONTROLLERS, 'Rollout'];

interface RuleMatch {
  resources?: { kinds?: string[] };
  any?: { resources?: { kinds?: string[] } }[];
  all?: { resources?: { kinds?: string[] } }[];
}

/**
 * Kinds the rules of `policy` can apply to, including the controllers auto-gen extends Pod rules to (as the
 * `pod-policies.kyverno.io/autogen-controllers` annotation says; `none` turns it off). Used to index policies
 * by kind; a wildcard kind gives `*`.
 */
export function policyKinds(policy: KubeObject): string[] {
  const rules = ((policy['spec'] as { rules?: { match?: RuleMatch }[] } | undefined)?.rules ?? []).map((r) => r.match);
  const kinds = new Set<string>();
  for (const m of rules) {
    for (const k of [
      ...(m?.resources?.kinds ?? []),
      ...(m?.any ?? []).flatMap((f) => f.resources?.kinds ?? []),
      ...(m?.all ?? []).flatMap((f) => f.resources?.kinds ?? []),
    ]) {
      kinds.add(k);
    }
  }
  const pods = [...kinds].some((k) => k === 'Pod' || k.endsWith('/Pod'));
  const annotation = policy.metadata.annotations?.[POLICY_ANNOTATIONS.autogenControllers];
  if (pods && annotation !== 'none') {
    const controllers = annotation ? annotation.split(',').map((c) => c.trim()) : AUTOGEN_CONTROLLERS;
    for (const c of controllers) kinds.add(c);
  }
  return [...kinds];
}
