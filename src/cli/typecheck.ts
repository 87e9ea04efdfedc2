import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/** One type error, located in the user's program. */
export interface TypeErrorReport {
  /** `file:line:col`, relative to the working folder. */
  readonly at: string;
  /** The compiler's message (first line of its chain). */
  readonly message: string;
}

const SOURCE = /^[^\s'"]+\.(ts|tsx|mts|cts)$/;

/** The TypeScript file an `app:` command runs (`tsx main.ts`, `npx ts-node src/main.ts`), if any. */
export function programEntry(app: string, cwd: string): string | undefined {
  for (const token of app.split(/\s+/)) {
    const unquoted = token.replace(/^['"]|['"]$/g, '');
    if (SOURCE.test(unquoted) && existsSync(resolve(cwd, unquoted))) return resolve(cwd, unquoted);
  }
  return undefined;
}

/**
 * Type-checks the program rooted at `entry` (and everything it imports) with the project's own
 * TypeScript and tsconfig, so a type error stops synth before the program runs (tsx and esbuild do
 * not type-check). Returns undefined when the project has no TypeScript to check with.
 */
export function typecheckProgram(entry: string, cwd: string): TypeErrorReport[] | undefined {
  const requireHere = createRequire(join(cwd, 'package.json'));
  let tsVersion: string;
  try {
    // The version alone, without loading the compiler (~10 MB of JavaScript): enough to find a cached result.
    tsVersion = (
      JSON.parse(readFileSync(requireHere.resolve('typescript/package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return undefined;
  }
  const configFile = findConfigFile(dirname(entry));
  const cacheFile = join(
    cwd,
    'node_modules',
    '.cache',
    'cdk8s-gitops',
    `typecheck-${hash(`${tsVersion}\0${entry}\0${configFile ?? ''}`)}.json`,
  );
  // Every file the last clean check read (the program, its imports, the tsconfig and what it extends) is unchanged.
  if (isCachedClean(cacheFile)) return [];
  let ts: typeof import('typescript');
  try {
    ts = requireHere('typescript') as typeof import('typescript');
  } catch {
    return undefined;
  }
  let options: import('typescript').CompilerOptions = { strict: true, skipLibCheck: true, noEmit: true };
  const configFiles: string[] = [];
  if (configFile) {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configFile,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    if (parsed) options = parsed.options;
    const source = parsed?.options.configFile as import('typescript').TsConfigSourceFile | undefined;
    configFiles.push(configFile, ...(source?.extendedSourceFiles ?? []));
  }
  const program = ts.createProgram([entry], {
    ...options,
    noEmit: true,
    incremental: false,
    composite: false,
    tsBuildInfoFile: undefined,
  });
  const reports: TypeErrorReport[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    if (d.file?.isDeclarationFile) continue;
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0] as string;
    let at = '(program)';
    if (d.file && d.start !== undefined) {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      at = `${relative(cwd, d.file.fileName)}:${line + 1}:${character + 1}`;
    }
    reports.push({ at, message: `TS${d.code}: ${message}` });
  }
  if (reports.length === 0)
    rememberClean(cacheFile, [...program.getSourceFiles().map((f) => f.fileName), ...configFiles]);
  return reports;
}

/** The tsconfig.json TypeScript would use for a file in `dir`: the nearest one up the tree (as `ts.findConfigFile`). */
function findConfigFile(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const candidate = join(current, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** The report of a program that does not type-check: the first errors with their locations. */
export function formatTypeErrors(errors: readonly TypeErrorReport[]): string {
  const shown = errors.slice(0, 10).flatMap((e) => [`error: type error in the program: ${e.message}`, `  at: ${e.at}`]);
  const more = errors.length > 10 ? [`  … and ${errors.length - 10} more type errors`] : [];
  const n = errors.length;
  const last = `synth stopped before writing (${n} type error${n === 1 ? '' : 's'}); fix them, or pass --no-typecheck`;
  return `${[...shown, ...more, last].join('\n')}\n`;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** `mtime:size` of a file, or undefined if it is gone. */
function fingerprint(file: string): string | undefined {
  try {
    const stat = statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether the last check of this program passed and no file it read has changed since (a new import
 * changes the importing file, so the file list is complete). Only clean results are cached.
 */
function isCachedClean(cacheFile: string): boolean {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: Record<string, string> };
    return Object.entries(cached.files).every(([file, print]) => fingerprint(file) === print);
  } catch {
    return false;
  }
}

function rememberClean(cacheFile: string, files: readonly string[]): void {
  const prints: Record<string, string> = {};
  for (const file of files) {
    const print = fingerprint(file);
    if (print === undefined) return;
    prints[file] = print;
  }
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ files: prints }));
  } catch {
    // A read-only node_modules only costs speed.
  }
}
