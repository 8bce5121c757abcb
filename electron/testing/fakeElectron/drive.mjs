// Runs the built main.js with the test double in place of Electron, then plays the renderer's
// part: fetch the start page through app://, load the preload, call window.spikeboard.
// Usage: node drive.mjs <dir holding build/ and renderer/>; prints one JSON report.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fakeElectronState as state } from 'electron';

const appDir = process.argv[2];
await import(pathToFileURL(path.join(appDir, 'build', 'main.js')).href);
await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady() continue

const [window] = state.windows;
const page = await state.protocolHandlers.app(new Request(window.url));
const escape = await state.protocolHandlers.app(new Request('app://spikeboard/..%2f..%2fsecret'));

createRequire(import.meta.url)(window.options.webPreferences.preload);
const api = state.exposed.spikeboard;
const info = await api.getAppInfo();

// The same handler, called from a foreign page, must refuse.
const foreignFrame = { url: 'https://example.com/' };
const refused = await state.ipcHandlers['app:getInfo']({
  senderFrame: foreignFrame,
  sender: { mainFrame: foreignFrame },
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
    refused,
  }),
);
