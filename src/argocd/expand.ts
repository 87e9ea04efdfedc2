import type { Repository } from '../tree/index.js';
import { normalizeName, renderDeep, renderFast, renderGo, TemplateError } from './template.js';
import type Picomatch from 'picomatch';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const picomatchModule = lazyModule<typeof Picomatch>('picomatch');
const yaml = lazyModule<typeof Yaml>('yaml');

/** A cluster Argo CD knows, as the clusters generator sees it. */
export interface KnownCluster {
  readonly name: string;
  readonly server: string;
  /** Labels of its cluster secret; none for a cluster registered without one (e.g. the local `in-cluster`). */
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** Whether Argo CD has a cluster secret for it (a selector never matches the local cluster without one). */
  readonly hasSecret: boolean;
}

/** What generators are expanded against: the synthesized tree and the clusters of the tier catalogue. */
export interface ExpansionWorld {
  /** Where the tree lives in git; git generators on other repositories cannot be expanded offline. */
  readonly repository?: Repository;
  /** Every folder of the tree (tree-relative), including folders that only hold folders. */
  readonly folders: ReadonlySet<string>;
  /** Every file of the tree (tree-relative) and its object. */
  readonly files: ReadonlyMap<string, unknown>;
  /** Clusters Argo CD knows. */
  readonly clusters: readonly KnownCluster[];
}

/** One Application an ApplicationSet would create. */
export interface GeneratedApplication {
  /** The Application object. */
  readonly object: {
    readonly apiVersion: string;
    readonly kind: string;
    readonly metadata: { readonly name?: string; readonly namespace?: string; readonly [k: string]: unknown };
    readonly spec: Record<string, unknown>;
  };
  /** The parameters it was rendered from. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** A problem expanding an ApplicationSet, with the field of the ApplicationSet it is in. */
export class ExpansionError extends Error {
  public constructor(
    message: string,
    public readonly field: string,
    public readonly kind: 'parameter' | 'unsupported' | 'invalid',
    public readonly hint: string,
  ) {
    super(message);
    this.name = 'ExpansionError';
  }
}

type Params = Record<string, unknown>;

/** What {@link expandApplicationSet} returns: the Applications, and warnings for what cannot be expanded offline. */
export interface Expansion {
  readonly applications: readonly GeneratedApplication[];
  readonly warnings: readonly string[];
}

/**
 * Expands an ApplicationSet (its JSON as written to the tree) into the Applications the ApplicationSet
 * controller would create, offline. Throws {@link ExpansionError} for a parameter no generator provides or
 * a generator it cannot evaluate.
 */
export function expandApplicationSet(
  appset: { readonly metadata: { readonly name?: string; readonly namespace?: string }; readonly spec?: unknown },
  world: ExpansionWorld,
): Expansion {
  const spec = (appset.spec ?? {}) as Record<string, unknown>;
  const go = spec['goTemplate'] === true;
  const warnings: string[] = [];
  const generators = (spec['generators'] ?? []) as Array<Record<string, unknown>>;
  const sets: Params[] = [];
  generators.forEach((g, i) => sets.push(...generate(g, `spec.generators[${i}]`, go, world, warnings)));
  const template = (spec['template'] ?? {}) as Record<string, unknown>;
  const patch = typeof spec['templatePatch'] === 'string' ? spec['templatePatch'] : undefined;
  const applications = sets.map((params) => {
    const render = (field: string) => (s: string) => renderString(s, params, go, field);
    let rendered = renderDeep(template, render('spec.template')) as Record<string, unknown>;
    if (patch !== undefined) {
      if (!go)
        throw new ExpansionError(
          'templatePatch needs goTemplate: true',
          'spec.templatePatch',
          'invalid',
          'set goTemplate: true',
        );
      const text = render('spec.templatePatch')(patch);
      let parsed: unknown;
      try {
        parsed = yaml().parse(text);
      } catch (e) {
        throw new ExpansionError(
          `templatePatch does not render to YAML: ${(e as Error).message.split('\n')[0]}`,
          'spec.templatePatch',
          'invalid',
          'make the patch render to a YAML object, e.g. spec: { syncPolicy: … }',
        );
      }
      if (parsed && typeof parsed === 'object') rendered = mergeDeep(rendered, parsed as Params) as Params;
    }
    const metadata = { ...((rendered['metadata'] ?? {}) as Params) };
    metadata['namespace'] ??= appset.metadata.namespace;
    return {
      object: {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: metadata as GeneratedApplication['object']['metadata'],
        spec: (rendered['spec'] ?? {}) as Record<string, unknown>,
      },
      params,
    };
  });
  return { applications, warnings };
}

function renderString(s: string, params: Params, go: boolean, field: string): string {
  if (!s.includes('{{')) return s;
  try {
    return go ? renderGo(s, params) : renderFast(s, params);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    const provided = go ? goParamNames(params) : Object.keys(params);
    throw new ExpansionError(
      `${e.message} in '${s}'`,
      field,
      e.parameter ? 'parameter' : 'unsupported',
      e.parameter
        ? `use a parameter the generators provide (${provided.slice(0, 12).join(', ')}${provided.length > 12 ? ', …' : ''}), or add it to a generator`
        : 'use the constructs the preview evaluates (fields, index, if/else, eq, default, lower, upper, printf …)',
    );
  }
}

function goParamNames(params: Params, prefix = ''): string[] {
  return Object.entries(params).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? goParamNames(v as Params, `${prefix}.${k}`) : [`${prefix}.${k}`],
  );
}

