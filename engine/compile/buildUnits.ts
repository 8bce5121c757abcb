import { stepCoefficient } from '../models/coefficients';
import { hashU32, RNG_STREAM, streamSeed, uniform01 } from '../models/rng';
import type { CircuitNode, PerNeuron, PopulationNode } from '../schema/types';
import { hasNeurons } from './nodeKinds';

/** Per-unit coefficient arrays of the plan. */
export interface UnitArrays {
  a: Float32Array;
  b: Float32Array;
  vLeak: Float32Array;
  vTh: Float32Array;
  vReset: Float32Array;
  /** v at step 0 (vLeak unless the population sets `initialV`). */
  vInit: Float32Array;
}

/** Offsets of generators and populations in the shared unit index space, in document order. */
export function layoutUnits(nodes: readonly CircuitNode[]): {
  offsets: Map<string, number>;
  unitCount: number;
} {
  const offsets = new Map<string, number>();
  let unitCount = 0;
  for (const node of nodes) {
    if (!hasNeurons(node)) continue;
    offsets.set(node.id, unitCount);
    unitCount += node.size;
  }
  return { offsets, unitCount };
}

function valueAt(value: PerNeuron, k: number): number {
  return typeof value === 'number' ? value : value[k]!;
}

/**
 * Derives every population neuron's float32 coefficients from the user's parameters:
 * a = fround(fround(dt) · fround(1000/τmem)), b likewise with τsyn (see models/coefficients.ts).
 * Generator units stay 0: their entries are never read.
 */
export function buildUnitArrays(
  populations: readonly PopulationNode[],
  offsets: ReadonlyMap<string, number>,
  unitCount: number,
  dtMs: number,
  circuitSeed: number,
): UnitArrays {
  const arrays: UnitArrays = {
    a: new Float32Array(unitCount),
    b: new Float32Array(unitCount),
    vLeak: new Float32Array(unitCount),
    vTh: new Float32Array(unitCount),
    vReset: new Float32Array(unitCount),
    vInit: new Float32Array(unitCount),
  };
  for (const pop of populations) {
    const offset = offsets.get(pop.id)!;
    const p = pop.params;
    for (let k = 0; k < pop.size; k++) {
      const u = offset + k;
      arrays.a[u] = stepCoefficient(dtMs, valueAt(p.tauMemMs, k));
      arrays.b[u] = stepCoefficient(dtMs, valueAt(p.tauSynMs, k));
      arrays.vLeak[u] = valueAt(p.vLeak, k);
      if (pop.kind === 'lif') {
        arrays.vTh[u] = valueAt(pop.params.vTh, k);
        arrays.vReset[u] = valueAt(pop.params.vReset, k);
      }
    }
    fillInitialV(pop, circuitSeed, arrays.vInit, arrays.vLeak, offset);
  }
  return arrays;
}

/**
 * v at step 0: vLeak by default; a value or one per neuron; or uniform in [low, high), neuron k
 * drawing hash(seed, k) from the population's own stream (its seed, id and the circuit's seed).
 */
function fillInitialV(
  pop: PopulationNode,
  circuitSeed: number,
  vInit: Float32Array,
  vLeak: Float32Array,
  offset: number,
): void {
  const initial = pop.initialV;
  if (initial === undefined) {
    vInit.set(vLeak.subarray(offset, offset + pop.size), offset);
    return;
  }
  if (typeof initial === 'number' || Array.isArray(initial)) {
    for (let k = 0; k < pop.size; k++) vInit[offset + k] = valueAt(initial, k);
    return;
  }
  const { lo, hi } = streamSeed(circuitSeed, pop.seed ?? 0, pop.id);
  for (let k = 0; k < pop.size; k++) {
    const u = uniform01(hashU32(lo, hi, RNG_STREAM.initialV, k, 0));
    vInit[offset + k] = Math.fround(initial.low + u * (initial.high - initial.low));
  }
}
