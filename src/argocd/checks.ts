import type { IConstruct } from 'constructs';
import { writeFileSync } from 'node:fs';
import { dns1123SubdomainProblem, type Tier } from '../environments/index.js';
import { GitOpsError } from '../errors/index.js';
import {
  apiGroup,
  Platform,
  SyncCoverage,
  SynthChecks,
  type CheckContext,
  type Manifest,
  type SyncClaim,
  type SynthCheck,
  wildcardRegExp,
} from '../tree/index.js';
import {
  expandApplicationSet,
  ExpansionError,
  type ExpansionWorld,
  type GeneratedApplication,
  type KnownCluster,
} from './expand.js';
import { describeSync } from './sync-options.js';

/** Environment variable naming the file `appset preview` wants the expansion written to. */
export const APPSET_PREVIEW_ENV = 'CDK8S_GITOPS_APPSET_PREVIEW';

/** The label that marks an Argo CD cluster secret. */
export const CLUSTER_SECRET_LABEL = 'argocd.argoproj.io/secret-type';

/** One Application of the preview. */
export interface PreviewApplication {
  readonly applicationSet: string;
  readonly name: string;
  readonly namespace: string;
  readonly project: string;
  /** Source paths (tree folders as repository paths), charts or repositories. */
  readonly sources: readonly string[];
  readonly destination: string;
  readonly sync: string;
  readonly tier?: string;
  readonly object: GeneratedApplication['object'];
}

/** What the preview file holds. */
export interface PreviewFile {
  readonly applications: readonly PreviewApplication[];
  readonly warnings: readonly string[];
}

interface Expanded {
  readonly appset: Manifest;
  readonly applications: readonly GeneratedApplication[];
  readonly warnings: readonly string[];
  readonly error?: ExpansionError;
}

type AnyObject = Record<string, unknown>;

/**
 * Argo CD checks over the collected tree: expands every ApplicationSet against the tree and the tier
 * catalogue (the same expansion `appset preview` prints), and checks every Application, written or
 * generated: names are DNS-1123 and unique per Argo CD namespace, destinations are tier clusters the
 * project allows, and the source repository is one the project lists.
 */
export class ArgoCdChecks implements SynthCheck {
  /** The checks of the program `scope` belongs to; registers them on first use. */
  public static of(scope: IConstruct): ArgoCdChecks {
    const platform = Platform.of(scope);
    const created = new ArgoCdChecks(platform.environments.tiers, () => platform.repository);
    const checks = SynthChecks.of(scope).add(created);
    // Applications written with the generated class (or as YAML) claim their folders too.
    if (checks === created) SyncCoverage.of(scope).claim((context) => checks.unownedClaims(context));
    return checks;
  }

  private readonly owned = new Set<string>();

  /** Records an Application object that claims its folders itself (the {@link Application} construct). */
  public own(resource: IConstruct): void {
    this.owned.add(resource.node.path);
  }

  /** Claims of Application objects no construct of this family made. */
  private unownedClaims(context: CheckContext): SyncClaim[] {
    return context.manifests
      .filter((m) => m.object.kind === 'Application' && m.object.apiVersion.startsWith('argoproj.io/'))
      .filter((m) => !m.constructPath || !this.owned.has(m.constructPath))
      .flatMap((m) =>
        this.treeFolders({ object: m.object as unknown as GeneratedApplication['object'], params: {} }).map((f) => ({
          ...f,
          by: `Application ${m.object.metadata.namespace ?? ''}/${m.object.metadata.name}`,
          constructPath: m.constructPath,
          tier: m.tier,
        })),
      );
  }

  public readonly id = 'argocd';
  private readonly expansions = new WeakMap<CheckContext, Expanded[]>();

  private constructor(
    private readonly tiers: readonly Tier[],
    private readonly repository: () => import('../tree/index.js').Repository | undefined,
  ) {}

