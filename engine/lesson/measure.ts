/**
 * Measures what checks ask about a run: spikes (count, first spike) and the extremes of v, per
 * neuron, over the whole run on the exact reference backend. Only the measured nodes are recorded
 * (the document's own probes are not needed), and the run goes in chunks reduced as they come, so
 * a long run of a large population never holds its whole trace in memory.
 */
import { createReferenceRunner } from '../backends/reference';
import type { Plan, ProbePlan } from '../compile/types';

/** Per neuron of one node; `firstSpikeStep` is -1 for a neuron that never fired. */
export interface NodeStats {
  spikeCount?: Int32Array;
  firstSpikeStep?: Int32Array;
  maxV?: Float32Array;
  minV?: Float32Array;
}

export interface Wanted {
  nodeId: string;
  spikes: boolean;
  v: boolean;
}

/** Where a node's neurons lie in the plan's unit index space. */
export function unitSlice(plan: Plan, nodeId: string): { offset: number; size: number } | null {
  const found =
    plan.populations.find((p) => p.nodeId === nodeId) ??
    plan.generators.find((g) => g.nodeId === nodeId);
  return found === undefined ? null : { offset: found.offset, size: found.size };
}

/** Values of v recorded per chunk at most (16 MiB of float32). */
const CHUNK_VALUES = 4 * 1024 * 1024;

export function measureRun(plan: Plan, wanted: readonly Wanted[]): Map<string, NodeStats> {
  const probes: ProbePlan[] = [];
  const stats = new Map<string, NodeStats>();
  const sinks: ((chunk: { values?: Float32Array[]; spikeSteps?: number[][] }) => void)[] = [];
  let vNeurons = 0;
  for (const want of wanted) {
    const slice = unitSlice(plan, want.nodeId);
    if (slice === null) continue;
    const neurons = Int32Array.from({ length: slice.size }, (_, k) => k);
    const node: NodeStats = {};
    stats.set(want.nodeId, node);
    const base = { label: want.nodeId, targetId: want.nodeId, neurons, targetOffset: slice.offset };
    if (want.spikes) {
      const count = (node.spikeCount = new Int32Array(slice.size));
      const first = (node.firstSpikeStep = new Int32Array(slice.size).fill(-1));
      probes.push({ ...base, probeId: `lesson:${want.nodeId}:spikes`, variable: 'spikes' });
      sinks.push(({ spikeSteps }) =>
        spikeSteps!.forEach((steps, n) => {
          if (steps.length === 0) return;
          count[n]! += steps.length;
          if (first[n] === -1) first[n] = steps[0]!;
        }),
      );
    }
    if (want.v) {
      const max = (node.maxV = new Float32Array(slice.size).fill(-Infinity));
      const min = (node.minV = new Float32Array(slice.size).fill(Infinity));
      vNeurons += slice.size;
      probes.push({ ...base, probeId: `lesson:${want.nodeId}:v`, variable: 'v' });
      sinks.push(({ values }) =>
        values!.forEach((trace, n) => {
          let hi = max[n]!;
          let lo = min[n]!;
          for (const v of trace) {
            if (v > hi) hi = v;
            if (v < lo) lo = v;
          }
          max[n] = hi;
          min[n] = lo;
        }),
      );
    }
  }
  const runner = createReferenceRunner({ ...plan, probes });
  const chunkSteps = Math.max(1, Math.floor(CHUNK_VALUES / Math.max(1, vNeurons)));
  for (let done = 0; done < plan.steps;) {
    const steps = Math.min(chunkSteps, plan.steps - done);
    const chunk = runner.advance(steps);
    chunk.probes.forEach((probe, k) => sinks[k]!(probe));
    done += steps;
  }
  return stats;
}
