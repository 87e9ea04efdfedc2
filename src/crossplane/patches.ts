import type { Static, TObject } from 'typebox';
import type { ParameterizedApi } from './composite-api.js';

/** Policy of a patch: whether a missing `fromFieldPath` fails the patch. */
export interface PatchPolicy {
  /** @default 'Optional' */
  readonly fromFieldPath?: 'Optional' | 'Required';
}

/** Conversion of a `string` transform of type `Convert`. */
export type StringConversion =
  'ToUpper' | 'ToLower' | 'ToBase64' | 'FromBase64' | 'ToJson' | 'ToSha1' | 'ToSha256' | 'ToSha512' | 'ToAdler32';

/** One pattern of a `match` transform. */
export type MatchPattern =
  | { readonly type?: 'literal'; readonly literal: string; readonly result: unknown }
  | { readonly type: 'regexp'; readonly regexp: string; readonly result: unknown };

/** A transform of function-patch-and-transform (`pt.fn.crossplane.io/v1beta1`). */
export type Transform =
  | { readonly type: 'map'; readonly map: Readonly<Record<string, unknown>> }
  | {
      readonly type: 'match';
      readonly match: {
        readonly patterns: readonly MatchPattern[];
        readonly fallbackValue?: unknown;
        readonly fallbackTo?: 'Value' | 'Input';
      };
    }
  | {
      readonly type: 'math';
      readonly math:
        | { readonly type?: 'Multiply'; readonly multiply: number }
        | { readonly type: 'ClampMin'; readonly clampMin: number }
        | { readonly type: 'ClampMax'; readonly clampMax: number };
    }
  | {
      readonly type: 'string';
      readonly string:
        | { readonly type?: 'Format'; readonly fmt: string }
        | { readonly type: 'Convert'; readonly convert: StringConversion }
        | { readonly type: 'TrimPrefix' | 'TrimSuffix'; readonly trim: string }
        | { readonly type: 'Regexp'; readonly regexp: { readonly match: string; readonly group?: number } };
    }
  | {
      readonly type: 'convert';
      readonly convert: {
        readonly toType: 'string' | 'int' | 'int64' | 'bool' | 'float64' | 'object' | 'array';
        readonly format?: 'none' | 'quantity' | 'json';
      };
    };

/** How a combine patch joins its inputs: a Go format string over the variables. */
export interface Combine {
  readonly variables: ReadonlyArray<{ readonly fromFieldPath: string }>;
  readonly strategy: 'string';
  readonly string: { readonly fmt: string };
}

interface FieldPatch {
  readonly fromFieldPath: string;
  /** @default - the same path as fromFieldPath */
  readonly toFieldPath?: string;
  readonly transforms?: readonly Transform[];
  readonly policy?: PatchPolicy;
}

interface CombinePatch {
  readonly combine: Combine;
  readonly toFieldPath: string;
  readonly transforms?: readonly Transform[];
  readonly policy?: PatchPolicy;
}

/** A patch of function-patch-and-transform. */
export type Patch =
  | (FieldPatch & {
      readonly type?: 'FromCompositeFieldPath';
    })
  | (FieldPatch & { readonly type: 'ToCompositeFieldPath' | 'FromEnvironmentFieldPath' | 'ToEnvironmentFieldPath' })
  | (CombinePatch & {
      readonly type: 'CombineFromComposite' | 'CombineToComposite' | 'CombineFromEnvironment' | 'CombineToEnvironment';
    })
  | { readonly type: 'PatchSet'; readonly patchSetName: string };

/** A named set of patches resources include with `Patches.patchSet(set)`. */
export interface PatchSet {
  readonly name: string;
  readonly patches: readonly Patch[];
}

const withTransforms = (transforms: readonly Transform[] | undefined): { transforms?: readonly Transform[] } =>
  transforms && transforms.length > 0 ? { transforms } : {};

