/**
 * A plan as gpu.js kernels, and the fused pipelines that run S steps per call.
 *
 * Per population, in update order: one gather kernel per incoming projection (document order,
 * each adding its contributions to x), then the model kernel (state [v | i | z] → next state),
 * then, if probed, a kernel picking the probed entries. A pipeline records S such steps once
 * (gpu.js `createPipeline`): intermediates stay on the device, only the probe picks and the
 * states the next call needs come back.
 *
 * Pipeline arguments: per population its last K states (K = max(1, historySteps − 1); the most
 * recent first), then per generator a table of its outputs for steps t0 − R … t0 + S − 1
 * (R = historySteps − 1), computed on the CPU with the reference's generator functions, then per
 * population whose x is the same in every neuron (uniformInput.ts) its x for the S steps.
 */
import type { IKernelRunShortcut, IPipelineHandle, IPipelineRunShortcut } from 'gpu.js';

/** A value inside a pipeline trace: an opaque handle, an argument, or a plain array. */
type Handle = IPipelineHandle;
import type { GeneratorPlan, Plan, PopulationPlan, ProjectionPlan } from '../../compile/types';
import type { GpuJsModule, GpuMode } from './loader';
import { gatherSource, modelSource, PROBE_SOURCE, type Rounding, type SourceRead } from './sources';
import { uniformInputTerms, type UniformTerm } from './uniformInput';

/** Float32 holds integers exactly up to 2^24: indices and counts beyond cannot be addressed. */
const MAX_EXACT_INDEX = 16_777_216;

type Gpu = InstanceType<GpuJsModule['GPU']>;

interface Gather {
  kernel: IKernelRunShortcut;
  read: SourceRead;
  /** Population index (update order) or generator index of the source. */
  source: number;
  delay: number;
  first: boolean;
}

export interface ProbePick {
  probe: number;
  column: number;
}

interface PopulationProgram {
  plan: PopulationPlan;
  gathers: Gather[];
  /** When x is the same for every neuron: its terms (x comes from a per-step table). */
  uniformInput: UniformTerm[] | null;
  model: IKernelRunShortcut;
  probe: IKernelRunShortcut | null;
  /** What each entry of the probe kernel's output is. */
  picks: ProbePick[];
}

export interface Program {
  populations: PopulationProgram[];
  /** States kept per population between calls, and history rows in each generator table. */
  keep: number;
  historyRows: number;
  /** Whether generator g's table holds one value per neuron (else one per step). */
  perNeuronTable: boolean[];
  pipeline(steps: number): IPipelineRunShortcut;
  /** Frees this program's kernels and pipelines (the GPU instance stays). */
  destroy(): void;
}

const uniformKinds = new Set<GeneratorPlan['kind']>(['regular', 'constantCurrent']);

function isUniform(plan: Plan, pop: PopulationPlan): boolean {
  for (const key of ['a', 'b', 'vLeak', 'vTh', 'vReset'] as const) {
    const array = plan[key];
    for (let k = 1; k < pop.size; k++) {
      if (!Object.is(array[pop.offset + k], array[pop.offset])) return false;
    }
  }
  return true;
}

