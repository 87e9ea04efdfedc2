import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { FolderChart } from '../tree/folder-chart.js';
import { memoByKind } from '../tree/kind-memo.js';
import { withFastToJson } from './fast-resolve.js';
import { manifestFileName } from './file-name.js';
import type { KubeObject, Manifest } from './manifest.js';
import { orderObjectKeys } from './object-order.js';
import { waiversOf } from './waivers.js';

/** Whether a kind is namespaced, as far as the schemas know. */
export type ScopeOf = (apiVersion: string, kind: string) => 'Namespaced' | 'Cluster' | undefined;

/** Options of {@link collectManifests}. */
export interface CollectOptions {
  /** Scope of each kind; cluster-scoped objects lose the namespace their folder gave them. */
  readonly scopeOf: ScopeOf;
  /** Kubernetes version of folders outside any tier. */
  readonly defaultKubernetesVersion: string;
  /** Only collect these tiers' folders (and the folders outside any tier). @default - every folder */
  readonly tiers?: ReadonlySet<string>;
  /** Called every 1,000 objects with the count so far. @default - none */
  readonly onProgress?: (objects: number) => void;
  /**
   * Called with the program's CustomResourceDefinitions and Crossplane CompositeResourceDefinitions,
   * resolved before any other object, so the kinds they define are known to `scopeOf` (and to a
   * validation that sees objects as they are placed). @default - none
   */
  readonly define?: (objects: readonly KubeObject[]) => void;
  /** Called with each manifest as soon as it is placed, in tree order. @default - none */
  readonly onPlaced?: (manifest: Manifest) => void;
}

/** What {@link collectManifests} found. */
export interface CollectResult {
  /** One manifest per ApiObject, in tree order. */
  readonly manifests: Manifest[];
  /** Every problem found, in tree order. */
  readonly errors: GitOpsError[];
}

interface Frame {
  readonly construct: IConstruct;
  readonly folder: FolderChart | undefined;
  readonly waivers: Readonly<Record<string, string>> | undefined;
}

/** A file name must not leave its folder, whatever validation says about the name later. */
const UNSAFE_NAME = /[/\\\0]|^\.\.?$/;

/**
 * Walks the construct tree once: runs each construct's own validations, resolves every ApiObject
 * (tokens, JSON patches) and places it in its folder. Cost is linear in the number of constructs.
 */
export function collectManifests(root: IConstruct, options: CollectOptions): CollectResult {
  return withFastToJson(root, () => walk(root, options));
}

interface Resolved {
  readonly apiObject: ApiObject;
  readonly folder: FolderChart;
  readonly waivers: Readonly<Record<string, string>> | undefined;
  readonly json: Record<string, unknown>;
}

/** An ApiObject found by the walk, with what it inherits from the tree above it. */
interface Found {
  readonly apiObject: ApiObject;
  readonly folder: FolderChart | undefined;
  readonly waivers: Readonly<Record<string, string>> | undefined;
  /** The definition's JSON, resolved ahead of the others (or undefined when it failed). */
  early?: Record<string, unknown> | undefined;
}

/** Kinds that define other kinds: resolved first, so every object is placed knowing them. */
const DEFINITION_KINDS = new Set(['CustomResourceDefinition', 'CompositeResourceDefinition']);

/**
 * Three passes, each linear: the walk (construct validations, ApiObjects found in tree order), the
 * definitions resolved and registered, then every object resolved and placed in tree order, each
 * handed to `onPlaced` at once. Errors keep tree order; placement errors follow resolution errors.
 */
