/**
 * The panels' sizes and collapsed state (zustand), kept in localStorage and applied as CSS
 * variables on the root element — straight to the DOM, so a splitter drag re-renders nothing but
 * the grid. Frames read only their own panel's `collapsed`.
 */
import { create } from 'zustand';
import {
  PANEL_SPECS,
  STORAGE_KEY,
  clampSize,
  panelCssVars,
  parsePanels,
  type PanelId,
  type Panels,
} from './panelModel';

interface PanelStore {
  panels: Panels;
  setSize(id: PanelId, px: number): void;
  toggle(id: PanelId): void;
  setCollapsed(id: PanelId, collapsed: boolean): void;
}

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled: the defaults
  }
}

export const usePanelStore = create<PanelStore>((set, get) => {
  const update = (id: PanelId, change: Partial<Panels[PanelId]>) =>
    set({ panels: { ...get().panels, [id]: { ...get().panels[id], ...change } } });
  return {
    panels: parsePanels(stored()),
    setSize: (id, px) => update(id, { sizePx: clampSize(id, px), collapsed: false }),
    toggle: (id) => update(id, { collapsed: !get().panels[id].collapsed }),
    setCollapsed: (id, collapsed) => update(id, { collapsed }),
  };
});

export function usePanelCollapsed(id: PanelId): boolean {
  return usePanelStore((s) => s.panels[id].collapsed);
}

function apply(panels: Panels): void {
  const root = globalThis.document?.documentElement;
  if (root === undefined) return;
  for (const [name, value] of Object.entries(panelCssVars(panels))) {
    if (value === null) root.style.removeProperty(name);
    else root.style.setProperty(name, value);
  }
}

/** Applies the stored layout now and keeps the DOM and localStorage in step; returns the undo. */
export function installPanelLayout(): () => void {
  apply(usePanelStore.getState().panels);
  return usePanelStore.subscribe((state, previous) => {
    if (state.panels === previous.panels) return;
    apply(state.panels);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(state.panels));
    } catch {
      // storage full or disabled: the layout still applies for this session
    }
  });
}

/** The panel's current size in px: stored, or measured from its element, or the default. */
export function currentSize(id: PanelId, element: Element | null): number {
  const stored = usePanelStore.getState().panels[id].sizePx;
  if (stored !== null) return stored;
  const box = element?.getBoundingClientRect();
  const measured = PANEL_SPECS[id].orientation === 'vertical' ? box?.width : box?.height;
  return measured !== undefined && measured > 0 ? measured : PANEL_SPECS[id].defaultPx;
}
