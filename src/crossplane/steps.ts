import { GitOpsError } from '../errors/index.js';
import { FunctionNames, type CrossplaneFunction } from './function.js';
import type { Patch, PatchSet } from './patches.js';

/** One step of a Composition pipeline. */
export interface PipelineStep {
  /** Step name, unique within the pipeline. */
  readonly step: string;
  /** Name of the Function that runs it. */
  readonly functionRef: { readonly name: string };
  /** The function's input. @default - none */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** How a connection detail of a composed resource reaches the XR's connection secret. */
export type ConnectionDetail =
  | { readonly name: string; readonly type: 'FromConnectionSecretKey'; readonly fromConnectionSecretKey: string }
  | { readonly name: string; readonly type: 'FromFieldPath'; readonly fromFieldPath: string }
  | { readonly name: string; readonly type: 'FromValue'; readonly value: string };

/** A readiness check of a composed resource. */
export type ReadinessCheck =
  | { readonly type: 'NonEmpty'; readonly fieldPath: string }
  | { readonly type: 'MatchString'; readonly fieldPath: string; readonly matchString: string }
  | { readonly type: 'MatchInteger'; readonly fieldPath: string; readonly matchInteger: number }
  | { readonly type: 'MatchTrue' | 'MatchFalse'; readonly fieldPath: string }
  | {
      readonly type: 'MatchCondition';
      readonly matchCondition: { readonly type: string; readonly status: 'True' | 'False' | 'Unknown' };
    }
  | { readonly type: 'None' };

/** A resource template of function-patch-and-transform. */
export interface ComposedResource {
  /** Unique name of the resource within the Composition. */
  readonly name: string;
  /** The resource the patches apply to: apiVersion, kind and the fields that do not vary. */
  readonly base: { readonly apiVersion: string; readonly kind: string; readonly [key: string]: unknown };
  readonly patches?: readonly Patch[];
  readonly connectionDetails?: readonly ConnectionDetail[];
  readonly readinessChecks?: readonly ReadinessCheck[];
}

interface StepOptions {
  /** Step name. @default - the function's short name, e.g. `patch-and-transform` */
  readonly step?: string;
  /** The Function construct that runs it. @default - a Function of the well-known name, installed elsewhere */
  readonly function?: CrossplaneFunction;
}

/** Props of {@link PatchAndTransform.step}. */
export interface PatchAndTransformProps extends StepOptions {
  readonly resources: readonly ComposedResource[];
  readonly patchSets?: readonly PatchSet[];
  /** Patches between the XR and the Composition environment, run before resources are composed. */
  readonly environment?: { readonly patches: readonly Patch[] };
}

function ref(options: StepOptions, fallback: string): { readonly name: string } {
  return { name: options.function?.name ?? fallback };
}

/** Steps of function-patch-and-transform (`pt.fn.crossplane.io/v1beta1` Resources). */
export const PatchAndTransform = {
  step(props: PatchAndTransformProps): PipelineStep {
    const used = new Set<string>();
    for (const r of props.resources)
      for (const p of r.patches ?? []) if (p.type === 'PatchSet') used.add(p.patchSetName);
    const declared = new Set((props.patchSets ?? []).map((s) => s.name));
    const missing = [...used].filter((n) => !declared.has(n));
    if (missing.length > 0) {
      throw new GitOpsError(`patch set(s) ${missing.join(', ')} are used by resources but not declared`, {
        code: 'COMPOSITION_PATCH_SET_MISSING',
        field: 'patchSets',
        hint: 'pass every PatchSet the resources include in patchSets',
      });
    }
    return {
      step: props.step ?? 'patch-and-transform',
      functionRef: ref(props, FunctionNames.patchAndTransform),
      input: {
        apiVersion: 'pt.fn.crossplane.io/v1beta1',
        kind: 'Resources',
        ...(props.environment ? { environment: props.environment } : {}),
        ...(props.patchSets && props.patchSets.length > 0 ? { patchSets: props.patchSets } : {}),
        resources: props.resources,
      },
    };
  },
} as const;

/** Props of {@link GoTemplating.step}. */
export interface GoTemplatingProps extends StepOptions {
  /** The inline Go template, rendering YAML documents of composed resources. */
  readonly template: string;
}

/** Steps of function-go-templating (`gotemplating.fn.crossplane.io/v1beta1` GoTemplate, inline source). */
export const GoTemplating = {
  step(props: GoTemplatingProps): PipelineStep {
    return {
      step: props.step ?? 'go-templating',
      functionRef: ref(props, FunctionNames.goTemplating),
      input: {
        apiVersion: 'gotemplating.fn.crossplane.io/v1beta1',
        kind: 'GoTemplate',
        source: 'Inline',
        inline: { template: props.template },
      },
    };
  },
} as const;

/** Steps of function-auto-ready: marks the XR ready when every composed resource is. */
export const AutoReady = {
  step(props: StepOptions = {}): PipelineStep {
    return { step: props.step ?? 'auto-ready', functionRef: ref(props, FunctionNames.autoReady) };
  },
} as const;
