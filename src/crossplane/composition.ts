import { Construct } from 'constructs';
import type { Composition, CompositionSpecMode } from '../../imports/crossplane-composition.js';
import { GitOpsError } from '../errors/index.js';
import { compositeApiVersion, type CompositeApi } from './composite-api.js';
import { CrossplaneCheck } from './checks.js';
import type { PipelineStep } from './steps.js';
import type * as CrossplaneCompositionModule from '../../imports/crossplane-composition.js';
import { generatedModule } from '../lazy/index.js';

const crossplaneCompositionModule = generatedModule<typeof CrossplaneCompositionModule>('crossplane-composition');

/** Props of a {@link PipelineComposition}. */
export interface PipelineCompositionProps<S> {
  /** The API composed; `compositeTypeRef` is its XR kind at its referenceable version. */
  readonly api: CompositeApi<S>;
  /** `metadata.name`. @default - the construct id */
  readonly name?: string;
  /**
   * Labels claims select the Composition by (`compositionSelector`), e.g.
   * `{ 'platform.company.com/provider': 'aws', 'platform.company.com/class': 'production' }`. @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** The pipeline, run in order (e.g. patch-and-transform, then auto-ready). */
  readonly steps: readonly PipelineStep[];
  /** Namespace connection secrets of cluster-scoped XRs are written to (Crossplane 1.x). @default - none */
  readonly writeConnectionSecretsToNamespace?: string;
}

/**
 * A Composition in pipeline mode for one composite API.
 *
 * ```ts
 * new PipelineComposition(app.platformCore.compositions, 'postgresql-aws', {
 *   api: PostgreSQL,
 *   labels: { 'platform.company.com/provider': 'aws' },
 *   steps: [PatchAndTransform.step({ resources: [...] }), AutoReady.step()],
 * });
 * ```
 */
export class PipelineComposition<S = unknown> extends Construct {
  /** `metadata.name`. */
  public readonly name: string;
  /** The API composed. */
  public readonly api: CompositeApi<S>;
  /** The Composition's labels. */
  public readonly labels: Readonly<Record<string, string>>;

  public constructor(scope: Construct, id: string, props: PipelineCompositionProps<S>) {
    super(scope, id);
    this.name = props.name ?? id;
    this.api = props.api;
    this.labels = { ...props.labels };
    if (props.steps.length === 0) {
      throw new GitOpsError(`Composition '${this.name}' has no pipeline steps`, {
        code: 'COMPOSITION_NO_STEPS',
        constructPath: this.node.path,
        field: 'steps',
        hint: 'add e.g. PatchAndTransform.step({ resources }) and AutoReady.step()',
      });
    }
    const seen = new Set<string>();
    for (const s of props.steps) {
      if (seen.has(s.step)) {
        throw new GitOpsError(`Composition '${this.name}' has two steps named '${s.step}'`, {
          code: 'COMPOSITION_DUPLICATE_STEP',
          constructPath: this.node.path,
          field: 'steps',
          hint: 'give each step its own name with { step: … }',
        });
      }
      seen.add(s.step);
    }
    new (crossplaneCompositionModule().Composition)(this, 'Resource', {
      metadata: { name: this.name, ...(props.labels ? { labels: { ...props.labels } } : {}) },
      spec: {
        compositeTypeRef: { apiVersion: compositeApiVersion(props.api), kind: props.api.kind },
        mode: crossplaneCompositionModule().CompositionSpecMode.PIPELINE,
        pipeline: props.steps.map((s) => ({ step: s.step, functionRef: { name: s.functionRef.name }, input: s.input })),
        ...(props.writeConnectionSecretsToNamespace
          ? { writeConnectionSecretsToNamespace: props.writeConnectionSecretsToNamespace }
          : {}),
      },
    });
    CrossplaneCheck.of(this);
  }
}
