/**
 * Probe samples for the `wasm-simd` backend, read from what the driver recorded during a block:
 * v and i values per step, each spike-probed population's spike lists (so a raster of thousands
 * of neurons costs only its spikes), and generator outputs from their rows.
 */
import type { Plan } from '../../compile/types';
import type { SampleChunk } from '../types';
import type { MemoryLayout } from './layout';

export interface ProbeReader {
  /** A fresh chunk for `count` steps from `startStep`. */
  start(startStep: number, count: number): SampleChunk;
  beforeBlock(): void;
  /** Copies the samples of a block of `steps` steps from t0 into the chunk at `at`. */
  afterBlock(chunk: SampleChunk, t0: number, at: number, steps: number): void;
}

export function createProbeReader(
  plan: Plan,
  layout: MemoryLayout,
  f32: Float32Array,
  i32: Int32Array,
): ProbeReader {
  const popIndex = new Map(layout.populations.map((p, k) => [p.plan.nodeId, k]));
  const genIndex = new Map(plan.generators.map((g, k) => [g.nodeId, k]));

  // v/i: recorded entry j belongs to (probe, column), in the order layout.ts wrote the index.
  const valueTargets: { probe: number; column: number }[] = [];
  plan.probes.forEach((probe, k) => {
    if (probe.variable === 'spikes' || !popIndex.has(probe.targetId)) return;
    probe.neurons.forEach((_, column) => valueTargets.push({ probe: k, column }));
  });

  // Population spikes: neuron → the (probe, column) pairs it feeds, as a CSR over neurons.
  const spikeMaps = layout.populations.flatMap((pop, p) => {
    if (!pop.spikeRecord) return [];
    const targets: { probe: number; column: number; neuron: number }[] = [];
    plan.probes.forEach((probe, k) => {
      if (probe.variable !== 'spikes' || popIndex.get(probe.targetId) !== p) return;
      probe.neurons.forEach((neuron, column) => targets.push({ probe: k, column, neuron }));
    });
    targets.sort((a, b) => a.neuron - b.neuron);
    const start = new Int32Array(pop.plan.size + 1);
    for (const t of targets) start[t.neuron + 1] = start[t.neuron + 1]! + 1;
    for (let n = 0; n < pop.plan.size; n++) start[n + 1] = start[n + 1]! + start[n]!;
    return [{ record: pop.spikeRecord, start, targets }];
  });

  /** Per spike map, the output list of each target, for the chunk being filled. */
  let outputs: number[][][] = [];
  let filling: SampleChunk | null = null;

  return {
    start(startStep, count) {
      const chunk: SampleChunk = {
        startStep,
        stepCount: count,
        probes: plan.probes.map((p) =>
          p.variable === 'spikes'
            ? { probeId: p.probeId, spikeSteps: Array.from(p.neurons, () => []) }
            : { probeId: p.probeId, values: Array.from(p.neurons, () => new Float32Array(count)) },
        ),
      };
      filling = chunk;
      outputs = spikeMaps.map(({ targets }) =>
        targets.map((t) => chunk.probes[t.probe]!.spikeSteps![t.column]!),
      );
      return chunk;
    },
    beforeBlock() {
      for (const { record } of spikeMaps) i32[record.total / 4] = 0;
    },
    afterBlock(chunk, t0, at, steps) {
      if (chunk !== filling) throw new Error('afterBlock for a chunk that is not being filled');
      const { samples, count } = layout.valueRecord;
      for (let j = 0; j < count; j++) {
        const { probe, column } = valueTargets[j]!;
        const out = chunk.probes[probe]!.values![column]!;
        for (let s = 0; s < steps; s++) out[at + s] = f32[samples / 4 + s * count + j]!;
      }
      spikeMaps.forEach(({ record, start }, m) => {
        const lists = outputs[m]!;
        let e = record.events / 4;
        for (let s = 0; s < steps; s++) {
          const spikes = i32[record.stepCounts / 4 + s]!;
          const t = t0 + s;
          for (let q = 0; q < spikes; q++) {
            const neuron = i32[e++]!;
            const end = start[neuron + 1]!;
            for (let r = start[neuron]!; r < end; r++) lists[r]!.push(t);
          }
        }
      });
      plan.probes.forEach((probe, k) => {
        const g = genIndex.get(probe.targetId);
        if (g === undefined) return;
        const { rows, rowBytes, uniform } = layout.generators[g]!;
        for (let s = 0; s < steps; s++) {
          const row = (rows + (layout.historyRows + s) * rowBytes) / 4;
          probe.neurons.forEach((neuron, column) => {
            if (f32[uniform ? row : row + neuron] !== 0) {
              chunk.probes[k]!.spikeSteps![column]!.push(t0 + s);
            }
          });
        }
      });
    },
  };
}
