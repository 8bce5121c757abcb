import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';

/**
 * Preload bundle → .vite/build/preload.cjs. Sandboxed preloads must be one CommonJS file that
 * requires nothing but 'electron', so everything else (the IPC contract) is bundled in.
 * Forge's Vite plugin sets the same shape; spelling it out here makes a plain
 * `vite build --config vite.preload.config.ts` produce the identical file.
 */
const externals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig((): UserConfig => ({
  build: {
    outDir: '.vite/build',
    emptyOutDir: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: 'electron/preload/preload.ts',
      external: externals,
      output: {
        format: 'cjs',
        codeSplitting: false,
        entryFileNames: 'preload.cjs',
      },
    },
  },
  clearScreen: false,
}));
