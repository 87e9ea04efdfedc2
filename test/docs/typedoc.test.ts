import { join } from 'node:path';
import { Application, LogLevel, ReflectionKind, type DeclarationReflection, type ProjectReflection } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Converts the API with the project's typedoc.json (what `npm run docs` does), without emitting HTML. */
async function convert(): Promise<{ project: ProjectReflection | undefined; errors: number; warnings: number }> {
  const app = await Application.bootstrapWithPlugins({
    options: join(ROOT, 'typedoc.json'),
    tsconfig: join(ROOT, 'tsconfig.build.json'),
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  if (project) app.validate(project);
  return { project, errors: app.logger.errorCount, warnings: app.logger.warningCount };
}

describe('API reference (TypeDoc, `npm run docs`)', () => {
  let result: Awaited<ReturnType<typeof convert>>;
  beforeAll(async () => {
    result = await convert();
  }, 240_000);

  it('converts both entry points without errors', () => {
    expect(result.project).toBeDefined();
    expect(result.errors).toBe(0);
    const modules = result.project!.children!.map((c) => c.name).sort();
    expect(modules).toEqual(['index', 'testing']);
  });

  it('documents the public constructs with their TSDoc', () => {
    const project = result.project!;
    const classes = new Map(project.getReflectionsByKind(ReflectionKind.Class).map((r) => [r.name, r]));
    for (const name of ['GitOpsApp', 'WebService', 'FolderChart', 'TierScope']) {
      expect(classes.has(name), name).toBe(true);
    }
    const webService = classes.get('WebService')!;
    expect(webService.comment?.summary.map((p) => p.text).join('')).toMatch(/\w/);
    const props = project.getReflectionsByKind(ReflectionKind.Interface).find((r) => r.name === 'WebServiceProps') as
      DeclarationReflection | undefined;
    expect(props?.children?.some((c) => c.name === 'image')).toBe(true);
  });

  it('leaves out @internal members', () => {
    const internal = result
      .project!.getReflectionsByKind(ReflectionKind.All)
      .filter((r) => r.comment?.hasModifier('@internal'));
    expect(internal).toEqual([]);
  });
});
