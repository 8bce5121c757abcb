/**
 * The `wasm-simd` backend: exact like the reference, several times faster. The model step runs
 * four neurons per WebAssembly f32x4 instruction (IEEE single precision per operation, which is
 * exactly `Math.fround` after each operation), and synaptic input is event-driven: only the
 * presynaptic neurons that spiked (or generator outputs that are nonzero) are visited, in
 * ascending order, so every sum has the reference's terms in the reference's order.
 *
 * One step t, as the reference: generators write their outputs into history slot t; each
 * population in update order clears x, adds its projections (document order, sources read at
 * t − delay) and steps its model, whose spikes form the spike list of slot t; probes sample.
 */
import type { Plan } from '../../compile/types';
import { emitGenerators } from '../reference/emitGenerators';
import type { Runner, SampleChunk } from '../types';
import { kernelModule, modelExportName, type KernelExports } from './kernels';
import { MAX_MEMORY_BYTES, layoutMemory, pad4, type ProjectionLayout } from './layout';
import { createProbeRecorder } from './probes';
import { wasmApi } from './wasmApi';

export interface SimdState {
  f32: Float32Array;
  i32: Int32Array;
  /** Spike counts per population (update order) per history slot. */
  counts: Int32Array[];
}

export function createSimdRunner(plan: Plan): Runner {
  const layout = layoutMemory(plan);
  if (layout.bytes > MAX_MEMORY_BYTES) {
    throw new RangeError(
      `the circuit needs ${layout.bytes} bytes of WebAssembly memory; the limit is ${MAX_MEMORY_BYTES}`,
    );
  }
  const module = kernelModule();
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(layout.bytes / 65536)) });
  const kernels = new wasm.Instance(module, { env: { memory } }).exports as KernelExports;
  layout.fill(memory.buffer);
  const f32 = new Float32Array(memory.buffer);
  const i32 = new Int32Array(memory.buffer);
  const depth = plan.historySteps;
  const counts = layout.populations.map(() => new Int32Array(depth));
  const state: SimdState = { f32, i32, counts };

  const deliver = (input: ProjectionLayout, x: number, t: number): void => {
    const from = t - input.plan.delaySteps;
    if (from < 0) return;
    const slot = from % depth;
    const w = input.weights;
    if (input.source.kind === 'population') {
      const src = layout.populations[input.source.index]!.lists[slot]!;
      const count = counts[input.source.index]![slot]!;
      if (count === 0) return;
      if (w.kind === 'diagonal') kernels.diagonal_spikes!(src, count, w.w, x);
      else if (w.kind === 'sparse') kernels.sparse_spikes!(src, count, w.colStart, w.post, w.w, x);
      else kernels.dense_spikes!(src, count, w.wt, w.rowBytes, x);
      return;
    }
    const src = layout.generators[input.source.index]!.slots[slot]!;
    const n = input.plan.sourceSize;
    if (w.kind === 'diagonal') kernels.diagonal_values!(src, n, w.w, x);
    else if (w.kind === 'sparse') kernels.sparse_values!(src, n, w.colStart, w.post, w.w, x);
    else kernels.dense_values!(src, n, w.wt, w.rowBytes, x);
  };

  const steps = layout.populations.map((pop, p) => {
    const order = plan.inputOrder === 'norse-1.1' ? '11' : '007';
    const fn = kernels[modelExportName(pop.plan.kind, order, pop.uniform ? 'u' : 'n')]!;
    const { v, i, x } = pop;
    const n = pop.plan.size;
    const [a, b, vLeak, vTh, vReset] = pop.uniform ?? pop.coefficients;
    const xStart = x / 4;
    const xEnd = xStart + pad4(n);
    return (t: number, slot: number): void => {
      f32.fill(0, xStart, xEnd);
      for (const input of pop.inputs) deliver(input, x, t);
      const list = pop.lists[slot] ?? 0;
      const spikes = fn(v, i, x, list, n, a!, b!, vLeak!, vTh!, vReset!);
      if (pop.plan.kind === 'lif') counts[p]![slot] = spikes;
    };
  });

  const probes = createProbeRecorder(plan, layout, state);
  let step = 0;

  const reset = (): void => {
    f32.fill(0);
    layout.fill(memory.buffer);
    for (const pop of layout.populations) {
      const { offset, size } = pop.plan;
      f32.set(plan.vInit.subarray(offset, offset + size), pop.v / 4);
    }
    for (const c of counts) c.fill(0);
    step = 0;
  };

  const advance = (count: number): SampleChunk => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`advance(steps) needs a whole number ≥ 0, got ${count}`);
    }
    const startStep = step;
    const chunk = probes.start(startStep, count);
    for (let s = 0; s < count; s++) {
      const t = startStep + s;
      const slot = t % depth;
      for (let g = 0; g < plan.generators.length; g++) {
        const gen = plan.generators[g]!;
        const base = layout.generators[g]!.slots[slot]! / 4 - gen.offset;
        emitGenerators([gen], t, plan.dtMs, f32, base);
      }
      for (const stepPopulation of steps) stepPopulation(t, slot);
      probes.record(t, s, slot);
      step = t + 1;
    }
    return chunk;
  };

  reset();
  return {
    plan,
    get currentStep() {
      return step;
    },
    advance,
    reset,
  };
}
