/**
 * What the scopes' axes look like in the current theme and mode: colours that read on the pane's
 * background (light or dark), and sizes that grow in presenter mode (larger fonts, thicker
 * lines, read from the back of a room). Read when a pane builds its plot; panes rebuild when the
 * theme or the mode changes.
 */
import { useSyncExternalStore } from 'react';
import { scopeScale, usePresenterStore } from './presenterStore';
import { useThemeStore } from './themeStore';

export interface ScopeChrome {
  axisColor: string;
  gridColor: string;
  /** Tick label and axis title fonts (CSS font shorthand). */
  font: string;
  labelFont: string;
  /** Multiplies trace and threshold line widths. */
  lineScale: number;
  /** uPlot axis sizes (px): room for the tick labels and the title. */
  /** Height of the time axis and width of the value axis (tick labels), px. */
  axisSizePx: number;
  yAxisSizePx: number;
  labelSizePx: number;
  /** The least room between two ticks (uPlot's `space`) on the time and the value axis. */
  tickSpacePx: number;
  yTickSpacePx: number;
  /** Room right of the plot, so the last time label is not cut (uPlot's padding). */
  rightPadPx: number;
}

const AXIS = { light: '#343a40', dark: '#dee2e6' } as const;
const GRID = { light: '#e9ecef', dark: '#343a40' } as const;
const PRESENTER_GRID = { light: '#ced4da', dark: '#495057' } as const;

export function scopeChrome(): ScopeChrome {
  const theme = useThemeStore.getState().theme;
  const scale = scopeScale();
  const presenter = scale > 1;
  return {
    axisColor: presenter ? (theme === 'dark' ? '#ffffff' : '#000000') : AXIS[theme],
    gridColor: presenter ? PRESENTER_GRID[theme] : GRID[theme],
    font: presenter ? '600 22px system-ui, sans-serif' : '12px system-ui, sans-serif',
    labelFont: presenter ? '700 18px system-ui, sans-serif' : '13px system-ui, sans-serif',
    lineScale: scale,
    axisSizePx: presenter ? 50 : 50,
    yAxisSizePx: presenter ? 80 : 50,
    labelSizePx: presenter ? 26 : 30,
    tickSpacePx: presenter ? 90 : 50,
    yTickSpacePx: presenter ? 45 : 30,
    rightPadPx: presenter ? 48 : 0,
  };
}

/** Changes when the scopes must rebuild their plots: the theme or presenter mode changed. */
export function useScopeLook(): string {
  const theme = useThemeStore((s) => s.theme);
  const presenter = usePresenterStore((s) => s.presenter);
  return `${theme}:${presenter ? 'presenter' : 'desk'}`;
}

/**
 * Below this window height presenter mode keeps the panes' own heights: its scope dock (42 % of
 * the window) cannot hold a grown pane, so on a 1366×768 or 1280×720 projector the legend and
 * the time axis's title were scrolled out of sight. Fonts and lines still grow.
 */
export const PANE_GROWTH_MIN_WINDOW_PX = 1000;

function onResize(callback: () => void): () => void {
  window.addEventListener('resize', callback);
  return () => window.removeEventListener('resize', callback);
}

const tallWindow = (): boolean => window.innerHeight >= PANE_GROWTH_MIN_WINDOW_PX;

/** How much taller the scope panes are drawn: 1, or 1.5 in presenter mode in a tall window. */
export function usePaneGrowth(): number {
  const presenter = usePresenterStore((s) => s.presenter);
  const tall = useSyncExternalStore(onResize, tallWindow, () => true);
  return presenter && tall ? 1.5 : 1;
}
