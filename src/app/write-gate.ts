import { existsSync, readFileSync } from 'node:fs';

import { SynthEnv } from './synth-env.js';

/** How long a program waits for the CLI's verdict before giving up without writing. */
const GATE_TIMEOUT_MS = 10 * 60 * 1000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * When the CLI runs the program, it type-checks the program at the same time and then writes its
 * verdict to a file: the program does all its work, then waits here. A file (not a pipe) so the
 * gate survives launchers such as `npx tsx`, which start the program several processes down.
 * Returns true when the program may go on (or no CLI is waiting), false when it must not write.
 */
export function passWriteGate(): boolean {
  const verdictFile = process.env[SynthEnv.gate];
  if (!verdictFile) return true;
  const deadline = Date.now() + GATE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (existsSync(verdictFile)) return readFileSync(verdictFile, 'utf8').startsWith('go');
    Atomics.wait(sleeper, 0, 0, 20);
  }
  return false;
}