function generate(
  g: Record<string, unknown>,
  field: string,
  go: boolean,
  world: ExpansionWorld,
  warnings: string[],
): Params[] {
  let sets: Params[];
  if (g['list']) sets = listParams(g['list'] as Params, go);
  else if (g['clusters']) sets = clusterParams(g['clusters'] as Params, go, world, field);
  else if (g['git']) sets = gitParams(g['git'] as Params, go, world, field, warnings);
  else if (g['matrix']) sets = matrixParams(g['matrix'] as Params, go, world, field, warnings);
  else if (g['merge']) sets = mergeParams(g['merge'] as Params, go, world, field, warnings);
  else {
    const kind = Object.keys(g).find((k) => k !== 'selector') ?? 'unknown';
    warnings.push(`${field}: the ${kind} generator needs a live service and is not expanded offline`);
    return [];
  }
  const selector = g['selector'] as Params | undefined;
  if (selector) sets = sets.filter((p) => selectorMatches(selector, (k) => lookup(p, k, go)));
  return sets;
}

function lookup(params: Params, key: string, go: boolean): string | undefined {
  if (!go) return params[key] === undefined ? undefined : String(params[key]);
  let v: unknown = params;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Params)[part] : undefined;
  return v === undefined ? undefined : String(v);
}

function listParams(list: Params, go: boolean): Params[] {
  let elements = (list['elements'] ?? []) as Params[];
  if (typeof list['elementsYaml'] === 'string')
    elements = [...elements, ...((yaml().parse(list['elementsYaml']) ?? []) as Params[])];
  return elements.map((e) => (go ? { ...e } : flatten(e)));
}

function clusterParams(spec: Params, go: boolean, world: ExpansionWorld, field: string): Params[] {
  const selector = spec['selector'] as Params | undefined;
  const hasSelector = selector && Object.keys(selector).length > 0;
  const result: Params[] = [];
  for (const c of world.clusters) {
    if (hasSelector && (!c.hasSecret || !selectorMatches(selector, (k) => c.labels[k]))) continue;
    const base: Params = go
      ? {
          name: c.name,
          nameNormalized: normalizeName(c.name),
          server: c.server,
          project: '',
          metadata: { labels: { ...c.labels }, annotations: { ...c.annotations } },
        }
      : {
          name: c.name,
          nameNormalized: normalizeName(c.name),
          server: c.server,
          project: '',
          ...prefixed('metadata.labels', c.labels),
          ...prefixed('metadata.annotations', c.annotations),
        };
    result.push(withValues(base, spec['values'] as Params | undefined, go, `${field}.clusters.values`));
  }
  return result;
}

