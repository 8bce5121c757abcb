/**
 * Vite config of the renderer (the window). Used three ways:
 * - `npm run web` / `npm run build:web`: a plain web build in dist/renderer;
 * - Electron Forge's Vite plugin, as the renderer named `main_window` (forge.config.ts): Forge
 *   passes `forgeConfigSelf` in the config env and expects the build in .vite/renderer/<name>;
 * - Playwright's web server (playwright.config.ts): build + preview.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ConfigEnv, type Plugin, type UserConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Cross-origin isolation (SharedArrayBuffer, gpu.js threads): every response, pages, scripts
 * and workers, must carry these. Electron sets the same headers for its own protocol.
 */
export const CROSS_ORIGIN_ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * React Refresh injects an inline module script and the HMR client opens a websocket: allowed on
 * the dev server only. Production builds keep index.html's strict policy untouched.
 */
function relaxCspForDevServer(): Plugin {
  return {
    name: 'spikeboard:dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:");
    },
  };
}

/** Forge's Vite plugin extends the env with the renderer entry it is building. */
interface ForgeConfigEnv extends ConfigEnv {
  forgeConfigSelf?: { name?: string };
}

export default defineConfig((env: ForgeConfigEnv): UserConfig => {
  const forgeName = env.forgeConfigSelf?.name;
  return {
    root: resolve(projectDir, 'renderer'),
    // Relative asset URLs so the build also loads from file:// or a custom Electron protocol.
    base: './',
    plugins: [react(), relaxCspForDevServer()],
    worker: { format: 'es' },
    build: {
      outDir:
        forgeName === undefined
          ? resolve(projectDir, 'dist/renderer')
          : resolve(projectDir, '.vite/renderer', forgeName),
      emptyOutDir: true,
      target: 'es2022',
      // Fonts (KaTeX's, for lesson maths) stay files: the CSP's font-src 'self' refuses data: URLs.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
    },
    server: {
      headers: CROSS_ORIGIN_ISOLATION_HEADERS,
      // The renderer imports engine/ and assets/, which lie outside its root.
      fs: { allow: [projectDir] },
    },
    preview: { headers: CROSS_ORIGIN_ISOLATION_HEADERS },
  };
});
