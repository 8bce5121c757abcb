import { describe, expect, it } from 'vitest';
import type { CircuitEdge, Position } from '../../engine/schema';
import { draggedNodeIds, MAX_PROMOTED, promotedEdgeIds, promotedNodeIds } from './dragLayers';

const edge = (id: string, source: string, target: string): CircuitEdge =>
  ({ id, kind: 'projection', source, target }) as unknown as CircuitEdge;
const at: Position = { x: 0, y: 0 };

describe('drag layers', () => {
  it('promotes the dragged cards and exactly the edges attached to them', () => {
    const dragged = draggedNodeIds({ dragPositions: new Map([['b', at]]) });
    const nodes = promotedNodeIds(dragged);
    expect([...nodes!]).toEqual(['b']);
    const edges = [edge('ab', 'a', 'b'), edge('bc', 'b', 'c'), edge('ac', 'a', 'c')];
    expect([...promotedEdgeIds(edges, nodes)]).toEqual(['ab', 'bc']);
  });

  it('promotes nothing when no drag is in flight', () => {
    const dragged = draggedNodeIds({ dragPositions: null });
    expect(dragged).toBe(draggedNodeIds({ dragPositions: null }));
    expect(promotedNodeIds(dragged)).toBeNull();
    expect(promotedEdgeIds([edge('ab', 'a', 'b')], null).size).toBe(0);
  });

  it('promotes nothing past the limit (select all, then drag)', () => {
    const many = Array.from({ length: MAX_PROMOTED + 1 }, (_, k) => `n${k}`);
    expect(promotedNodeIds(many)).toBeNull();
    const hub = new Set(['hub']);
    const spokes = Array.from({ length: MAX_PROMOTED + 1 }, (_, k) =>
      edge(`e${k}`, 'hub', `n${k}`),
    );
    expect(promotedEdgeIds(spokes, hub).size).toBe(0);
    expect(promotedEdgeIds(spokes.slice(0, MAX_PROMOTED), hub).size).toBe(MAX_PROMOTED);
  });
});
