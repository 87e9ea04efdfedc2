import type { IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import { SynthChecks, type CheckContext, type Manifest, type SynthCheck } from '../tree/index.js';

/** API group of Flux's kustomize-controller. */
const KUSTOMIZE_GROUP = 'kustomize.toolkit.fluxcd.io/';

/** What the check needs of a Kustomization construct. */
interface TrackedKustomization extends IConstruct {
  readonly folder: string;
  readonly path: string;
}

interface Node {
  readonly id: string;
  readonly manifest: Manifest;
  readonly deps: Array<{ readonly id: string; readonly name: string; readonly namespace: string }>;
}

/**
 * The cluster a Flux object is applied to, for resolving `dependsOn`: its tier, else the `clusters/<name>/`
 * or `bootstrap/flux/<name>/` folder it is in, else the objects outside any tier.
 */
export function fluxClusterOf(m: Manifest): string {
  if (m.tier) return `tier:${m.tier}`;
  const match = /^(clusters\/[^/]+|bootstrap\/flux\/[^/]+)\//.exec(m.file);
  return match ? (match[1] as string) : '';
}

/**
 * Flux Kustomizations of the tree, per cluster: a `dependsOn` cycle, a dependency on a Kustomization the
 * cluster does not have, and a Kustomization construct whose folder holds no objects are errors naming
 * the dependency chain.
 */
export class FluxCheck implements SynthCheck {
  /** The check of the program `scope` belongs to. */
  public static of(scope: IConstruct): FluxCheck {
    return SynthChecks.of(scope).add(new FluxCheck());
  }

  public readonly id = 'flux.kustomizations';
  private readonly tracked: TrackedKustomization[] = [];

  private constructor() {}

  /** Registers a Kustomization construct for the folder check. */
  public track(kustomization: TrackedKustomization): void {
    this.tracked.push(kustomization);
  }

  public check(context: CheckContext): void {
    const nodes = new Map<string, Node>();
    for (const m of context.manifests) {
      const o = m.object;
      if (o.kind !== 'Kustomization' || !o.apiVersion.startsWith(KUSTOMIZE_GROUP)) continue;
      const cluster = fluxClusterOf(m);
      const namespace = o.metadata.namespace ?? 'default';
      const spec = (o.spec ?? {}) as { dependsOn?: Array<{ name: string; namespace?: string }> };
      nodes.set(idOf(cluster, namespace, o.metadata.name ?? ''), {
        id: idOf(cluster, namespace, o.metadata.name ?? ''),
        manifest: m,
        deps: (spec.dependsOn ?? []).map((d) => ({
          id: idOf(cluster, d.namespace ?? namespace, d.name),
          name: d.name,
          namespace: d.namespace ?? namespace,
        })),
      });
    }
    const resolve = (id: string): Node | undefined => nodes.get(id) ?? nodes.get(sharedId(id));
    const chainOf = (node: Node): string => {
      const names = [label(node)];
      const seen = new Set([node.id]);
      for (let n: Node | undefined = node; n && n.deps[0];) {
        const next = resolve(n.deps[0].id);
        names.push(next ? label(next) : n.deps[0].name);
        if (!next || seen.has(next.id)) break;
        seen.add(next.id);
        n = next;
      }
      return names.join(' → ');
    };

    // Dangling dependencies.
    for (const node of nodes.values()) {
      for (const dep of node.deps) {
        if (resolve(dep.id)) continue;
        const m = node.manifest;
        context.error(
          new GitOpsError(
            `Kustomization '${label(node)}' depends on '${dep.namespace}/${dep.name}', which is not a Kustomization of the same cluster (chain: ${label(node)} → ${dep.namespace}/${dep.name})`,
            {
              code: 'FLUX_DEPENDENCY_MISSING',
              tier: m.tier,
              file: m.file,
              constructPath: m.constructPath,
              field: '/spec/dependsOn',
              hint: 'pass the Kustomization construct it waits for (same cluster), or remove the dependency',
            },
          ),
        );
      }
    }

    // Cycles: iterative DFS, each cycle reported once.
    const state = new Map<string, 1 | 2>();
    const reported = new Set<string>();
    for (const start of nodes.values()) {
      if (state.has(start.id)) continue;
      const stack: Array<{ node: Node; next: number }> = [{ node: start, next: 0 }];
      const onPath: Node[] = [start];
      state.set(start.id, 1);
      while (stack.length > 0) {
        const top = stack[stack.length - 1] as { node: Node; next: number };
        const dep = top.node.deps[top.next++];
        if (!dep) {
          state.set(top.node.id, 2);
          stack.pop();
          onPath.pop();
          continue;
        }
        const target = resolve(dep.id);
        if (!target) continue;
        const s = state.get(target.id);
        if (s === 1) {
          const cycle = onPath.slice(onPath.indexOf(target));
          const key = cycle
            .map((n) => n.id)
            .sort()
            .join('|');
          if (reported.has(key)) continue;
          reported.add(key);
          const m = target.manifest;
          const names = [...cycle, target].map(label).join(' → ');
          context.error(
            new GitOpsError(`Flux Kustomizations depend on each other in a cycle: ${names}`, {
              code: 'FLUX_DEPENDS_ON_CYCLE',
              tier: m.tier,
              file: m.file,
              constructPath: m.constructPath,
              field: '/spec/dependsOn',
              hint: 'none of them can become ready; remove one dependency of the cycle (stages run infrastructure → platform → apps)',
            }),
          );
        } else if (s === undefined) {
          state.set(target.id, 1);
          stack.push({ node: target, next: 0 });
          onPath.push(target);
        }
      }
    }

    // Folders that hold nothing.
    const folders = [...context.folders().keys()];
    for (const k of this.tracked) {
      if (!context.isCollected(k.folder)) continue;
      if (folders.some((f) => f === k.folder || f.startsWith(`${k.folder}/`))) continue;
      const m = context.manifestOf(k.node.findChild('Resource'));
      const node = m
        ? nodes.get(idOf(fluxClusterOf(m), m.object.metadata.namespace ?? 'default', m.object.metadata.name ?? ''))
        : undefined;
      const chain = node ? chainOf(node) : k.node.id;
      context.error(
        new GitOpsError(
          `Flux Kustomization path '${k.path}' is not in the tree: folder '${k.folder}' holds no objects (chain: ${chain})`,
          {
            code: 'FLUX_PATH_NOT_IN_TREE',
            tier: m?.tier,
            file: m?.file,
            constructPath: k.node.path,
            field: '/spec/path',
            hint: 'pass the folder chart that holds the objects (not a string), or remove the Kustomization',
          },
        ),
      );
    }
  }
}

function idOf(cluster: string, namespace: string, name: string): string {
  return `${cluster}|${namespace}/${name}`;
}

function sharedId(id: string): string {
  return `|${id.slice(id.indexOf('|') + 1)}`;
}

function label(node: Node): string {
  return `${node.manifest.object.metadata.namespace ?? 'default'}/${node.manifest.object.metadata.name}`;
}
