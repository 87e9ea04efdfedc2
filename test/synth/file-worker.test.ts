import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { describe, expect, it } from 'vitest';
import { FILE_WORKER_THRESHOLD, FileWorker, fileWorkerThreads } from '../../src/synth/file-worker.js';
import { contentHash, renderSortedIndex } from '../../src/synth/tree-index.js';
import { captureOutput, readTree, tempDir, testApp } from '../helpers.js';

const files = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => [`tier-${i % 3}/app-${i % 7}/file-${i}.yaml`, `index: ${i}\nname: f${i}\n`] as const,
  );

/** Runs a FileWorker over `list`, on `threads` worker threads (0: on the calling thread). */
function run(mode: 'write' | 'compare', dir: string, list: ReadonlyArray<readonly [string, string]>, threads: number) {
  const worker = new FileWorker({ mode, dir, expected: threads > 0 ? FILE_WORKER_THRESHOLD : 1, threads });
  expect(worker.onWorkerThread).toBe(threads > 0);
  for (const [path, text] of list) worker.add(path, text);
  return worker.finish();
}

describe('fileWorkerThreads', () => {
  it('starts one thread per core beside the calling thread, at least one and at most two', () => {
    expect([1, 2, 3, 4, 16].map((cores) => fileWorkerThreads(cores))).toEqual([1, 1, 2, 2, 2]);
  });
});

describe('FileWorker', () => {
  it('ends its input early with end(): the result is the same, and nothing may be added after it', () => {
    const dir = tempDir();
    const list = files(300);
    const worker = new FileWorker({ mode: 'write', dir, expected: FILE_WORKER_THRESHOLD, threads: 1 });
    for (const [path, text] of list) worker.add(path, text);
    worker.end();
    worker.end();
    expect(() => worker.add('late.yaml', 'x: 1\n')).toThrow('added after end()');
    expect(worker.finish().hashes).toEqual(list.map(([, text]) => contentHash(text)));
    expect(readTree(dir).size).toBe(list.length);
  });

  it('renders the tree index on a single compare thread exactly as renderSortedIndex does, and only there', () => {
    const dir = tempDir();
    // Sorted, as synth gives them; one path needs JSON escapes.
    const list = [...files(600), ['tier-2/q"uote\\d/é.yaml', 'x: 1\n'] as const].sort(([a], [b]) => (a < b ? -1 : 1));
    run('write', dir, list, 1);
    const expected = renderSortedIndex({
      paths: list.map(([path]) => path),
      hashes: list.map(([, text]) => contentHash(text)),
    });
    const compare = (threads: number, renderIndex = true) => {
      const worker = new FileWorker({
        mode: 'compare',
        dir,
        expected: threads > 0 ? FILE_WORKER_THRESHOLD : 1,
        threads,
        renderIndex,
      });
      for (const [path, text] of list) worker.add(path, text);
      return worker.finish();
    };
    expect(compare(1).index).toBe(expected);
    // Split over two threads, done here, or not asked for: none (the caller renders it).
    expect(compare(2).index).toBeUndefined();
    expect(compare(0).index).toBeUndefined();
    expect(compare(1, false).index).toBeUndefined();
  });

  for (const thread of [2, 1, 0]) {
    const where = thread === 0 ? 'on the calling thread' : `on ${thread} worker thread${thread > 1 ? 's' : ''}`;

    it(`writes every file and hashes it, in order (${where})`, () => {
      const dir = tempDir();
      const list = files(600);
      const result = run('write', dir, list, thread);
      expect(result.hashes).toEqual(list.map(([, text]) => contentHash(text)));
      const tree = readTree(dir);
      expect(tree.size).toBe(list.length);
      for (const [path, text] of list) expect(tree.get(path)).toBe(text);
    });

    it(`compares with the files on disk: same, different, missing (${where})`, () => {
      const dir = tempDir();
      const list = files(600);
      run('write', dir, list, thread);
      // In the first, second and third chunk of 256 (with two threads, they take the chunks in turn).
      writeFileSync(join(dir, list[5]![0]), 'edited by hand\n');
      writeFileSync(join(dir, list[300]![0]), 'edited again\n');
      writeFileSync(join(dir, list[520]![0]), 'and again\n');
      const missing = [...list, ['tier-0/new/file.yaml', 'new: true\n'] as const];
      const result = run('compare', dir, missing, thread);
      expect(result.status).toHaveLength(missing.length);
      expect([...result.status].filter((s) => s === '=')).toHaveLength(list.length - 3);
      expect(result.status[5]).toBe('~');
      expect(result.status[300]).toBe('~');
      expect(result.status[520]).toBe('~');
      expect(result.status[list.length]).toBe('+');
      expect(result.current).toEqual(['edited by hand\n', 'edited again\n', 'and again\n']);
      expect(result.hashes[5]).toBe(contentHash(list[5]![1]));
    });

    it(`compares files larger than its read buffer, and ones that differ only past the text's end (${where})`, () => {
      const dir = tempDir();
      const big = `${'x'.repeat(3 * 1024 * 1024)}\n`;
      const list = [['big/same.yaml', big], ['big/longer.yaml', big], ['big/shorter.yaml', big], ...files(20)] as const;
      run('write', dir, list, thread);
      writeFileSync(join(dir, 'big/longer.yaml'), `${big}more\n`);
      writeFileSync(join(dir, 'big/shorter.yaml'), big.slice(1));
      const result = run('compare', dir, list, thread);
      expect(result.status.slice(0, 3)).toBe('=~~');
      expect(result.status.slice(3)).toBe('='.repeat(20));
      expect(result.current).toEqual([`${big}more\n`, big.slice(1)]);
    });

    it(`reports a file it cannot write (${where})`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'blocked'), 'a file where a folder is needed\n');
      const worker = new FileWorker({
        mode: 'write',
        dir,
        expected: thread ? FILE_WORKER_THRESHOLD : 1,
        threads: thread,
      });
      worker.add('fine/a.yaml', 'a: 1\n');
      worker.add('blocked/b.yaml', 'b: 1\n');
      expect(() => worker.finish()).toThrow(/ENOTDIR|EEXIST|not a directory|file already exists/);
    });
  }
});

