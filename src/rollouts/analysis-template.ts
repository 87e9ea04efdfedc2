import { Construct } from 'constructs';
import type { AnalysisTemplate as AnalysisTemplateResource } from '../../imports/rollouts-analysistemplate.js';
import { analysisTemplateSpec, type AnalysisTemplateProps, type IAnalysisTemplate } from './analysis-template-spec.js';
import type { AnalysisArg } from './analysis-metric.js';
import type * as RolloutsAnalysistemplateModule from '../../imports/rollouts-analysistemplate.js';
import { generatedModule } from '../lazy/index.js';

const rolloutsAnalysistemplateModule =
  generatedModule<typeof RolloutsAnalysistemplateModule>('rollouts-analysistemplate');

/**
 * An Argo Rollouts AnalysisTemplate: arguments and Prometheus metrics with success/failure conditions,
 * run by Rollouts (canary steps, background analysis, blue-green promotion analysis).
 *
 * Queries are checked with Prometheus's grammar at synth (after `{{args.x}}` substitution), and every
 * placeholder must name a declared argument.
 */
export class AnalysisTemplate extends Construct implements IAnalysisTemplate {
  public readonly templateName: string;
  public readonly clusterScope = false;
  public readonly args: readonly AnalysisArg[];
  public readonly templateNamespace?: string;
  /** The generated L1 object. */
  public readonly resource: AnalysisTemplateResource;

  public constructor(scope: Construct, id: string, props: AnalysisTemplateProps) {
    super(scope, id);
    const { spec, args } = analysisTemplateSpec(this, props);
    this.args = args;
    this.resource = new (rolloutsAnalysistemplateModule().AnalysisTemplate)(this, 'Resource', {
      metadata: props.name ? { name: props.name } : {},
      spec,
    });
    this.templateName = this.resource.name;
    this.templateNamespace = this.resource.metadata.namespace;
  }
}
