import { asObject as obj, type Json } from '../tree/index.js';
import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { SynthChecks, type CheckContext, type Manifest, type SynthCheck } from '../tree/index.js';

/**
 * Every Rollout's selector must match its pod labels: those of its inline template, or those of the
 * Deployment its `workloadRef` names (in the same tier and namespace). Registered by the Rollout construct;
 * checks hand-written Rollouts too.
 */
export class RolloutChecks implements SynthCheck {
  /** Registers the check for the program `scope` belongs to. */
  public static of(scope: IConstruct): RolloutChecks {
    return SynthChecks.of(scope).add(new RolloutChecks());
  }

  public readonly id = 'rollouts.selectors';

  private constructor() {}

  public check(context: CheckContext): void {
    const deployments = new Map<string, Manifest>();
    const rollouts: Manifest[] = [];
    for (const m of context.manifests) {
      const o = m.object;
      if (o.kind === 'Deployment' && o.apiVersion === 'apps/v1') {
        deployments.set(`${m.tier ?? ''}|${o.metadata.namespace ?? ''}|${o.metadata.name}`, m);
      } else if (o.kind === 'Rollout' && o.apiVersion.startsWith('argoproj.io/')) rollouts.push(m);
    }
    for (const m of rollouts) {
      const spec = obj(m.object.spec) ?? {};
      const selector = obj(obj(spec.selector)?.matchLabels);
      if (!selector) continue;
      let labels = obj(obj(obj(spec.template)?.metadata)?.labels);
      let source = 'its pod template';
      const ref = obj(spec.workloadRef);
      if (!spec.template && ref && typeof ref.name === 'string') {
        const d = deployments.get(`${m.tier ?? ''}|${m.object.metadata.namespace ?? ''}|${ref.name}`);
        if (!d) continue; // a dangling workloadRef is the reference check's to report
        labels = obj(obj(obj(obj(d.object.spec)?.template)?.metadata)?.labels);
        source = `Deployment '${ref.name}'`;
      }
      const missing = Object.entries(selector).filter(([k, v]) => labels?.[k] !== v);
      if (missing.length === 0) continue;
      context.error(
        new GitOpsError(
          `Rollout '${m.object.metadata.name}' selects ${missing.map(([k, v]) => `${k}=${String(v)}`).join(',')}, which the pods of ${source} do not have`,
          {
            code: 'ROLLOUT_SELECTOR_MISMATCH',
            tier: m.tier,
            file: m.file,
            constructPath: m.constructPath,
            field: '/spec/selector/matchLabels',
            hint: 'make the selector a subset of the pod template labels',
          },
        ),
      );
    }
  }
}
