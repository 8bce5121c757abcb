/**
 * Where everything of one plan lives in the `wasm-simd` backend's memory: per-population state
 * and coefficient arrays, spike lists and counts per history slot, generator outputs for a block
 * of steps (plus the history rows delays reach back to), each projection's weights in the form its
 * kernel walks (column lists, transposed dense rows, or a diagonal), and the recording buffers.
 * Every array starts on a 32-byte boundary and is padded to a multiple of 8 floats.
 */
import type { Plan, PopulationPlan, ProjectionPlan } from '../../compile/types';

/** Bytes wasm32 can address in practice (2 GiB keeps every engine's limits happy). */
export const MAX_MEMORY_BYTES = 2 ** 31;
/** Recording buffers of one block stay around this size (more steps per block if it allows). */
const RECORD_BYTES_PER_BLOCK = 16 * 2 ** 20;
export const MAX_BLOCK_STEPS = 1024;

export const pad4 = (n: number): number => (n + 3) & ~3;
/** Population arrays hold whole groups of 8 (the model step does 8 neurons per iteration). */
export const pad8 = (n: number): number => (n + 7) & ~7;

/**
 * `uniform`: the one weight of a projection whose weights are all equal (else null), stored at
 * `uniformAt` — values live in memory, not in the code, so a parameter edit reuses the compiled
 * module.
 */
export type WeightLayout = (
  | { kind: 'diagonal'; w: number }
  | {
      kind: 'sparse';
      colStart: number;
      /** Post indices, 16-bit when the target has at most 65,536 neurons. */
      post: number;
      post16: boolean;
      w: number;
    }
  | { kind: 'dense'; wt: number; rowBytes: number }
) & { uniform: number | null; uniformAt: number };

export interface InputLayout {
  plan: ProjectionPlan;
  /** Index into `populations` (update order) or `generators` of the source. */
  source: { kind: 'population' | 'generator'; index: number };
  weights: WeightLayout;
}

export interface PopulationLayout {
  plan: PopulationPlan;
  v: number;
  i: number;
  /** x as an array, or null when x is one value for all neurons (`scalarInput`). */
  x: number | null;
  /** Uniform coefficients [a, b, vLeak, vTh, vReset], or null when they differ per neuron. */
  uniform: number[] | null;
  /** Where the uniform coefficients are stored (five floats). */
  uniformAt: number;
  /** Per-neuron coefficient arrays (a, b, vLeak, vTh, vReset), when not uniform. */
  coefficients: number[];
  /** LIF: spike list per history slot (`listBytes` apart) and spike count per slot. */
  lists: number;
  listBytes: number;
  counts: number;
  inputs: InputLayout[];
  /** When spikes are probed: the block's spike lists, counts per step, and their total. */
  spikeRecord: { events: number; stepCounts: number; total: number } | null;
}

export interface GeneratorLayout {
  /** Output rows of steps t0 − history … t0 + blockSteps − 1, `rowBytes` apart. */
  rows: number;
  rowBytes: number;
  /** One value per step (regular, constant current), or one per neuron. */
  uniform: boolean;
}

export interface MemoryLayout {
  bytes: number;
  blockSteps: number;
  /** History rows before the block in each generator's rows (largest delay). */
  historyRows: number;
  populations: PopulationLayout[];
  generators: GeneratorLayout[];
  /** Probed v and i: addresses of the values, and the block's samples (steps × count). */
  valueRecord: { index: number; samples: number; count: number };
  /** Writes the constant parts (coefficients, weights, record indices) into memory. */
  fill(memory: ArrayBuffer): void;
}

type Write = (f32: Float32Array, i32: Int32Array, u16: Uint16Array) => void;
const COEFFICIENT_KEYS = ['a', 'b', 'vLeak', 'vTh', 'vReset'] as const;

function sameValue(array: ArrayLike<number>, from: number, to: number): number | null {
  const first = array[from]!;
  for (let k = from + 1; k < to; k++) if (!Object.is(array[k], first)) return null;
  return first;
}

