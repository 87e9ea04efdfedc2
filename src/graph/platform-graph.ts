/** A node of the platform graph. */
export interface GraphNode {
  readonly id: string;
  readonly label: string;
  /** Group (subgraph) it is drawn in, e.g. a tier. @default - none */
  readonly group?: string;
  readonly kind: 'tier' | 'app' | 'application' | 'applicationset' | 'kustomization' | 'folder';
}

/** An edge of the platform graph. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly style?: 'solid' | 'dashed';
}

/** What the graph is drawn from: the rendered tree, the tiers and the release pins. */
export interface GraphInput {
  /** Tiers in promotion order with what they promote from. */
  readonly tiers: ReadonlyArray<{ readonly name: string; readonly promotesFrom?: string }>;
  /** Version per app per tier (from the releases file). @default - none */
  readonly versions?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Objects of the tree by file. */
  readonly objects: ReadonlyMap<string, unknown>;
  /** The tree's path inside the repository (e.g. `dist`), to map source paths to folders. @default '' */
  readonly treePath?: string;
}

/** The nodes and edges of a platform: promotion order, apps × tiers, Argo CD fan-out, Flux chains. */
export interface PlatformGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Builds the graph; deterministic (sorted) so its drawings can be committed and diffed. */
export function buildPlatformGraph(input: GraphInput): PlatformGraph {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (n: GraphNode): string => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    return n.id;
  };
  for (const t of input.tiers) {
    add({ id: `tier:${t.name}`, label: t.name, kind: 'tier' });
    if (t.promotesFrom) edges.push({ from: `tier:${t.promotesFrom}`, to: `tier:${t.name}`, label: 'promotes to' });
  }
  // Apps × tiers: from the application folders of the tree, with versions from the releases file.
  const appsByTier = new Map<string, Set<string>>();
  for (const file of input.objects.keys()) {
    const m = /^environments\/([^/]+)\/applications\/([^/]+)\//.exec(file);
    if (m)
      (appsByTier.get(m[1] as string) ?? appsByTier.set(m[1] as string, new Set()).get(m[1] as string))?.add(
        m[2] as string,
      );
  }
  for (const [app, tiers] of input.versions ?? new Map()) {
    for (const tier of tiers.keys()) (appsByTier.get(tier) ?? appsByTier.set(tier, new Set()).get(tier))?.add(app);
  }
  for (const t of input.tiers) {
    for (const app of [...(appsByTier.get(t.name) ?? [])].sort()) {
      const version = input.versions?.get(app)?.get(t.name);
      add({ id: `app:${t.name}:${app}`, label: version ? `${app} ${version}` : app, group: t.name, kind: 'app' });
      edges.push({ from: `tier:${t.name}`, to: `app:${t.name}:${app}`, style: 'dashed' });
    }
  }
  const folderOf = (path: string | undefined): string | undefined => {
    if (path === undefined) return undefined;
    const p = path.replace(/^\.\//, '').replace(/\/$/, '');
    const root = (input.treePath ?? '').replace(/\/$/, '');
    if (root === '') return p;
    return p === root ? '' : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : undefined;
  };
  const folderNode = (folder: string): string => {
    const tier = /^environments\/([^/]+)\/applications\/([^/]+)$/.exec(folder);
    if (tier && nodes.has(`app:${tier[1]}:${tier[2]}`)) return `app:${tier[1]}:${tier[2]}`;
    return add({ id: `folder:${folder}`, label: `${folder}/`, kind: 'folder' });
  };
  // Which Application or Kustomization syncs the folder a manifest lives in (for app-of-apps edges).
  const syncers = new Map<string, string>();
  const sorted = [...input.objects.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [, o] of sorted) {
    const object = obj(o);
    const spec = obj(object.spec);
    const name = str(obj(object.metadata).name) ?? '?';
    if (object.kind === 'Application' && String(object.apiVersion).startsWith('argoproj.io/')) {
      const id = add({ id: `application:${name}`, label: `Application ${name}`, kind: 'application' });
      const sources = [obj(spec.source), ...(Array.isArray(spec.sources) ? spec.sources.map(obj) : [])];
      for (const source of sources) {
        const folder = folderOf(str(source.path));
        if (folder !== undefined && str(source.path) !== undefined) {
          syncers.set(folder, id);
          edges.push({ from: id, to: folderNode(folder), label: 'syncs' });
        }
      }
    } else if (object.kind === 'ApplicationSet') {
      add({ id: `applicationset:${name}`, label: `ApplicationSet ${name}`, kind: 'applicationset' });
      const template = obj(obj(obj(spec.template).spec).source);
      const path = str(template.path);
      if (path)
        edges.push({
          from: `applicationset:${name}`,
          to: add({ id: `folder:${path}`, label: path, kind: 'folder' }),
          label: 'generates',
        });
    } else if (
      object.kind === 'Kustomization' &&
      String(object.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/')
    ) {
      const id = add({ id: `kustomization:${name}`, label: `Kustomization ${name}`, kind: 'kustomization' });
      const folder = folderOf(str(spec.path));
      if (folder !== undefined) {
        syncers.set(folder, id);
        edges.push({ from: id, to: folderNode(folder), label: 'syncs' });
      }
      for (const d of Array.isArray(spec.dependsOn) ? spec.dependsOn : []) {
        const dep = str(obj(d).name);
        if (dep) edges.push({ from: `kustomization:${dep}`, to: id, label: 'then', style: 'dashed' });
      }
    }
  }
  // App of apps: an Application or Kustomization that lives in a folder another one syncs is its child.
  for (const [file, o] of sorted) {
    const object = obj(o);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    const parent = syncers.get(folder);
    const name = str(obj(object.metadata).name);
    const id =
      object.kind === 'Application'
        ? `application:${name}`
        : object.kind === 'ApplicationSet'
          ? `applicationset:${name}`
          : object.kind === 'Kustomization'
            ? `kustomization:${name}`
            : undefined;
    if (parent && id && nodes.has(id) && parent !== id) edges.push({ from: parent, to: id, label: 'creates' });
  }
  const uniqueEdges = [...new Map(edges.map((e) => [`${e.from}>${e.to}>${e.label ?? ''}`, e])).values()];
  return { nodes: [...nodes.values()], edges: uniqueEdges };
}

const dotId = (id: string): string => JSON.stringify(id);
const mermaidId = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, '_');

