import { describe, expect, it } from 'vitest';
import type { CircuitEdge, CircuitNode } from '../../engine/schema';
import { createEdgeMapper, createNodeMapper } from './toFlow';

const node = (id: string, x: number): CircuitNode =>
  ({
    id,
    label: id,
    kind: 'lif',
    size: 1,
    position: { x, y: 0 },
    params: { tauMemMs: 10, tauSynMs: 5, vLeak: 0, vTh: 1, vReset: 0 },
  }) as unknown as CircuitNode;
const edge = (id: string): CircuitEdge =>
  ({ id, kind: 'probe', source: 'a', target: 'b' }) as unknown as CircuitEdge;

describe('flow mappers', () => {
  it('return the previous array when no node changed, new objects only for changed nodes', () => {
    const map = createNodeMapper();
    const a = node('a', 0);
    const b = node('b', 100);
    const none = new Set<string>();
    const sizes = new Map();
    const first = map([a, b], none, null, sizes);
    expect(map([a, b], none, null, sizes)).toBe(first);
    const b2 = { ...b, label: 'B' };
    const second = map([a, b2], none, null, sizes);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]!.data.node).toBe(b2);
    expect(map([a, b2], new Set(['a']), null, sizes)[0]!.selected).toBe(true);
  });

  it('keeps the edge array across document changes that leave the edges alone', () => {
    const map = createEdgeMapper();
    const edges = [edge('e1'), edge('e2')];
    const first = map(edges, new Set(), new Set());
    expect(map([...edges], new Set(), new Set())).toBe(first);
    const looped = map(edges, new Set(), new Set(['e2']));
    expect(looped).not.toBe(first);
    expect(looped[1]!.data!.closesLoop).toBe(true);
    expect(map(edges.slice(0, 1), new Set(), new Set())).toHaveLength(1);
  });

  it('marks moving cards and edges with the class that gives them layers of their own', () => {
    const mapNodes = createNodeMapper();
    const a = node('a', 0);
    const b = node('b', 100);
    const sizes = new Map();
    const none = new Set<string>();
    const dragging = new Map([['b', { x: 120, y: 0 }]]);
    const moving = mapNodes([a, b], none, dragging, sizes, new Set(['b']));
    expect(moving.map((n) => n.className)).toEqual([undefined, 'is-moving']);
    expect(moving[1]!.position).toEqual({ x: 120, y: 0 });
    const dropped = mapNodes([a, { ...b, position: { x: 120, y: 0 } }], none, null, sizes);
    expect(dropped[0]).toBe(moving[0]);
    expect(dropped[1]!.className).toBeUndefined();

    const mapEdges = createEdgeMapper();
    const edges = [edge('e1'), edge('e2')];
    const still = mapEdges(edges, none, none);
    const marked = mapEdges(edges, none, none, new Set(['e2']));
    expect(marked[0]).toBe(still[0]);
    expect(marked.map((e) => e.className)).toEqual([undefined, 'is-moving']);
    expect(mapEdges(edges, none, none)[1]!.className).toBeUndefined();
  });
});
