import type { RenderOptions } from '../app/gitops-app.js';
import type { GitOpsApp } from '../app/gitops-app.js';
import { toYaml, type KubeObject, type Manifest } from '../synth/index.js';

/** What to look for with {@link SynthesizedTree.find}; every field given must match. */
export interface ResourceQuery {
  readonly kind?: string;
  readonly apiVersion?: string;
  readonly name?: string;
  readonly namespace?: string;
  /** Tier name; `null` for objects outside any tier. */
  readonly tier?: string | null;
  /** Labels the object must carry (a subset). */
  readonly labels?: Readonly<Record<string, string>>;
  /** Folder (or folder prefix) of the tree, e.g. `environments/dev/applications/api`. */
  readonly folder?: string;
}

/**
 * A program's tree built in memory, for tests: query it by tier, kind, name, namespace and label, render
 * it as the committed YAML, and assert on it with the matchers of `cdk8s-gitops/testing`.
 */
export class SynthesizedTree {
  public constructor(
    /** Every object, sorted by file. */
    public readonly manifests: readonly Manifest[],
    /** Errors synth would report. */
    public readonly errors: readonly string[] = [],
    /** Warnings synth would print. */
    public readonly warnings: readonly string[] = [],
  ) {}

  /** The objects of one tier. */
  public tier(name: string): SynthesizedTree {
    return new SynthesizedTree(
      this.manifests.filter((m) => m.tier === name),
      this.errors.filter(
        (e) => e.includes(`tier: ${name}`) || new RegExp(`(^|\\s)${name}(\\s|$)`).test(e.split('\n')[0] ?? ''),
      ),
      this.warnings.filter((w) => w.includes(` ${name} `)),
    );
  }

  /** Manifests matching `query`. */
  public findManifests(query: ResourceQuery = {}): Manifest[] {
    return this.manifests.filter((m) => matches(m, query));
  }

  /** Objects matching `query`. */
  public find(query: ResourceQuery = {}): KubeObject[] {
    return this.findManifests(query).map((m) => m.object);
  }

  /** The one object of `kind` named `name` (in `namespace`); throws when there is none or several. */
  public get(kind: string, name: string, namespace?: string): KubeObject {
    const found = this.find({ kind, name, namespace });
    if (found.length !== 1) {
      throw new Error(`expected one ${kind} '${name}'${namespace ? ` in ${namespace}` : ''}, found ${found.length}`);
    }
    return found[0] as KubeObject;
  }

  /** Number of objects of `kind` (all objects without one). */
  public count(kind?: string): number {
    return kind ? this.find({ kind }).length : this.manifests.length;
  }

  /** Files as they would be written: path → YAML. */
  public files(): Map<string, string> {
    return new Map(this.manifests.map((m) => [m.file, toYaml(m.object)]));
  }

  /** The whole tree as one YAML stream, each document headed by its file: readable snapshots. */
  public toYaml(): string {
    return this.manifests.map((m) => `# ${m.file}\n${toYaml(m.object)}`).join('---\n');
  }
}

/** Builds `app`'s tree in memory (nothing is written). */
export function synthesizeInMemory(app: GitOpsApp, options: RenderOptions = {}): SynthesizedTree {
  const result = app.render(options);
  return new SynthesizedTree(result.manifests, result.errors, result.warnings);
}

function matches(m: Manifest, q: ResourceQuery): boolean {
  const o = m.object;
  if (q.kind !== undefined && o.kind !== q.kind) return false;
  if (q.apiVersion !== undefined && o.apiVersion !== q.apiVersion) return false;
  if (q.name !== undefined && o.metadata.name !== q.name) return false;
  if (q.namespace !== undefined && o.metadata.namespace !== q.namespace) return false;
  if (q.tier !== undefined && (m.tier ?? null) !== q.tier) return false;
  if (q.folder !== undefined && !(m.file.startsWith(`${q.folder}/`) || m.file === q.folder)) return false;
  if (q.labels) {
    const labels = o.metadata.labels ?? {};
    for (const [k, v] of Object.entries(q.labels)) if (labels[k] !== v) return false;
  }
  return true;
}
