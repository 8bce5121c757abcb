#!/usr/bin/env node
// The `spikeboard` command. The TypeScript runner is bundled by `npm run build:cli`
// (run automatically by `npm install` through the "prepare" script).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/spikeboard.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('spikeboard: the runner is not built yet; run `npm run build:cli` first\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
