/**
 * Where everything of one plan lives in the `wasm-simd` backend's memory: per-population state
 * and coefficient arrays, spike lists per history slot, generator outputs per history slot, and
 * each projection's weights in the form its kernel walks (column lists, transposed dense rows, or
 * a diagonal). Every array starts on a 16-byte boundary and is padded to a multiple of 4 floats.
 */
import type { Plan, PopulationPlan, ProjectionPlan } from '../../compile/types';

/** Bytes wasm32 can address in practice (2 GiB keeps every engine's limits happy). */
export const MAX_MEMORY_BYTES = 2 ** 31;

export const pad4 = (n: number): number => (n + 3) & ~3;

export type WeightLayout =
  | { kind: 'diagonal'; w: number }
  | { kind: 'sparse'; colStart: number; post: number; w: number }
  | { kind: 'dense'; wt: number; rowBytes: number };

export interface ProjectionLayout {
  plan: ProjectionPlan;
  /** Index into `populations` or `generators` of the source. */
  source: { kind: 'population' | 'generator'; index: number };
  weights: WeightLayout;
}

export interface PopulationLayout {
  plan: PopulationPlan;
  v: number;
  i: number;
  x: number;
  /** Uniform coefficients [a, b, vLeak, vTh, vReset], or null when they differ per neuron. */
  uniform: number[] | null;
  /** Per-neuron coefficient arrays (a, b, vLeak, vTh, vReset), when not uniform. */
  coefficients: number[];
  /** Spike list of each history slot (capacity: size). */
  lists: number[];
  inputs: ProjectionLayout[];
}

export interface GeneratorLayout {
  /** Output values of each history slot. */
  slots: number[];
}

export interface MemoryLayout {
  bytes: number;
  populations: PopulationLayout[];
  generators: GeneratorLayout[];
  /** Writes the constant parts (coefficients, weights) into memory once. */
  fill(memory: ArrayBuffer): void;
}

const COEFFICIENT_KEYS = ['a', 'b', 'vLeak', 'vTh', 'vReset'] as const;

function uniformCoefficients(plan: Plan, pop: PopulationPlan): number[] | null {
  const values: number[] = [];
  for (const key of COEFFICIENT_KEYS) {
    const array = plan[key];
    const first = array[pop.offset]!;
    for (let k = 1; k < pop.size; k++) {
      if (!Object.is(array[pop.offset + k], first)) return null;
    }
    values.push(first);
  }
  return values;
}

/** A one-to-one projection: sparse, one synapse per row, from the neuron of the same index. */
function isDiagonal(p: ProjectionPlan): boolean {
  const w = p.weights;
  if (w.kind !== 'sparse' || p.sourceSize !== p.targetSize) return false;
  for (let k = 0; k < p.targetSize; k++) {
    if (w.rowStart[k + 1] !== k + 1 || w.preIndex[k] !== k) return false;
  }
  return true;
}

export function layoutMemory(plan: Plan): MemoryLayout {
  let bytes = 0;
  const alloc = (floats: number): number => {
    const at = bytes;
    bytes += pad4(floats) * 4;
    return at;
  };
  const writes: ((f32: Float32Array, i32: Int32Array) => void)[] = [];
  const depth = plan.historySteps;

  const generators: GeneratorLayout[] = plan.generators.map((g) => ({
    slots: Array.from({ length: depth }, () => alloc(g.size)),
  }));
  const popIndex = new Map(plan.populations.map((p, k) => [p.nodeId, k]));
  const genIndex = new Map(plan.generators.map((g, k) => [g.nodeId, k]));

  const populations: PopulationLayout[] = plan.populations.map((pop) => {
    const uniform = uniformCoefficients(plan, pop);
    const coefficients = uniform
      ? []
      : COEFFICIENT_KEYS.map((key) => {
          const at = alloc(pop.size);
          writes.push((f32) =>
            f32.set(plan[key].subarray(pop.offset, pop.offset + pop.size), at / 4),
          );
          return at;
        });
    return {
      plan: pop,
      v: alloc(pop.size),
      i: alloc(pop.size),
      x: alloc(pop.size),
      uniform,
      coefficients,
      lists: pop.kind === 'lif' ? Array.from({ length: depth }, () => alloc(pop.size)) : [],
      inputs: [],
    };
  });

  for (const [k, pop] of populations.entries()) {
    for (const j of pop.plan.inputs) {
      const p = plan.projections[j]!;
      const fromPopulation = popIndex.get(p.sourceId);
      const source =
        fromPopulation === undefined
          ? { kind: 'generator' as const, index: genIndex.get(p.sourceId)! }
          : { kind: 'population' as const, index: fromPopulation };
      populations[k]!.inputs.push({ plan: p, source, weights: layoutWeights(p, alloc, writes) });
    }
  }

  return {
    bytes,
    populations,
    generators,
    fill(memory) {
      const f32 = new Float32Array(memory);
      const i32 = new Int32Array(memory);
      for (const write of writes) write(f32, i32);
    },
  };
}

type Write = (f32: Float32Array, i32: Int32Array) => void;

function layoutWeights(
  p: ProjectionPlan,
  alloc: (n: number) => number,
  writes: Write[],
): WeightLayout {
  const w = p.weights;
  if (w.kind === 'dense') {
    // Transposed: row `pre` holds W[·, pre] for every post, padded to a multiple of 4.
    const rowFloats = pad4(p.targetSize);
    const wt = alloc(p.sourceSize * rowFloats);
    writes.push((f32) => {
      const base = wt / 4;
      for (let post = 0; post < p.targetSize; post++) {
        for (let pre = 0; pre < p.sourceSize; pre++) {
          f32[base + pre * rowFloats + post] = w.weights[post * p.sourceSize + pre]!;
        }
      }
    });
    return { kind: 'dense', wt, rowBytes: rowFloats * 4 };
  }
  if (isDiagonal(p)) {
    const at = alloc(p.targetSize);
    writes.push((f32) => f32.set(w.weights, at / 4));
    return { kind: 'diagonal', w: at };
  }
  // Rows (post) to columns (pre): counting sort keeps posts ascending within a column.
  const nnz = w.preIndex.length;
  const colStart = alloc(p.sourceSize + 1);
  const post = alloc(nnz);
  const weights = alloc(nnz);
  writes.push((f32, i32) => {
    const starts = new Int32Array(p.sourceSize + 1);
    for (let e = 0; e < nnz; e++) starts[w.preIndex[e]! + 1] = starts[w.preIndex[e]! + 1]! + 1;
    for (let pre = 0; pre < p.sourceSize; pre++) starts[pre + 1] = starts[pre + 1]! + starts[pre]!;
    i32.set(starts, colStart / 4);
    const next = starts.slice(0, p.sourceSize);
    for (let row = 0; row < p.targetSize; row++) {
      for (let e = w.rowStart[row]!; e < w.rowStart[row + 1]!; e++) {
        const pre = w.preIndex[e]!;
        const slot = next[pre]!;
        next[pre] = slot + 1;
        i32[post / 4 + slot] = row;
        f32[weights / 4 + slot] = w.weights[e]!;
      }
    }
  });
  return { kind: 'sparse', colStart, post, w: weights };
}
