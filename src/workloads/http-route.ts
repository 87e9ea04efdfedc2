import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import { ReferenceRules, type Reference } from '../tree/index.js';

/** A Gateway API HTTPRoute to the service's first port. */
export interface HttpRouteProps {
  /** The Gateway the route attaches to. */
  readonly gateway: { readonly name: string; readonly namespace?: string; readonly sectionName?: string };
  /** Host names. @default - the Gateway's */
  readonly hostnames?: readonly string[];
  /** Path prefix. @default '/' */
  readonly path?: string;
}

/** apiVersion of the HTTPRoutes WebService writes (Gateway API v1). */
export const HTTP_ROUTE_API_VERSION = 'gateway.networking.k8s.io/v1';

/**
 * An HTTPRoute (`gateway.networking.k8s.io/v1`). The Gateway API CRDs are not among the shipped schemas:
 * declare the kind external for validation, e.g.
 * `new GitOpsApp({ validation: { externalKinds: ['gateway.networking.k8s.io/v1/HTTPRoute'] } })`.
 */
export function httpRoute(
  scope: Construct,
  id: string,
  props: {
    readonly name: string;
    readonly labels: Record<string, string>;
    readonly service: string;
    readonly port: number;
    readonly route: HttpRouteProps;
  },
): ApiObject {
  const { gateway } = props.route;
  return new ApiObject(scope, id, {
    apiVersion: HTTP_ROUTE_API_VERSION,
    kind: 'HTTPRoute',
    metadata: { name: props.name, labels: props.labels },
    spec: {
      parentRefs: [
        {
          name: gateway.name,
          ...(gateway.namespace ? { namespace: gateway.namespace } : {}),
          ...(gateway.sectionName ? { sectionName: gateway.sectionName } : {}),
        },
      ],
      ...(props.route.hostnames ? { hostnames: [...props.route.hostnames] } : {}),
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: props.route.path ?? '/' } }],
          backendRefs: [{ name: props.service, port: props.port }],
        },
      ],
    },
  });
}

/** An HTTPRoute refers to the Services of its backendRefs (same namespace unless given). */
ReferenceRules.register('gateway.networking.k8s.io/HTTPRoute', {
  refers: (o): Reference[] => {
    const rules = (o.spec as { rules?: Array<{ backendRefs?: Array<Record<string, unknown>> }> } | undefined)?.rules;
    return (rules ?? []).flatMap((r, ri) =>
      (r.backendRefs ?? []).flatMap((b, bi): Reference[] =>
        typeof b.name === 'string' && (b.kind === undefined || b.kind === 'Service')
          ? [
              {
                target: {
                  kind: 'Service',
                  group: '',
                  namespace: typeof b.namespace === 'string' ? b.namespace : o.metadata.namespace,
                  name: b.name,
                },
                field: `/spec/rules/${ri}/backendRefs/${bi}`,
              },
            ]
          : [],
      ),
    );
  },
});
