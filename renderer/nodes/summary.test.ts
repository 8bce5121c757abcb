import { describe, expect, it } from 'vitest';
import { createNode } from '../../engine/schema';
import { example } from '../commands/testCircuit';
import { formatList, formatNumber, formatPerNeuron } from './format';
import { nodeSummary } from './summary';

describe('node summaries', () => {
  it('shows the example nodes in user units', () => {
    const byId = new Map(example().nodes.map((n) => [n.id, nodeSummary(n)]));
    expect(byId.get('lif')).toEqual(['τmem 40 ms', 'τsyn 60 ms', 'vTh 0.8']);
    expect(byId.get('li')).toEqual(['τmem 40 ms', 'τsyn 60 ms']);
    expect(byId.get('input')).toEqual(['at 20, 85, 150 ms']);
    expect(byId.get('probe-v-li')).toEqual(['records v', 'all neurons']);
  });

  it('summarises generators', () => {
    const at = { id: 'g', label: 'g', position: { x: 0, y: 0 } };
    expect(nodeSummary(createNode('regular', at))).toEqual(['10 Hz']);
    expect(nodeSummary(createNode('poisson', at))).toEqual(['20 Hz', 'seed 0']);
    expect(nodeSummary({ ...createNode('constantCurrent', at), startMs: 10 } as never)).toEqual([
      'amplitude 0.5',
      'from 10 ms',
    ]);
  });

  it('formats numbers short', () => {
    expect(formatNumber(16.666666)).toBe('16.67');
    expect(formatNumber(0.8)).toBe('0.8');
    expect(formatNumber(1e-5)).toBe('1e-5');
    expect(formatPerNeuron([10, 40, 20])).toBe('10–40');
    expect(formatList([1, 2, 3, 4, 5, 6])).toBe('1, 2, 3, 4, … (6 in all)');
  });
});
