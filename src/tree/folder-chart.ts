import { ApiObject, Chart, type ChartProps } from 'cdk8s';
import type { Construct, IConstruct } from 'constructs';
import { GitOpsError } from '../errors/index.js';
import type { Tier } from '../environments/index.js';

const FOLDER_CHART = Symbol.for('cdk8s-gitops.FolderChart');

/** Props of a {@link FolderChart}. */
export interface FolderChartProps extends ChartProps {
  /** Folder of the output tree the chart's objects are written to, relative to the outdir, e.g. `shared/policies`. */
  readonly path: string;
  /** Tier the folder belongs to. @default - none (shared by all tiers) */
  readonly tier?: Tier;
  /**
   * Append cdk8s's hash of the construct path to generated object names.
   * Names come from construct ids without a hash by default, so they read like hand-written manifests.
   * @default false
   */
  readonly hashSuffixes?: boolean;
}

/**
 * A chart whose objects are written, one file per object, into one folder of the output tree.
 *
 * Every object of the program belongs to its nearest enclosing `FolderChart`; the folder's
 * `namespace` and `labels` apply to its objects as with any cdk8s chart.
 */
export class FolderChart extends Chart {
  /** Whether `x` is a FolderChart (works across copies of this library). */
  public static isFolderChart(x: unknown): x is FolderChart {
    return x !== null && typeof x === 'object' && FOLDER_CHART in x;
  }

  /** The nearest FolderChart enclosing `construct`, if any. */
  public static tryOf(construct: IConstruct): FolderChart | undefined {
    for (let c: IConstruct | undefined = construct; c; c = c.node.scope) {
      if (FolderChart.isFolderChart(c)) return c;
    }
    return undefined;
  }

  /** Folder relative to the outdir, `/`-separated, without leading or trailing slash. */
  public readonly path: string;
  /** Tier the folder belongs to. @default - none */
  public readonly tier?: Tier;
  private readonly hashSuffixes: boolean;

  public constructor(scope: Construct, id: string, props: FolderChartProps) {
    super(scope, id, { ...props, disableResourceNameHashes: !props.hashSuffixes });
    this.path = normalizeFolder(props.path, this.node.path);
    this.tier = props.tier;
    this.hashSuffixes = props.hashSuffixes ?? false;
    Object.defineProperty(this, FOLDER_CHART, { value: true });
  }

  /**
   * Names objects from their construct ids below this chart, e.g. `web/config` → `web-config`,
   * with no hash suffix unless `hashSuffixes` is set.
   */
  public override generateObjectName(apiObject: ApiObject): string {
    if (this.hashSuffixes) return super.generateObjectName(apiObject);
    const parts: string[] = [];
    for (let c: IConstruct | undefined = apiObject; c && c !== this; c = c.node.scope) {
      const id = c.node.id;
      if (id === 'Default' || id === 'Resource' || id === '') continue;
      if (parts[0] !== id) parts.unshift(id);
    }
    const name = parts
      .map((p) =>
        p
          .toLowerCase()
          .replace(/[^a-z0-9.-]+/g, '-')
          .replace(/-{2,}/g, '-')
          .replace(/^[-.]+|[-.]+$/g, ''),
      )
      .filter((p) => p.length > 0)
      .join('-');
    return name.length > 0 ? name : this.node.id.toLowerCase();
  }
}

/** `path` as a clean relative folder of the tree; throws a clear error for anything else. */
export function normalizeFolder(path: string, constructPath: string): string {
  const folder = String(path ?? '')
    .replace(/\\/g, '/')
    .replace(/\/+/g, '/')
    .replace(/^\/|\/$/g, '');
  const parts = folder.split('/');
  if (folder.length === 0 || parts.some((p) => p === '..' || p === '.' || p.startsWith('.'))) {
    throw new GitOpsError(`folder path '${path}' is not a relative path inside the output tree`, {
      code: 'FOLDER_INVALID_PATH',
      constructPath,
      field: 'path',
      hint: "use a relative path such as 'shared/policies', without '..' or hidden folders",
    });
  }
  return folder;
}
