import { describe, expect, it } from 'vitest';
import { goldenCase } from '../testdata/golden';
import { dtSeconds, stepCoefficient, tauInvPerS } from './coefficients';

describe('coefficients', () => {
  it('computes τ⁻¹ in double, then rounds to float32, as Norse stores it', () => {
    const c = goldenCase('norse-0.0.7', 'notebook-lif-vs-li');
    expect(tauInvPerS(60)).toBe(c.params.tau_syn_inv);
    expect(tauInvPerS(60)).toBe(16.66666603088379);
    expect(tauInvPerS(40)).toBe(c.params.tau_mem_inv);
    expect(tauInvPerS(5)).toBe(200);
    expect(tauInvPerS(10)).toBe(100);
  });

  it('multiplies float32 dt by float32 τ⁻¹ in float32', () => {
    expect(dtSeconds(1)).toBe(Math.fround(0.001));
    expect(stepCoefficient(1, 60)).toBe(Math.fround(Math.fround(0.001) * Math.fround(1000 / 60)));
    expect(stepCoefficient(1, 10)).toBe(Math.fround(Math.fround(0.001) * 100));
    // Not the same as rounding dt/τ once: the two-stage rounding is part of the contract.
    expect(stepCoefficient(1, 100)).not.toBe(Math.fround(1 / 100));
    expect(stepCoefficient(1, 13)).not.toBe(Math.fround(1 / 13));
  });
});
