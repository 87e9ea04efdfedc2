import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import type { ISecretSource } from '../tree/index.js';

/**
 * API version of the Flux notification-controller kinds. Their CRDs are not shipped with the library (no
 * upstream copy in ../shared/crds), so validation treats them as external; the fields here follow the
 * v1beta3 API reference.
 */
export const NOTIFICATION_API_VERSION = 'notification.toolkit.fluxcd.io/v1beta3';

/** Provider types of notification-controller (a subset). */
export type NotificationProviderType =
  | 'slack'
  | 'msteams'
  | 'discord'
  | 'googlechat'
  | 'webex'
  | 'rocket'
  | 'pagerduty'
  | 'opsgenie'
  | 'alertmanager'
  | 'generic'
  | 'generic-hmac'
  | 'github'
  | 'gitlab'
  | 'grafana';

/** Props of a {@link NotificationProvider}. */
export interface NotificationProviderProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** Where events go. */
  readonly type: NotificationProviderType;
  /** Channel (Slack, Discord …). @default - the provider's default */
  readonly channel?: string;
  /** Endpoint URL when not in the secret. @default - none */
  readonly address?: string;
  /** Secret with the token or webhook address (key `token` or `address`). @default - none */
  readonly secret?: ISecretSource;
}

/** A Flux notification `Provider`: where Flux events are sent. */
export class NotificationProvider extends Construct {
  /** The generated object. */
  public readonly resource: ApiObject;
  /** `metadata.name`. */
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: NotificationProviderProps) {
    super(scope, id);
    if (!props.secret && !props.address && !['github', 'gitlab'].includes(props.type)) {
      throw new GitOpsError(`notification Provider of type '${props.type}' has neither an address nor a secret`, {
        code: 'FLUX_PROVIDER_NO_ADDRESS',
        constructPath: this.node.path,
        field: 'secret',
        hint: 'pass the ExternalSecret or SealedSecret holding the webhook address or token as `secret`',
      });
    }
    this.resource = new ApiObject(this, 'Resource', {
      apiVersion: NOTIFICATION_API_VERSION,
      kind: 'Provider',
      metadata: props.name ? { name: props.name } : {},
      spec: {
        type: props.type,
        ...(props.channel ? { channel: props.channel } : {}),
        ...(props.address ? { address: props.address } : {}),
        ...(props.secret ? { secretRef: { name: props.secret.secretName } } : {}),
      },
    });
    this.name = this.resource.name;
  }
}

/** An object whose events an Alert forwards: a Flux construct, or every object of a kind. */
export interface EventSource {
  readonly kind:
    | 'GitRepository'
    | 'OCIRepository'
    | 'HelmRepository'
    | 'HelmChart'
    | 'Bucket'
    | 'Kustomization'
    | 'HelmRelease'
    | 'ImageRepository'
    | 'ImagePolicy'
    | 'ImageUpdateAutomation';
  /** Name, or `*` for all. @default '*' */
  readonly name?: string;
  /** Namespace. @default - the Alert's */
  readonly namespace?: string;
}

/** Props of a {@link NotificationAlert}. */
export interface NotificationAlertProps {
  /** Object name. @default - from the construct id */
  readonly name?: string;
  /** The Provider events are sent to. */
  readonly provider: NotificationProvider;
  /** Objects whose events are forwarded. */
  readonly eventSources: readonly EventSource[];
  /** `info` forwards everything, `error` only failures. @default 'error' */
  readonly eventSeverity?: 'info' | 'error';
  /** Summary added to every message. @default - none */
  readonly summary?: string;
}

/** A Flux notification `Alert`: which events go to a Provider. */
export class NotificationAlert extends Construct {
  /** The generated object. */
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: NotificationAlertProps) {
    super(scope, id);
    if (props.eventSources.length === 0) {
      throw new GitOpsError('notification Alert has no event sources', {
        code: 'FLUX_ALERT_NO_SOURCES',
        constructPath: this.node.path,
        field: 'eventSources',
        hint: "e.g. `eventSources: [{ kind: 'Kustomization' }, { kind: 'HelmRelease' }]`",
      });
    }
    this.resource = new ApiObject(this, 'Resource', {
      apiVersion: NOTIFICATION_API_VERSION,
      kind: 'Alert',
      metadata: props.name ? { name: props.name } : {},
      spec: {
        providerRef: { name: props.provider.name },
        eventSeverity: props.eventSeverity ?? 'error',
        eventSources: props.eventSources.map((s) => ({
          kind: s.kind,
          name: s.name ?? '*',
          ...(s.namespace ? { namespace: s.namespace } : {}),
        })),
        ...(props.summary ? { summary: props.summary } : {}),
      },
    });
  }
}
