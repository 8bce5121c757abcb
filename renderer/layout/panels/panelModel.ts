/**
 * The window's resizable panels (palette, inspector, scope dock): their size limits, what is
 * stored across reloads (localStorage, validated: a hand-edited or old value never breaks the
 * window), and the CSS variables the window grid reads (styles.css, lesson/hidden.ts).
 */
export type PanelId = 'palette' | 'inspector' | 'dock';
export const PANEL_IDS: readonly PanelId[] = ['palette', 'inspector', 'dock'];

export interface PanelState {
  /** Width (palette, inspector) or height (dock) in CSS px; null: the stylesheet's default. */
  sizePx: number | null;
  collapsed: boolean;
}

export type Panels = Record<PanelId, PanelState>;

interface PanelSpec {
  label: string;
  minPx: number;
  maxPx: number;
  /** The size the keyboard starts from when none is stored (the stylesheet's default). */
  defaultPx: number;
  /** Width or height of the collapsed rail. */
  railPx: number;
  cssVar: string;
  /** Its size grows when the splitter moves this way: +1 right/down, -1 left/up. */
  grows: 1 | -1;
  orientation: 'vertical' | 'horizontal';
}

export const PANEL_SPECS: Record<PanelId, PanelSpec> = {
  palette: {
    label: 'palette',
    minPx: 140,
    maxPx: 420,
    defaultPx: 200,
    railPx: 30,
    cssVar: '--palette-width',
    grows: 1,
    orientation: 'vertical',
  },
  inspector: {
    label: 'inspector',
    minPx: 220,
    maxPx: 640,
    defaultPx: 290,
    railPx: 30,
    cssVar: '--inspector-width',
    grows: -1,
    orientation: 'vertical',
  },
  dock: {
    label: 'scopes',
    minPx: 100,
    maxPx: 900,
    defaultPx: 220,
    railPx: 30,
    cssVar: '--dock-height',
    grows: -1,
    orientation: 'horizontal',
  },
};

export const DEFAULT_PANELS: Panels = {
  palette: { sizePx: null, collapsed: false },
  inspector: { sizePx: null, collapsed: false },
  dock: { sizePx: null, collapsed: false },
};

export const STORAGE_KEY = 'spikeboard.panels.v1';

export function clampSize(id: PanelId, px: number): number {
  const { minPx, maxPx } = PANEL_SPECS[id];
  return Math.round(Math.min(maxPx, Math.max(minPx, px)));
}

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** The stored layout, or the defaults for whatever is missing or malformed. */
export function parsePanels(text: string | null): Panels {
  const raw = parseJson(text);
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out = { ...DEFAULT_PANELS };
  for (const id of PANEL_IDS) {
    const entry = record[id];
    if (typeof entry !== 'object' || entry === null) continue;
    const { sizePx, collapsed } = entry as Record<string, unknown>;
    out[id] = {
      sizePx: typeof sizePx === 'number' && Number.isFinite(sizePx) ? clampSize(id, sizePx) : null,
      collapsed: collapsed === true,
    };
  }
  return out;
}

/**
 * The CSS value of each panel's variable. A size never takes more than a share of the window
 * (40 % of the width, 70 % of the height), so a size stored on a large screen still fits a small one.
 */
export function panelCssVars(panels: Panels): Record<string, string | null> {
  const vars: Record<string, string | null> = {};
  for (const id of PANEL_IDS) {
    const spec = PANEL_SPECS[id];
    const { sizePx, collapsed } = panels[id];
    const share = spec.orientation === 'vertical' ? '40vw' : '70vh';
    vars[spec.cssVar] = collapsed
      ? `${spec.railPx}px`
      : sizePx === null
        ? null
        : `min(${sizePx}px, ${share})`;
  }
  return vars;
}