/** Builders for the common patches. */
export const Patches = {
  /** Copies an XR field to the composed resource. */
  fromComposite(fromFieldPath: string, toFieldPath?: string, ...transforms: Transform[]): Patch {
    return {
      type: 'FromCompositeFieldPath',
      fromFieldPath,
      ...(toFieldPath ? { toFieldPath } : {}),
      ...withTransforms(transforms),
    };
  },
  /**
   * Copies parameter `name` of `api` (`spec.parameters.<name>`) to the composed resource; a name the API
   * does not have is a compile error.
   */
  fromParameter<P extends TObject>(
    api: ParameterizedApi<P>,
    name: Extract<keyof Static<P>, string>,
    toFieldPath: string,
    ...transforms: Transform[]
  ): Patch {
    void api;
    return Patches.fromComposite(`spec.parameters.${name}`, toFieldPath, ...transforms);
  },
  /** Copies a composed resource's field back to the XR (usually `status`). */
  toComposite(fromFieldPath: string, toFieldPath?: string, ...transforms: Transform[]): Patch {
    return {
      type: 'ToCompositeFieldPath',
      fromFieldPath,
      ...(toFieldPath ? { toFieldPath } : {}),
      ...withTransforms(transforms),
    };
  },
  /** Combines XR fields with a Go format string, e.g. `('%s-%s', ['metadata.namespace', 'metadata.name'], 'spec.forProvider.name')`. */
  combineFromComposite(fmt: string, fromFieldPaths: readonly string[], toFieldPath: string): Patch {
    return {
      type: 'CombineFromComposite',
      combine: {
        variables: fromFieldPaths.map((fromFieldPath) => ({ fromFieldPath })),
        strategy: 'string',
        string: { fmt },
      },
      toFieldPath,
    };
  },
  /** Copies a field of the Composition environment (EnvironmentConfigs) to the composed resource. */
  fromEnvironment(fromFieldPath: string, toFieldPath?: string, ...transforms: Transform[]): Patch {
    return {
      type: 'FromEnvironmentFieldPath',
      fromFieldPath,
      ...(toFieldPath ? { toFieldPath } : {}),
      ...withTransforms(transforms),
    };
  },
  /** Includes the patches of a patch set (which the step must declare). */
  patchSet(set: PatchSet): Patch {
    return { type: 'PatchSet', patchSetName: set.name };
  },
} as const;

/** Builders for the transforms. */
export const Transforms = {
  /** Looks the input up in `pairs`. */
  map(pairs: Readonly<Record<string, unknown>>): Transform {
    return { type: 'map', map: pairs };
  },
  /** The result of the first matching pattern, else the fallback value. */
  match(patterns: readonly MatchPattern[], fallbackValue?: unknown): Transform {
    return { type: 'match', match: { patterns, ...(fallbackValue === undefined ? {} : { fallbackValue }) } };
  },
  multiply(by: number): Transform {
    return { type: 'math', math: { type: 'Multiply', multiply: by } };
  },
  clampMin(min: number): Transform {
    return { type: 'math', math: { type: 'ClampMin', clampMin: min } };
  },
  clampMax(max: number): Transform {
    return { type: 'math', math: { type: 'ClampMax', clampMax: max } };
  },
  /** Formats the input with a Go format string, e.g. `'%sGi'`. */
  fmt(format: string): Transform {
    return { type: 'string', string: { type: 'Format', fmt: format } };
  },
  /** Converts a string (case, base64, JSON, hashes). */
  stringConvert(convert: StringConversion): Transform {
    return { type: 'string', string: { type: 'Convert', convert } };
  },
  /** Casts the input, e.g. a quantity string to float64 (`format: 'quantity'`). */
  convert(
    toType: 'string' | 'int' | 'int64' | 'bool' | 'float64' | 'object' | 'array',
    format?: 'none' | 'quantity' | 'json',
  ): Transform {
    return { type: 'convert', convert: { toType, ...(format ? { format } : {}) } };
  },
} as const;
