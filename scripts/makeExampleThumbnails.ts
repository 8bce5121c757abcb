/**
 * `npm run thumbnails`: simulates every example of the gallery (assets/examples/catalog.ts) and
 * writes its thumbnail to assets/examples/thumbnails/<name>.svg. Run it after changing an example;
 * a unit test (engine/backends/examples/thumbnails.test.ts) fails while a thumbnail is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLE_NAMES, exampleFileName } from '../assets/examples/catalog';
import { exampleThumbnail } from '../assets/examples/thumbnail';
import { parseCircuitJson } from '../engine/schema';

// Run from the repository root (npm does), whether bundled into dist/ or not.
const dir = path.resolve('assets', 'examples');
mkdirSync(path.join(dir, 'thumbnails'), { recursive: true });
for (const name of EXAMPLE_NAMES) {
  const parsed = parseCircuitJson(readFileSync(path.join(dir, exampleFileName(name)), 'utf8'));
  if (!parsed.ok)
    throw new Error(`${name}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  const svg = await exampleThumbnail(parsed.document);
  writeFileSync(path.join(dir, 'thumbnails', `${name}.svg`), svg);
  console.log(`thumbnails/${name}.svg  ${svg.length} bytes`);
}
