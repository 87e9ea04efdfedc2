import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { HealthChecks } from '../tree/index.js';
import { ARGOCD_NAMESPACE } from './sync-options.js';

/** Props of {@link ArgoCdSettings}. */
export interface ArgoCdSettingsProps {
  /** More `argocd-cm` entries, e.g. `{ 'application.resourceTrackingMethod': 'annotation' }`. @default - none */
  readonly data?: Readonly<Record<string, string>>;
  /** @default 'argocd' */
  readonly argocdNamespace?: string;
}

/**
 * Argo CD's `argocd-cm` ConfigMap, with a Lua health check (`resource.customizations.health.<group>_<Kind>`)
 * for every kind registered in `HealthChecks.of(app)` (the Crossplane family registers its XR and claim
 * kinds). Read at synth, so registrations made after this construct count.
 */
export class ArgoCdSettings extends Construct {
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: ArgoCdSettingsProps = {}) {
    super(scope, id);
    const registry = HealthChecks.of(this);
    this.resource = new ApiObject(this, 'Resource', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'argocd-cm',
        namespace: props.argocdNamespace ?? ARGOCD_NAMESPACE,
        labels: { 'app.kubernetes.io/name': 'argocd-cm', 'app.kubernetes.io/part-of': 'argocd' },
      },
      data: Lazy.any({
        produce: () => {
          const data: Record<string, string> = { ...props.data };
          for (const check of registry.all) {
            data[`resource.customizations.health.${check.group}_${check.kind}`] = check.lua;
          }
          return Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        },
      }),
    });
  }
}
