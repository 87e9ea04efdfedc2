import { Construct } from 'constructs';
import type { Function as FunctionObject } from '../../imports/crossplane-function.js';
import { Platform } from '../tree/index.js';
import type * as CrossplaneFunctionModule from '../../imports/crossplane-function.js';
import { generatedModule } from '../lazy/index.js';

const crossplaneFunctionModule = generatedModule<typeof CrossplaneFunctionModule>('crossplane-function');

/** Props of a {@link CrossplaneFunction}. */
export interface CrossplaneFunctionProps {
  /** OCI reference of the package, pinned to a version, e.g. `xpkg.crossplane.io/crossplane-contrib/function-auto-ready:v0.5.0`. */
  readonly package: string;
  /** `metadata.name`, what Composition steps reference. @default - the construct id */
  readonly name?: string;
  /** When to pull the package. @default - Crossplane's default (IfNotPresent) */
  readonly packagePullPolicy?: 'IfNotPresent' | 'Always' | 'Never';
}

/** The well-known functions, pinned. */
export const FunctionPackages = {
  patchAndTransform: 'xpkg.crossplane.io/crossplane-contrib/function-patch-and-transform:v0.9.0',
  goTemplating: 'xpkg.crossplane.io/crossplane-contrib/function-go-templating:v0.11.0',
  autoReady: 'xpkg.crossplane.io/crossplane-contrib/function-auto-ready:v0.5.0',
} as const;

/** Default names of the well-known functions, as the Crossplane documentation installs them. */
export const FunctionNames = {
  patchAndTransform: 'function-patch-and-transform',
  goTemplating: 'function-go-templating',
  autoReady: 'function-auto-ready',
} as const;

/**
 * A Composition Function package (`pkg.crossplane.io/v1` Function). Composition steps take the construct,
 * so a step cannot name a function the program does not install.
 *
 * ```ts
 * const functions = CrossplaneFunction.wellKnown(app.folder('platform-core/functions'));
 * ```
 */
export class CrossplaneFunction extends Construct {
  /** function-patch-and-transform, function-go-templating and function-auto-ready in `scope`. */
  public static wellKnown(scope: Construct): {
    readonly patchAndTransform: CrossplaneFunction;
    readonly goTemplating: CrossplaneFunction;
    readonly autoReady: CrossplaneFunction;
  } {
    const make = (key: keyof typeof FunctionNames): CrossplaneFunction =>
      new CrossplaneFunction(scope, FunctionNames[key], { package: FunctionPackages[key] });
    return {
      patchAndTransform: make('patchAndTransform'),
      goTemplating: make('goTemplating'),
      autoReady: make('autoReady'),
    };
  }

  /** The well-known functions in `platform-core/functions/` of the program `scope` belongs to. */
  public static inPlatformCore(scope: Construct): ReturnType<typeof CrossplaneFunction.wellKnown> {
    return CrossplaneFunction.wellKnown(Platform.of(scope).folder('platform-core/functions'));
  }

  /** `metadata.name`. */
  public readonly name: string;
  /** The package reference. */
  public readonly package: string;

  public constructor(scope: Construct, id: string, props: CrossplaneFunctionProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.package = props.package;
    new (crossplaneFunctionModule().Function)(this, 'Resource', {
      metadata: { name: this.name },
      spec: {
        package: props.package,
        ...(props.packagePullPolicy ? { packagePullPolicy: props.packagePullPolicy } : {}),
      },
    });
  }
}
