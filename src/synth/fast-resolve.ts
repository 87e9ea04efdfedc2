import {
  ApiObject,
  ApiObjectMetadataDefinition,
  App,
  ImplicitTokenResolver,
  JsonPatch,
  LazyResolver,
  NumberStringUnionResolver,
} from 'cdk8s';
import type { IConstruct } from 'constructs';
import { installLinearMappers } from './linear-mappers.js';
import { resolveRecord, resolveValue } from './resolve-value.js';

/** Keys an object's JSON starts with, as cdk8s writes them. */
const HEAD_FIELDS = ['apiVersion', 'kind', 'metadata'];
/** The fields `ApiObjectMetadataDefinition` keeps apart from the rest of its options. */
const METADATA_FIELDS = new Set(['annotations', 'finalizers', 'labels', 'name', 'namespace', 'ownerReferences']);

/** Objects resolved before the L1 classes get linear mappers (see `installLinearMappers`). */
const LINEAR_MAPPERS_FROM = 500;

/**
 * A single-pass equivalent of cdk8s's `ApiObject.toJson()` for apps that use only cdk8s's default
 * resolvers, installed while synth collects objects.
 *
 * cdk8s resolves an object by walking it once per resolver pass (a context object, a key-path array
 * and an `App.of()` walk for every value) and then deep-copies it again to drop nulls and sort keys.
 * With the default resolvers the key path is never read, so resolving and sanitising can happen in one
 * walk with the same result. Generated constructs call `super.toJson()`, so they use it too. Apps with
 * custom resolvers keep cdk8s's own implementation. `test/synth/fast-resolve.test.ts` checks the two
 * agree on whole trees.
 */
export function withFastToJson<T>(root: IConstruct, fn: () => T): T {
  const app = App.of(root) as App;
  if (!usesDefaultResolversOnly(app)) return fn();
  const prototype = ApiObject.prototype as unknown as { toJson: () => unknown };
  const metadataPrototype = ApiObjectMetadataDefinition.prototype as unknown as { toJson: () => unknown };
  const original = prototype.toJson;
  const originalMetadata = metadataPrototype.toJson;
  const sortKeys = !process.env.CDK8S_DISABLE_SORT;
  let objects = 0;
  let restoreMappers = (): void => undefined;
  prototype.toJson = function fastToJson(this: ApiObject): unknown {
    // Large trees also get linear copies of the L1 classes' generated mappers (not worth their set-up below).
    if (++objects === LINEAR_MAPPERS_FROM) restoreMappers = installLinearMappers({ resolving: { sortKeys } });
    try {
      const internals = this as unknown as { props: Record<string, unknown>; patches: JsonPatch[] };
      // Metadata comes resolved and sanitised from its own toJson: resolve the rest, then put it in (one walk each).
      let json = resolveRecord(internals.props, sortKeys, 'metadata');
      const metadata = this.metadata.toJson();
      if (metadata !== undefined) json.metadata = metadata;
      if (internals.patches.length > 0) json = JsonPatch.apply(json, ...internals.patches);
      const result: Record<string, unknown> = {};
      for (let i = 0; i < HEAD_FIELDS.length; i++) {
        const key = HEAD_FIELDS[i] as string;
        if (key in json) result[key] = json[key];
      }
      // Then the rest, in their order: every key not copied above.
      for (const key in json) if (!Object.prototype.hasOwnProperty.call(result, key)) result[key] = json[key];
      return result;
    } catch (e) {
      throw new Error(`Failed serializing construct at path '${this.node.path}' with name '${this.name}': ${e}`);
    }
  };
  // cdk8s sanitises metadata with sorted keys and without empty arrays and objects, whatever CDK8S_DISABLE_SORT says.
  metadataPrototype.toJson = function fastMetadataToJson(this: ApiObjectMetadataDefinition): unknown {
    const m = this as unknown as Record<string, unknown>;
    // Not a spread of the options with these written over them: V8 copies such a spread slowly.
    const fields: Record<string, unknown> = {
      annotations: m.annotations,
      finalizers: m.finalizers,
      labels: m.labels,
      name: m.name,
      namespace: m.namespace,
      ownerReferences: m.ownerReferences,
    };
    const options = m._additionalAttributes as Record<string, unknown>;
    for (const key in options) if (!METADATA_FIELDS.has(key)) fields[key] = options[key];
    return resolveValue(fields, true, true);
  };
  try {
    return fn();
  } finally {
    restoreMappers();
    prototype.toJson = original;
    metadataPrototype.toJson = originalMetadata;
  }
}

/** Whether the app's resolvers are exactly cdk8s's defaults (none added by the user). */
function usesDefaultResolversOnly(app: App): boolean {
  const resolvers = app.resolvers ?? [];
  return (
    resolvers.length === 3 &&
    resolvers[0] instanceof LazyResolver &&
    resolvers[1] instanceof ImplicitTokenResolver &&
    resolvers[2] instanceof NumberStringUnionResolver
  );
}
