/**
 * Where streamed samples land: one preallocated Float32Array per probed neuron, sized for the
 * whole run, so a chunk is one `set` and a scope can hand uPlot zero-copy `subarray` views.
 * Samples never pass through React state.
 */
import type { LoadedEvent, ProbeInfo, SamplesEvent } from '../../engine/protocol/messages';

export interface TraceStore {
  readonly dtMs: number;
  readonly totalSteps: number;
  readonly probes: readonly ProbeInfo[];
  /** Time of every step in ms: step k covers t = k·dt (the notebook's x axis at dt = 1 ms). */
  readonly timeMs: Float64Array;
  /** Steps received so far; the first `stepsWritten` entries of every buffer are valid. */
  readonly stepsWritten: number;
  /** The full-length buffer of a `v` or `i` probe's `neuronIndex`-th neuron. */
  values(probeId: string, neuronIndex: number): Float32Array;
  /** Spike steps received for a `spikes` probe's `neuronIndex`-th neuron. */
  spikeSteps(probeId: string, neuronIndex: number): readonly number[];
  write(event: SamplesEvent): void;
  /** Called after every write; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createTraceStore(loaded: LoadedEvent): TraceStore {
  const { dtMs, totalSteps, probes } = loaded;
  const timeMs = new Float64Array(totalSteps);
  for (let step = 0; step < totalSteps; step++) timeMs[step] = step * dtMs;

  const valueBuffers = new Map<string, Float32Array[]>();
  const spikeLists = new Map<string, number[][]>();
  for (const probe of probes) {
    if (probe.variable === 'spikes') {
      spikeLists.set(
        probe.probeId,
        probe.neurons.map(() => []),
      );
    } else {
      valueBuffers.set(
        probe.probeId,
        probe.neurons.map(() => new Float32Array(totalSteps)),
      );
    }
  }

  const listeners = new Set<() => void>();
  let stepsWritten = 0;

  function write(event: SamplesEvent): void {
    if (event.fromStep !== stepsWritten) {
      // Chunks arrive in order from one worker; a gap means a bug, not user data.
      throw new Error(`samples from step ${event.fromStep}, expected ${stepsWritten}`);
    }
    if (event.fromStep + event.steps > totalSteps) {
      throw new Error(`samples up to step ${event.fromStep + event.steps} exceed ${totalSteps}`);
    }
    for (const trace of event.traces) {
      const buffers = valueBuffers.get(trace.probeId);
      trace.values?.forEach((chunk, index) => buffers?.[index]?.set(chunk, event.fromStep));
      const lists = spikeLists.get(trace.probeId);
      trace.spikeSteps?.forEach((steps, index) => lists?.[index]?.push(...steps));
    }
    stepsWritten = event.fromStep + event.steps;
    for (const listener of listeners) listener();
  }

  return {
    dtMs,
    totalSteps,
    probes,
    timeMs,
    get stepsWritten() {
      return stepsWritten;
    },
    values(probeId, neuronIndex) {
      const buffer = valueBuffers.get(probeId)?.[neuronIndex];
      if (buffer === undefined) throw new Error(`no value trace ${probeId}[${neuronIndex}]`);
      return buffer;
    },
    spikeSteps(probeId, neuronIndex) {
      return spikeLists.get(probeId)?.[neuronIndex] ?? [];
    },
    write,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
