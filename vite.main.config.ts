import { builtinModules } from 'node:module';
import { defineConfig, type ConfigEnv, type UserConfig } from 'vite';

/**
 * Electron main bundle → .vite/build/main.js (package.json "main").
 *
 * Forge's Vite plugin merges its own defaults under this file (out dir, externals, the
 * MAIN_WINDOW_VITE_* defines). We set `build.lib` ourselves so the output is an ES module named
 * main.js, matching "type": "module" in package.json (the plugin's default is main.cjs). The
 * same file also works for a plain `vite build --config vite.main.config.ts`, which lets this
 * layer be bundled and checked on a machine without the Electron binary.
 */
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig((env: ConfigEnv): UserConfig => {
  // Forge adds its own keys to the env it passes; a plain `vite build` has none of them.
  const underForge = 'forgeConfig' in env;
  return {
    build: {
      outDir: '.vite/build',
      emptyOutDir: false,
      target: 'node22',
      lib: {
        entry: 'electron/main/main.ts',
        formats: ['es'],
        fileName: () => 'main.js',
      },
      rolldownOptions: { external: nodeExternals },
    },
    resolve: { conditions: ['node'] },
    // Outside Forge: a packaged-style build (no dev server) of the `main_window` renderer.
    define: underForge
      ? {}
      : {
          MAIN_WINDOW_VITE_DEV_SERVER_URL: 'undefined',
          MAIN_WINDOW_VITE_NAME: JSON.stringify('main_window'),
        },
    clearScreen: false,
  };
});
