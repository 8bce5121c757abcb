/**
 * End-to-end tests in Chromium against the production renderer build (vite build + preview),
 * served with the cross-origin isolation headers the app needs.
 *
 * The browser is Debian's /usr/bin/chromium when present (this project's machines and CI), else
 * Playwright's own (after `npx playwright install chromium` on a developer's machine).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

// Two developers (or agents) can run the suite at once by giving each its own port and build.
const PORT = Number(process.env.SPIKEBOARD_E2E_PORT ?? 5317);
const OUT_DIR = resolve(process.env.SPIKEBOARD_E2E_OUT ?? 'dist/renderer');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
// The backend harness (e2e/harness, vite.harness.config.ts) for e2e/conformance.spec.ts.
const HARNESS_PORT = Number(process.env.SPIKEBOARD_HARNESS_PORT ?? PORT + 1000);
const HARNESS_OUT = resolve(process.env.SPIKEBOARD_HARNESS_OUT ?? `${OUT_DIR}-harness`);
const onCi = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: onCi,
  retries: 0,
  workers: onCi ? 1 : undefined,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command:
        `npx vite build --config vite.renderer.config.ts --outDir ${OUT_DIR} --logLevel warn && ` +
        `npx vite preview --config vite.renderer.config.ts --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !onCi,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command:
        `npx vite build --config vite.harness.config.ts --outDir ${HARNESS_OUT} --logLevel warn && ` +
        `npx vite preview --config vite.harness.config.ts --outDir ${HARNESS_OUT} --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
      url: `http://127.0.0.1:${HARNESS_PORT}/`,
      reuseExistingServer: !onCi,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1100, height: 720 },
        launchOptions: {
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
        },
      },
    },
  ],
});
