import { describe, expect, it } from 'vitest';
import { NODE_FIELDS, type NumberField } from '../../engine/schema';
import { parseNeurons, parseNumberInput, parseNumberList, parseSpikeLists } from './parseInput';

const tau = NODE_FIELDS.lif.find((f) => f.key === 'tauMemMs') as NumberField;
const start = NODE_FIELDS.constantCurrent.find((f) => f.key === 'startMs') as NumberField;

describe('inspector input', () => {
  it('reads numbers, refusing empty and non-numbers with a reason', () => {
    expect(parseNumberInput(' 40 ', tau)).toEqual({ ok: true, value: 40 });
    expect(parseNumberInput('0,8', tau)).toEqual({ ok: true, value: 0.8 });
    expect(parseNumberInput('1e3', tau)).toEqual({ ok: true, value: 1000 });
    expect(parseNumberInput('', tau)).toEqual({ ok: false, error: 'Enter a number in ms' });
    expect(parseNumberInput('abc', tau)).toEqual({ ok: false, error: '“abc” is not a number' });
    expect(parseNumberInput('NaN', tau)).toEqual({ ok: false, error: '“NaN” is not a number' });
    expect(parseNumberInput('Infinity', tau)).toEqual({
      ok: false,
      error: 'must be a finite number',
    });
    expect(parseNumberInput('', start)).toEqual({ ok: true, value: undefined });
  });

  it('reads lists, spike lists and neuron sets', () => {
    expect(parseNumberList('20, 85 150')).toEqual({ ok: true, value: [20, 85, 150] });
    expect(parseSpikeLists('20, 85\n\n1\n')).toEqual({ ok: true, value: [[20, 85], [], [1]] });
    expect(parseSpikeLists('1\nx')).toEqual({ ok: false, error: '“x” is not a number (neuron 1)' });
    expect(parseNeurons('all')).toEqual({ ok: true, value: 'all' });
    expect(parseNeurons('0, 2')).toEqual({ ok: true, value: [0, 2] });
  });
});
