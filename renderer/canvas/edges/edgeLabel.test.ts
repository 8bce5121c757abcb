import { describe, expect, it } from 'vitest';
import { createProjection, type ProjectionEdge } from '../../../engine/schema';
import { edgeLabel, edgeSign, strokeWidthPx } from './edgeLabel';

function edge(patch: Partial<ProjectionEdge>): ProjectionEdge {
  return { ...createProjection('e', 'a', 'b', 1, 1), ...patch };
}

describe('edge labels', () => {
  it('shows weight, rule, delay and loop marking', () => {
    expect(edgeLabel(edge({}), false)).toBe('w 1');
    expect(edgeLabel(edge({ delaySteps: 2, rule: { type: 'allToAll', weight: -0.5 } }), true)).toBe(
      'w -0.5 · all-to-all · +2 steps · ↻ loop +1',
    );
    expect(edgeLabel(edge({ rule: { type: 'random', probability: 0.2, weight: 1 } }), false)).toBe(
      'w 1 · p 0.2',
    );
  });

  it('colours by sign and thickens with the weight', () => {
    expect(edgeSign({ type: 'oneToOne', weight: 2 })).toBe('excitatory');
    expect(edgeSign({ type: 'oneToOne', weight: -2 })).toBe('inhibitory');
    expect(edgeSign({ type: 'matrix', weights: [[0]] })).toBe('silent');
    expect(strokeWidthPx({ type: 'oneToOne', weight: 0.1 })).toBe(2);
    expect(strokeWidthPx({ type: 'oneToOne', weight: -5 })).toBe(7);
  });
});
