import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
// eslint-disable-next-line layers/imports -- this test checks the root build configs, not runtime code
import type { ConfigEnv, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';

// The build wiring spans package.json, forge.config.ts and the Vite configs; these checks keep
// the file names they share in agreement, since `npm start` cannot be tried on this machine.
const root = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  type?: string;
};

// The root tool configs are what this test inspects; the layer rule guards runtime imports.
/* eslint-disable layers/imports */
const { default: forgeConfig } = await import('../forge.config');
const { default: mainViteConfig } = await import('../vite.main.config');
const { default: preloadViteConfig } = await import('../vite.preload.config');
/* eslint-enable layers/imports */

const plainEnv: ConfigEnv = { command: 'build', mode: 'production' };
const resolveConfig = (config: unknown): UserConfig =>
  typeof config === 'function'
    ? (config as (env: ConfigEnv) => UserConfig)(plainEnv)
    : (config as UserConfig);

type PluginLike = { name: string; config?: unknown; fusesConfig?: Record<string, unknown> };
const plugins = (forgeConfig.plugins ?? []) as unknown as PluginLike[];

describe('Electron build wiring', () => {
  it('package.json main is the ES module the main Vite config emits', () => {
    const build = resolveConfig(mainViteConfig).build;
    const lib = build?.lib;
    expect(lib && lib.formats).toEqual(['es']);
    const fileName = lib && typeof lib.fileName === 'function' ? lib.fileName('es', 'main') : lib;
    expect(path.posix.join(build?.outDir ?? '', String(fileName))).toBe(packageJson.main);
    // An ES module in a .js file needs "type": "module".
    expect(packageJson.type).toBe('module');
  });

  it('the preload is emitted as the .cjs file main.ts loads', () => {
    const output = resolveConfig(preloadViteConfig).build?.rolldownOptions?.output;
    expect(output).toMatchObject({ format: 'cjs', entryFileNames: 'preload.cjs' });
    const mainSource = readFileSync(path.join(root, 'electron/main/main.ts'), 'utf8');
    expect(mainSource).toContain("'preload.cjs'");
  });

  it('Forge builds main and preload from existing entries with their configs', () => {
    const vite = plugins.find((p) => p.name === 'vite')?.config as {
      build: { entry: string; config: string; target: string }[];
      renderer: { name: string; config: string }[];
    };
    expect(vite.build.map((b) => [b.entry, b.config, b.target])).toEqual([
      ['electron/main/main.ts', 'vite.main.config.ts', 'main'],
      ['electron/preload/preload.ts', 'vite.preload.config.ts', 'preload'],
    ]);
    for (const b of vite.build) {
      expect(existsSync(path.join(root, b.entry))).toBe(true);
      expect(existsSync(path.join(root, b.config))).toBe(true);
    }
    expect(vite.renderer).toEqual([{ name: 'main_window', config: 'vite.renderer.config.ts' }]);
  });

  it('flips the fuses the security checklist asks for', () => {
    const fuses = plugins.find((p) => p.name === 'fuses')?.fusesConfig;
    // FuseV1Options indices: RunAsNode 0, EnableCookieEncryption 1, NodeOptions 2, CliInspect 3,
    // EmbeddedAsarIntegrityValidation 4, OnlyLoadAppFromAsar 5.
    expect(fuses).toMatchObject({ 0: false, 1: true, 2: false, 3: false, 4: true, 5: true });
  });

  it('packages as Spikeboard inside an asar with the icon from assets/icons', () => {
    expect(forgeConfig.packagerConfig).toMatchObject({ name: 'Spikeboard', asar: true });
    for (const extension of ['.png', '.ico', '.icns']) {
      const icon = path.join(root, `${forgeConfig.packagerConfig?.icon}${extension}`);
      expect(existsSync(icon), icon).toBe(true);
    }
  });
});
