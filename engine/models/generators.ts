/**
 * Input generators as pure functions of (parameters, neuron, step): no state, so any backend can
 * evaluate any step in any order and a restart needs nothing reset. Times in ms become steps by
 * `Math.round(tMs / dtMs)` everywhere, so a spike at 20 ms with dt = 1 ms lands on step 20.
 *
 * - spikeTimes: a spike (value 1) at each listed step; a step listed twice is still one spike.
 * - regular: spikes at `round((phaseMs + k·periodMs) / dtMs)` for k = 0, 1, 2, …; the period is
 *   kept in ms (not rounded to whole steps), so a 30 Hz train averages exactly 30 Hz.
 * - poisson: a spike with probability rateHz·dtMs/1000 per step, from the counter-based hash of
 *   (seed, neuron, step) in rng.ts.
 * - constantCurrent: the amplitude at every step in [startStep, stopStep), 0 elsewhere.
 */
import { drawHappens, hashU32, RNG_STREAM } from './rng';

/** The step a time in ms falls on. */
export function timeToStep(tMs: number, dtMs: number): number {
  return Math.round(tMs / dtMs);
}

/**
 * True when the sorted list `sortedSteps[from, to)` contains `step` (binary search, so a
 * generator neuron with many spikes costs O(log n) per step and no cursor state).
 */
export function spikeTimesFires(
  sortedSteps: Int32Array,
  from: number,
  to: number,
  step: number,
): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedSteps[mid]! < step) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && sortedSteps[lo] === step;
}

/** True when a regular train with `periodMs` (> 0) starting at `phaseMs` spikes at `step`. */
export function regularFires(
  step: number,
  periodMs: number,
  phaseMs: number,
  dtMs: number,
): boolean {
  if (!(periodMs > 0) || !Number.isFinite(periodMs)) return false;
  const k0 = Math.floor((step * dtMs - phaseMs) / periodMs);
  // Rounding puts the spike of k0 - 1, k0 or k0 + 1 on this step, never one further away.
  for (let k = k0 - 1; k <= k0 + 1; k++) {
    if (k >= 0 && Math.round((phaseMs + k * periodMs) / dtMs) === step) return true;
  }
  return false;
}

/** The period in ms of a regular generator given `periodMs` or `rateHz` (rate 0: never fires). */
export function regularPeriodMs(rateHz: number | undefined, periodMs: number | undefined): number {
  if (periodMs !== undefined) return periodMs;
  if (rateHz !== undefined && rateHz > 0) return 1000 / rateHz;
  return Infinity;
}

/** True when Poisson neuron `neuron` spikes at `step` (see rng.ts for `threshold24`). */
export function poissonFires(
  seedLo: number,
  seedHi: number,
  threshold24: number,
  neuron: number,
  step: number,
): boolean {
  return drawHappens(hashU32(seedLo, seedHi, RNG_STREAM.poisson, neuron, step), threshold24);
}

/** The per-step spike probability of a Poisson generator. */
export function poissonProbability(rateHz: number, dtMs: number): number {
  return (rateHz * dtMs) / 1000;
}

/** True when a constant-current source is on at `step`: startStep ≤ step < stopStep. */
export function constantCurrentOn(step: number, startStep: number, stopStep: number): boolean {
  return step >= startStep && step < stopStep;
}
