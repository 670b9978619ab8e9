#!/usr/bin/env node
// Runs the built CLI; `npm ci` builds it (the "prepare" script), `npm run build` rebuilds it.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('muragat: the app is not built yet. Run `npm run build` in the Muragat folder first.\n');
  process.exit(2);
}
await import(cli.href);
