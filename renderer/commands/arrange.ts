/**
 * Align, distribute and snap: geometry of the selected nodes, using their measured sizes on the
 * canvas (a fallback size for nodes not yet drawn). Each is one undo step.
 */
import type { CircuitDocument, CircuitNode, Position } from '../../engine/schema';
import { moveNodes } from './nodeEdits';
import { refused, type EditCommand } from './types';

export interface Size {
  width: number;
  height: number;
}

export const FALLBACK_NODE_SIZE: Size = { width: 200, height: 96 };
export const GRID_PX = 20;

export type AlignMode = 'left' | 'centerX' | 'right' | 'top' | 'centerY' | 'bottom';
export type DistributeAxis = 'x' | 'y';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxes(
  doc: CircuitDocument,
  nodeIds: readonly string[],
  sizes: ReadonlyMap<string, Size>,
): Box[] {
  const ids = new Set(nodeIds);
  return doc.nodes
    .filter((n: CircuitNode) => ids.has(n.id))
    .map((n) => ({ id: n.id, ...n.position, ...(sizes.get(n.id) ?? FALLBACK_NODE_SIZE) }));
}

const ALIGN_LABELS: Record<AlignMode, string> = {
  left: 'Align left edges',
  centerX: 'Align centres (vertical line)',
  right: 'Align right edges',
  top: 'Align top edges',
  centerY: 'Align centres (horizontal line)',
  bottom: 'Align bottom edges',
};

export function alignNodes(
  nodeIds: readonly string[],
  mode: AlignMode,
  sizes: ReadonlyMap<string, Size>,
): EditCommand {
  return {
    label: ALIGN_LABELS[mode],
    apply(doc) {
      const list = boxes(doc, nodeIds, sizes);
      if (list.length < 2) return refused('Select two or more nodes to align.');
      const left = Math.min(...list.map((b) => b.x));
      const right = Math.max(...list.map((b) => b.x + b.width));
      const top = Math.min(...list.map((b) => b.y));
      const bottom = Math.max(...list.map((b) => b.y + b.height));
      const positions = new Map<string, Position>();
      for (const b of list) {
        const to = { x: b.x, y: b.y };
        if (mode === 'left') to.x = left;
        if (mode === 'right') to.x = right - b.width;
        if (mode === 'centerX') to.x = Math.round((left + right) / 2 - b.width / 2);
        if (mode === 'top') to.y = top;
        if (mode === 'bottom') to.y = bottom - b.height;
        if (mode === 'centerY') to.y = Math.round((top + bottom) / 2 - b.height / 2);
        positions.set(b.id, to);
      }
      return moveNodes(positions).apply(doc);
    },
  };
}

/** Equal gaps between the selected nodes along one axis, the outermost two staying put. */
export function distributeNodes(
  nodeIds: readonly string[],
  axis: DistributeAxis,
  sizes: ReadonlyMap<string, Size>,
): EditCommand {
  return {
    label: axis === 'x' ? 'Distribute horizontally' : 'Distribute vertically',
    apply(doc) {
      const list = boxes(doc, nodeIds, sizes);
      if (list.length < 3) return refused('Select three or more nodes to distribute.');
      const extent = (b: Box) => (axis === 'x' ? b.width : b.height);
      list.sort((a, b) => a[axis] - b[axis]);
      const first = list[0]!;
      const last = list[list.length - 1]!;
      const span = last[axis] + extent(last) - first[axis];
      const gap = (span - list.reduce((sum, b) => sum + extent(b), 0)) / (list.length - 1);
      const positions = new Map<string, Position>();
      let cursor = first[axis];
      for (const b of list) {
        positions.set(
          b.id,
          axis === 'x' ? { x: Math.round(cursor), y: b.y } : { x: b.x, y: Math.round(cursor) },
        );
        cursor += extent(b) + gap;
      }
      return moveNodes(positions).apply(doc);
    },
  };
}

export function snapPosition(position: Position, grid = GRID_PX): Position {
  return { x: Math.round(position.x / grid) * grid, y: Math.round(position.y / grid) * grid };
}

export function snapNodes(nodeIds: readonly string[]): EditCommand {
  return {
    label: 'Snap to grid',
    apply(doc) {
      const ids = new Set(nodeIds);
      const positions = new Map(
        doc.nodes.filter((n) => ids.has(n.id)).map((n) => [n.id, snapPosition(n.position)]),
      );
      return moveNodes(positions).apply(doc);
    },
  };
}

/** Moves nodes by a step (arrow keys); one undo step per press. */
export function nudgeNodes(nodeIds: readonly string[], dx: number, dy: number): EditCommand {
  return {
    label: 'Move with the keyboard',
    apply(doc) {
      const ids = new Set(nodeIds);
      const positions = new Map(
        doc.nodes
          .filter((n) => ids.has(n.id))
          .map((n) => [n.id, { x: n.position.x + dx, y: n.position.y + dy }]),
      );
      if (positions.size === 0) return refused('Select the nodes to move first.');
      return moveNodes(positions).apply(doc);
    },
  };
}
