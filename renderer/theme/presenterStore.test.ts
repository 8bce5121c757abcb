// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { installPresenter, scopeScale, togglePresenter, usePresenterStore } from './presenterStore';
import { scopeChrome } from './scopeChrome';
import { useThemeStore } from './themeStore';

afterEach(() => usePresenterStore.getState().setPresenter(false));

describe('presenter mode', () => {
  it('toggles, marks <html data-presenter> and lasts for the session', () => {
    const uninstall = installPresenter();
    expect(document.documentElement.dataset['presenter']).toBeUndefined();
    togglePresenter();
    expect(usePresenterStore.getState().presenter).toBe(true);
    expect(document.documentElement.dataset['presenter']).toBe('on');
    expect(sessionStorage.getItem('spikeboard.presenter')).toBe('on');
    togglePresenter();
    expect(document.documentElement.dataset['presenter']).toBeUndefined();
    expect(sessionStorage.getItem('spikeboard.presenter')).toBeNull();
    uninstall();
  });

  it('makes the scopes larger and bolder, readable in either theme', () => {
    const desk = scopeChrome();
    togglePresenter();
    expect(scopeScale()).toBe(2);
    for (const theme of ['light', 'dark'] as const) {
      useThemeStore.setState({ theme });
      const presenter = scopeChrome();
      expect(presenter.lineScale).toBeGreaterThan(desk.lineScale);
      expect(parseFloat(presenter.font.split(' ')[1]!)).toBeGreaterThan(
        parseFloat(desk.font.split(' ')[0]!),
      );
      expect(presenter.axisColor).toBe(theme === 'dark' ? '#ffffff' : '#000000');
    }
  });
});
