import { describe, expect, it } from 'vitest';
import { stepCoefficient } from './coefficients';
import type { LiArrays } from './li';
import { stepLi, stepLiNorse007, stepLiNorse11 } from './li';

function arrays(n: number, tauMemMs = 10, tauSynMs = 5): LiArrays {
  return {
    v: new Float32Array(n),
    i: new Float32Array(n),
    a: new Float32Array(n).fill(stepCoefficient(1, tauMemMs)),
    b: new Float32Array(n).fill(stepCoefficient(1, tauSynMs)),
    vLeak: new Float32Array(n),
  };
}

describe('LI step', () => {
  it('norse-1.1: the input moves v in the same step', () => {
    const s = arrays(1);
    stepLiNorse11(s, Float32Array.of(1), 0, 1);
    expect(s.v[0]).toBe(Math.fround(0.1));
    expect(s.i[0]).toBe(Math.fround(0.8));
  });

  it('norse-0.0.7: the input joins i last and first moves v one step later', () => {
    const s = arrays(1);
    stepLiNorse007(s, Float32Array.of(1), 0, 1);
    expect(s.v[0]).toBe(0);
    expect(s.i[0]).toBe(1);
    stepLiNorse007(s, Float32Array.of(0), 0, 1);
    expect(s.v[0]).toBe(Math.fround(0.1));
  });

  it('uses the table grouping a·((vLeak − v) + i), not an algebraic rewrite', () => {
    const s = arrays(1, 40, 60);
    s.v[0] = 0.3;
    s.i[0] = 0.7;
    s.vLeak[0] = 0.1;
    const a = s.a[0]!;
    const f = Math.fround;
    const expected = f(f(0.3) + f(a * f(f(f(0.1) - f(0.3)) + f(0.7))));
    stepLiNorse007(s, Float32Array.of(0), 0, 1);
    expect(s.v[0]).toBe(expected);
  });

  it('keeps subnormal currents instead of flushing them to zero', () => {
    const s = arrays(1);
    s.i[0] = 1e-40; // subnormal in float32
    stepLiNorse11(s, Float32Array.of(0), 0, 1);
    expect(s.i[0]).toBeGreaterThan(0);
    expect(s.i[0]).toBeLessThan(1.2e-38);
  });

  it('only touches the slice [start, end)', () => {
    const s = arrays(4);
    stepLi('norse-1.1', s, Float32Array.of(1, 1, 1, 1), 1, 3);
    expect(Array.from(s.v)).toEqual([0, Math.fround(0.1), Math.fround(0.1), 0]);
    expect(s.i[0]).toBe(0);
    expect(s.i[3]).toBe(0);
  });
});
