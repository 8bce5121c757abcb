/**
 * Vite config of the backend harness (e2e/harness): a bare page whose worker runs the engine's
 * backends in Chromium for the conformance suite (e2e/conformance.spec.ts) and the browser
 * benchmark (`npm run bench:browser`). Served with cross-origin isolation, as the app is, so
 * gpu.js can use WebAssembly threads.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
const headers = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  root: resolve(projectDir, 'e2e/harness'),
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: resolve(process.env.SPIKEBOARD_HARNESS_OUT ?? resolve(projectDir, 'dist/harness')),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: { headers, fs: { allow: [projectDir] } },
  preview: { headers },
});
