import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';
import { Composition } from '../../imports/crossplane-composition.js';
import { CompositeResourceDefinitionV2 } from '../../imports/crossplane-xrd.js';

/** API group of the platform's composite resources. */
export const PLATFORM_GROUP = 'platform.company.com';
export const PLATFORM_VERSION = 'v1alpha1';

interface XrdOptions {
  readonly kind: string;
  readonly plural: string;
  readonly parameters: Record<string, unknown>;
  readonly required?: readonly string[];
}

/** A namespaced Crossplane v2 XRD whose spec is `{ parameters: {...} }`. */
export function definePlatformApi(scope: Construct, options: XrdOptions): void {
  new CompositeResourceDefinitionV2(scope, options.kind, {
    metadata: { name: `${options.plural}.${PLATFORM_GROUP}` },
    spec: {
      group: PLATFORM_GROUP,
      names: { kind: options.kind, plural: options.plural },
      scope: 'Namespaced' as never,
      versions: [
        {
          name: PLATFORM_VERSION,
          served: true,
          referenceable: true,
          schema: {
            openApiv3Schema: {
              type: 'object',
              properties: {
                spec: {
                  type: 'object',
                  required: ['parameters'],
                  properties: {
                    parameters: {
                      type: 'object',
                      required: [...(options.required ?? [])],
                      properties: options.parameters,
                    },
                  },
                },
              },
            },
          },
        },
      ],
    },
  });
}

/** A pipeline Composition rendering `kind` with function-patch-and-transform. */
export function defineComposition(scope: Construct, name: string, kind: string, resources: unknown[]): void {
  new Composition(scope, name, {
    metadata: { name, labels: { 'platform.company.com/provider': 'aws' } },
    spec: {
      compositeTypeRef: { apiVersion: `${PLATFORM_GROUP}/${PLATFORM_VERSION}`, kind },
      mode: 'Pipeline' as never,
      pipeline: [
        {
          step: 'patch-and-transform',
          functionRef: { name: 'function-patch-and-transform' },
          input: { apiVersion: 'pt.fn.crossplane.io/v1beta1', kind: 'Resources', resources },
        },
      ],
    },
  });
}

/** A claim of one of the platform's APIs (an XR in Crossplane v2). */
export function claim(scope: Construct, kind: string, name: string, parameters: Record<string, unknown>): ApiObject {
  return new ApiObject(scope, name, {
    apiVersion: `${PLATFORM_GROUP}/${PLATFORM_VERSION}`,
    kind,
    metadata: { name },
    spec: { parameters },
  });
}
