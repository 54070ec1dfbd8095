#!/usr/bin/env node
// The sources are TypeScript; tsx compiles them on load so `npx ingestlayer` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../runtime/cli.ts');
process.exitCode = await main(process.argv.slice(2));
