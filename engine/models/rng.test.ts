import { describe, expect, it } from 'vitest';
import {
  drawHappens,
  hashU32,
  mix32,
  probabilityThreshold24,
  seedWords,
  uniform01,
  uniformOpen01,
} from './rng';

describe('counter-based RNG', () => {
  it('is a pure function of its inputs', () => {
    expect(hashU32(1, 0, 1, 2, 3)).toBe(hashU32(1, 0, 1, 2, 3));
    expect(hashU32(1, 0, 1, 2, 3)).not.toBe(hashU32(2, 0, 1, 2, 3));
    expect(hashU32(1, 0, 1, 2, 3)).not.toBe(hashU32(1, 0, 1, 3, 2));
    expect(hashU32(0, 0, 0, 0, 0)).not.toBe(0);
  });

  it('pins its output, so every backend can check its port bit for bit', () => {
    // lowbias32 keeps 0 fixed (hence the xor constants in hashU32).
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBe(1753845952);
    expect(mix32(0xdeadbeef)).toBe(3861431939);
    expect(hashU32(0, 0, 1, 0, 0)).toBe(3410475228);
    expect(hashU32(42, 0, 1, 7, 1000)).toBe(3489046552);
  });

  it('splits seeds into 32-bit words', () => {
    expect(seedWords(5)).toEqual({ lo: 5, hi: 0 });
    expect(seedWords(2 ** 32 + 3)).toEqual({ lo: 3, hi: 1 });
  });

  it('gives roughly uniform draws', () => {
    let sum = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) sum += uniform01(hashU32(9, 0, 1, k, 0));
    expect(sum / n).toBeGreaterThan(0.48);
    expect(sum / n).toBeLessThan(0.52);
    expect(uniformOpen01(0)).toBeGreaterThan(0);
    expect(uniformOpen01(0xffffffff)).toBe(1);
  });

  it('turns probabilities into integer thresholds exactly', () => {
    expect(probabilityThreshold24(0)).toBe(0);
    expect(probabilityThreshold24(1)).toBe(2 ** 24);
    expect(probabilityThreshold24(2)).toBe(2 ** 24);
    expect(drawHappens(0xffffffff, 2 ** 24)).toBe(true);
    expect(drawHappens(0, 0)).toBe(false);
    expect(drawHappens(0x00000100, 1)).toBe(false);
    expect(drawHappens(0x000000ff, 1)).toBe(true);
  });
});
