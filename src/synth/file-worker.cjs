// Worker thread of `FileWorker` (file-worker.ts): writes the files of a staged tree, or compares them
// with the tree on disk, on the second core while the main thread renders YAML. Plain CommonJS with no
// dependencies, so it starts in a few milliseconds from the sources and from the compiled library
// alike (the build copies it next to the compiled code) and needs no TypeScript loader.
//
// Protocol: `workerData` = { port, signal, mode: 'write' | 'compare', dir }. The port receives
// chunks `[path, text, path, text, ...]` (paths relative to `dir`, with `/`), then `null`. The worker
// then posts { hashes, status, current, error } and sets signal[0] to 1:
// - hashes: sha256 (hex) of every text, in the order received;
// - compare mode: status is a string with one character per file, '=' same, '~' different, '+' absent
//   on disk, and current holds the text on disk of every file marked '~', in order.
'use strict';
const { hash } = require('node:crypto');
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');

const { port, signal, mode, dir } = workerData;
const hashes = [];
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

function compareOne(path, text) {
  let onDisk;
  try {
    onDisk = readFileSync(`${dir}/${path}`, 'utf8');
  } catch {
    status.push('+');
    return;
  }
  if (onDisk === text) {
    status.push('=');
  } else {
    status.push('~');
    current.push(onDisk);
  }
}

port.on('message', (chunk) => {
  if (chunk !== null) {
    if (error) return;
    try {
      for (let i = 0; i < chunk.length; i += 2) {
        const path = chunk[i];
        const text = chunk[i + 1];
        hashes.push(hash('sha256', text, 'hex'));
        if (mode === 'write') writeOne(path, text);
        else compareOne(path, text);
      }
    } catch (e) {
      error = { message: e && e.message ? e.message : String(e), code: e && e.code };
    }
    return;
  }
  port.removeAllListeners('message');
  port.postMessage({ hashes, status: status.join(''), current, error });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
