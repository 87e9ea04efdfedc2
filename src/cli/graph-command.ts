import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ExitCode, GitOpsError } from '../errors/index.js';
import { buildPlatformGraph, toDot, toMermaid } from '../graph/index.js';
import { imageRefProblem, imageVersion, parseImageRef } from '../promotion/image-ref.js';
import { readCdk8sConfig } from './app-command.js';
import { readTreeObjects } from './diff-command.js';
import { describeProgram } from './promote-command.js';

/** Options of `cdk8s-gitops graph`. */
export interface GraphOptions {
  readonly appCommand?: string;
  readonly format: 'mermaid' | 'dot' | 'svg';
  /** The tree. @default - $CDK8S_OUTDIR, `output:` of cdk8s.yaml, or dist */
  readonly outdir?: string;
  /** Write to this file instead of stdout. @default - stdout */
  readonly output?: string;
  readonly cwd?: string;
  readonly out?: (text: string) => void;
}

/**
 * `cdk8s-gitops graph`: draws the platform — tiers in promotion order, apps × tiers with their pinned
 * versions, the Argo CD app-of-apps and ApplicationSet fan-out, and Flux `dependsOn` chains — from the
 * program's tiers, the releases file and the synthesized tree.
 */
export async function graphCommand(options: GraphOptions): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  const out = options.out ?? ((s: string) => process.stdout.write(s));
  const outdir = resolve(
    cwd,
    options.outdir ?? (process.env.CDK8S_OUTDIR || undefined) ?? readCdk8sConfig(cwd).output ?? 'dist',
  );
  if (!existsSync(outdir)) {
    throw new GitOpsError(`the tree '${outdir}' does not exist`, {
      code: 'GRAPH_NO_TREE',
      field: '--outdir',
      hint: 'run cdk8s-gitops synth first',
    });
  }
  const program = await describeProgram(cwd, options.appCommand, { requireReleases: false });
  const versions = new Map<string, Map<string, string>>();
  if (existsSync(program.releases)) {
    const apps =
      (parse(readFileSync(program.releases, 'utf8')) as { apps?: Record<string, Record<string, unknown>> } | null)
        ?.apps ?? {};
    for (const [app, tiers] of Object.entries(apps)) {
      const perTier = new Map<string, string>();
      for (const [tier, pin] of Object.entries(tiers ?? {})) {
        const image = typeof pin === 'string' ? pin : (pin as { image?: unknown })?.image;
        if (typeof image === 'string' && !imageRefProblem(image)) perTier.set(tier, imageVersion(parseImageRef(image)));
      }
      versions.set(app, perTier);
    }
  }
  const graph = buildPlatformGraph({
    tiers: program.tiers,
    versions,
    objects: readTreeObjects(outdir),
    treePath: program.treePath,
  });
  let text: string;
  if (options.format === 'mermaid') text = toMermaid(graph);
  else if (options.format === 'dot') text = toDot(graph);
  else {
    const { instance } = await import('@viz-js/viz');
    text = (await instance()).renderString(toDot(graph), { format: 'svg', engine: 'dot' });
  }
  if (options.output) writeFileSync(resolve(cwd, options.output), text);
  else out(text);
  return ExitCode.OK;
}
