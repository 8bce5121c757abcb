import type { ModelInputOrder } from './order';

/**
 * Leaky integrator (Norse `LI`): a membrane `v` driven by a synaptic current `i`, no threshold.
 *
 * With `a = dt·τmem⁻¹`, `b = dt·τsyn⁻¹` and `x` the input arriving this step, every operation
 * rounded to float32 in exactly this order and grouping (see shared/spec/MODELS.md):
 *
 *   norse-1.1:   i' = i + x
 *                v  = v + a·((vLeak − v) + i')
 *                i  = i' + (−b)·i'
 *
 *   norse-0.0.7: v  = v + a·((vLeak − v) + i)      (uses the current of the previous step)
 *                i  = (i + (−b)·i) + x
 *
 * Algebraically equal rewrites (e.g. `(1 − a)·v + a·(vLeak + i)`) drift by an ulp per step, so
 * the grouping is part of the contract. Subnormals are kept: a decaying current reaches 3e-45.
 */
export interface LiArrays {
  v: Float32Array;
  i: Float32Array;
  /** dt·τmem⁻¹ per neuron. */
  a: Float32Array;
  /** dt·τsyn⁻¹ per neuron. */
  b: Float32Array;
  vLeak: Float32Array;
}

const fround = Math.fround;

/** Advances neurons [start, end) one step in the `norse-1.1` order, reading `x` at the same index. */
export function stepLiNorse11(s: LiArrays, x: Float32Array, start: number, end: number): void {
  const { v, i, a, b, vLeak } = s;
  for (let k = start; k < end; k++) {
    const vk = v[k]!;
    const iJump = fround(i[k]! + x[k]!);
    const dv = fround(a[k]! * fround(fround(vLeak[k]! - vk) + iJump));
    v[k] = fround(vk + dv);
    i[k] = fround(iJump + fround(-b[k]! * iJump));
  }
}

/** Advances neurons [start, end) one step in the `norse-0.0.7` order (input joins `i` last). */
export function stepLiNorse007(s: LiArrays, x: Float32Array, start: number, end: number): void {
  const { v, i, a, b, vLeak } = s;
  for (let k = start; k < end; k++) {
    const vk = v[k]!;
    const ik = i[k]!;
    const dv = fround(a[k]! * fround(fround(vLeak[k]! - vk) + ik));
    v[k] = fround(vk + dv);
    const iDec = fround(ik + fround(-b[k]! * ik));
    i[k] = fround(iDec + x[k]!);
  }
}

/** One LI step in the given input order. */
export function stepLi(
  order: ModelInputOrder,
  s: LiArrays,
  x: Float32Array,
  start: number,
  end: number,
): void {
  if (order === 'norse-1.1') stepLiNorse11(s, x, start, end);
  else stepLiNorse007(s, x, start, end);
}
