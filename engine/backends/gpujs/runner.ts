/**
 * The gpu.js backends (`webasm`, `cpu`, `webgl2`, `webgpu`): the plan as kernels (program.ts),
 * run S steps per pipeline call with one readback, S from a few fixed block sizes so a handful of
 * pipelines cover any `advance(n)`. Generator outputs are computed on the CPU per call with the
 * reference's functions (the same spikes on every backend, Poisson included).
 */
import type { GeneratorPlan, Plan } from '../../compile/types';
import { emitGenerators } from '../reference/emitGenerators';
import { scanPopulations } from '../nonFiniteState';
import { sameLayout } from '../planUpdate';
import type { BackendRunner, ProbeChunk, SampleChunk } from '../types';
import { loadGpuJs, type GpuMode } from './loader';
import { buildProgram, type Program } from './program';
import { uniformGeneratorValue, uniformInputTable } from './uniformInput';

/**
 * Steps per pipeline call, largest first: advance(n) uses as many of each as fit. Every size is
 * its own pipeline, compiled on first use. On webgl2 gpu.js runs pipelines step by step through
 * per-slot kernel clones (its generic executor), each a shader compile, so fewer sizes there.
 */
export const BLOCK_STEPS: Record<GpuMode, readonly number[]> = {
  webasm: [128, 32, 8, 1],
  cpu: [128, 32, 8, 1],
  webgpu: [128, 32, 8, 1],
  webgl2: [32, 1],
};

/**
 * Teardowns still running. gpu.js frees a GPU instance asynchronously (behind its pipelines'
 * call queues, worker pools included); a new runner waits for them, or a run of create/dispose
 * cycles (instant mode, the conformance suite) piles up compiled modules until V8 runs out of
 * WebAssembly code space.
 */
const teardowns = new Set<Promise<void>>();

