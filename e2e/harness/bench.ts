/**
 * `npm run bench:browser`: the engine's benchmark (engine/backends/benchmark.ts) in headless
 * Chromium, in a worker of the harness page, with the flags the e2e suite uses (WebGL2 and
 * WebGPU through SwiftShader where no GPU exists). Prints the figures; asserts nothing.
 *
 *   npm run bench:browser            # full
 *   npm run bench:browser -- --quick # smaller sizes
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import type { HarnessAnswer, HarnessApi } from './protocol';

const quick = process.argv.includes('--quick');
const root = resolve(import.meta.dirname, '..', '..');
const configFile = resolve(root, 'vite.harness.config.ts');
const outDir = resolve(root, 'dist', 'harness-bench');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

await build({ configFile, logLevel: 'warn', build: { outDir } });
const server = await preview({
  configFile,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0 },
});
const browser = await chromium.launch({
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--enable-unsafe-webgpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForSelector('body[data-ready="true"]');
  const version = browser.version();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  process.stdout.write(
    `Spikeboard benchmark in Chromium ${version} (headless, worker), ${new Date().toISOString().slice(0, 10)}, ${cores} cores\n\n`,
  );
  const answer: HarnessAnswer = await page.evaluate(
    (isQuick) =>
      (window as unknown as { spikeboardHarness: HarnessApi }).spikeboardHarness.call({
        kind: 'bench',
        quick: isQuick,
      }),
    quick,
  );
  if (answer.kind !== 'bench')
    throw new Error(answer.kind === 'error' ? answer.message : 'no result');
  process.stdout.write(`${answer.lines.join('\n')}\n`);
} finally {
  await browser.close();
  await server.close();
}