  /** Sync claims of the Applications the ApplicationSet `name` (in `namespace`) generates. */
  public claimsOf(context: CheckContext, namespace: string, name: string, constructPath: string): SyncClaim[] {
    const found = this.expand(context).find(
      (e) => e.appset.object.metadata.name === name && (e.appset.object.metadata.namespace ?? '') === namespace,
    );
    if (!found) return [];
    // One claim per folder: the same folder deployed to several clusters by one ApplicationSet is one sync.
    const claims = new Map<string, SyncClaim>();
    for (const app of found.applications) {
      for (const folder of this.treeFolders(app)) {
        const key = `${folder.recurse ? 'r' : 'e'}:${folder.folder}`;
        const prior = claims.get(key);
        const appName = String(app.object.metadata.name);
        claims.set(key, {
          folder: folder.folder,
          recurse: folder.recurse,
          by: prior ? `${prior.by}, ${appName}` : `ApplicationSet ${namespace}/${name} (Application ${appName}`,
          constructPath,
          tier: this.tierOf(app)?.name,
        });
      }
    }
    return [...claims.values()].map((c) => ({ ...c, by: `${c.by})` }));
  }

  public check(context: CheckContext): void {
    const expanded = this.expand(context);
    const applications: Array<{ object: GeneratedApplication['object']; from: Manifest; generated: boolean }> = [];
    for (const m of context.manifests) {
      if (m.object.kind === 'Application' && m.object.apiVersion.startsWith('argoproj.io/')) {
        applications.push({ object: m.object as unknown as GeneratedApplication['object'], from: m, generated: false });
      }
    }
    const preview: PreviewApplication[] = [];
    for (const e of expanded) {
      const where = { tier: e.appset.tier, file: e.appset.file, constructPath: e.appset.constructPath };
      for (const w of e.warnings) context.warn(`ApplicationSet '${e.appset.object.metadata.name}': ${w}`, where);
      if (e.error) {
        context.error(
          new GitOpsError(`ApplicationSet '${e.appset.object.metadata.name}': ${e.error.message}`, {
            code: e.error.kind === 'parameter' ? 'APPSET_PARAMETER_UNKNOWN' : 'APPSET_INVALID',
            ...where,
            field: e.error.field,
            hint: e.error.hint,
          }),
        );
        continue;
      }
      for (const app of e.applications) {
        applications.push({ object: app.object, from: e.appset, generated: true });
        preview.push(this.previewOf(String(e.appset.object.metadata.name), app));
      }
    }
    this.checkApplications(context, applications);
    const file = process.env[APPSET_PREVIEW_ENV];
    if (file) {
      const warnings = expanded.flatMap((e) => e.warnings.map((w) => `${e.appset.object.metadata.name}: ${w}`));
      const content: PreviewFile = { applications: preview, warnings };
      writeFileSync(file, JSON.stringify(content));
    }
  }

