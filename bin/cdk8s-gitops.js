#!/usr/bin/env node
// Entry point of the published CLI: runs the compiled CLI from lib/.
import { main } from '../lib/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
