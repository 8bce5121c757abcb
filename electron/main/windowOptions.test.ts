import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences, WINDOW_TITLE } from './windowOptions';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/.vite/build/preload.cjs');

  it('isolates and sandboxes the renderer with Node switched off', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
  });

  it('leaves no door open to weaken that later', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads the given preload', () => {
    expect(prefs.preload).toBe('/app/.vite/build/preload.cjs');
  });
});

describe('mainWindowOptions', () => {
  it('titles the window and waits for ready-to-show before appearing', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.title).toBe(WINDOW_TITLE);
    expect(WINDOW_TITLE).toBe('Spikeboard');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});
