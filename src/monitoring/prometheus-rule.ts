import { Construct, type IConstruct } from 'constructs';
import type {
  PrometheusRule as PrometheusRuleL1,
  PrometheusRuleSpecGroupsRulesExpr,
} from '../../imports/prometheus-prometheusrule.js';
import { GitOpsError } from '../errors/index.js';
import { promqlProblem, SynthChecks, type CheckContext, type SynthCheck } from '../tree/index.js';
import type * as PrometheusPrometheusruleModule from '../../imports/prometheus-prometheusrule.js';
import { generatedModule } from '../lazy/index.js';

const prometheusPrometheusruleModule =
  generatedModule<typeof PrometheusPrometheusruleModule>('prometheus-prometheusrule');

/** An alerting rule. */
export interface AlertRule {
  /** Alert name, e.g. `ArgoCdAppOutOfSync`. */
  readonly alert: string;
  /** PromQL expression; parsed at synth. */
  readonly expr: string;
  /** How long the expression must hold before the alert fires, e.g. `5m`. @default - fires at once */
  readonly for?: string;
  /** Labels added to the alert (e.g. `severity`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations (`summary`, `description`, `runbook_url`). @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A recording rule. */
export interface RecordingRule {
  /** Name of the recorded series, e.g. `job:http_requests:rate5m`. */
  readonly record: string;
  /** PromQL expression; parsed at synth. */
  readonly expr: string;
  /** Labels added to the series. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A group of rules evaluated together. */
export interface RuleGroup {
  readonly name: string;
  /** Evaluation interval. @default - Prometheus's global interval */
  readonly interval?: string;
  readonly rules: readonly (AlertRule | RecordingRule)[];
}

/** Props of a {@link PrometheusRule}. */
export interface PrometheusRuleProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** Labels Prometheus's `ruleSelector` matches (e.g. `{ release: 'kube-prometheus-stack' }`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  readonly groups: readonly RuleGroup[];
}

/** Prometheus durations: `30s`, `5m`, `1h30m`, `1d`. */
const DURATION = /^(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?$/;

/**
 * A prometheus-operator `PrometheusRule` (monitoring.coreos.com/v1). Every expression is parsed with
 * Prometheus's grammar at synth (see {@link AlertExpressionCheck}); rule names are checked here.
 */
export class PrometheusRule extends Construct {
  /** The generated object. */
  public readonly resource: PrometheusRuleL1;

  public constructor(scope: Construct, id: string, props: PrometheusRuleProps) {
    super(scope, id);
    AlertExpressionCheck.of(this);
    for (const group of props.groups) {
      const names = new Set<string>();
      for (const rule of group.rules) {
        const name = 'alert' in rule ? rule.alert : rule.record;
        const key = `${'alert' in rule ? 'alert' : 'record'}:${name}`;
        if (names.has(key))
          this.fail(
            `rule group '${group.name}' has rule '${name}' twice`,
            'PROMETHEUS_RULE_DUPLICATE',
            `groups.${group.name}`,
          );
        names.add(key);
        if ('alert' in rule && rule.for !== undefined && (rule.for === '' || !DURATION.test(rule.for))) {
          this.fail(
            `alert '${rule.alert}' has 'for: ${rule.for}', not a Prometheus duration`,
            'PROMETHEUS_RULE_DURATION',
            `groups.${group.name}.${rule.alert}.for`,
          );
        }
      }
    }
    this.resource = new (prometheusPrometheusruleModule().PrometheusRule)(this, 'Resource', {
      metadata: {
        ...(props.name ? { name: props.name } : {}),
        ...(props.labels ? { labels: { ...props.labels } } : {}),
      },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          ...(g.interval ? { interval: g.interval } : {}),
          rules: g.rules.map((r) => ({
            ...('alert' in r ? { alert: r.alert } : { record: r.record }),
            expr: prometheusPrometheusruleModule().PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
            ...('alert' in r && r.for ? { for: r.for } : {}),
            ...(r.labels && Object.keys(r.labels).length ? { labels: { ...r.labels } } : {}),
            ...('alert' in r && r.annotations ? { annotations: { ...r.annotations } } : {}),
          })),
        })),
      },
    });
  }

  private fail(message: string, code: string, field: string): never {
    throw new GitOpsError(message, { code, constructPath: this.node.path, field, hint: 'fix the rule definition' });
  }
}

/**
 * Parses the expression of every rule of every PrometheusRule in the tree (hand-written ones too) with
 * `promqlProblem`; an expression that does not parse is a synth error naming the rule.
 */
export class AlertExpressionCheck implements SynthCheck {
  /** The check of the program `scope` belongs to. */
  public static of(scope: IConstruct): AlertExpressionCheck {
    return SynthChecks.of(scope).add(new AlertExpressionCheck());
  }

  public readonly id = 'monitoring.promql';

  private constructor() {}

  public check(context: CheckContext): void {
    for (const m of context.manifests) {
      const o = m.object;
      if (o.kind !== 'PrometheusRule' || !o.apiVersion.startsWith('monitoring.coreos.com/')) continue;
      const groups = ((o.spec as { groups?: unknown[] } | undefined)?.groups ?? []) as Array<{
        name?: string;
        rules?: Array<{ alert?: string; record?: string; expr?: unknown }>;
      }>;
      groups.forEach((g, gi) => {
        (g.rules ?? []).forEach((r, ri) => {
          const expr = typeof r.expr === 'number' ? String(r.expr) : typeof r.expr === 'string' ? r.expr : '';
          const problem = promqlProblem(expr);
          if (!problem) return;
          const rule = r.alert ? `alert '${r.alert}'` : `recording rule '${r.record}'`;
          context.error(
            new GitOpsError(`${rule} of group '${g.name}' in PrometheusRule '${o.metadata.name}': ${problem.message}`, {
              code: 'PROMQL_INVALID',
              tier: m.tier,
              file: m.file,
              constructPath: m.constructPath,
              field: `/spec/groups/${gi}/rules/${ri}/expr`,
              hint: 'fix the PromQL expression (check it in the Prometheus UI or with promtool check rules)',
            }),
          );
        });
      });
    }
  }
}
