/** `app.kubernetes.io/managed-by` of every object a WebService makes. */
export const MANAGED_BY = 'cdk8s-gitops';

/** Inputs of {@link workloadLabels}. */
export interface WorkloadLabelInputs {
  readonly name: string;
  readonly tier: string;
  readonly component: string;
  /** Image tag; becomes `app.kubernetes.io/version` when it is a valid label value. */
  readonly version?: string;
  readonly extra?: Readonly<Record<string, string>>;
}

/** The `app.kubernetes.io/*` labels of a workload. */
export interface WorkloadLabels {
  /** Immutable pod selector: name and instance. */
  readonly selector: Record<string, string>;
  /** Labels of every object: selector, component, version, managed-by, extra. */
  readonly common: Record<string, string>;
  /** Labels of the pods (the same as `common`). */
  readonly pod: Record<string, string>;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/**
 * Recommended labels (https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/):
 * `name`, `instance` (`<name>-<tier>`) select the pods; `component`, `version` and `managed-by` describe them.
 * `part-of` comes from the application folder.
 */
export function workloadLabels(inputs: WorkloadLabelInputs): WorkloadLabels {
  const selector = {
    'app.kubernetes.io/name': inputs.name,
    'app.kubernetes.io/instance': `${inputs.name}-${inputs.tier}`,
  };
  const version =
    inputs.version && inputs.version.length <= 63 && LABEL_VALUE.test(inputs.version) ? inputs.version : undefined;
  const common = {
    ...inputs.extra,
    ...selector,
    'app.kubernetes.io/component': inputs.component,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    ...(version ? { 'app.kubernetes.io/version': version } : {}),
  };
  return { selector, common, pod: { ...common } };
}
