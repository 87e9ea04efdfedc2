import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import type { TierValue } from '../environments/index.js';
import { GitOpsError, GitOpsErrors } from '../errors/index.js';
import { PolicyGate } from './gate.js';
import { policyCopies, type PolicyCopy } from './placement.js';
import { POLICY_ANNOTATIONS } from './policy-annotations.js';
import { ruleProblems } from './rule-checks.js';
import { renderRule, type FailureAction, type PolicyRule } from './rule.js';

/** Props shared by {@link ClusterPolicy} and {@link Policy}. */
export interface PolicyProps<N extends string = string> {
  /** Policy name. @default - the construct id */
  readonly name?: string;
  /** The rules. */
  readonly rules: readonly PolicyRule[];
  /**
   * What a failing validate rule does, per tier. Rules may override it.
   * @default - Enforce in production tiers and in folders shared by every tier, Audit elsewhere
   */
  readonly failureAction?: TierValue<N, FailureAction>;
  /** Also check existing resources in the background. @default true */
  readonly background?: boolean;
  /** Human title (`policies.kyverno.io/title`). @default - none */
  readonly title?: string;
  /** Category (`policies.kyverno.io/category`), e.g. `Best Practices`. @default - none */
  readonly category?: string;
  /** Severity (`policies.kyverno.io/severity`). @default - none */
  readonly severity?: 'low' | 'medium' | 'high' | 'critical';
  /** What the policy is for (`policies.kyverno.io/description`). @default - none */
  readonly description?: string;
  /** Extra annotations. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Extra labels. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A written copy of a policy: the object and where it went. */
export interface PolicyObject extends PolicyCopy {
  /** The ClusterPolicy or Policy object. */
  readonly object: ApiObject;
}

/** What ClusterPolicy and Policy have in common: typed rules, checks, and one copy per tier where needed. */
export abstract class PolicyBase extends Construct {
  /** The policy's name. */
  public readonly policyName: string;
  /** The rules, as given. */
  public readonly rules: readonly PolicyRule[];
  /** The written copies (one per tier when created on the app, else one). */
  public readonly copies: readonly PolicyObject[];

  protected constructor(
    scope: Construct,
    id: string,
    props: PolicyProps<string>,
    kind: 'ClusterPolicy' | 'Policy',
    build: (
      folder: Construct,
      id: string,
      metadata: Record<string, unknown>,
      spec: Record<string, unknown>,
    ) => ApiObject,
  ) {
    super(scope, id);
    this.policyName = props.name ?? id;
    this.rules = props.rules ?? [];
    const what = `${kind} '${this.policyName}'`;
    const problems = ruleProblems(this.rules, { policy: this.policyName, constructPath: this.node.path });
    if (this.rules.length === 0) {
      problems.push(
        new GitOpsError(`${what} has no rules`, {
          code: 'KYVERNO_POLICY_NO_RULES',
          constructPath: this.node.path,
          field: 'rules',
          hint: 'add at least one rule',
        }),
      );
    }
    if (problems.length === 1) throw problems[0];
    if (problems.length > 1) throw new GitOpsErrors(problems);
    PolicyGate.of(this);
    const annotations: Record<string, string> = {
      ...(props.title ? { [POLICY_ANNOTATIONS.title]: props.title } : {}),
      ...(props.category ? { [POLICY_ANNOTATIONS.category]: props.category } : {}),
      ...(props.severity ? { [POLICY_ANNOTATIONS.severity]: props.severity } : {}),
      ...(props.description ? { [POLICY_ANNOTATIONS.description]: props.description } : {}),
      ...props.annotations,
    };
    const here = (copy: PolicyCopy) => isInside(this, copy.folder);
    this.copies = policyCopies(this, props.failureAction, what).map((copy) => {
      // A copy in another folder (one per tier) is a child of that folder, named after the policy.
      const parent = here(copy) ? this : copy.folder;
      const childId = here(copy) ? 'Resource' : `${kind.toLowerCase()}-${this.policyName}`;
      if (parent.node.tryFindChild(childId)) {
        throw new GitOpsError(`${what} is defined twice in '${copy.folder.path}'`, {
          code: 'KYVERNO_POLICY_DUPLICATE',
          constructPath: this.node.path,
          tier: copy.tier?.name,
          field: 'name',
          hint: 'give each policy a unique name',
        });
      }
      const metadata = {
        name: this.policyName,
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
        ...(props.labels ? { labels: props.labels } : {}),
      };
      const spec = {
        background: props.background ?? true,
        rules: this.rules.map((r) => renderRule(r, copy.failureAction)),
      };
      return { ...copy, object: build(parent, childId, metadata, spec) };
    });
  }

  /** The failure action of the copy for `tier` (or of the only copy). */
  public failureActionFor(tier?: string): FailureAction | undefined {
    return (this.copies.find((c) => c.tier?.name === tier) ?? this.copies.find((c) => !c.tier))?.failureAction;
  }
}

function isInside(c: Construct, folder: Construct): boolean {
  for (let s = c.node.scope; s; s = s.node.scope) if (s === folder) return true;
  return false;
}
