/**
 * Scanning a runner's state for NaN or ±Infinity, on every population whether probed or not.
 *
 * A non-finite v or i is sticky once stored: i' = b·i + x keeps it (NaN or ±Infinity), and a
 * non-finite v gives v' = v + a·((vLeak − v) + i) = NaN, which never crosses the threshold (so
 * no reset). Only a v that overflows to +Infinity within one step and spikes is reset at once,
 * and then no state (and no probe, which samples after the reset) ever held it. So checking the
 * state after a chunk finds every non-finite value the chunk stored, and a run can be replayed
 * to find the first step.
 */
import type { Plan } from '../compile/types';

export interface NonFiniteUnit {
  /** The unit's global index in the plan (population offset + neuron). */
  unit: number;
  variable: 'v' | 'i';
  value: number;
}

/** The first non-finite entry of `values[from .. from + count)`, or −1 (x − x is NaN exactly then). */
export function firstNonFinite(values: Float32Array, from: number, count: number): number {
  const end = from + count;
  for (let k = from; k < end; k++) {
    const x = values[k]!;
    if (x - x !== 0) return k - from;
  }
  return -1;
}

/**
 * The first non-finite v or i in update order, then neuron order (v before i for one neuron):
 * `read(p)` gives population p's arrays and where its neurons start in them.
 */
export interface PopulationState {
  v: Float32Array;
  vAt: number;
  i: Float32Array;
  iAt: number;
}

export function scanPopulations(
  plan: Plan,
  read: (p: number) => PopulationState,
): NonFiniteUnit | null {
  for (let p = 0; p < plan.populations.length; p++) {
    const pop = plan.populations[p]!;
    const { v, vAt, i, iAt } = read(p);
    const inV = firstNonFinite(v, vAt, pop.size);
    const inI = firstNonFinite(i, iAt, inV < 0 ? pop.size : inV + 1);
    if (inV < 0 && inI < 0) continue;
    const useI = inI >= 0 && (inV < 0 || inI < inV);
    const neuron = useI ? inI : inV;
    return {
      unit: pop.offset + neuron,
      variable: useI ? 'i' : 'v',
      value: useI ? i[iAt + neuron]! : v[vAt + neuron]!,
    };
  }
  return null;
}

/** The same over whole-plan arrays indexed by unit (the reference runner's state). */
export function scanUnitArrays(plan: Plan, v: Float32Array, i: Float32Array): NonFiniteUnit | null {
  return scanPopulations(plan, (p) => {
    const at = plan.populations[p]!.offset;
    return { v, vAt: at, i, iAt: at };
  });
}