  private checkApplications(
    context: CheckContext,
    applications: ReadonlyArray<{ object: GeneratedApplication['object']; from: Manifest; generated: boolean }>,
  ): void {
    const projects = new Map<string, AnyObject>();
    for (const m of context.manifests) {
      if (m.object.kind === 'AppProject' && m.object.apiVersion.startsWith('argoproj.io/')) {
        projects.set(`${m.object.metadata.namespace ?? ''}/${m.object.metadata.name}`, m.object as AnyObject);
      }
    }
    const seen = new Map<string, Manifest>();
    const repository = this.repository();
    for (const { object, from, generated } of applications) {
      const name = String(object.metadata.name ?? '');
      const namespace = String(object.metadata.namespace ?? '');
      const what = generated
        ? `Application '${name}' generated by ApplicationSet '${from.object.metadata.name}'`
        : `Application '${name}'`;
      const where = { tier: from.tier, file: from.file, constructPath: from.constructPath };
      const nameProblem = dns1123SubdomainProblem(name);
      if (nameProblem) {
        context.error(
          new GitOpsError(`${what} is not a DNS-1123 name: ${nameProblem}`, {
            code: 'ARGOCD_INVALID_NAME',
            ...where,
            field: generated ? 'spec.template.metadata.name' : 'metadata.name',
            hint: 'use lower-case letters, digits, - and . (e.g. {{path.basenameNormalized}} for folder names)',
          }),
        );
      }
      if (repository) {
        for (const source of sourcesOf(object)) {
          const path = source['path'];
          if (
            source['repoURL'] !== repository.url ||
            typeof path !== 'string' ||
            repository.folderOf(path) !== undefined
          )
            continue;
          context.error(
            new GitOpsError(`${what} syncs path '${path}', outside the tree at '${repository.path}'`, {
              code: 'APPLICATION_PATH_OUTSIDE_TREE',
              ...where,
              field: generated ? 'spec.template.spec.source.path' : 'spec.source.path',
              hint: `point it below '${repository.path}/': pass the folder chart, or use a git generator's path parameter`,
            }),
          );
        }
      }
      const key = `${namespace}/${name}`;
      const first = seen.get(key);
      if (first) {
        context.error(
          new GitOpsError(
            `two Applications are named '${name}' in Argo CD namespace '${namespace}': ${first.file} and ${what} in ${from.file}`,
            {
              code: 'APPLICATION_NAME_DUPLICATE',
              ...where,
              field: generated ? 'spec.template.metadata.name' : 'metadata.name',
              hint: 'give each Application its own name (include the tier, e.g. user-service-dev)',
            },
          ),
        );
      } else seen.set(key, from);
      const spec = (object.spec ?? {}) as AnyObject;
      const destination = (spec['destination'] ?? {}) as { server?: string; name?: string; namespace?: string };
      const cluster = this.tiers.find(
        (t) =>
          (destination.server && t.cluster.server === destination.server) ||
          (destination.name && t.cluster.name === destination.name),
      )?.cluster;
      if (!cluster) {
        context.error(
          new GitOpsError(
            `${what} deploys to ${destination.server ?? destination.name ?? '(no cluster)'}, a cluster no tier declares`,
            {
              code: 'APPLICATION_DESTINATION_UNKNOWN',
              ...where,
              field: generated ? 'spec.template.spec.destination' : 'spec.destination',
              hint: `use a tier's cluster: ${this.tiers.map((t) => `${t.name} ${t.cluster.server}`).join(', ')}`,
            },
          ),
        );
        continue;
      }
      const projectName = String(spec['project'] || 'default');
      if (projectName === 'default') continue;
      const project = projects.get(`${namespace}/${projectName}`);
      if (!project) {
        context.error(
          new GitOpsError(`${what} belongs to project '${projectName}', which is not in the tree`, {
            code: 'APPLICATION_PROJECT_UNKNOWN',
            ...where,
            field: 'spec.project',
            hint: `create the AppProject (new AppProject(app.bootstrap.argocd, '${projectName}', …)) or use an existing project`,
          }),
        );
        continue;
      }
      const pspec = (project['spec'] ?? {}) as AnyObject;
      const allowed = (
        (pspec['destinations'] ?? []) as Array<{ server?: string; name?: string; namespace?: string }>
      ).some(
        (d) =>
          ((d.server !== undefined && glob(d.server, cluster.server)) ||
            (d.name !== undefined && glob(d.name, cluster.name))) &&
          glob(d.namespace ?? '*', destination.namespace ?? ''),
      );
      if (!allowed) {
        context.error(
          new GitOpsError(
            `${what} deploys to ${cluster.server} namespace '${destination.namespace ?? ''}', which project '${projectName}' does not allow`,
            {
              code: 'APPLICATION_DESTINATION_NOT_PERMITTED',
              ...where,
              field: 'spec.destination',
              hint: `add the destination to the AppProject's destinations, or use the project of that tier`,
            },
          ),
        );
      }
      this.checkKinds(context, what, where, projectName, pspec, { object, params: {} });
      const repos = (pspec['sourceRepos'] ?? []) as string[];
      for (const source of sourcesOf(object)) {
        const url = String(source['repoURL'] ?? '');
        if (!repos.some((r) => glob(r, url))) {
          context.error(
            new GitOpsError(`${what} syncs from ${url}, which project '${projectName}' does not list in sourceRepos`, {
              code: 'APPLICATION_REPO_NOT_PERMITTED',
              ...where,
              field: 'spec.source.repoURL',
              hint: `add '${url}' to the AppProject's sourceRepos`,
            }),
          );
        }
      }
    }
  }