function walk(root: IConstruct, options: CollectOptions): CollectResult {
  const errors: GitOpsError[] = [];
  /** Tree order: construct errors and found objects, as the walk met them. */
  const found: Array<Found | GitOpsError> = [];
  const definitions: Found[] = [];
  const stack: Frame[] = [{ construct: root, folder: undefined, waivers: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { construct } = frame;
    const folder = FolderChart.isFolderChart(construct) ? construct : frame.folder;
    // Other tiers are skipped; folders outside any tier are collected for the checks, not written.
    if (folder?.tier && options.tiers && !options.tiers.has(folder.tier.name)) continue;
    const waivers = waiversOf(construct, frame.waivers);
    for (const message of construct.node.validate()) {
      found.push(
        new GitOpsError(message, {
          code: 'CONSTRUCT_INVALID',
          constructPath: construct.node.path,
          tier: folder?.tier?.name,
        }),
      );
    }
    if (ApiObject.isApiObject(construct)) {
      const item: Found = { apiObject: construct, folder, waivers };
      found.push(item);
      if (DEFINITION_KINDS.has(construct.kind)) definitions.push(item);
    }
    const children = construct.node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ construct: children[i] as IConstruct, folder, waivers });
    }
  }

  // A definition that fails to resolve is reported in its place in tree order, below.
  for (const item of definitions) item.early = item.folder ? resolve(item.apiObject, item.folder, []) : undefined;
  options.define?.(definitions.flatMap((d) => (d.early ? [d.early as unknown as KubeObject] : [])));

  const manifests: Manifest[] = [];
  const placeErrors: GitOpsError[] = [];
  // Every kind the program defines is registered by now: each kind's scope is asked once.
  const placing = { ...options, scopeOf: memoByKind(options.scopeOf) };
  let resolved = 0;
  for (const item of found) {
    if (item instanceof GitOpsError) {
      errors.push(item);
      continue;
    }
    const { apiObject, folder, waivers } = item;
    const json = item.early ?? resolve(apiObject, folder, errors);
    if (!json || !folder) continue;
    resolved++;
    if (options.onProgress && resolved % 1000 === 0) options.onProgress(resolved);
    const manifest = place({ apiObject, folder, waivers, json }, placing, placeErrors);
    if (manifest) {
      manifests.push(manifest);
      options.onPlaced?.(manifest);
    }
  }
  return { manifests, errors: [...errors, ...placeErrors] };
}

/** The object's JSON (tokens resolved, patches applied), or undefined with an error recorded. */
function resolve(
  apiObject: ApiObject,
  folder: FolderChart | undefined,
  errors: GitOpsError[],
): Record<string, unknown> | undefined {
  const constructPath = apiObject.node.path;
  if (!folder) {
    errors.push(
      new GitOpsError(`${apiObject.kind} '${apiObject.name}' is not in a folder of the tree`, {
        code: 'OBJECT_OUTSIDE_FOLDER',
        constructPath,
        hint: 'create it under a tier (tier.infrastructure, tier.application(name)), app.platformCore, app.shared, app.bootstrap or app.folder(path)',
      }),
    );
    return undefined;
  }
  try {
    return apiObject.toJson() as Record<string, unknown>;
  } catch (e) {
    const cause =
      e instanceof Error
        ? e.message.replace(/^Failed serializing construct at path '[^']*' with name '[^']*': /, '')
        : String(e);
    errors.push(
      new GitOpsError(`cannot resolve ${apiObject.kind} '${apiObject.name}': ${cause}`, {
        code: 'OBJECT_UNRESOLVABLE',
        constructPath,
        tier: folder.tier?.name,
        cause: e,
      }),
    );
    return undefined;
  }
}

/** Places a resolved object in its folder: namespace scope, file name, key order. */
function place(
  { apiObject, folder, waivers, json }: Resolved,
  options: CollectOptions,
  errors: GitOpsError[],
): Manifest | undefined {
  const constructPath = apiObject.node.path;
  const tier = folder.tier?.name;
  const metadata = (json.metadata ?? {}) as Record<string, unknown>;
  const kind = String(json.kind ?? '');
  const apiVersion = String(json.apiVersion ?? '');
  const name = metadata.name;
  if (typeof name !== 'string' || name.length === 0 || UNSAFE_NAME.test(name)) {
    errors.push(
      new GitOpsError(
        `${kind} has ${typeof name === 'string' && name.length > 0 ? `name '${name}', which cannot be a file name` : 'no name'}`,
        {
          code: 'OBJECT_BAD_NAME',
          constructPath,
          tier,
          field: '/metadata/name',
          hint: 'set metadata.name to a DNS-1123 name such as my-app',
        },
      ),
    );
    return undefined;
  }
  // cdk8s gives every object its chart's namespace; a cluster-scoped kind must not carry it.
  if (
    metadata.namespace !== undefined &&
    options.scopeOf(apiVersion, kind) === 'Cluster' &&
    metadata.namespace === Chart.of(apiObject).namespace
  ) {
    delete metadata.namespace;
  }
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  const object = orderObjectKeys(json) as unknown as KubeObject;
  return {
    file: `${folder.path}/${manifestFileName(kind, name, namespace, folder.namespace)}`,
    object,
    constructPath,
    tier,
    kubernetesVersion: folder.tier?.kubernetesVersion ?? options.defaultKubernetesVersion,
    waivers,
    nullFree: true,
  };
}
