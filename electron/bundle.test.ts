import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_EVENTS } from './ipc/contract';

// The closest this machine gets to launching the app: build the real main.js and preload.cjs
// with the project's Vite configs, then run them under Node with a test double of the
// `electron` module (testing/fakeElectron) and play the renderer's part (testing/fakeElectron/
// drive.mjs). This catches bundle-level faults — wrong module format, a missing external, an
// undefined Forge constant, a preload path that does not exist — that unit tests cannot.
const root = path.resolve(import.meta.dirname, '..');
const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
let appDir: string;

type Report = {
  calls: string[];
  windowCount: number;
  url: string;
  webPreferences: Record<string, unknown>;
  page: { status: number; body: string; coop: string; coep: string; csp: string };
  escapeStatus: number;
  apiKeys: string[];
  info: unknown;
  pendingAtStart: unknown[];
  savedAs: { status: string; name: string; tokenShape: boolean };
  saved: string;
  onDisk: string;
  opened: { status: string; name: string; text: string };
  recent: string[];
  commands: string[];
  delivered: { name: string; text: string }[];
  dropped: { status: string; name: string };
  refused: string;
};
let report: Report;

beforeAll(async () => {
  appDir = await mkdtemp(path.join(tmpdir(), 'spikeboard-bundle-'));
  await writeFile(path.join(appDir, 'package.json'), '{ "type": "module" }');
  const fixture = path.join(root, 'electron', 'testing', 'fakeElectron');
  await cp(fixture, path.join(appDir, 'node_modules', 'electron'), { recursive: true });
  await cp(path.join(fixture, 'drive.mjs'), path.join(appDir, 'drive.mjs'));
  await mkdir(path.join(appDir, 'renderer', 'main_window'), { recursive: true });
  await writeFile(path.join(appDir, 'renderer', 'main_window', 'index.html'), '<title>x</title>');
  for (const config of ['vite.main.config.ts', 'vite.preload.config.ts']) {
    const outDir = path.join(appDir, 'build');
    execFileSync(process.execPath, [viteBin, 'build', '--config', config, '--outDir', outDir], {
      cwd: root,
      stdio: 'pipe',
    });
  }
  const stdout = execFileSync(process.execPath, [path.join(appDir, 'drive.mjs'), appDir], {
    cwd: appDir,
    encoding: 'utf8',
    env: { ...process.env, SPIKEBOARD_FAKE_USERDATA: path.join(appDir, 'userData') },
  });
  report = JSON.parse(stdout) as Report;
}, 120_000);

afterAll(async () => {
  await rm(appDir, { recursive: true, force: true });
});

describe('built main.js and preload.cjs under a stand-in Electron', () => {
  it('starts: sandbox and app:// scheme before ready, permissions denied, one window', () => {
    expect(report.calls).toEqual(['enableSandbox', 'privileged:app', 'permissions']);
    expect(report.windowCount).toBe(1);
    expect(report.url).toBe('app://spikeboard/index.html');
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(report.webPreferences.preload).toBe(path.join(appDir, 'build', 'preload.cjs'));
  });

  it('serves the renderer over app:// with cross-origin isolation and the CSP', () => {
    expect(report.page).toMatchObject({
      status: 200,
      body: '<title>x</title>',
      coop: 'same-origin',
      coep: 'require-corp',
    });
    expect(report.page.csp).toContain("script-src 'self' app://spikeboard 'wasm-unsafe-eval'");
    expect(report.escapeStatus).toBe(403);
  });

  it('the preload exposes the contract, and getAppInfo round-trips through main', () => {
    expect(report.apiKeys.sort()).toEqual(
      [...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)].sort(),
    );
    expect(report.info).toEqual({
      name: 'Spikeboard',
      version: '0.1.0-test',
      platform: process.platform,
    });
  });

  it('save as, save and open go through the built preload and main to the disk', () => {
    expect(report.pendingAtStart).toEqual([]);
    expect(report.savedAs).toEqual({ status: 'saved', name: 'saved.spikeboard', tokenShape: true });
    expect(report.saved).toBe('saved');
    expect(report.onDisk).toBe('{"v": 2}\n');
    expect(report.opened).toEqual({
      status: 'opened',
      name: 'saved.spikeboard',
      text: '{"v": 2}\n',
    });
    expect(report.recent).toEqual(['saved.spikeboard']);
  });

  it('menu commands, second launches and drops reach the renderer', () => {
    expect(report.commands).toEqual(['file.save']);
    expect(report.delivered).toEqual([{ name: 'launched.spikeboard', text: '{"launched": true}' }]);
    expect(report.dropped).toEqual({ status: 'opened', name: 'launched.spikeboard' });
  });

  it('main refuses the same call from a foreign page', () => {
    expect(report.refused).toContain('refused, sender is not the app window');
  });
});
