import { Construct } from 'constructs';
import type {
  CompositeResourceDefinition,
  CompositeResourceDefinitionV2,
  CompositeResourceDefinitionProps,
  CompositeResourceDefinitionV2Props,
} from '../../imports/crossplane-xrd.js';
import { Platform } from '../tree/index.js';
import type { CompositeApi } from './composite-api.js';
import { CrossplaneCheck } from './checks.js';
import { registerCompositeHealth } from './health.js';
import type * as CrossplaneXrdModule from '../../imports/crossplane-xrd.js';
import { generatedModule } from '../lazy/index.js';

const crossplaneXrdModule = generatedModule<typeof CrossplaneXrdModule>('crossplane-xrd');

/** Props of a {@link Xrd}. */
export interface XrdProps {
  /** The API to define. */
  readonly api: CompositeApi<unknown>;
}

/**
 * The CompositeResourceDefinition of a composite API (`apiextensions.crossplane.io/v2`, or `v1` with
 * claim names for Crossplane 1.x). Registers the Argo CD health check of the XR and claim kinds.
 *
 * ```ts
 * new Xrd(app.platformCore.xrds, 'postgresql', { api: PostgreSQL });
 * ```
 */
export class Xrd extends Construct {
  /** Emits `api`'s XRD into `platform-core/xrds/` of the program `scope` belongs to. */
  public static define(scope: Construct, api: CompositeApi<unknown>): Xrd {
    return new Xrd(Platform.of(scope).platformCore.xrds, api.plural, { api });
  }

  /** The API defined. */
  public readonly api: CompositeApi<unknown>;
  /** `metadata.name`: `<plural>.<group>`. */
  public readonly name: string;

  public constructor(scope: Construct, id: string, props: XrdProps) {
    super(scope, id);
    this.api = props.api;
    this.name = props.api.xrdName;
    const manifest = props.api.xrd() as {
      apiVersion: string;
      metadata: { name: string };
      spec: Record<string, unknown>;
    };
    const spec = toGeneratedSpec(manifest.spec);
    if (manifest.apiVersion === 'apiextensions.crossplane.io/v1') {
      new (crossplaneXrdModule().CompositeResourceDefinition)(this, 'Resource', {
        metadata: { name: this.name },
        spec: spec as unknown as CompositeResourceDefinitionProps['spec'] & object,
      });
    } else {
      new (crossplaneXrdModule().CompositeResourceDefinitionV2)(this, 'Resource', {
        metadata: { name: this.name },
        spec: spec as unknown as CompositeResourceDefinitionV2Props['spec'] & object,
      });
    }
    registerCompositeHealth(this, props.api.group, props.api.kind);
    if (props.api.claimKind) registerCompositeHealth(this, props.api.group, props.api.claimKind);
    CrossplaneCheck.of(this);
  }
}

/** The generated classes spell `openAPIV3Schema` as `openApiv3Schema`. */
function toGeneratedSpec(spec: Record<string, unknown>): Record<string, unknown> {
  const versions = (spec['versions'] as Array<Record<string, unknown>>).map((v) => {
    const { schema, ...rest } = v as { schema?: { openAPIV3Schema: unknown } };
    return schema ? { ...rest, schema: { openApiv3Schema: schema.openAPIV3Schema } } : rest;
  });
  return { ...spec, versions };
}