function uniformCoefficients(plan: Plan, pop: PopulationPlan): number[] | null {
  const values = COEFFICIENT_KEYS.map((key) =>
    sameValue(plan[key], pop.offset, pop.offset + pop.size),
  );
  return values.every((v) => v !== null) ? (values as number[]) : null;
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
  const alloc = (words: number): number => {
    const at = bytes;
    bytes += pad8(words) * 4;
    return at;
  };
  const writes: Write[] = [];
  const depth = plan.historySteps;
  const historyRows = depth - 1;
  const popIndex = new Map(plan.populations.map((p, k) => [p.nodeId, k]));
  const genIndex = new Map(plan.generators.map((g, k) => [g.nodeId, k]));
  const uniformGenerator = plan.generators.map(
    (g) => g.kind === 'regular' || g.kind === 'constantCurrent',
  );

  // Recording per step: probed v/i values and, worst case, every neuron of a spike-probed population.
  const valueCount = plan.probes
    .filter((p) => p.variable !== 'spikes' && popIndex.has(p.targetId))
    .reduce((sum, p) => sum + p.neurons.length, 0);
  const spikeProbed = new Set(
    plan.probes.filter((p) => p.variable === 'spikes').map((p) => p.targetId),
  );
  const perStep =
    4 * valueCount +
    plan.populations.reduce((sum, p) => sum + (spikeProbed.has(p.nodeId) ? 4 * p.size : 0), 0) +
    plan.generators.reduce((sum, g, k) => sum + (uniformGenerator[k] ? 4 : 4 * g.size), 0);
  const blockSteps = Math.max(
    1,
    Math.min(MAX_BLOCK_STEPS, Math.floor(RECORD_BYTES_PER_BLOCK / Math.max(perStep, 1))),
  );

  const generators: GeneratorLayout[] = plan.generators.map((g, k) => {
    const rowBytes = uniformGenerator[k] ? 4 : pad4(g.size) * 4;
    const rows = alloc(((historyRows + blockSteps) * rowBytes) / 4);
    return { rows, rowBytes, uniform: uniformGenerator[k]! };
  });

  const populations: PopulationLayout[] = plan.populations.map((pop) => {
    const uniform = uniformCoefficients(plan, pop);
    const inputs = pop.inputs.map((j): InputLayout => {
      const p = plan.projections[j]!;
      const fromPopulation = popIndex.get(p.sourceId);
      const source =
        fromPopulation === undefined
          ? { kind: 'generator' as const, index: genIndex.get(p.sourceId)! }
          : { kind: 'population' as const, index: fromPopulation };
      return { plan: p, source, weights: layoutWeights(p, alloc, writes) };
    });
    const scalarInput = inputs.every(
      (input) =>
        input.source.kind === 'generator' &&
        uniformGenerator[input.source.index] &&
        input.weights.kind !== 'sparse' &&
        input.weights.uniform !== null,
    );
    const uniformAt = uniform ? alloc(5) : 0;
    if (uniform) writes.push((f32) => f32.set(uniform, uniformAt / 4));
    const coefficients = uniform
      ? []
      : COEFFICIENT_KEYS.map((key) => {
          const at = alloc(pop.size);
          writes.push((f32) =>
            f32.set(plan[key].subarray(pop.offset, pop.offset + pop.size), at / 4),
          );
          return at;
        });
    const lif = pop.kind === 'lif';
    const listBytes = pad8(pop.size) * 4;
    return {
      plan: pop,
      v: alloc(pop.size),
      i: alloc(pop.size),
      x: scalarInput ? null : alloc(pop.size),
      uniform,
      uniformAt,
      coefficients,
      lists: lif ? alloc((depth * listBytes) / 4) : 0,
      listBytes,
      counts: lif ? alloc(depth) : 0,
      inputs,
      spikeRecord:
        lif && spikeProbed.has(pop.nodeId)
          ? {
              events: alloc(blockSteps * pop.size),
              stepCounts: alloc(blockSteps),
              total: alloc(1),
            }
          : null,
    };
  });

  const valueIndex = alloc(valueCount);
  const valueSamples = alloc(blockSteps * valueCount);
  writes.push((_f32, i32) => {
    let j = 0;
    for (const probe of plan.probes) {
      const p = popIndex.get(probe.targetId);
      if (probe.variable === 'spikes' || p === undefined) continue;
      const pop = populations[p]!;
      const base = probe.variable === 'v' ? pop.v : pop.i;
      for (const neuron of probe.neurons) i32[valueIndex / 4 + j++] = base + 4 * neuron;
    }
  });

  return {
    bytes,
    blockSteps,
    historyRows,
    populations,
    generators,
    valueRecord: { index: valueIndex, samples: valueSamples, count: valueCount },
    fill(memory) {
      const f32 = new Float32Array(memory);
      const i32 = new Int32Array(memory);
      const u16 = new Uint16Array(memory);
      for (const write of writes) write(f32, i32, u16);
    },
  };
}

function layoutWeights(
  p: ProjectionPlan,
  alloc: (n: number) => number,
  writes: Write[],
): WeightLayout {
  const w = p.weights;
  const uniform = w.weights.length > 0 ? sameValue(w.weights, 0, w.weights.length) : null;
  const uniformAt = uniform === null ? 0 : alloc(1);
  if (uniform !== null) writes.push((f32) => (f32[uniformAt / 4] = uniform));
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
    return { kind: 'dense', wt, rowBytes: rowFloats * 4, uniform, uniformAt };
  }
  if (isDiagonal(p)) {
    const at = alloc(p.targetSize);
    writes.push((f32) => f32.set(w.weights, at / 4));
    return { kind: 'diagonal', w: at, uniform, uniformAt };
  }
  // Rows (post) to columns (pre): counting sort keeps posts ascending within a column.
  const nnz = w.preIndex.length;
  const colStart = alloc(p.sourceSize + 1);
  const post16 = p.targetSize <= 65536;
  const post = alloc(post16 ? Math.ceil(nnz / 2) : nnz);
  const weights = uniform === null ? alloc(nnz) : 0;
  writes.push((f32, i32, u16) => {
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
        if (post16) u16[post / 2 + slot] = row;
        else i32[post / 4 + slot] = row;
        if (uniform === null) f32[weights / 4 + slot] = w.weights[e]!;
      }
    }
  });
  return { kind: 'sparse', colStart, post, post16, w: weights, uniform, uniformAt };
}
