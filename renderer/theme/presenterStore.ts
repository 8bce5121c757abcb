/**
 * Presenter mode: large type, thick traces and handles, high contrast, less chrome, for a
 * classroom projector. One key toggles it (Ctrl/⌘+Shift+P: the native menu in Electron, the
 * window's shortcut in a browser); it lasts for the session (sessionStorage), in either theme.
 * The state is set as `data-presenter="on"` on <html>, which theme/presenter.css keys on; the
 * scopes read `scopeScale()` when they build their plots.
 */
import { create } from 'zustand';

const KEY = 'spikeboard.presenter';

function storedPresenter(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export interface PresenterState {
  presenter: boolean;
  setPresenter: (on: boolean) => void;
  togglePresenter: () => void;
}

export const usePresenterStore = create<PresenterState>()((set, get) => ({
  presenter: storedPresenter(),
  setPresenter: (presenter) => {
    try {
      if (presenter) globalThis.sessionStorage?.setItem(KEY, 'on');
      else globalThis.sessionStorage?.removeItem(KEY);
    } catch {
      // No storage: presenter mode lasts until the window reloads.
    }
    set({ presenter });
  },
  togglePresenter: () => get().setPresenter(!get().presenter),
}));

export function togglePresenter(): void {
  usePresenterStore.getState().togglePresenter();
}

/** How much larger the scopes draw text and lines: 1 normally, 2 in presenter mode. */
export function scopeScale(): number {
  return usePresenterStore.getState().presenter ? 2 : 1;
}

/** Keeps <html data-presenter> in step with the store; returns the unsubscribe. */
export function installPresenter(): () => void {
  const apply = () => {
    const root = document.documentElement;
    if (usePresenterStore.getState().presenter) root.dataset['presenter'] = 'on';
    else delete root.dataset['presenter'];
  };
  apply();
  return usePresenterStore.subscribe(apply);
}