describe('synth of a tree large enough for the file worker', () => {
  function largeApp(outdir: string) {
    const app = testApp(outdir);
    const perTier = Math.ceil(FILE_WORKER_THRESHOLD / 3) + 5;
    for (const tier of app.tiers) {
      for (let i = 0; i < perTier; i++) {
        new k8s.KubeConfigMap(tier.application(`app-${i % 11}`), `cm-${i}`, { data: { index: String(i) } });
      }
    }
    return app;
  }

  it('--check finds a hand-edited index (the compare worker renders the index it expects)', () => {
    const outdir = tempDir();
    largeApp(outdir).synth({ output: captureOutput() });
    const file = join(outdir, '.cdk8s-gitops.json');
    const original = readFileSync(file, 'utf8');
    const edited = original.replace(/"[0-9a-f]{64}"/, `"${'0'.repeat(64)}"`);
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const check = largeApp(outdir).synth({ check: true, output: captureOutput() });
    expect(check.exitCode).toBe(1);
    expect(check.differences.map((d) => [d.path, d.change, d.current === edited, d.expected === original])).toEqual([
      ['.cdk8s-gitops.json', 'changed', true, true],
    ]);
  });

  it('writes the tree, and --check finds it up to date, then finds a hand edit and a deleted file', () => {
    const outdir = tempDir();
    const written = largeApp(outdir).synth({ output: captureOutput() });
    expect(written.manifests.length).toBeGreaterThanOrEqual(FILE_WORKER_THRESHOLD);
    const tree = readTree(outdir);
    expect(tree.size).toBe(written.manifests.length + 1); // and the index
    const index = JSON.parse(tree.get('.cdk8s-gitops.json') as string) as { files: Record<string, string> };
    for (const [path, text] of tree)
      if (path !== '.cdk8s-gitops.json') expect(index.files[path]).toBe(contentHash(text));

    expect(largeApp(outdir).synth({ check: true, output: captureOutput() }).exitCode).toBe(0);

    const [edited, deleted] = [...tree.keys()].filter((p) => p.endsWith('.yaml'));
    writeFileSync(join(outdir, edited!), 'data: {}\n');
    rmSync(join(outdir, deleted!));
    const output = captureOutput();
    const check = largeApp(outdir).synth({ check: true, output });
    expect(check.exitCode).toBe(1);
    expect(check.differences.map((d) => [d.path, d.change])).toEqual(
      [
        [edited, 'changed'],
        [deleted, 'added'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    const changed = check.differences.find((d) => d.path === edited);
    expect(changed?.current).toBe('data: {}\n');
    expect(changed?.expected).toBe(tree.get(edited!));
    // Check mode wrote nothing.
    expect(readFileSync(join(outdir, edited!), 'utf8')).toBe('data: {}\n');
  });

  it('leaves the outdir as it was when an object is invalid', () => {
    const outdir = tempDir();
    largeApp(outdir).synth({ output: captureOutput() });
    const before = readTree(outdir);
    const broken = largeApp(outdir);
    new ApiObject(broken.tier('dev').application('app-1'), 'bad', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { n: 1 },
    } as never);
    expect(() => broken.synth({ output: captureOutput() })).toThrow();
    expect(readTree(outdir)).toEqual(before);
  });
});