export function buildProgram(plan: Plan, gpu: Gpu, mode: GpuMode): Program {
  const popIndex = new Map(plan.populations.map((p, k) => [p.nodeId, k]));
  const genIndex = new Map(plan.generators.map((g, k) => [g.nodeId, k]));
  const perNeuronTable = plan.generators.map((g) => !uniformKinds.has(g.kind));
  const rounding: Rounding = mode === 'cpu' ? 'fround' : 'float32';
  const settings = (output: number, constants: Record<string, unknown>, loops = 1) => ({
    output: [output],
    constants,
    loopMaxIterations: Math.max(1, loops),
    precision: 'single' as const,
    tactic: 'precision' as const,
  });

  const gatherFor = (p: ProjectionPlan, first: boolean): Gather => {
    const fromPop = popIndex.get(p.sourceId);
    const fromGen = genIndex.get(p.sourceId);
    const read: SourceRead =
      fromPop !== undefined ? 'state' : perNeuronTable[fromGen!] ? 'table' : 'uniform-table';
    const w = p.weights;
    const constants: Record<string, unknown> = { m: p.sourceSize, zOffset: 2 * p.sourceSize };
    let loops = p.sourceSize;
    if (w.kind === 'dense') {
      constants.w = w.weights;
    } else {
      if (w.preIndex.length >= MAX_EXACT_INDEX) {
        throw new RangeError(
          `projection ${p.edgeId} has ${w.preIndex.length} synapses; gpu.js backends address at most ${MAX_EXACT_INDEX}`,
        );
      }
      constants.w = w.weights;
      constants.rowStart = Float32Array.from(w.rowStart);
      constants.preIndex = Float32Array.from(w.preIndex);
      loops = 1;
      for (let post = 0; post < p.targetSize; post++) {
        loops = Math.max(loops, w.rowStart[post + 1]! - w.rowStart[post]!);
      }
    }
    const source = gatherSource({ weights: w.kind, read, first, rounding });
    return {
      kernel: gpu.createKernel(source, settings(p.targetSize, constants, loops)),
      read,
      source: fromPop ?? fromGen!,
      delay: p.delaySteps,
      first,
    };
  };

  const populations = plan.populations.map((pop): PopulationProgram => {
    // WebGL2 addresses textures through float coordinates; WGSL, wasm and JavaScript index with
    // integers (WebGPU's own buffer-size limit still applies, with gpu.js's message).
    if (mode === 'webgl2' && 3 * pop.size >= MAX_EXACT_INDEX) {
      throw new RangeError(
        `population ${pop.label} has ${pop.size} neurons; gpu.js webgl2 handles at most ${Math.floor(MAX_EXACT_INDEX / 3)}`,
      );
    }
    const uniform = isUniform(plan, pop);
    const constants: Record<string, unknown> = { n: pop.size };
    for (const key of ['a', 'b', 'vLeak', 'vTh', 'vReset'] as const) {
      constants[key] = uniform
        ? plan[key][pop.offset]
        : plan[key].slice(pop.offset, pop.offset + pop.size);
    }
    const uniformInput = uniformInputTerms(plan, pop);
    // A sparse projection without synapses adds nothing (and gpu.js takes no empty arrays).
    const inputs = pop.inputs
      .map((j) => plan.projections[j]!)
      .filter((p) => p.weights.kind === 'dense' || p.weights.preIndex.length > 0);
    const gathers = uniformInput ? [] : inputs.map((p, k) => gatherFor(p, k === 0));
    const model = gpu.createKernel(
      modelSource({
        kind: pop.kind,
        order: plan.inputOrder,
        uniform,
        input: uniformInput ? 'uniform' : gathers.length > 0 ? 'array' : 'none',
        rounding,
      }),
      settings(3 * pop.size, constants),
    );
    const picks: ProbePick[] = [];
    const index: number[] = [];
    plan.probes.forEach((probe, k) => {
      if (probe.targetId !== pop.nodeId) return;
      const part = probe.variable === 'v' ? 0 : probe.variable === 'i' ? 1 : 2;
      probe.neurons.forEach((neuron, column) => {
        picks.push({ probe: k, column });
        index.push(part * pop.size + neuron);
      });
    });
    if (index.some((entry) => entry >= MAX_EXACT_INDEX)) {
      throw new RangeError(
        `a probe of ${pop.label} reaches state entry ${index.reduce((m, e) => Math.max(m, e), 0)}; gpu.js backends address probes up to ${MAX_EXACT_INDEX - 1}`,
      );
    }
    const probe =
      index.length === 0
        ? null
        : gpu.createKernel(
            PROBE_SOURCE,
            settings(index.length, { index: Float32Array.from(index) }),
          );
    return { plan: pop, gathers, uniformInput, model, probe, picks };
  });

  const keep = Math.max(1, plan.historySteps - 1);
  const historyRows = plan.historySteps - 1;
  const pipelines = new Map<number, IPipelineRunShortcut>();

  const orchestrate = (steps: number) =>
    function (this: unknown, ...args: Handle[]): Handle[] {
      const states: Handle[][] = populations.map(() => []);
      const stateAt = (p: number, s: number): Handle =>
        s >= 0 ? states[p]![s] : args[p * keep + (-s - 1)];
      const tables = args.slice(populations.length * keep);
      // After the generator tables: the x table of each uniformly driven population.
      const xTables = new Map<number, Handle>();
      populations.forEach((pop, p) => {
        if (pop.uniformInput)
          xTables.set(p, args[populations.length * keep + plan.generators.length + xTables.size]);
      });
      const results: Handle[] = [];
      for (let s = 0; s < steps; s++) {
        populations.forEach((pop, p) => {
          let x: Handle = null;
          for (const g of pop.gathers) {
            const from = s - g.delay;
            const head = g.first ? [] : [x];
            x =
              g.read === 'state'
                ? g.kernel(...head, stateAt(g.source, from))
                : g.kernel(...head, tables[g.source], historyRows + from);
          }
          const previous = stateAt(p, s - 1);
          const next = pop.uniformInput
            ? pop.model(previous, xTables.get(p), s)
            : x === null
              ? pop.model(previous)
              : pop.model(previous, x);
          states[p]![s] = next;
          if (pop.probe) results.push(pop.probe(next));
        });
      }
      populations.forEach((_, p) => {
        for (let d = 1; d <= keep; d++) results.push(stateAt(p, steps - d));
      });
      return results;
    };

  return {
    populations,
    keep,
    historyRows,
    perNeuronTable,
    pipeline(steps) {
      let pipeline = pipelines.get(steps);
      if (!pipeline) {
        const fn = orchestrate(steps);
        // gpu.js sizes the pipeline's arguments by the function's declared parameter count.
        Object.defineProperty(fn, 'length', {
          value:
            populations.length * keep +
            plan.generators.length +
            populations.filter((p) => p.uniformInput).length,
        });
        pipeline = gpu.createPipeline(fn);
        pipelines.set(steps, pipeline);
      }
      return pipeline;
    },
    destroy() {
      for (const pipeline of pipelines.values()) void pipeline.destroy().catch(() => undefined);
      pipelines.clear();
      for (const pop of populations) {
        for (const kernel of [...pop.gathers.map((g) => g.kernel), pop.model, pop.probe]) {
          kernel?.destroy();
        }
      }
    },
  };
}