function gitParams(spec: Params, go: boolean, world: ExpansionWorld, field: string, warnings: string[]): Params[] {
  const repository = world.repository;
  const repoURL = String(spec['repoURL'] ?? '');
  if (!repository || repoURL !== repository.url) {
    warnings.push(`${field}: git generator on ${repoURL}, not this program's repository; not expanded offline`);
    return [];
  }
  const toTree = (p: string, at: string): string => {
    const folder = repository.folderOf(p);
    if (folder === undefined) {
      throw new ExpansionError(
        `git generator path '${p}' is outside the tree (the tree is at '${repository.path}' in the repository)`,
        at,
        'invalid',
        `give a path below '${repository.path}/', e.g. from repository.pathOf(folder)`,
      );
    }
    return folder;
  };
  const prefix =
    typeof spec['pathParamPrefix'] === 'string' && spec['pathParamPrefix']
      ? String(spec['pathParamPrefix'])
      : undefined;
  const values = spec['values'] as Params | undefined;
  if (Array.isArray(spec['directories'])) {
    const entries = (spec['directories'] as Params[]).map((d, i) => ({
      glob: toTree(String(d['path']), `${field}.git.directories[${i}].path`),
      exclude: d['exclude'] === true,
    }));
    const include = entries.filter((e) => !e.exclude).map((e) => picomatchModule()(e.glob, { dot: false }));
    const exclude = entries.filter((e) => e.exclude).map((e) => picomatchModule()(e.glob, { dot: false }));
    const dirs = [...world.folders]
      .filter((d) => d !== '' && include.some((m) => m(d)) && !exclude.some((m) => m(d)))
      .sort();
    return dirs.map((d) =>
      withValues(pathParams(repository.pathOf(d), undefined, go, prefix), values, go, `${field}.git.values`),
    );
  }
  if (Array.isArray(spec['files'])) {
    const entries = (spec['files'] as Params[]).map((f, i) => ({
      glob: toTree(String(f['path']), `${field}.git.files[${i}].path`),
      exclude: f['exclude'] === true,
    }));
    const include = entries.filter((e) => !e.exclude).map((e) => greedyGlob(e.glob));
    const exclude = entries.filter((e) => e.exclude).map((e) => greedyGlob(e.glob));
    const files = [...world.files.keys()].filter((f) => include.some((m) => m(f)) && !exclude.some((m) => m(f))).sort();
    return files.map((f) => {
      const content = world.files.get(f);
      const contentParams = content && typeof content === 'object' ? (content as Params) : {};
      const repoFile = repository.pathOf(f);
      const dir = repoFile.includes('/') ? repoFile.slice(0, repoFile.lastIndexOf('/')) : '';
      const own = pathParams(dir, repoFile.slice(dir.length ? dir.length + 1 : 0), go, prefix);
      const base = go ? { ...contentParams, ...own } : { ...flatten(contentParams), ...own };
      return withValues(base, values, go, `${field}.git.values`);
    });
  }
  throw new ExpansionError(
    'git generator has neither directories nor files',
    `${field}.git`,
    'invalid',
    'give directories or files',
  );
}

/**
 * The git files generator's default globbing (gobwas/glob without separators): `*` matches across
 * folders, so `apps/*.yaml` also finds `apps/a/b.yaml` (Argo CD's "new globbing" option is not emulated).
 * The directories generator uses Go's path.Match, where `*` stays within one folder (picomatch's default).
 */
function greedyGlob(glob: string): (path: string) => boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      re += '.*';
      while (glob[i + 1] === '*') i++;
    } else if (c === '?') re += '.';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',' && re.includes('(?:')) re += '|';
    else if (c === '[' || c === ']') re += c;
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  const regex = new RegExp(`^${re}$`);
  return (path) => regex.test(path);
}

function pathParams(dir: string, filename: string | undefined, go: boolean, prefix: string | undefined): Params {
  const segments = dir === '' ? [] : dir.split('/');
  const basename = segments[segments.length - 1] ?? '';
  if (go) {
    const path: Params = {
      path: dir,
      basename,
      basenameNormalized: normalizeName(basename),
      segments,
      ...(filename !== undefined ? { filename, filenameNormalized: normalizeName(filename) } : {}),
    };
    return prefix ? { [prefix]: { path } } : { path };
  }
  const p = prefix ? `${prefix}.path` : 'path';
  const flat: Params = {
    [p]: dir,
    [`${p}.basename`]: basename,
    [`${p}.basenameNormalized`]: normalizeName(basename),
  };
  if (filename !== undefined) {
    flat[`${p}.filename`] = filename;
    flat[`${p}.filenameNormalized`] = normalizeName(filename);
  }
  segments.forEach((s, i) => (flat[`${p}[${i}]`] = s));
  return flat;
}

