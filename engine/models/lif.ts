import type { LiArrays } from './li';
import type { ModelInputOrder } from './order';

/**
 * Leaky integrate-and-fire neuron (Norse `LIFCell`, feed-forward step).
 *
 * With `a = dt·τmem⁻¹`, `b = dt·τsyn⁻¹` and `x` the input arriving this step, every operation
 * rounded to float32 in exactly this order and grouping (see shared/spec/MODELS.md):
 *
 *   norse-1.1:   i' = i + x
 *                v* = v + a·((vLeak − v) + i')
 *                iDec = i' + (−b)·i'
 *                z  = (v* − vTh) > 0              (strictly)
 *                v  = z ? vReset : v*,  i = iDec
 *
 *   norse-0.0.7: v* = v + a·((vLeak − v) + i)
 *                iDec = i + (−b)·i
 *                z  = (v* − vTh) > 0
 *                v  = z ? vReset : v*,  i = iDec + x
 *
 * The stored `v` is the value after reset (what Norse keeps in `s.v`), so a spiking neuron
 * shows `vReset` at its spike step and never a value above threshold.
 */
export interface LifArrays extends LiArrays {
  vTh: Float32Array;
  vReset: Float32Array;
}

const fround = Math.fround;

/**
 * Advances neurons [start, end) one step in the `norse-1.1` order. Writes 1 (spike) or 0 to
 * `spikes[spikeBase + k]` for every neuron k and returns the number of spikes.
 */
export function stepLifNorse11(
  s: LifArrays,
  x: Float32Array,
  spikes: Float32Array,
  spikeBase: number,
  start: number,
  end: number,
): number {
  const { v, i, a, b, vLeak, vTh, vReset } = s;
  let count = 0;
  for (let k = start; k < end; k++) {
    const vk = v[k]!;
    const iJump = fround(i[k]! + x[k]!);
    const dv = fround(a[k]! * fround(fround(vLeak[k]! - vk) + iJump));
    const vStar = fround(vk + dv);
    i[k] = fround(iJump + fround(-b[k]! * iJump));
    if (fround(vStar - vTh[k]!) > 0) {
      v[k] = vReset[k]!;
      spikes[spikeBase + k] = 1;
      count++;
    } else {
      v[k] = vStar;
      spikes[spikeBase + k] = 0;
    }
  }
  return count;
}

/** Advances neurons [start, end) one step in the `norse-0.0.7` order; as `stepLifNorse11`. */
export function stepLifNorse007(
  s: LifArrays,
  x: Float32Array,
  spikes: Float32Array,
  spikeBase: number,
  start: number,
  end: number,
): number {
  const { v, i, a, b, vLeak, vTh, vReset } = s;
  let count = 0;
  for (let k = start; k < end; k++) {
    const vk = v[k]!;
    const ik = i[k]!;
    const dv = fround(a[k]! * fround(fround(vLeak[k]! - vk) + ik));
    const vStar = fround(vk + dv);
    const iDec = fround(ik + fround(-b[k]! * ik));
    if (fround(vStar - vTh[k]!) > 0) {
      v[k] = vReset[k]!;
      spikes[spikeBase + k] = 1;
      count++;
    } else {
      v[k] = vStar;
      spikes[spikeBase + k] = 0;
    }
    i[k] = fround(iDec + x[k]!);
  }
  return count;
}

/** One LIF step in the given input order; returns the number of spikes. */
export function stepLif(
  order: ModelInputOrder,
  s: LifArrays,
  x: Float32Array,
  spikes: Float32Array,
  spikeBase: number,
  start: number,
  end: number,
): number {
  return order === 'norse-1.1'
    ? stepLifNorse11(s, x, spikes, spikeBase, start, end)
    : stepLifNorse007(s, x, spikes, spikeBase, start, end);
}
