import { describe, expect, it } from 'vitest';
import { createNode, FORMAT_VERSION, type CircuitDocument } from '../../engine/schema';
import { loopClosingEdges } from './loopEdges';

/**
 * The cases of engine/compile/updateOrder.test.ts, as documents: populations p0…p(n-1) in
 * document order, a generator "g", and projections named by index ("g>1", "0>1").
 */
function circuit(populations: number, edges: string[]): CircuitDocument {
  const at = { x: 0, y: 0 };
  const nodes = [
    createNode('spikeTimes', { id: 'g', label: 'g', position: at }),
    ...Array.from({ length: populations }, (_, k) =>
      createNode('lif', { id: `p${k}`, label: `p${k}`, position: at }),
    ),
  ];
  return {
    formatVersion: FORMAT_VERSION,
    name: 'loops',
    simulation: { dtMs: 1, durationMs: 10, inputOrder: 'norse-1.1', seed: 0 },
    nodes,
    edges: edges.map((spec) => {
      const [from, to] = spec.split('>') as [string, string];
      return {
        kind: 'projection' as const,
        id: spec,
        source: from === 'g' ? 'g' : `p${from}`,
        target: `p${to}`,
        rule: { type: 'oneToOne' as const, weight: 1 },
        delaySteps: 0,
        seed: 0,
      };
    }),
  };
}

function closing(populations: number, edges: string[]): string[] {
  return [...loopClosingEdges(circuit(populations, edges))].sort();
}

describe('loopClosingEdges (the rule of engine/compile/updateOrder.ts)', () => {
  it('marks nothing in a feed-forward chain, whatever the document order', () => {
    expect(closing(3, ['g>2', '2>1', '1>0'])).toEqual([]);
  });

  it('marks a self-loop', () => {
    expect(closing(1, ['g>0', '0>0'])).toEqual(['0>0']);
  });

  it('cuts a 2-cycle at the edge back toward the input', () => {
    expect(closing(2, ['0>1', '1>0', 'g>1'])).toEqual(['0>1']);
  });

  it('breaks distance ties by document order', () => {
    expect(closing(4, ['3>2', '2>3', '0>1'])).toEqual(['3>2']);
  });

  it('cuts a loop fed from outside at the edge back to its entry', () => {
    expect(closing(4, ['2>3', '1>2', '2>1', '0>1'])).toEqual(['2>1']);
  });

  it('cuts a 3-ring once, at the edge into the member nearest the input', () => {
    expect(closing(3, ['0>1', '1>2', '2>0', 'g>1'])).toEqual(['0>1']);
  });

  it('ignores projections compile refuses (from LI, duplicates) and probe connections', () => {
    const doc = circuit(2, ['g>0', '0>1', '1>0']);
    doc.nodes[1] = createNode('li', { id: 'p0', label: 'p0', position: { x: 0, y: 0 } });
    // p0 is LI now: 0>1 is not a projection compile accepts, so nothing closes a loop.
    expect([...loopClosingEdges(doc)]).toEqual([]);
    const dup = circuit(1, ['g>0', '0>0']);
    dup.edges.push({ ...dup.edges[1]!, id: 'again' });
    expect([...loopClosingEdges(dup)]).toEqual(['0>0']);
  });

  it('handles an empty circuit', () => {
    expect(closing(0, [])).toEqual([]);
  });
});