/** The graph as Graphviz DOT. */
export function toDot(graph: PlatformGraph): string {
  const lines = ['digraph platform {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];'];
  const shape = {
    tier: 'box3d',
    app: 'box',
    application: 'component',
    applicationset: 'tab',
    kustomization: 'cds',
    folder: 'folder',
  } as const;
  const groups = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) if (n.group) (groups.get(n.group) ?? groups.set(n.group, []).get(n.group))?.push(n);
  for (const [group, members] of groups) {
    lines.push(`  subgraph ${dotId(`cluster_${group}`)} {`, `    label=${dotId(group)};`);
    for (const n of members) lines.push(`    ${dotId(n.id)} [label=${dotId(n.label)}, shape=${shape[n.kind]}];`);
    lines.push('  }');
  }
  for (const n of graph.nodes)
    if (!n.group) lines.push(`  ${dotId(n.id)} [label=${dotId(n.label)}, shape=${shape[n.kind]}];`);
  for (const e of graph.edges) {
    const attrs = [e.label ? `label=${dotId(e.label)}` : '', e.style === 'dashed' ? 'style=dashed' : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${dotId(e.from)} -> ${dotId(e.to)}${attrs ? ` [${attrs}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** The graph as a Mermaid flowchart (renders in GitHub Markdown). */
export function toMermaid(graph: PlatformGraph): string {
  const lines = ['flowchart LR'];
  const shape = (n: GraphNode): string => {
    const label = JSON.stringify(n.label);
    switch (n.kind) {
      case 'tier':
        return `[[${label}]]`;
      case 'folder':
        return `[/${label}/]`;
      case 'kustomization':
        return `[(${label})]`;
      case 'applicationset':
        return `{{${label}}}`;
      default:
        return `[${label}]`;
    }
  };
  const groups = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) if (n.group) (groups.get(n.group) ?? groups.set(n.group, []).get(n.group))?.push(n);
  for (const [group, members] of groups) {
    lines.push(`  subgraph ${mermaidId(`g_${group}`)}["${group}"]`);
    for (const n of members) lines.push(`    ${mermaidId(n.id)}${shape(n)}`);
    lines.push('  end');
  }
  for (const n of graph.nodes) if (!n.group) lines.push(`  ${mermaidId(n.id)}${shape(n)}`);
  for (const e of graph.edges) {
    const arrow = e.style === 'dashed' ? '-.->' : '-->';
    lines.push(`  ${mermaidId(e.from)} ${arrow}${e.label ? `|${e.label}|` : ''} ${mermaidId(e.to)}`);
  }
  return `${lines.join('\n')}\n`;
}
