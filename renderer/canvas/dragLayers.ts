/**
 * While cards are dragged, the dragged cards and the edges attached to them are drawn in layers
 * of their own (CSS `will-change: transform` on the `is-moving` class, canvas.css). Otherwise
 * every frame of a drag repaints the canvas under each moving edge's bounding box — an edge to
 * a far-away card spans most of the canvas — and with software rasterization that alone took
 * longer than a frame (BENCHMARKS.md, editor drag). Past a few dozen moving elements (select all,
 * then drag) the cost of compositing that many layers outweighs the saving: nothing is promoted.
 */
import type { CircuitEdge } from '../../engine/schema';
import type { ViewState } from '../state/viewStore';

export const MOVING_CLASS = 'is-moving';
/** The most dragged cards, and separately the most attached edges, given layers of their own. */
export const MAX_PROMOTED = 32;

const NO_IDS: readonly string[] = [];

/** View-store selector: the ids of the cards being dragged (compare with `useShallow`). */
export function draggedNodeIds(view: Pick<ViewState, 'dragPositions'>): readonly string[] {
  return view.dragPositions === null ? NO_IDS : [...view.dragPositions.keys()];
}

/** The ids of the dragged cards to promote, or null when there are none or too many. */
export function promotedNodeIds(dragged: readonly string[]): ReadonlySet<string> | null {
  if (dragged.length === 0 || dragged.length > MAX_PROMOTED) return null;
  return new Set(dragged);
}

/** The edges attached to the promoted cards, or an empty set when they are too many. */
export function promotedEdgeIds(
  edges: readonly CircuitEdge[],
  nodeIds: ReadonlySet<string> | null,
): ReadonlySet<string> {
  if (nodeIds === null) return NONE;
  const ids = new Set<string>();
  for (const edge of edges) {
    if (nodeIds.has(edge.source) || nodeIds.has(edge.target)) {
      ids.add(edge.id);
      if (ids.size > MAX_PROMOTED) return NONE;
    }
  }
  return ids;
}

const NONE: ReadonlySet<string> = new Set();