function matrixParams(spec: Params, go: boolean, world: ExpansionWorld, field: string, warnings: string[]): Params[] {
  const children = (spec['generators'] ?? []) as Params[];
  if (children.length !== 2) {
    throw new ExpansionError(
      `a matrix generator combines exactly 2 generators, not ${children.length}`,
      `${field}.matrix.generators`,
      'invalid',
      'nest a second matrix to combine more',
    );
  }
  const [a, b] = children as [Params, Params];
  const result: Params[] = [];
  for (const p1 of generate(a, `${field}.matrix.generators[0]`, go, world, warnings)) {
    // The second generator may use the first one's parameters.
    const second = renderDeep(b, (s) => renderString(s, p1, go, `${field}.matrix.generators[1]`)) as Params;
    for (const p2 of generate(second, `${field}.matrix.generators[1]`, go, world, warnings)) {
      if (go) result.push(mergeDeep(p2, p1) as Params);
      else {
        for (const [k, v] of Object.entries(p2)) {
          if (k in p1 && p1[k] !== v) {
            throw new ExpansionError(
              `matrix generators both provide parameter '${k}' with different values ('${String(p1[k])}' and '${String(v)}')`,
              `${field}.matrix`,
              'invalid',
              'rename one of the parameters (e.g. pathParamPrefix on a git generator)',
            );
          }
        }
        result.push({ ...p1, ...p2 });
      }
    }
  }
  return result;
}

function mergeParams(spec: Params, go: boolean, world: ExpansionWorld, field: string, warnings: string[]): Params[] {
  const keys = (spec['mergeKeys'] ?? []) as string[];
  const children = (spec['generators'] ?? []) as Params[];
  if (children.length < 2 || keys.length === 0) {
    throw new ExpansionError(
      'a merge generator needs mergeKeys and at least 2 generators',
      `${field}.merge`,
      'invalid',
      'add mergeKeys and a second generator',
    );
  }
  const keyOf = (p: Params): string => JSON.stringify(keys.map((k) => lookup(p, k, go) ?? null));
  let base = generate(children[0] as Params, `${field}.merge.generators[0]`, go, world, warnings);
  for (let i = 1; i < children.length; i++) {
    const overrides = new Map<string, Params>();
    for (const p of generate(children[i] as Params, `${field}.merge.generators[${i}]`, go, world, warnings)) {
      overrides.set(keyOf(p), p);
    }
    base = base.map((p) => {
      const o = overrides.get(keyOf(p));
      return o ? (go ? (mergeDeep(p, o) as Params) : { ...p, ...o }) : p;
    });
  }
  return base;
}

function withValues(base: Params, values: Params | undefined, go: boolean, field: string): Params {
  if (!values) return base;
  const rendered: Params = {};
  for (const [k, v] of Object.entries(values)) rendered[k] = renderString(String(v), base, go, field);
  return go ? { ...base, values: rendered } : { ...base, ...prefixed('values', rendered as Record<string, string>) };
}

function prefixed(prefix: string, map: Readonly<Record<string, unknown>>): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(map)) out[`${prefix}.${k}`] = v;
  return out;
}

/** Flattens nested objects to `a.b.c` keys (the default template style). */
function flatten(value: Params, prefix = ''): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flatten(v as Params, key));
    else out[key] = typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
  }
  return out;
}

function mergeDeep(base: unknown, over: unknown): unknown {
  if (
    over &&
    typeof over === 'object' &&
    !Array.isArray(over) &&
    base &&
    typeof base === 'object' &&
    !Array.isArray(base)
  ) {
    const out: Params = { ...(base as Params) };
    for (const [k, v] of Object.entries(over as Params)) out[k] = mergeDeep(out[k], v);
    return out;
  }
  return over === undefined ? base : over;
}

/** Whether labels (read with `get`) match a Kubernetes label selector. */
export function selectorMatches(selector: Params, get: (key: string) => string | undefined): boolean {
  const labels = (selector['matchLabels'] ?? {}) as Record<string, string>;
  for (const [k, v] of Object.entries(labels)) if (get(k) !== v) return false;
  for (const e of (selector['matchExpressions'] ?? []) as Array<{ key: string; operator: string; values?: string[] }>) {
    const v = get(e.key);
    const values = e.values ?? [];
    if (e.operator === 'In' && (v === undefined || !values.includes(v))) return false;
    if (e.operator === 'NotIn' && v !== undefined && values.includes(v)) return false;
    if (e.operator === 'Exists' && v === undefined) return false;
    if (e.operator === 'DoesNotExist' && v !== undefined) return false;
  }
  return true;
}
