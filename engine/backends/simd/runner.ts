/**
 * The `wasm-simd` backend: exact like the reference, many times faster. A WebAssembly module is
 * generated per plan (driver.ts): the model step runs four neurons per f32x4 instruction (IEEE
 * single precision per operation, which is exactly `Math.fround` after each operation), synaptic
 * input is event-driven (only presynaptic spikes, ascending, so sums have the reference's terms in
 * the reference's order), and a whole block of steps runs per call from JavaScript.
 *
 * Per block JavaScript writes the generators' outputs for the block (the reference's own
 * functions, so Poisson spikes are the same bits), calls `run`, then turns the recorded spike
 * lists and values into probe samples.
 */
import type { Plan } from '../../compile/types';
import { constantCurrentOn, regularFires } from '../../models/generators';
import { emitGenerators } from '../reference/emitGenerators';
import { scanPopulations } from '../nonFiniteState';
import { sameLayout } from '../planUpdate';
import type { Runner, SampleChunk } from '../types';
import { assembleModule } from './assembler';
import { driverModuleBytes } from './driver';
import { kernelFunctions } from './kernels';
import { MAX_MEMORY_BYTES, layoutMemory } from './layout';
import { createProbeReader } from './probes';
import { wasmApi, type WasmApi, type WasmModule } from './wasmApi';

/** Null where WebAssembly SIMD works here, else the reason. */
export function simdSupported(): string | null {
  const wasm = wasmApi();
  if (!wasm) return 'WebAssembly is not available';
  try {
    return wasm.validate(assembleModule(kernelFunctions()))
      ? null
      : 'WebAssembly SIMD is not supported here';
  } catch (error) {
    return `WebAssembly SIMD is not available: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Compiled modules by their bytes. Values (coefficients, weights) live in memory, so the bytes
 * depend only on a circuit's structure: re-running after a parameter edit (instant mode) reuses
 * the module instead of compiling again.
 */
const modules = new Map<string, { bytes: Uint8Array; module: Promise<WasmModule> }[]>();
const MAX_CACHED_MODULES = 64;

function compileCached(wasm: WasmApi, bytes: Uint8Array): Promise<WasmModule> {
  let hash = 0x811c9dc5;
  for (let k = 0; k < bytes.length; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
  const key = `${bytes.length}:${hash >>> 0}`;
  const entries = modules.get(key) ?? [];
  const same = entries.find(
    (e) => e.bytes.length === bytes.length && e.bytes.every((b, k) => b === bytes[k]),
  );
  if (same) return same.module;
  if (modules.size >= MAX_CACHED_MODULES) modules.delete(modules.keys().next().value!);
  const module = wasm.compile(bytes);
  entries.push({ bytes, module });
  modules.set(key, entries);
  return module;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

export async function createSimdRunner(initialPlan: Plan): Promise<Runner> {
  const wasm = wasmApi();
  if (!wasm) throw new Error('WebAssembly is not available');
  let plan = initialPlan;
  let layout = layoutMemory(plan);
  if (layout.bytes > MAX_MEMORY_BYTES) {
    throw new RangeError(
      `the circuit needs ${layout.bytes} bytes of WebAssembly memory; the limit is ${MAX_MEMORY_BYTES}`,
    );
  }
  const moduleBytes = driverModuleBytes(plan, layout);
  const module = await compileCached(wasm, moduleBytes);
  const memory = new wasm.Memory({ initial: Math.max(1, Math.ceil(layout.bytes / 65536)) });
  const run = new wasm.Instance(module, { env: { memory } }).exports.run as (
    t0: number,
    steps: number,
  ) => void;
  const f32 = new Float32Array(memory.buffer);
  const i32 = new Int32Array(memory.buffer);
  let probes = createProbeReader(plan, layout, f32, i32);
  const { historyRows, blockSteps } = layout;
  let step = 0;

  const reset = (): void => {
    f32.fill(0);
    layout.fill(memory.buffer);
    for (const pop of layout.populations) {
      const { offset, size } = pop.plan;
      f32.set(plan.vInit.subarray(offset, offset + size), pop.v / 4);
    }
    step = 0;
  };

  /** Generator outputs of steps t0 … t0 + steps − 1 into rows historyRows …. */
  const emit = (t0: number, steps: number): void => {
    plan.generators.forEach((g, k) => {
      const { rows, rowBytes, uniform } = layout.generators[k]!;
      for (let s = 0; s < steps; s++) {
        const t = t0 + s;
        const row = (rows + (historyRows + s) * rowBytes) / 4;
        if (!uniform) emitGenerators([g], t, plan.dtMs, f32, row - g.offset);
        else if (g.kind === 'regular') {
          f32[row] = regularFires(t, g.periodMs, g.phaseMs, plan.dtMs) ? 1 : 0;
        } else if (g.kind === 'constantCurrent') {
          f32[row] = constantCurrentOn(t, g.startStep, g.stopStep) ? g.amplitude : 0;
        }
      }
    });
  };

  /** Moves the last `historyRows` rows of the block to the front, for the next block's delays. */
  const keepHistory = (steps: number): void => {
    for (const { rows, rowBytes } of layout.generators) {
      const from = (rows + steps * rowBytes) / 4;
      f32.copyWithin(rows / 4, from, from + (historyRows * rowBytes) / 4);
    }
  };

  const advance = (count: number): SampleChunk => {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`advance(steps) needs a whole number ≥ 0, got ${count}`);
    }
    const chunk = probes.start(step, count);
    let done = 0;
    while (done < count) {
      const steps = Math.min(blockSteps, count - done);
      emit(step, steps);
      probes.beforeBlock();
      run(step, steps);
      probes.afterBlock(chunk, step, done, steps);
      keepHistory(steps);
      step += steps;
      done += steps;
    }
    return chunk;
  };

  /**
   * New numbers in place: the module's code depends only on the structure (values live in
   * memory), so when `next` generates the same module over the same memory plan, writing its
   * constant parts (coefficients, weights) is the whole update; v, i, spike lists and the
   * generators' history rows stay as they are.
   */
  const updatePlan = (next: Plan): boolean => {
    if (!sameLayout(plan, next)) return false;
    const nextLayout = layoutMemory(next);
    if (nextLayout.bytes !== layout.bytes) return false;
    if (!sameBytes(driverModuleBytes(next, nextLayout), moduleBytes)) return false;
    nextLayout.fill(memory.buffer);
    plan = next;
    layout = nextLayout;
    probes = createProbeReader(plan, layout, f32, i32);
    return true;
  };

  reset();
  return {
    get plan() {
      return plan;
    },
    get currentStep() {
      return step;
    },
    advance,
    reset,
    updatePlan,
    findNonFinite: () =>
      scanPopulations(plan, (p) => {
        const pop = layout.populations[p]!;
        return { v: f32, vAt: pop.v / 4, i: f32, iAt: pop.i / 4 };
      }),
  };
}
