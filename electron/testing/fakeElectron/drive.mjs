// Runs the built main.js with the test double in place of Electron, then plays the renderer's
// part: fetch the start page through app://, load the preload, call window.spikeboard — app
// info, save as, save, open, a menu command, a file from a second launch, a drop.
// Usage: node drive.mjs <dir holding build/ and renderer/>; prints one JSON report.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeElectronState as state } from 'electron';

const appDir = process.argv[2];
await import(pathToFileURL(path.join(appDir, 'build', 'main.js')).href);
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
await settle(); // let whenReady() continue

const [window] = state.windows;
const page = await state.protocolHandlers.app(new Request(window.url));
const escape = await state.protocolHandlers.app(new Request('app://spikeboard/..%2f..%2fsecret'));

createRequire(import.meta.url)(window.options.webPreferences.preload);
const api = state.exposed.spikeboard;
const info = await api.getAppInfo();
const pendingAtStart = await api.windowReady();

// Save As → Save → Open, through preload, IPC checks, tokens and the atomic writer.
const target = path.join(appDir, 'saved.spikeboard');
state.dialogAnswers.save.push(target);
const savedAs = await api.saveFileAs('saved', '{"v": 1}\n');
const saved = await api.saveFile(savedAs.token, '{"v": 2}\n');
const onDisk = await readFile(target, 'utf8');
state.dialogAnswers.open.push(target);
const opened = await api.openFile();
const recent = await api.listRecentFiles();

// The menu's Save item reaches the renderer's subscription.
const commands = [];
api.onMenuCommand((command) => commands.push(command));
const file = state.menu.find((m) => m.label === '&File');
file.submenu.find((i) => i.label === '&Save').click();

// A second launch with a file: the untouched window gets it.
const launched = path.join(appDir, 'launched.spikeboard');
await writeFile(launched, '{"launched": true}');
const delivered = [];
api.onFileOpened((f) => delivered.push({ name: f.name, text: new TextDecoder().decode(f.bytes) }));
for (const listener of state.appListeners['second-instance'] ?? []) {
  listener({}, ['spikeboard', 'launched.spikeboard'], appDir);
}
await settle();

// A dropped file: only its path's lookup happens in the preload.
const dropped = await api.openDroppedFile({ path: launched });

// The same handler, called from a foreign page, must refuse.
const foreignFrame = { url: 'https://example.com/' };
const refused = await state.ipcHandlers['app:getInfo']({
  senderFrame: foreignFrame,
  sender: { mainFrame: foreignFrame, id: 99 },
}).then(
  () => 'answered',
  (error) => error.message,
);

process.stdout.write(
  JSON.stringify({
    calls: state.calls,
    windowCount: state.windows.length,
    url: window.url,
    webPreferences: window.options.webPreferences,
    page: {
      status: page.status,
      body: await page.text(),
      coop: page.headers.get('cross-origin-opener-policy'),
      coep: page.headers.get('cross-origin-embedder-policy'),
      csp: page.headers.get('content-security-policy'),
    },
    escapeStatus: escape.status,
    apiKeys: Object.keys(api),
    info,
    pendingAtStart,
    savedAs: {
      status: savedAs.status,
      name: savedAs.name,
      tokenShape: /^f_[0-9a-f]{32}$/.test(savedAs.token),
    },
    saved: saved.status,
    onDisk,
    opened: {
      status: opened.status,
      name: opened.file?.name,
      text: new TextDecoder().decode(opened.file?.bytes),
    },
    recent: recent.map((r) => r.name),
    commands,
    delivered,
    dropped: { status: dropped.status, name: dropped.file?.name },
    refused,
  }),
);
