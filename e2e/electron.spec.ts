import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { IPC_CHANNELS, IPC_EVENTS, type SpikeboardApi } from '../electron/ipc/contract';

/**
 * Launches the real Electron app (the built .vite/build/main.js) and checks the window and the
 * preload bridge. It needs an Electron binary; where there is none (Electron 45 downloads it
 * lazily from GitHub, unreachable on the CI machines) the spec is SKIPPED with the reason printed —
 * reported as skipped, never as passed. It does not use the `page` fixture, so it runs under any
 * Playwright project.
 */

const repoRoot = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  version: string;
};

type BinaryLookup = { found: true; executablePath: string } | { found: false; reason: string };

/** The executable's path inside an Electron dist folder, as electron/install.js names it. */
function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Where `require('electron')` would point, worked out without requiring it: the package's
 * index.js starts a download from GitHub when the binary is missing, which would hang here.
 */
function findElectronBinary(): BinaryLookup {
  const howTo =
    'set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build, ' +
    'or run `npx install-electron` (or `npm start` once) on a machine with internet';
  let electronDir: string;
  try {
    electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { found: false, reason: `the electron package is not installed; ${howTo}` };
  }
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : platformExecutable();
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = overrideDir
    ? path.join(overrideDir, executable)
    : path.join(electronDir, 'dist', executable);
  if (existsSync(candidate)) return { found: true, executablePath: candidate };
  const where = overrideDir ? `ELECTRON_OVERRIDE_DIST_PATH (${candidate})` : candidate;
  return { found: false, reason: `no Electron binary on this machine: none at ${where}; ${howTo}` };
}

/** Builds main, preload and the renderer into .vite/ the way Forge lays them out. */
async function buildApp(): Promise<void> {
  const { build } = await import('vite');
  const quiet = { logLevel: 'warn' as const, root: repoRoot };
  await build({ ...quiet, configFile: path.join(repoRoot, 'vite.main.config.ts') });
  await build({ ...quiet, configFile: path.join(repoRoot, 'vite.preload.config.ts') });
  await build({
    configFile: path.join(repoRoot, 'vite.renderer.config.ts'),
    logLevel: 'warn',
    base: './',
    build: { outDir: path.join(repoRoot, '.vite/renderer/main_window'), emptyOutDir: true },
  });
}

const binary = findElectronBinary();
if (!binary.found) console.log(`[electron.spec] SKIPPED: ${binary.reason}`);

test.describe('Electron shell', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);

  let app: ElectronApplication;
  let appWindow: Page;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    if (!binary.found) return;
    await buildApp();
    app = await _electron.launch({
      executablePath: binary.executablePath,
      // Launch the project folder so Electron reads package.json: "main" and the version.
      args: [repoRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      cwd: repoRoot,
    });
    appWindow = await app.firstWindow();
    await appWindow.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled Spikeboard', async () => {
    await expect(appWindow).toHaveTitle(/Spikeboard/);
    expect(app.windows()).toHaveLength(1);
  });

  test('window.spikeboard.getAppInfo() answers with the package version', async () => {
    const info = await appWindow.evaluate(() =>
      (window as unknown as { spikeboard: SpikeboardApi }).spikeboard.getAppInfo(),
    );
    expect(info).toEqual({
      name: 'Spikeboard',
      version: packageJson.version,
      platform: process.platform,
    });
  });

  test('the page is isolated: no Node, only the contract on the bridge, cross-origin isolated', async () => {
    const facts = await appWindow.evaluate(() => ({
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
      bridgeKeys: Object.keys((window as unknown as { spikeboard: object }).spikeboard),
      crossOriginIsolated: window.crossOriginIsolated,
    }));
    expect(facts).toEqual({
      hasRequire: false,
      hasProcess: false,
      bridgeKeys: [...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)],
      crossOriginIsolated: true,
    });
  });
});

/**
 * Open → edit → save → reopen in the real app. Native dialogs cannot be clicked by a test, so the
 * test answers them in main (`dialog.showOpenDialog` replaced through `app.evaluate`); everything
 * else — the preload, the IPC checks, the tokens, the atomic write, the command line — is real.
 */
test.describe('Electron project files', () => {
  test.skip(!binary.found, binary.found ? '' : binary.reason);

  let folder: string;
  let file: string;
  const launched: ElectronApplication[] = [];

  async function launch(
    extraArgs: string[] = [],
  ): Promise<{ app: ElectronApplication; page: Page }> {
    if (!binary.found) throw new Error('no Electron binary');
    const app = await _electron.launch({
      executablePath: binary.executablePath,
      args: [
        repoRoot,
        `--user-data-dir=${path.join(folder, 'userData')}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ...extraArgs,
      ],
      cwd: folder,
    });
    launched.push(app);
    const page = await app.firstWindow();
    await expect(page.getByTestId('file-name')).toBeVisible();
    return { app, page };
  }

  const document = (page: Page) => page.evaluate(() => window.__spikeboard!.editor!.document());

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    if (!binary.found) return;
    await buildApp();
    folder = mkdtempSync(path.join(tmpdir(), 'spikeboard-electron-'));
    file = path.join(folder, 'lab.spikeboard');
    writeFileSync(
      file,
      readFileSync(path.join(repoRoot, 'assets/examples/li-two-spikes.spikeboard')),
    );
  });

  test.afterAll(async () => {
    for (const app of launched) await app.close().catch(() => undefined);
  });

  test('open through the native dialog, edit, save, and reopen from the command line', async () => {
    const { app, page } = await launch();
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [chosen],
      })) as typeof dialog.showOpenDialog;
    }, file);
    await page.getByTestId('file-open').click();
    await expect(page.getByTestId('file-name')).toHaveText('lab.spikeboard');
    const opened = await document(page);

    await page.getByTestId('palette-lif').dblclick();
    await expect(page.getByTestId('file-dirty')).toBeVisible();
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle()))
      .toBe('lab.spikeboard • — Spikeboard');

    await page.getByTestId('file-save').click();
    await expect(page.getByTestId('file-dirty')).toHaveCount(0);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as {
      formatVersion: number;
      nodes: unknown[];
    };
    expect(onDisk.formatVersion).toBe(2);
    expect(onDisk.nodes).toHaveLength(opened.nodes.length + 1);
    const saved = await document(page);
    await app.close();

    const again = await launch([file]);
    await expect(again.page.getByTestId('file-name')).toHaveText('lab.spikeboard');
    expect((await document(again.page)).nodes).toEqual(saved.nodes);
    await again.app.close();
  });

  test("closing with unsaved changes asks; Don't save closes", async () => {
    const { app, page } = await launch();
    await page.getByTestId('palette-li').dblclick();
    await expect(page.getByTestId('file-dirty')).toBeVisible();
    const closed = app.waitForEvent('close');
    void app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    const dialog = page.getByTestId('unsaved-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(app.windows()).toHaveLength(1);
    void app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await dialog.getByRole('button', { name: 'Don’t save' }).click();
    await closed;
  });
});
