/**
 * Probe sampling for the `wasm-simd` backend, after each step: v and i read straight from the
 * state arrays; population spikes from the step's spike list (so a raster of thousands of
 * neurons costs only the spikes, not a scan); generator spikes from the nonzero outputs.
 */
import type { Plan, ProbePlan } from '../../compile/types';
import type { ProbeChunk, SampleChunk } from '../types';
import type { MemoryLayout } from './layout';
import type { SimdState } from './runner';

export interface ProbeRecorder {
  /** A fresh chunk for `count` steps from `startStep`; `record` fills it. */
  start(startStep: number, count: number): SampleChunk;
  /** Samples step `t` (the `s`-th of the chunk), whose outputs are in history `slot`. */
  record(t: number, s: number, slot: number): void;
}

type Sampler = (t: number, s: number, slot: number, chunk: ProbeChunk) => void;

export function createProbeRecorder(
  plan: Plan,
  layout: MemoryLayout,
  state: SimdState,
): ProbeRecorder {
  const { f32, i32, counts } = state;
  const popIndex = new Map(layout.populations.map((p, k) => [p.plan.nodeId, k]));
  const genIndex = new Map(plan.generators.map((g, k) => [g.nodeId, k]));

  // Population spike probes: per population, which (probe, column) pairs each neuron feeds.
  const spikeTargets = new Map<number, { probe: number; column: number; neuron: number }[]>();
  plan.probes.forEach((probe, k) => {
    const p = popIndex.get(probe.targetId);
    if (probe.variable !== 'spikes' || p === undefined) return;
    const list = spikeTargets.get(p) ?? [];
    probe.neurons.forEach((neuron, column) => list.push({ probe: k, column, neuron }));
    spikeTargets.set(p, list);
  });
  const spikeMaps = [...spikeTargets.entries()].map(([p, targets]) => {
    // neuron → first target index (targets sorted by neuron), as a CSR over neurons
    const size = layout.populations[p]!.plan.size;
    targets.sort((a, b) => a.neuron - b.neuron);
    const start = new Int32Array(size + 1);
    for (const target of targets) start[target.neuron + 1] = start[target.neuron + 1]! + 1;
    for (let n = 0; n < size; n++) start[n + 1] = start[n + 1]! + start[n]!;
    return { p, start, targets };
  });

  const samplers: (Sampler | null)[] = plan.probes.map((probe) => samplerFor(probe));

  function samplerFor(probe: ProbePlan): Sampler | null {
    const neurons = probe.neurons;
    const p = popIndex.get(probe.targetId);
    if (p !== undefined) {
      if (probe.variable === 'spikes') return null; // handled through the spike lists
      const pop = layout.populations[p]!;
      const base = (probe.variable === 'v' ? pop.v : pop.i) / 4;
      return (_t, s, _slot, chunk) => {
        const values = chunk.values!;
        for (let j = 0; j < neurons.length; j++) values[j]![s] = f32[base + neurons[j]!]!;
      };
    }
    const slots = layout.generators[genIndex.get(probe.targetId)!]!.slots;
    return (t, _s, slot, chunk) => {
      const base = slots[slot]! / 4;
      for (let j = 0; j < neurons.length; j++) {
        if (f32[base + neurons[j]!] !== 0) chunk.spikeSteps![j]!.push(t);
      }
    };
  }

  let current: SampleChunk | null = null;
  return {
    start(startStep, count) {
      current = {
        startStep,
        stepCount: count,
        probes: plan.probes.map((p) =>
          p.variable === 'spikes'
            ? { probeId: p.probeId, spikeSteps: Array.from(p.neurons, () => []) }
            : { probeId: p.probeId, values: Array.from(p.neurons, () => new Float32Array(count)) },
        ),
      };
      return current;
    },
    record(t, s, slot) {
      const chunk = current!;
      for (let k = 0; k < samplers.length; k++) samplers[k]?.(t, s, slot, chunk.probes[k]!);
      for (const { p, start, targets } of spikeMaps) {
        const count = counts[p]![slot]!;
        if (count === 0) continue;
        const list = layout.populations[p]!.lists[slot]! / 4;
        for (let e = 0; e < count; e++) {
          const neuron = i32[list + e]!;
          for (let q = start[neuron]!; q < start[neuron + 1]!; q++) {
            const target = targets[q]!;
            chunk.probes[target.probe]!.spikeSteps![target.column]!.push(t);
          }
        }
      }
    },
  };
}
