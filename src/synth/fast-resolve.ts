import {
  ApiObject,
  ApiObjectMetadataDefinition,
  App,
  ImplicitTokenResolver,
  JsonPatch,
  Lazy,
  LazyResolver,
  NumberStringUnionResolver,
} from 'cdk8s';
import type { IConstruct } from 'constructs';
import { installLinearMappers } from './linear-mappers.js';

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
    if (++objects === LINEAR_MAPPERS_FROM) restoreMappers = installLinearMappers();
    try {
      const internals = this as unknown as { props: Record<string, unknown>; patches: JsonPatch[] };
      // Metadata comes resolved and sanitised from its own toJson: resolve the rest, then put it in (one walk each).
      let json = resolveValue({ ...internals.props, metadata: undefined }, sortKeys, false) as Record<string, unknown>;
      const metadata = this.metadata.toJson();
      if (metadata !== undefined) json.metadata = metadata;
      if (internals.patches.length > 0) json = JsonPatch.apply(json, ...internals.patches);
      const result: Record<string, unknown> = {};
      for (const key of ['apiVersion', 'kind', 'metadata', ...Object.keys(json)]) {
        if (key in json) result[key] = json[key];
      }
      return result;
    } catch (e) {
      throw new Error(`Failed serializing construct at path '${this.node.path}' with name '${this.name}': ${e}`);
    }
  };
  // cdk8s sanitises metadata with sorted keys and without empty arrays and objects, whatever CDK8S_DISABLE_SORT says.
  metadataPrototype.toJson = function fastMetadataToJson(this: ApiObjectMetadataDefinition): unknown {
    const m = this as unknown as Record<string, unknown>;
    const fields = {
      ...(m._additionalAttributes as Record<string, unknown>),
      name: m.name,
      namespace: m.namespace,
      annotations: m.annotations,
      finalizers: m.finalizers,
      ownerReferences: m.ownerReferences,
      labels: m.labels,
    };
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

/**
 * `sanitizeValue(resolve([], value, obj), { sortKeys, filterEmptyArrays, filterEmptyObjects })` of cdk8s in
 * one walk: lazies produced, implicit tokens resolved, number-or-string unions unwrapped, nulls dropped
 * from objects, keys sorted, and with `filterEmpty` empty arrays and objects dropped.
 */
function resolveValue(value: unknown, sortKeys: boolean, filterEmpty: boolean): unknown {
  // Most values are plain scalars: nothing to resolve.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  for (;;) {
    if (value === null || value === undefined) return undefined;
    if (value instanceof Lazy) {
      value = value.produce();
      continue;
    }
    const candidate = value as { resolve?: unknown; constructor?: unknown; value?: unknown };
    if (typeof candidate.resolve === 'function') {
      value = (candidate.resolve as () => unknown).call(value);
      continue;
    }
    if (typeof value === 'object' && candidate.constructor !== Object) {
      const inner = candidate.value;
      if (typeof inner === 'number' || typeof inner === 'string') {
        value = { value: inner };
        continue;
      }
    }
    break;
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (filterEmpty && value.length === 0) return undefined;
    return value.map((item) => resolveValue(item, sortKeys, filterEmpty));
  }
  const constructor = (value as { constructor?: { name?: string } }).constructor;
  if (constructor !== Object) {
    // cdk8s leaves such objects unresolved and then refuses to render them.
    throw new Error(`can't render non-simple object of type '${constructor?.name}'`);
  }
  const record = value as Record<string, unknown>;
  const keys = sortKeys ? Object.keys(record).sort() : Object.keys(record);
  const result: Record<string, unknown> = {};
  let empty = true;
  for (const key of keys) {
    const resolved = resolveValue(record[key], sortKeys, filterEmpty);
    if (resolved !== undefined && resolved !== null) {
      result[key] = resolved;
      empty = false;
    }
  }
  return filterEmpty && empty ? undefined : result;
}