  /** Objects the Application syncs must be of kinds its project permits (as Argo CD refuses to sync others). */
  private checkKinds(
    context: CheckContext,
    what: string,
    where: { tier?: string; file?: string; constructPath?: string },
    projectName: string,
    project: AnyObject,
    app: GeneratedApplication,
  ): void {
    type GK = { group?: string; kind?: string };
    const list = (key: string): GK[] | undefined => project[key] as GK[] | undefined;
    const matches = (l: GK[] | undefined, group: string, kind: string): boolean =>
      (l ?? []).some((gk) => glob(gk.group ?? '', group) && glob(gk.kind ?? '', kind));
    const folders = context.folders();
    const reported = new Set<string>();
    for (const { folder, recurse } of this.treeFolders(app)) {
      const inFolder = recurse
        ? [...folders]
            .filter(([f]) => f === folder || f.startsWith(`${folder}/`) || folder === '')
            .flatMap(([, ms]) => ms)
        : (folders.get(folder) ?? []);
      for (const m of inFolder) {
        const group = apiGroup(m.object.apiVersion);
        const kind = m.object.kind;
        const clusterScoped = !m.object.metadata.namespace;
        const permitted = clusterScoped
          ? matches(list('clusterResourceWhitelist'), group, kind) &&
            !matches(list('clusterResourceBlacklist'), group, kind)
          : (list('namespaceResourceWhitelist') === undefined ||
              matches(list('namespaceResourceWhitelist'), group, kind)) &&
            !matches(list('namespaceResourceBlacklist'), group, kind);
        const key = `${group}/${kind}`;
        if (permitted || reported.has(key)) continue;
        reported.add(key);
        context.error(
          new GitOpsError(
            `${what} syncs ${kind} '${m.object.metadata.name}' (${m.file}), a ${clusterScoped ? 'cluster-scoped' : 'namespaced'} kind project '${projectName}' does not permit`,
            {
              code: 'APPLICATION_KIND_NOT_PERMITTED',
              ...where,
              field: clusterScoped ? 'clusterResourceWhitelist' : 'namespaceResourceBlacklist',
              hint: clusterScoped
                ? `add { group: '${group}', kind: '${kind}' } to the AppProject's clusterResourceWhitelist, or move the object to a folder of a project that permits it`
                : `remove ${kind} from the AppProject's namespaceResourceBlacklist (or add it to its whitelist), or move the object`,
            },
          ),
        );
      }
    }
  }

  private previewOf(appset: string, app: GeneratedApplication): PreviewApplication {
    const spec = app.object.spec;
    const destination = (spec['destination'] ?? {}) as { server?: string; name?: string; namespace?: string };
    return {
      applicationSet: appset,
      name: String(app.object.metadata.name ?? ''),
      namespace: String(app.object.metadata.namespace ?? ''),
      project: String(spec['project'] ?? 'default'),
      sources: sourcesOf(app.object).map((s) =>
        s['chart']
          ? `${String(s['repoURL'])} ${String(s['chart'])}@${String(s['targetRevision'] ?? '')}`
          : String(s['path'] ?? s['repoURL']),
      ),
      destination: `${destination.name ?? this.tiers.find((t) => t.cluster.server === destination.server)?.cluster.name ?? destination.server ?? ''}/${destination.namespace ?? ''}`,
      sync: describeSync(spec['syncPolicy']),
      tier: this.tierOf(app)?.name,
      object: app.object,
    };
  }

