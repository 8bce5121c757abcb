/**
 * Light and dark themes: follow the operating system unless the user picks one (remembered per
 * machine). The resolved theme is set as `data-theme` on <html>, which styles.css keys its
 * colour variables on, and handed to React Flow's `colorMode`.
 */
import { create } from 'zustand';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'spikeboard.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return globalThis.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

function storedPreference(): ThemePreference {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function resolve(preference: ThemePreference): Theme {
  return preference === 'system' ? systemTheme() : preference;
}

export interface ThemeState {
  preference: ThemePreference;
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
  /** Re-reads the operating system's choice (its media query changed). */
  systemChanged: () => void;
}

export const useThemeStore = create<ThemeState>()((set, get) => ({
  preference: storedPreference(),
  theme: resolve(storedPreference()),
  setPreference: (preference) => {
    try {
      if (preference === 'system') globalThis.localStorage?.removeItem(KEY);
      else globalThis.localStorage?.setItem(KEY, preference);
    } catch {
      // No storage: the choice lasts for this window only.
    }
    set({ preference, theme: resolve(preference) });
  },
  systemChanged: () => set({ theme: resolve(get().preference) }),
}));

/** The next preference of the toolbar's theme button: system → light → dark → system. */
export function nextPreference(preference: ThemePreference): ThemePreference {
  return preference === 'system' ? 'light' : preference === 'light' ? 'dark' : 'system';
}

/** Keeps <html data-theme> in step with the store and the OS; returns the unsubscribe. */
export function installTheme(): () => void {
  const apply = () => {
    document.documentElement.dataset['theme'] = useThemeStore.getState().theme;
  };
  apply();
  const unsubscribe = useThemeStore.subscribe(apply);
  const query = globalThis.matchMedia?.(DARK_QUERY);
  const onChange = () => useThemeStore.getState().systemChanged();
  query?.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    query?.removeEventListener('change', onChange);
  };
}
