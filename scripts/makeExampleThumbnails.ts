/**
 * `npm run thumbnails`: simulates every example and lesson of the gallery
 * (assets/examples/catalog.ts) and writes its thumbnail to assets/examples/thumbnails/<name>.svg
 * (lessons: assets/examples/lessons/thumbnails/<name>.svg). Run it after changing an example;
 * a unit test (engine/backends/examples/thumbnails.test.ts) fails while a thumbnail is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  EXAMPLE_NAMES,
  LESSON_NAMES,
  exampleFileName,
  lessonFileName,
  thumbnailFileName,
} from '../assets/examples/catalog';
import { exampleThumbnail } from '../assets/examples/thumbnail';
import { parseCircuitJson } from '../engine/schema';

// Run from the repository root (npm does), whether bundled into dist/ or not.
const dir = path.resolve('assets', 'examples');
const files = [
  ...EXAMPLE_NAMES.map((name) => [name, exampleFileName(name)] as const),
  ...LESSON_NAMES.map((name) => [name, lessonFileName(name)] as const),
];
for (const [name, fileName] of files) {
  const parsed = parseCircuitJson(readFileSync(path.join(dir, fileName), 'utf8'));
  if (!parsed.ok)
    throw new Error(`${name}: ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`);
  const svg = await exampleThumbnail(parsed.document);
  const out = path.join(dir, thumbnailFileName(name));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, svg);
  console.log(`${thumbnailFileName(name)}  ${svg.length} bytes`);
}
