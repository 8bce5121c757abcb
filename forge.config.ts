import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import VitePlugin from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';

/**
 * Electron Forge 8: `npm start` (electron-forge start) and `npm run package`. Installers are made
 * by electron-builder (electron-builder.yml), so no makers are configured here.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'Spikeboard',
    executableName: 'spikeboard',
    appBundleId: 'org.spikeboard.app',
    asar: true,
    // No extension: the packager adds .icns (macOS) or .ico (Windows); Linux ignores it.
    icon: 'assets/icons/icon',
  },
  rebuildConfig: {},
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        {
          entry: 'electron/preload/preload.ts',
          config: 'vite.preload.config.ts',
          target: 'preload',
        },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Fuses are flipped in the packaged binary: it cannot be turned into a plain Node runtime,
    // ignores NODE_OPTIONS and --inspect, and loads only the integrity-checked app.asar.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

// Forge loads this file and reads its default export.
export default config;
