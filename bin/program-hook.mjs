// Preloaded (node --import) into programs run by `cdk8s-gitops synth`: an error that escapes the
// program is shown as its message and the program's own source location first, without a stack of
// library internals, and the process exits with code 2 (invalid input or program error).
// Plain JavaScript so it loads before any TypeScript loader.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const internal = [`${packageRoot}${sep}src${sep}`, `${packageRoot}${sep}lib${sep}`, `${sep}node_modules${sep}`];

function frameFile(line) {
  const match = /\(?((?:file:\/\/)?[^()\s]+):(\d+):(\d+)\)?$/.exec(line.trim());
  if (!match) return undefined;
  const file = match[1].startsWith('file://') ? fileURLToPath(match[1]) : match[1];
  return { file, where: `${file}:${match[2]}:${match[3]}` };
}

function userLocation(stack) {
  for (const line of String(stack ?? '')
    .split('\n')
    .slice(1)) {
    const frame = frameFile(line);
    if (!frame || frame.file.startsWith('node:') || !frame.file.startsWith(sep)) continue;
    if (internal.some((prefix) => frame.file.includes(prefix))) continue;
    return frame.where.startsWith(process.cwd() + sep) ? frame.where.slice(process.cwd().length + 1) : frame.where;
  }
  return undefined;
}

function report(error) {
  const lines = [];
  if (error && error.name === 'SynthFailedError') {
    lines.push(error.message);
  } else if (error && typeof error.describe === 'function') {
    const [first, ...rest] = error.describe().split('\n');
    lines.push(`error: ${first}`);
    const at = userLocation(error.stack);
    if (at) lines.push(`  at: ${at}`);
    lines.push(...rest);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    lines.push(`error: ${message}`);
    const at = error instanceof Error ? userLocation(error.stack) : undefined;
    if (at) lines.push(`  at: ${at}`);
    if (process.env.CDK8S_GITOPS_DEBUG === '1' && error instanceof Error) lines.push(String(error.stack));
    else lines.push('  (set CDK8S_GITOPS_DEBUG=1 for the full stack)');
  }
  process.stderr.write(`${lines.join('\n')}\n`);
}

process.on('uncaughtException', (error) => {
  // The CLI stopped the program at its write gate and reports why itself.
  if (error && error.name === 'SynthStoppedError') process.exit(2);
  report(error);
  process.exit(2);
});
process.on('unhandledRejection', (error) => {
  report(error);
  process.exit(2);
});
