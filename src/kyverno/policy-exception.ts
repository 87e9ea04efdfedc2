import { Construct } from 'constructs';
import type { PolicyException as PolicyExceptionL1 } from '../../imports/kyverno-policyexception.js';
import { GitOpsError } from '../errors/index.js';
import { FolderChart } from '../tree/index.js';
import { renderConditions, type Conditions } from './conditions.js';
import { filtersOf, hasDirectFilter, renderMatch, type ResourceMatch } from './match.js';
import { EXCEPTION_EXPIRY_ANNOTATION, expiryDate } from './exception-expiry.js';
import { PolicyGate } from './gate.js';
import { Policy } from './policy.js';
import type { PolicyBase } from './policy-base.js';
import type * as KyvernoPolicyexceptionModule from '../../imports/kyverno-policyexception.js';
import { generatedModule } from '../lazy/index.js';

const kyvernoPolicyexceptionModule = generatedModule<typeof KyvernoPolicyexceptionModule>('kyverno-policyexception');

/** The policy and rules one exception entry lets resources skip. */
export interface ExceptedPolicy {
  /** The policy: a construct of this library, or a policy's name (`namespace/name` for a namespaced Policy). */
  readonly policy: PolicyBase | string;
  /**
   * Rule names. @default - every rule of the policy construct, with the auto-generated `autogen-<rule>` and
   * `autogen-cronjob-<rule>` names of its Pod rules (required when `policy` is a name)
   */
  readonly rules?: readonly string[];
}

/** Props of a {@link PolicyException}. */
export interface PolicyExceptionProps {
  /** Exception name. @default - the construct id */
  readonly name?: string;
  /** The policies and rules excepted. */
  readonly exceptions: readonly ExceptedPolicy[];
  /** The resources excepted. */
  readonly match: ResourceMatch;
  /** Only when these hold. @default - always */
  readonly conditions?: Conditions;
  /**
   * Last day the exception is valid, `YYYY-MM-DD` (UTC). Synth reports an expired exception: an error when it
   * reaches a production tier, a warning elsewhere.
   */
  readonly expires: string;
  /** Why the exception exists (an annotation), e.g. a ticket. @default - none */
  readonly reason?: string;
}

/**
 * A Kyverno PolicyException (kyverno.io/v2): lets the matched resources skip rules of policies, until it expires.
 * Written to the folder it is created in (namespaced: the folder's namespace).
 */
export class PolicyException extends Construct {
  /** The exception's name. */
  public readonly exceptionName: string;
  /** When the exception expires, `YYYY-MM-DD`. */
  public readonly expires: string;
  /** The written object. */
  public readonly object: PolicyExceptionL1;

  public constructor(scope: Construct, id: string, props: PolicyExceptionProps) {
    super(scope, id);
    this.exceptionName = props.name ?? id;
    this.expires = props.expires;
    const fail = (message: string, field: string, code: string, hint: string): never => {
      throw new GitOpsError(`PolicyException '${this.exceptionName}' ${message}`, {
        code,
        constructPath: this.node.path,
        field,
        hint,
      });
    };
    if (!FolderChart.tryOf(this)) {
      fail(
        'is not in a folder',
        'scope',
        'KYVERNO_EXCEPTION_NO_FOLDER',
        'create it in a folder, e.g. tier.application(name)',
      );
    }
    if (expiryDate(props.expires) === undefined) {
      fail(
        `has expiry '${props.expires}', not a date`,
        'expires',
        'KYVERNO_EXCEPTION_EXPIRY',
        "write the last valid day as 'YYYY-MM-DD'",
      );
    }
    if (props.exceptions.length === 0) {
      fail('excepts no policy', 'exceptions', 'KYVERNO_EXCEPTION_EMPTY', 'list at least one policy and its rules');
    }
    if (filtersOf(props.match).some((f) => !f.kinds || f.kinds.length === 0)) {
      fail('matches resources without kinds', 'match', 'KYVERNO_MATCH_NO_KINDS', "set kinds, e.g. ['Deployment']");
    }
    PolicyGate.of(this);
    const exceptions = props.exceptions.map((e, i) => {
      if (typeof e.policy === 'string') {
        if (!e.rules || e.rules.length === 0) {
          fail(
            `names policy '${e.policy}' without rules`,
            `exceptions[${i}].rules`,
            'KYVERNO_EXCEPTION_EMPTY',
            'list the rule names',
          );
        }
        return { policyName: e.policy, ruleNames: [...(e.rules as readonly string[])] };
      }
      const policy = e.policy;
      const known = new Set(policy.rules.flatMap((r) => ruleNamesOf(r.name, r.match)));
      for (const rule of e.rules ?? []) {
        if (!known.has(rule)) {
          fail(
            `names rule '${rule}' that policy '${policy.policyName}' does not have`,
            `exceptions[${i}].rules`,
            'KYVERNO_EXCEPTION_UNKNOWN_RULE',
            `use one of ${[...known].join(', ')}`,
          );
        }
      }
      const namespace = policy instanceof Policy ? policy.copies[0]?.object.metadata.namespace : undefined;
      return {
        policyName: namespace ? `${namespace}/${policy.policyName}` : policy.policyName,
        ruleNames: e.rules ? [...e.rules] : [...known],
      };
    });
    const match = renderMatch(hasDirectFilter(props.match) ? { any: [props.match] } : props.match);
    this.object = new (kyvernoPolicyexceptionModule().PolicyException)(this, 'Resource', {
      metadata: {
        name: this.exceptionName,
        annotations: {
          [EXCEPTION_EXPIRY_ANNOTATION]: props.expires,
          ...(props.reason ? { 'gitops.cdk8s.io/reason': props.reason } : {}),
        },
      },
      spec: {
        exceptions,
        match: match as never,
        ...(props.conditions ? { conditions: renderConditions(props.conditions) as never } : {}),
      },
    });
  }
}

/** A rule's name and, when it matches Pods, the names auto-gen gives its controller copies. */
function ruleNamesOf(name: string, match: ResourceMatch): string[] {
  const pods = filtersOf(match).some((f) => f.kinds?.some((k) => k === 'Pod' || k.endsWith('/Pod')));
  return pods ? [name, `autogen-${name}`, `autogen-cronjob-${name}`] : [name];
}
