import { Construct } from 'constructs';
import { byProduction, resolveTierValue, type Tier, type TierValue } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import { Platform } from '../tree/index.js';
import { PrometheusRule, type AlertRule } from './prometheus-rule.js';

/** What the GitOps alert library watches. */
export type GitOpsAlertSource = 'argocd' | 'crossplane' | 'flux' | 'rollouts';

/** Props of {@link GitOpsAlerts}. */
export interface GitOpsAlertsProps {
  /** Object name. @default 'gitops-health' */
  readonly name?: string;
  /** Controllers watched. @default - all: Argo CD, Crossplane, Flux, Argo Rollouts */
  readonly watch?: readonly GitOpsAlertSource[];
  /** `severity` label. @default - 'critical' in production tiers (pages), 'warning' elsewhere */
  readonly severity?: TierValue<string, string>;
  /** Whether the alerts page on-call (`page: "true"` label for Alertmanager routing). @default - production tiers only */
  readonly page?: TierValue<string, boolean>;
  /** How long a condition holds before firing. @default - '5m' in production tiers, '15m' elsewhere */
  readonly for?: TierValue<string, string>;
  /** Labels Prometheus's `ruleSelector` matches. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Labels added to every alert, e.g. `{ team: 'platform' }`. @default - none */
  readonly alertLabels?: Readonly<Record<string, string>>;
  /** Runbooks base URL; each alert links `<base>/<alert name>`. @default - no runbook links */
  readonly runbookBaseUrl?: string;
  /** Tier whose values are used, when not in a tier folder. @default - the enclosing tier */
  readonly tier?: Tier;
}

/**
 * The alerts the reference documents watch, with the metrics the controllers really export:
 *
 * - Argo CD (`argocd_app_info`, `argocd_app_sync_total`): app out of sync, sync failed, degraded health.
 *   In a tier, only the tier's cluster's applications (`dest_server`).
 * - Crossplane providers (`crossplane_managed_resource_exists` / `_ready`): managed resources not ready.
 * - Flux (`gotk_resource_info` from kube-state-metrics custom resource state, as in Flux's monitoring
 *   example): a Flux object whose Ready condition is False.
 * - Argo Rollouts (`rollout_info`): a Rollout in phase Degraded, which is where an aborted Rollout ends.
 *
 * Severity, paging and `for` are per tier: production pages, the other tiers do not.
 */
export class GitOpsAlerts extends Construct {
  /** The PrometheusRule. */
  public readonly rule: PrometheusRule;
  /** The alert rules, for tests and docs. */
  public readonly alerts: readonly AlertRule[];

  public constructor(scope: Construct, id: string, props: GitOpsAlertsProps = {}) {
    super(scope, id);
    const tier = props.tier ?? Platform.tierOf(this);
    const value = <T>(v: TierValue<string, T>, field: string): T => {
      if (tier) return resolveTierValue(v, tier);
      if (typeof v === 'function') {
        throw new GitOpsError(`'${field}' depends on the tier, but GitOpsAlerts is not in a tier`, {
          code: 'ALERTS_OUTSIDE_TIER',
          constructPath: this.node.path,
          field,
          hint: 'create it in a tier folder, pass `tier`, or give plain values',
        });
      }
      return v as T;
    };
    const severity = value(props.severity ?? byProduction('critical', 'warning'), 'severity');
    const page = value(props.page ?? byProduction(true, false), 'page');
    const forDuration = value(props.for ?? byProduction('5m', '15m'), 'for');
    const watch = new Set(props.watch ?? ['argocd', 'crossplane', 'flux', 'rollouts']);
    const argo = tier ? `dest_server="${tier.cluster.server}"` : '';
    const sel = (extra: string): string => `{${[extra, argo].filter(Boolean).join(',')}}`;
    const labels = { ...props.alertLabels, severity, ...(page ? { page: 'true' } : {}) };
    const where = tier ? ` in ${tier.name}` : '';
    const rule = (
      alert: string,
      expr: string,
      summary: string,
      description: string,
      forOverride?: string,
    ): AlertRule => ({
      alert,
      expr,
      for: forOverride ?? forDuration,
      labels,
      annotations: {
        summary,
        description,
        ...(props.runbookBaseUrl ? { runbook_url: `${props.runbookBaseUrl.replace(/\/$/, '')}/${alert}` } : {}),
      },
    });
    const alerts: AlertRule[] = [];
    if (watch.has('argocd')) {
      alerts.push(
        rule(
          'ArgoCdAppOutOfSync',
          `argocd_app_info${sel('sync_status="OutOfSync"')} == 1`,
          `Argo CD application {{ $labels.name }} is out of sync${where}`,
          'Application {{ $labels.name }} (project {{ $labels.project }}) differs from git.',
        ),
        rule(
          'ArgoCdAppSyncFailed',
          `increase(argocd_app_sync_total${sel('phase=~"Error|Failed"')}[10m]) > 0`,
          `Argo CD sync of {{ $labels.name }} failed${where}`,
          'A sync of application {{ $labels.name }} ended in phase {{ $labels.phase }}.',
          '0m',
        ),
        rule(
          'ArgoCdAppDegraded',
          `argocd_app_info${sel('health_status="Degraded"')} == 1`,
          `Argo CD application {{ $labels.name }} is degraded${where}`,
          'Application {{ $labels.name }} reports health Degraded.',
        ),
      );
    }
    if (watch.has('crossplane')) {
      alerts.push(
        rule(
          'CrossplaneManagedResourceNotReady',
          'sum by (gvk) (crossplane_managed_resource_exists) - sum by (gvk) (crossplane_managed_resource_ready) > 0',
          `Crossplane {{ $labels.gvk }} resources are not ready${where}`,
          '{{ $value }} managed resource(s) of {{ $labels.gvk }} exist but are not Ready.',
        ),
      );
    }
    if (watch.has('flux')) {
      alerts.push(
        rule(
          'FluxReconciliationFailed',
          'max by (customresource_kind, exported_namespace, name) (gotk_resource_info{ready="False"}) == 1',
          `Flux {{ $labels.customresource_kind }} {{ $labels.exported_namespace }}/{{ $labels.name }} fails to reconcile${where}`,
          'Its Ready condition is False.',
        ),
      );
    }
    if (watch.has('rollouts')) {
      alerts.push(
        rule(
          'RolloutAborted',
          'max by (namespace, name) (rollout_info{phase="Degraded"}) == 1',
          `Rollout {{ $labels.namespace }}/{{ $labels.name }} was aborted or is degraded${where}`,
          'The Rollout is in phase Degraded (an aborted canary or failed analysis).',
          '1m',
        ),
      );
    }
    this.alerts = alerts;
    this.rule = new PrometheusRule(this, 'Resource', {
      name: props.name ?? 'gitops-health',
      labels: props.labels,
      groups: [{ name: 'gitops-health', rules: alerts }],
    });
  }
}
