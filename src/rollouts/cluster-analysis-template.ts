import { Construct } from 'constructs';
import type { ClusterAnalysisTemplate as ClusterAnalysisTemplateResource } from '../../imports/rollouts-clusteranalysistemplate.js';
import { analysisTemplateSpec, type AnalysisTemplateProps, type IAnalysisTemplate } from './analysis-template-spec.js';
import type { AnalysisArg } from './analysis-metric.js';
import type * as RolloutsClusteranalysistemplateModule from '../../imports/rollouts-clusteranalysistemplate.js';
import { generatedModule } from '../lazy/index.js';

const rolloutsClusteranalysistemplateModule = generatedModule<typeof RolloutsClusteranalysistemplateModule>(
  'rollouts-clusteranalysistemplate',
);

/**
 * An Argo Rollouts ClusterAnalysisTemplate: an {@link AnalysisTemplate} usable from every namespace,
 * typically in a shared folder (e.g. `shared/policies` or a platform folder).
 */
export class ClusterAnalysisTemplate extends Construct implements IAnalysisTemplate {
  public readonly templateName: string;
  public readonly clusterScope = true;
  public readonly args: readonly AnalysisArg[];
  /** The generated L1 object. */
  public readonly resource: ClusterAnalysisTemplateResource;

  public constructor(scope: Construct, id: string, props: AnalysisTemplateProps) {
    super(scope, id);
    const { spec, args } = analysisTemplateSpec(this, props);
    this.args = args;
    this.resource = new (rolloutsClusteranalysistemplateModule().ClusterAnalysisTemplate)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      // Same generated shape as AnalysisTemplate's spec.
      spec: spec as ConstructorParameters<typeof ClusterAnalysisTemplateResource>[2]['spec'],
    });
    this.templateName = this.resource.name;
  }
}
