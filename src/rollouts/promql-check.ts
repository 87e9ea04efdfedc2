import { asObject as obj, type Json } from '../tree/index.js';
import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { SynthChecks, type CheckContext, type SynthCheck } from '../tree/index.js';
import { analysisQueryProblem } from './analysis-metric.js';

const TEMPLATE_KINDS = new Set(['AnalysisTemplate', 'ClusterAnalysisTemplate']);

/**
 * Every Prometheus query of every AnalysisTemplate and ClusterAnalysisTemplate in the tree (hand-written
 * ones too) must parse as PromQL once `{{args.x}}` placeholders are substituted. Registered by the
 * analysis constructs; reports all bad queries of a run at once.
 */
export class AnalysisQueryCheck implements SynthCheck {
  /** Registers the check for the program `scope` belongs to. */
  public static of(scope: IConstruct): AnalysisQueryCheck {
    return SynthChecks.of(scope).add(new AnalysisQueryCheck());
  }

  public readonly id = 'rollouts.promql';

  private constructor() {}

  public check(context: CheckContext): void {
    for (const m of context.manifests) {
      const o = m.object;
      if (!TEMPLATE_KINDS.has(o.kind) || !o.apiVersion.startsWith('argoproj.io/')) continue;
      const metrics = obj(o.spec)?.metrics;
      if (!Array.isArray(metrics)) continue;
      metrics.forEach((metric, i) => {
        const query = obj(obj(obj(metric)?.provider)?.prometheus)?.query;
        if (typeof query !== 'string') return;
        const problem = analysisQueryProblem(query);
        if (!problem) return;
        context.error(
          new GitOpsError(`${o.kind} '${o.metadata.name}' metric '${String(obj(metric)?.name)}': ${problem.message}`, {
            code: 'ANALYSIS_INVALID_PROMQL',
            tier: m.tier,
            file: m.file,
            constructPath: m.constructPath,
            field: `/spec/metrics/${i}/provider/prometheus/query`,
            hint: 'fix the PromQL query (try it in the Prometheus UI with the arguments filled in)',
          }),
        );
      });
    }
  }
}
