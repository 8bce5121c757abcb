/**
 * Auto-layout of a messy circuit: columns left to right in signal order — generators, then
 * populations by their longest feed-forward path from the inputs (loop-closing projections are
 * ignored, so loops do not stretch the picture), then the probes. Inside a column, nodes sit near
 * the average height of what feeds them (fewer crossings), ties in document order.
 */
import { familyOf, type CircuitDocument, type Position } from '../../engine/schema';
import { loopClosingEdges } from '../canvas/loopEdges';
import { FALLBACK_NODE_SIZE, GRID_PX, snapPosition, type Size } from './arrange';
import { moveNodes } from './nodeEdits';
import { refused, type EditCommand } from './types';

const COLUMN_GAP_PX = 100;
const ROW_GAP_PX = 40;
const ORIGIN: Position = { x: 80, y: 60 };

function columnsOf(doc: CircuitDocument): Map<string, number> {
  const closing = loopClosingEdges(doc);
  const kind = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const preds = new Map<string, string[]>();
  for (const e of doc.edges) {
    if (e.kind !== 'projection' || closing.has(e.id) || e.source === e.target) continue;
    if (!kind.has(e.source) || !kind.has(e.target)) continue;
    preds.set(e.target, [...(preds.get(e.target) ?? []), e.source]);
  }
  const hasGenerators = doc.nodes.some((n) => familyOf(n.kind) === 'generator');
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const place = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    const k = kind.get(id)!;
    if (familyOf(k) === 'generator') return (column.set(id, 0), 0);
    if (visiting.has(id)) return hasGenerators ? 1 : 0; // a loop compile would refuse anyway
    visiting.add(id);
    const from = (preds.get(id) ?? []).map(place);
    const c = Math.max(hasGenerators ? 1 : 0, ...from.map((p) => p + 1));
    column.set(id, c);
    return c;
  };
  for (const n of doc.nodes) if (n.kind !== 'probe') place(n.id);
  const probeColumn = Math.max(0, ...[...column.values()].map((c) => c + 1));
  for (const n of doc.nodes) if (n.kind === 'probe') column.set(n.id, probeColumn);
  return column;
}

/** Where auto-layout puts every node. */
export function layoutPositions(
  doc: CircuitDocument,
  sizes: ReadonlyMap<string, Size>,
): Map<string, Position> {
  const column = columnsOf(doc);
  const docIndex = new Map(doc.nodes.map((n, k) => [n.id, k]));
  const feeders = new Map<string, string[]>();
  for (const e of doc.edges) {
    if (e.source === e.target) continue;
    feeders.set(e.target, [...(feeders.get(e.target) ?? []), e.source]);
  }
  const count = Math.max(0, ...column.values()) + 1;
  const columns: string[][] = Array.from({ length: count }, () => []);
  for (const n of doc.nodes) columns[column.get(n.id)!]!.push(n.id);

  const rank = new Map<string, number>();
  columns.forEach((ids, c) => {
    const key = (id: string): number => {
      const placed = (feeders.get(id) ?? []).filter((f) => (column.get(f) ?? c) < c);
      if (placed.length === 0) return Infinity;
      return placed.reduce((sum, f) => sum + rank.get(f)!, 0) / placed.length;
    };
    const keys = new Map(ids.map((id) => [id, key(id)]));
    ids.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      if (ka !== kb) return ka === Infinity ? 1 : kb === Infinity ? -1 : ka - kb;
      return docIndex.get(a)! - docIndex.get(b)!;
    });
    ids.forEach((id, k) => rank.set(id, k));
  });

  const size = (id: string) => sizes.get(id) ?? FALLBACK_NODE_SIZE;
  const heights = columns.map((ids) =>
    ids.reduce((sum, id) => sum + size(id).height, Math.max(0, ids.length - 1) * ROW_GAP_PX),
  );
  const tallest = Math.max(0, ...heights);
  const positions = new Map<string, Position>();
  let x = ORIGIN.x;
  columns.forEach((ids, c) => {
    let y = ORIGIN.y + (tallest - heights[c]!) / 2;
    for (const id of ids) {
      positions.set(id, snapPosition({ x, y }, GRID_PX));
      y += size(id).height + ROW_GAP_PX;
    }
    if (ids.length > 0) x += Math.max(...ids.map((id) => size(id).width)) + COLUMN_GAP_PX;
  });
  return positions;
}

export function autoLayout(sizes: ReadonlyMap<string, Size>): EditCommand {
  return {
    label: 'Auto-layout',
    apply(doc) {
      if (doc.nodes.length === 0) return refused('The canvas is empty.');
      return moveNodes(layoutPositions(doc, sizes)).apply(doc);
    },
  };
}