  /** Folders of this tree an Application syncs. */
  private treeFolders(app: GeneratedApplication): Array<{ folder: string; recurse: boolean }> {
    const repository = this.repository();
    if (!repository) return [];
    return sourcesOf(app.object).flatMap((s) => {
      if (s['repoURL'] !== repository.url || typeof s['path'] !== 'string') return [];
      const folder = repository.folderOf(s['path']);
      if (folder === undefined) return [];
      return [{ folder, recurse: (s['directory'] as AnyObject | undefined)?.['recurse'] === true }];
    });
  }

  private tierOf(app: GeneratedApplication): Tier | undefined {
    for (const { folder } of this.treeFolders(app)) {
      const m = /^environments\/([^/]+)/.exec(folder);
      const tier = m && this.tiers.find((t) => t.name === m[1]);
      if (tier) return tier;
    }
    const server = (app.object.spec['destination'] as { server?: string } | undefined)?.server;
    return this.tiers.find((t) => t.cluster.server === server);
  }

  private expand(context: CheckContext): Expanded[] {
    const cached = this.expansions.get(context);
    if (cached) return cached;
    const world = this.world(context);
    const result: Expanded[] = [];
    for (const m of context.manifests) {
      if (m.object.kind !== 'ApplicationSet' || !m.object.apiVersion.startsWith('argoproj.io/')) continue;
      try {
        const { applications, warnings } = expandApplicationSet(m.object, world);
        result.push({ appset: m, applications, warnings });
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        result.push({ appset: m, applications: [], warnings: [], error: e });
      }
    }
    this.expansions.set(context, result);
    return result;
  }

  private world(context: CheckContext): ExpansionWorld {
    const folders = new Set<string>();
    const files = new Map<string, unknown>();
    for (const [folder, manifests] of context.folders()) {
      for (let f = folder; f !== '' && !folders.has(f); f = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '') {
        folders.add(f);
      }
      for (const m of manifests) files.set(m.file, m.object);
    }
    const clusters = new Map<string, KnownCluster>();
    for (const t of this.tiers) {
      if (!clusters.has(t.cluster.server)) {
        clusters.set(t.cluster.server, {
          name: t.cluster.name,
          server: t.cluster.server,
          labels: {},
          annotations: {},
          hasSecret: false,
        });
      }
    }
    for (const m of context.manifests) {
      const o = m.object as AnyObject & {
        metadata: { labels?: Record<string, string>; annotations?: Record<string, string> };
      };
      if (o['kind'] !== 'Secret' || o.metadata.labels?.[CLUSTER_SECRET_LABEL] !== 'cluster') continue;
      const data = (o['stringData'] ?? {}) as Record<string, string>;
      if (!data['server']) continue;
      clusters.set(data['server'], {
        name: data['name'] ?? data['server'],
        server: data['server'],
        labels: { ...o.metadata.labels },
        annotations: { ...o.metadata.annotations },
        hasSecret: true,
      });
    }
    return { repository: this.repository(), folders, files, clusters: [...clusters.values()] };
  }
}

function sourcesOf(app: { readonly spec: AnyObject }): AnyObject[] {
  const spec = app.spec ?? {};
  if (Array.isArray(spec['sources'])) return spec['sources'] as AnyObject[];
  return spec['source'] ? [spec['source'] as AnyObject] : [];
}

/** Argo CD's glob match for project destinations and source repositories (`*` matches anything). */
function glob(pattern: string, value: string): boolean {
  if (pattern.startsWith('!')) return !glob(pattern.slice(1), value);
  return wildcardRegExp(pattern).test(value);
}
