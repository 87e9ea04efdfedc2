// Worker thread of `FileWorker` (file-worker.ts): writes the files of a staged tree, or compares them
// with the tree on disk, on the second core while the main thread renders YAML. Plain CommonJS with no
// dependencies, so it starts in a few milliseconds from the sources and from the compiled library
// alike (the build copies it next to the compiled code) and needs no TypeScript loader.
//
// Protocol: `workerData` = { port, signal, mode: 'write' | 'compare', dir, indexHeader? }. The port
// receives chunks `[path, text, path, text, ...]` (paths relative to `dir`, with `/`), then `null`. The
// worker then posts { hashes, status, current, index, error } and sets signal[0] to 1:
// - hashes: sha256 (hex) of every text, in the order received;
// - compare mode: status is a string with one character per file, '=' same, '~' different, '+' absent
//   on disk (compared byte for byte), and current holds the text on disk of every file
//   marked '~', in order;
// - with indexHeader (compare mode, all files on this thread): index is the tree index of the files, in
//   the order received, rendered exactly as renderSortedIndex (tree-index.ts) renders it: the header,
//   then `files` (path → hash), as JSON with a two-space indent and a trailing newline. The compare
//   worker has time to spare while the main thread validates; the main thread then skips that render.
'use strict';
const { hash } = require('node:crypto');
const { closeSync, mkdirSync, openSync, readSync, writeFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');

const { port, signal, mode, dir, indexHeader } = workerData;
const hashes = [];
/** Paths in the order received, kept only to render the index. */
const paths = [];
const status = [];
const current = [];
const made = new Set([dir]);
let error;

function ensureDir(path) {
  if (made.has(path)) return;
  mkdirSync(path, { recursive: true });
  made.add(path);
}

function writeOne(path, text) {
  const slash = path.lastIndexOf('/');
  if (slash > 0) ensureDir(`${dir}/${path.slice(0, slash)}`);
  writeFileSync(`${dir}/${path}`, text);
}

/** Reused read buffer: files are read as bytes and compared by hash, without decoding them. */
let buffer = Buffer.allocUnsafe(1 << 20);

/** The bytes of the file at `path` into `buffer`: their length, or -1 when it cannot be read. */
function readInto(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return -1;
  }
  try {
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const wanted = buffer.length - length;
      const read = readSync(fd, buffer, length, wanted, null);
      length += read;
      // A regular file reads short only at its end: no second read to find it.
      if (read < wanted) return length;
    }
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/** Compares the file's bytes with the text's (encoded once, for the hash too): one hash per file. */
function compareOne(path, bytes) {
  const length = readInto(`${dir}/${path}`);
  if (length < 0) {
    status.push('+');
  } else if (length === bytes.length && buffer.subarray(0, length).equals(bytes)) {
    status.push('=');
  } else {
    status.push('~');
    current.push(buffer.toString('utf8', 0, length));
  }
}

port.on('message', (chunk) => {
  if (chunk !== null) {
    if (error) return;
    try {
      for (let i = 0; i < chunk.length; i += 2) {
        const path = chunk[i];
        const text = chunk[i + 1];
        if (mode === 'write') {
          hashes.push(hash('sha256', text, 'hex'));
          writeOne(path, text);
        } else {
          if (indexHeader) paths.push(path);
          const bytes = Buffer.from(text, 'utf8');
          hashes.push(hash('sha256', bytes, 'hex'));
          compareOne(path, bytes);
        }
      }
    } catch (e) {
      error = { message: e && e.message ? e.message : String(e), code: e && e.code };
    }
    return;
  }
  port.removeAllListeners('message');
  let index;
  if (indexHeader && !error) {
    const files = {};
    for (let i = 0; i < paths.length; i++) files[paths[i]] = hashes[i];
    index = `${JSON.stringify({ ...indexHeader, files }, null, 2)}\n`;
  }
  port.postMessage({ hashes, status: status.join(''), current, index, error });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
