import { describe, expect, it } from 'vitest';
import { stepCoefficient } from './coefficients';
import type { LifArrays } from './lif';
import { stepLif, stepLifNorse007, stepLifNorse11 } from './lif';

function arrays(n: number, vTh = 1, vReset = 0): LifArrays {
  return {
    v: new Float32Array(n),
    i: new Float32Array(n),
    a: new Float32Array(n).fill(stepCoefficient(1, 10)),
    b: new Float32Array(n).fill(stepCoefficient(1, 5)),
    vLeak: new Float32Array(n),
    vTh: new Float32Array(n).fill(vTh),
    vReset: new Float32Array(n).fill(vReset),
  };
}

describe('LIF step', () => {
  it('spikes when v* − vTh > 0 and stores vReset (the value after reset)', () => {
    const s = arrays(1, 0.05, -0.25);
    const spikes = new Float32Array(1);
    const count = stepLifNorse11(s, Float32Array.of(1), spikes, 0, 0, 1);
    expect(count).toBe(1);
    expect(spikes[0]).toBe(1);
    expect(s.v[0]).toBe(-0.25);
  });

  it('does not spike when v* equals vTh exactly (strict comparison)', () => {
    const s = arrays(1, Math.fround(0.1));
    const spikes = new Float32Array(1);
    stepLifNorse11(s, Float32Array.of(1), spikes, 0, 0, 1);
    expect(s.v[0]).toBe(Math.fround(0.1));
    expect(spikes[0]).toBe(0);
  });

  it('norse-0.0.7 adds the input to i after the threshold', () => {
    const s = arrays(1, 0.05);
    const spikes = new Float32Array(1);
    expect(stepLifNorse007(s, Float32Array.of(1), spikes, 0, 0, 1)).toBe(0);
    expect(s.i[0]).toBe(1);
    expect(stepLifNorse007(s, Float32Array.of(0), spikes, 0, 0, 1)).toBe(1);
    expect(s.v[0]).toBe(0);
  });

  it('writes spikes at spikeBase + k and clears non-spiking entries', () => {
    const s = arrays(3, 0.05);
    const spikes = new Float32Array(8).fill(7);
    stepLif('norse-1.1', s, Float32Array.of(0, 1, 0), spikes, 5, 0, 3);
    expect(Array.from(spikes)).toEqual([7, 7, 7, 7, 7, 0, 1, 0]);
  });
});
