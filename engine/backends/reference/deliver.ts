import type { ProjectionPlan } from '../../compile/types';

const fround = Math.fround;

/** Scratch buffers for the active presynaptic neurons of a dense projection (sized once). */
export interface DeliverScratch {
  activeIndex: Int32Array;
  activeValue: Float32Array;
}

/**
 * Adds one projection's contributions to the target's input `x`: for every postsynaptic neuron,
 * x = fround(x + fround(value · w)) over presynaptic neurons in index order. `value` is the
 * source's output at the delivery step (1 for a spike, or a current), read from `history` at
 * `sourceBase`. Silent presynaptic neurons are skipped: adding fround(0 · w) = ±0 to a sum that
 * starts at +0 never changes it, so skipping is exact and not a shortcut.
 */
export function deliverProjection(
  proj: ProjectionPlan,
  history: Float32Array,
  sourceBase: number,
  x: Float32Array,
  scratch: DeliverScratch,
): void {
  const targetOffset = proj.targetOffset;
  const postSize = proj.targetSize;
  const w = proj.weights;
  if (w.kind === 'dense') {
    const preSize = proj.sourceSize;
    const { activeIndex, activeValue } = scratch;
    let active = 0;
    for (let pre = 0; pre < preSize; pre++) {
      const value = history[sourceBase + pre]!;
      if (value !== 0) {
        activeIndex[active] = pre;
        activeValue[active] = value;
        active++;
      }
    }
    if (active === 0) return;
    const weights = w.weights;
    for (let post = 0; post < postSize; post++) {
      const row = post * preSize;
      let acc = x[targetOffset + post]!;
      for (let k = 0; k < active; k++) {
        acc = fround(acc + fround(activeValue[k]! * weights[row + activeIndex[k]!]!));
      }
      x[targetOffset + post] = acc;
    }
    return;
  }
  const { rowStart, preIndex, weights } = w;
  for (let post = 0; post < postSize; post++) {
    let acc = x[targetOffset + post]!;
    const end = rowStart[post + 1]!;
    for (let e = rowStart[post]!; e < end; e++) {
      const value = history[sourceBase + preIndex[e]!]!;
      if (value !== 0) acc = fround(acc + fround(value * weights[e]!));
    }
    x[targetOffset + post] = acc;
  }
}
