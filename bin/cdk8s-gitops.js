#!/usr/bin/env node
// Entry point of the published CLI: runs the compiled CLI from lib/.
// Output piped into a command that stops reading (`cdk8s-gitops --help | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
let cli;
try {
  cli = await import('../lib/src/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/lib/src/cli/main.js')) throw error;
  process.stderr.write(
    'error: cdk8s-gitops is not built (lib/ is missing) — in a clone of cdk8s-gitops run `npm run build` (npm ci runs it unless scripts are ignored)\n',
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
