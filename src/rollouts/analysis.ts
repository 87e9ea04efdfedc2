import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { IAnalysisTemplate } from './analysis-template-spec.js';
import { constructError } from './errors.js';

/** A value for an analysis argument: a literal, or a field of the Rollout's pods. */
export type AnalysisArgValue = string | { readonly fieldPath: string };

/** An analysis a Rollout runs: templates (by construct reference) and the values of their arguments. */
export interface AnalysisProps {
  /** Templates to run together; at least one. */
  readonly templates: readonly IAnalysisTemplate[];
  /** Argument values, by name. Every argument without a default must be given. @default - none */
  readonly args?: Readonly<Record<string, AnalysisArgValue>>;
}

/** The JSON of an analysis reference as Rollouts read it (`templates`, `args`). */
export interface AnalysisJson {
  templates: Array<{ templateName: string; clusterScope?: boolean }>;
  args?: Array<{ name: string; value?: string; valueFrom?: { fieldRef: { fieldPath: string } } }>;
}

/**
 * The Rollout JSON of an analysis, checked: at least one template, every given argument declared by a
 * template, every argument without a default given.
 */
export function analysisJson(scope: IConstruct, props: AnalysisProps, field: string): AnalysisJson {
  if (props.templates.length === 0) {
    throw constructError(
      scope,
      'ANALYSIS_NO_TEMPLATES',
      'an analysis needs at least one template',
      `${field}/templates`,
      'pass the AnalysisTemplate (or ClusterAnalysisTemplate) constructs to run',
    );
  }
  const namespace = Chart.of(scope).namespace;
  for (const t of props.templates) {
    if (!t.clusterScope && t.templateNamespace && namespace && t.templateNamespace !== namespace) {
      throw constructError(
        scope,
        'ANALYSIS_TEMPLATE_OTHER_NAMESPACE',
        `AnalysisTemplate '${t.templateName}' is in namespace '${t.templateNamespace}', but the Rollout is in '${namespace}'`,
        `${field}/templates`,
        'create the AnalysisTemplate in the same folder as the Rollout, or use a ClusterAnalysisTemplate',
      );
    }
  }
  const given = props.args ?? {};
  const declared = new Set(props.templates.flatMap((t) => t.args.map((a) => a.name)));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) {
      throw constructError(
        scope,
        'ANALYSIS_UNKNOWN_ARG',
        `analysis passes argument '${name}', which no template of it declares (templates: ${props.templates.map((t) => t.templateName).join(', ')})`,
        `${field}/args`,
        `use one of the declared arguments: ${[...declared].join(', ') || '(none)'}`,
      );
    }
  }
  for (const template of props.templates) {
    for (const arg of template.args) {
      if (arg.value === undefined && !(arg.name in given)) {
        throw constructError(
          scope,
          'ANALYSIS_ARG_MISSING',
          `analysis template '${template.templateName}' needs argument '${arg.name}', which the analysis does not give`,
          `${field}/args`,
          `add args: { '${arg.name}': … }`,
        );
      }
    }
  }
  const names = Object.keys(given).sort();
  return {
    templates: props.templates.map((t) => ({
      templateName: t.templateName,
      ...(t.clusterScope ? { clusterScope: true } : {}),
    })),
    ...(names.length > 0
      ? {
          args: names.map((name) => {
            const v = given[name] as AnalysisArgValue;
            return typeof v === 'string'
              ? { name, value: v }
              : { name, valueFrom: { fieldRef: { fieldPath: v.fieldPath } } };
          }),
        }
      : {}),
  };
}