export async function createGpuJsRunner(initialPlan: Plan, mode: GpuMode): Promise<BackendRunner> {
  await Promise.all(teardowns);
  const gpujs = await loadGpuJs();
  const gpu = new gpujs.GPU({ mode });
  let plan = initialPlan;
  let program: Program;
  try {
    program = buildProgram(plan, gpu, mode);
  } catch (error) {
    void gpu.destroy();
    throw error;
  }
  let { populations, perNeuronTable } = program;
  const { keep, historyRows } = program;
  const kept: Float32Array[][] = populations.map(() => []);
  let step = 0;
  let disposed = false;
  /** Block sizes whose pipeline was seen running on the requested mode. */
  const verified = new Set<number>();
  let detail: string | undefined;

  /**
   * The generators in effect from each step on. A delayed input reaches back before a live edit,
   * and there it must be what the generator emitted then (the reference keeps those outputs in
   * its history), not what the edited generator would emit.
   */
  let eras: { from: number; generators: GeneratorPlan[] }[] = [
    { from: 0, generators: plan.generators },
  ];
  const generatorAt = (k: number, t: number): GeneratorPlan => {
    let era = eras[0]!;
    for (const e of eras) if (e.from <= t) era = e;
    return era.generators[k]!;
  };

  const reset = (): void => {
    eras = [{ from: 0, generators: plan.generators }];
    populations.forEach((pop, p) => {
      const n = pop.plan.size;
      kept[p] = Array.from({ length: keep }, () => new Float32Array(3 * n));
      kept[p]![0]!.set(plan.vInit.subarray(pop.plan.offset, pop.plan.offset + n));
    });
    step = 0;
  };

  /** Generator outputs for steps t0 − R … t0 + S − 1 (zeros before step 0). */
  const tables = (t0: number, steps: number): Float32Array[] =>
    plan.generators.map((current, k) => {
      const rows = historyRows + steps;
      if (!perNeuronTable[k]) {
        const table = new Float32Array(rows);
        for (let r = 0; r < rows; r++) {
          const t = t0 - historyRows + r;
          if (t < 0) continue;
          table[r] = uniformGeneratorValue(generatorAt(k, t), t, plan.dtMs);
        }
        return table;
      }
      const table = new Float32Array(rows * current.size);
      for (let r = 0; r < rows; r++) {
        const t = t0 - historyRows + r;
        if (t < 0) continue;
        const g = generatorAt(k, t);
        emitGenerators([g], t, plan.dtMs, table, r * g.size - g.offset);
      }
      return table;
    });

  const runBlock = async (steps: number, chunk: SampleChunk, at: number): Promise<void> => {
    const t0 = step;
    const generatorTables = tables(t0, steps);
    const pipeline = program.pipeline(steps);
    const xTables = populations.flatMap((pop) =>
      pop.uniformInput ? [uniformInputTable(plan, pop.uniformInput, t0, steps, generatorAt)] : [],
    );
    const results = (await pipeline(
      ...kept.flat(),
      ...generatorTables,
      ...xTables,
    )) as Float32Array[];
    if (!verified.has(steps)) {
      verified.add(steps);
      const ran = pipeline.backend;
      const expected = mode === 'webgl2' ? 'gpu' : mode;
      if (ran !== expected) {
        throw new Error(
          `gpu.js ran on ${ran} instead of ${mode}: ${pipeline.fallbackReason ?? ''}`,
        );
      }
      detail = `gpu.js ${mode}, ${pipeline.executorKind} pipeline`;
    }
    let r = 0;
    for (let s = 0; s < steps; s++) {
      for (const pop of populations) {
        if (!pop.probe) continue;
        const picked = results[r++]!;
        pop.picks.forEach(({ probe, column }, e) => {
          const out: ProbeChunk = chunk.probes[probe]!;
          if (out.values) out.values[column]![at + s] = picked[e]!;
          else if (picked[e] !== 0) out.spikeSteps![column]!.push(t0 + s);
        });
      }
    }
    populations.forEach((_, p) => {
      for (let d = 0; d < keep; d++) kept[p]![d] = Float32Array.from(results[r++]!);
    });
    recordGeneratorProbes(chunk, generatorTables, t0, steps);
    step = t0 + steps;
  };

  const recordGeneratorProbes = (
    chunk: SampleChunk,
    generatorTables: Float32Array[],
    t0: number,
    steps: number,
  ): void => {
    plan.probes.forEach((probe, k) => {
      const g = plan.generators.findIndex((gen) => gen.nodeId === probe.targetId);
      if (g < 0) return;
      const table = generatorTables[g]!;
      const size = plan.generators[g]!.size;
      for (let s = 0; s < steps; s++) {
        const row = historyRows + s;
        probe.neurons.forEach((neuron, column) => {
          const value = perNeuronTable[g] ? table[row * size + neuron] : table[row];
          if (value !== 0) chunk.probes[k]!.spikeSteps![column]!.push(t0 + s);
        });
      }
    });
  };

  const advance = async (count: number): Promise<SampleChunk> => {
    if (disposed) throw new Error(`the ${mode} runner was disposed`);
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`advance(steps) needs a whole number ≥ 0, got ${count}`);
    }
    const chunk: SampleChunk = {
      startStep: step,
      stepCount: count,
      probes: plan.probes.map((p) =>
        p.variable === 'spikes'
          ? { probeId: p.probeId, spikeSteps: Array.from(p.neurons, () => []) }
          : { probeId: p.probeId, values: Array.from(p.neurons, () => new Float32Array(count)) },
      ),
    };
    let done = 0;
    for (const block of BLOCK_STEPS[mode]) {
      while (count - done >= block) {
        await runBlock(block, chunk, done);
        done += block;
      }
    }
    return chunk;
  };

  /**
   * New numbers, same state: coefficients and weights are kernel constants here, so the kernels
   * are built again from `next` (compiled on the next call), while the carried states and the
   * step stay — nothing is replayed. The old kernels and pipelines are freed.
   */
  const updatePlan = (next: Plan): Promise<boolean> => {
    if (disposed) return Promise.reject(new Error(`the ${mode} runner was disposed`));
    if (!sameLayout(plan, next)) return Promise.resolve(false);
    const rebuilt = buildProgram(next, gpu, mode);
    if (rebuilt.keep !== keep || rebuilt.historyRows !== historyRows) return Promise.resolve(false);
    const old = program;
    program = rebuilt;
    plan = next;
    // Eras no delayed input can reach any more are dropped; the oldest kept one covers the rest.
    eras = [...eras.filter((e) => e.from < step), { from: step, generators: next.generators }];
    while (eras.length > 1 && eras[1]!.from <= step - historyRows - 1) eras.shift();
    ({ populations, perNeuronTable } = rebuilt);
    verified.clear();
    old.destroy();
    return Promise.resolve(true);
  };

  reset();
  return {
    get plan() {
      return plan;
    },
    backend: mode,
    get detail() {
      return detail;
    },
    get currentStep() {
      return step;
    },
    advance,
    reset: () => {
      if (disposed) throw new Error(`the ${mode} runner was disposed`);
      reset();
    },
    updatePlan,
    // The most recent carried state of each population is [v | i | z] on the CPU after a call.
    findNonFinite: () =>
      scanPopulations(plan, (p) => {
        const state = kept[p]![0]!;
        return { v: state, vAt: 0, i: state, iAt: populations[p]!.plan.size };
      }),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      const teardown = gpu.destroy().catch(() => undefined);
      teardowns.add(teardown);
      void teardown.then(() => teardowns.delete(teardown));
    },
  };
}
