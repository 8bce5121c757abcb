/**
 * Collects the chunks a runner produces between two posts and turns them into one `samples`
 * event: the worker posts at most once per animation frame, however many `advance` calls it took.
 * Only subscribed probes travel; every array is freshly allocated, so all of them can be
 * transferred (a backend may reuse its own buffers between calls).
 */
import type { SampleChunk } from '../backends/types';
import type { ProbePlan } from '../compile';
import type { SamplesEvent, TraceChunk } from '../protocol/messages';
import { isActivityProbe, summarizeActivity } from './activity';

export interface Subscription {
  probeIds: ReadonlySet<string> | 'all';
  /** At most this many neurons of a v or i probe are sent (its first ones). */
  maxTracesPerProbe: number;
}

export const SUBSCRIBE_ALL: Subscription = { probeIds: 'all', maxTracesPerProbe: Infinity };

export interface SampleBatch {
  readonly steps: number;
  add(chunk: SampleChunk): void;
  /** The batch as one event (null when empty); the batch is empty afterwards. */
  take(requestId: number): SamplesEvent | null;
}

function mergeValues(chunks: readonly SampleChunk[], k: number, neurons: number, steps: number) {
  const merged = Array.from({ length: neurons }, () => new Float32Array(steps));
  let at = 0;
  for (const chunk of chunks) {
    const values = chunk.probes[k]?.values;
    for (let j = 0; j < neurons; j++) {
      const source = values?.[j];
      if (source) merged[j]!.set(source.subarray(0, chunk.stepCount), at);
    }
    at += chunk.stepCount;
  }
  return merged;
}

function mergeSpikes(chunks: readonly SampleChunk[], k: number): TraceChunk {
  let count = 0;
  for (const chunk of chunks) {
    for (const list of chunk.probes[k]?.spikeSteps ?? []) count += list.length;
  }
  const spikeSteps = new Int32Array(count);
  const spikeNeurons = new Int32Array(count);
  let at = 0;
  for (const chunk of chunks) {
    const lists = chunk.probes[k]?.spikeSteps ?? [];
    // Within a chunk, order by step then neuron, so the whole stream is sorted by step.
    const start = at;
    lists.forEach((list, neuron) => {
      for (const step of list) {
        spikeSteps[at] = step;
        spikeNeurons[at] = neuron;
        at++;
      }
    });
    sortByStep(spikeSteps, spikeNeurons, start, at);
  }
  return { probeId: '', spikeSteps, spikeNeurons };
}

/** Sorts [from, to) of the pair of arrays by step, then neuron (counting sort would need a range). */
function sortByStep(steps: Int32Array, neurons: Int32Array, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, k) => from + k);
  order.sort((p, q) => steps[p]! - steps[q]! || neurons[p]! - neurons[q]!);
  const s = order.map((k) => steps[k]!);
  const n = order.map((k) => neurons[k]!);
  steps.set(s, from);
  neurons.set(n, from);
}

export function createSampleBatch(
  probes: readonly ProbePlan[],
  subscription: () => Subscription,
): SampleBatch {
  let chunks: SampleChunk[] = [];
  let steps = 0;
  let fromStep = 0;
  return {
    get steps() {
      return steps;
    },
    add(chunk) {
      if (chunk.stepCount === 0) return;
      if (chunks.length === 0) fromStep = chunk.startStep;
      chunks.push(chunk);
      steps += chunk.stepCount;
    },
    take(requestId) {
      if (steps === 0) return null;
      const { probeIds, maxTracesPerProbe } = subscription();
      const traces: TraceChunk[] = [];
      probes.forEach((probe, k) => {
        if (isActivityProbe(probe)) return;
        if (probeIds !== 'all' && !probeIds.has(probe.probeId)) return;
        if (probe.variable === 'spikes') {
          traces.push({ ...mergeSpikes(chunks, k), probeId: probe.probeId });
        } else {
          const neurons = Math.min(probe.neurons.length, maxTracesPerProbe);
          traces.push({ probeId: probe.probeId, values: mergeValues(chunks, k, neurons, steps) });
        }
      });
      const activity = summarizeActivity(probes, chunks);
      const event: SamplesEvent = { kind: 'samples', requestId, fromStep, steps, traces, activity };
      chunks = [];
      steps = 0;
      return event;
    },
  };
}
