/**
 * One colour per node family (PRODUCT.md: the node, its handles and its traces share it), in a
 * light and a dark variant: on the dark theme's pane (#1e2227) every trace, the threshold line
 * and the input markers keep at least 4.5:1 contrast (WCAG asks 3:1 of graphics); the light
 * colours there fell to 2–2.9:1. Read when a pane builds its model, which it does again when
 * the theme changes (the colours are part of its structure key).
 */
import type { NodeKind } from '../../engine/schema';
import { useThemeStore } from '../theme/themeStore';

type Shades = Record<NodeKind, readonly string[]>;

const LIGHT_SHADES: Shades = {
  li: ['#0c8599', '#3bc9db', '#0b7285'],
  lif: ['#7048e8', '#9775fa', '#5f3dc4'],
  spikeTimes: ['#e8590c'],
  regular: ['#e8590c'],
  poisson: ['#e8590c'],
  constantCurrent: ['#e8590c'],
  probe: ['#495057'],
};

/** Contrast on #1e2227: 6.7, 10.3, 8.0 (li); 4.8, 6.6, 9.4 (lif); 6.2 (generators); 7.7. */
const DARK_SHADES: Shades = {
  li: ['#22b8cf', '#99e9f2', '#3bc9db'],
  lif: ['#9775fa', '#b197fc', '#d0bfff'],
  spikeTimes: ['#ff922b'],
  regular: ['#ff922b'],
  poisson: ['#ff922b'],
  constantCurrent: ['#ff922b'],
  probe: ['#adb5bd'],
};

const dark = (): boolean => useThemeStore.getState().theme === 'dark';

/** The colour of the `shade`-th trace of a family (cycles when a family has many traces). */
export function familyColor(kind: NodeKind, shade: number): string {
  const shades = (dark() ? DARK_SHADES : LIGHT_SHADES)[kind];
  return shades[shade % shades.length] ?? '#495057';
}

/** The light theme's colours (exports on white use these). */
export const THRESHOLD_COLOR = '#495057';
/** The seed notebook marks input spikes with red vertical lines. */
export const INPUT_MARKER_COLOR = '#e03131';
export const AXIS_COLOR = '#343a40';
export const GRID_COLOR = '#e9ecef';

/** The threshold line in the current theme (dark: #868e96, 4.8:1 on the pane). */
export function thresholdColor(): string {
  return dark() ? '#868e96' : THRESHOLD_COLOR;
}

/** Input markers in the current theme (dark: #ff6b6b, 5.8:1 on the pane). */
export function inputMarkerColor(): string {
  return dark() ? '#ff6b6b' : INPUT_MARKER_COLOR;
}
