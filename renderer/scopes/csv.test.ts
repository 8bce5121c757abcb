import { describe, expect, it } from 'vitest';
import { fileStem, spikesCsv, tracesCsv } from './csv';

describe('CSV export', () => {
  it('writes time_ms and one column per trace with exact float32 values', () => {
    const csv = tracesCsv(Float64Array.of(0, 1), [
      { label: 'v · LIF · neuron 0', values: Float32Array.of(0.1, 0.8) },
      { label: 'odd, "label"', values: Float32Array.of(1, Number.NaN) },
    ]);
    expect(csv).toBe(
      `time_ms,v · LIF · neuron 0,"odd, ""label"""\n0,${Math.fround(0.1)},1\n1,${Math.fround(0.8)},NaN\n`,
    );
  });

  it('writes one row per spike', () => {
    expect(spikesCsv(Float64Array.of(1.5, 2), Int32Array.of(3, 0))).toBe(
      'time_ms,neuron\n1.5,3\n2,0\n',
    );
  });

  it('makes file names from titles', () => {
    expect(fileStem('membrane potential')).toBe('membrane-potential');
    expect(fileStem('spikes · LIF')).toBe('spikes-lif');
    expect(fileStem('···')).toBe('scope');
  });
});
