/**
 * What every browser benchmark script shares: build the renderer into a private folder, serve
 * it with `vite preview` (the COOP/COEP headers included), open it in Chromium — Debian's
 * /usr/bin/chromium when present — and always close both, whatever the benchmark does.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const configFile = path.join(root, 'vite.renderer.config.ts');

export interface BrowserBenchOptions {
  /** Names the private build folder, so two scripts never share one. */
  name: string;
  port: number;
  viewport: { width: number; height: number };
  chromiumArgs: string[];
  /** False keeps names readable in profiles. */
  minify?: boolean;
}

export async function withBuiltRenderer(
  options: BrowserBenchOptions,
  bench: (page: Page, browser: Browser) => Promise<void>,
): Promise<void> {
  const outDir = path.join(os.tmpdir(), `spikeboard-bench-${options.name}-${process.pid}`);
  console.log('Building the renderer…');
  await build({
    configFile,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, minify: options.minify ?? true },
  });
  const server = await preview({
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: options.port, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server has no address');
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: options.chromiumArgs,
  });
  try {
    const page = await browser.newPage({ viewport: options.viewport });
    await page.goto(url);
    await bench(page, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** "AMD EPYC (2 cores)": the machine line every figure is printed with. */
export function cpuDescription(): string {
  return `${os.cpus()[0]?.model ?? 'CPU'} (${os.cpus().length} cores)`;
}
