/**
 * One colour per node family (PRODUCT.md: the node, its handles and its traces share it). Later
 * issues move this into a shared theme; for now only the scope needs it.
 */
import type { NodeKind } from '../../engine/schema';

const FAMILY_SHADES: Record<NodeKind, readonly string[]> = {
  li: ['#0c8599', '#3bc9db', '#0b7285'],
  lif: ['#7048e8', '#9775fa', '#5f3dc4'],
  spikeTimes: ['#e8590c'],
  regular: ['#e8590c'],
  poisson: ['#e8590c'],
  constantCurrent: ['#e8590c'],
  probe: ['#495057'],
};

/** The colour of the `shade`-th trace of a family (cycles when a family has many traces). */
export function familyColor(kind: NodeKind, shade: number): string {
  const shades = FAMILY_SHADES[kind];
  return shades[shade % shades.length] ?? '#495057';
}

export const THRESHOLD_COLOR = '#495057';
/** The seed notebook marks input spikes with red vertical lines. */
export const INPUT_MARKER_COLOR = '#e03131';
export const AXIS_COLOR = '#343a40';
export const GRID_COLOR = '#e9ecef';
