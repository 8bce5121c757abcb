/**
 * Where the worker's samples land on the UI thread: one ring per streamed trace, one spike log
 * per spike probe, sized once per loaded circuit. Writing never touches React; scopes subscribe
 * and redraw at most once per animation frame when the controller publishes.
 */
import type { LoadedEvent, ProbeInfo, SamplesEvent } from '../../engine/protocol/messages';
import { createSpikeLog, type SpikeLog } from './spikeLog';
import { createTraceRing, type TraceRing } from './ringBuffer';

/** Float32 samples held over all traces (64 MiB). */
export const SAMPLE_BUDGET = 16 * 1024 * 1024;
/** Spikes held per spike probe. */
export const SPIKE_BUDGET = 4 * 1024 * 1024;
/** Traces of one v or i probe that are streamed and drawn (its first neurons). */
export const MAX_TRACES_PER_PROBE = 64;

export interface SampleStore {
  readonly dtMs: number;
  readonly totalSteps: number;
  readonly probes: readonly ProbeInfo[];
  /** Steps held by every trace: [startStep, endStep). */
  readonly startStep: number;
  readonly endStep: number;
  readonly capacitySteps: number;
  /** Bumped by `publish`: scopes redraw when it moves. */
  readonly version: number;
  /** Which document change the published data belongs to (instant mode), or -1. */
  readonly documentSeq: number;
  /** Sizes the buffers for a loaded circuit (kept when the probes and length are unchanged). */
  configure(loaded: LoadedEvent): void;
  clear(): void;
  write(event: SamplesEvent): void;
  /** Tells the scopes that new data is ready (at most one redraw per frame follows). */
  publish(documentSeq?: number): void;
  subscribe(listener: () => void): () => void;
  /** Number of traces held for a v/i probe. */
  traceCount(probeId: string): number;
  trace(probeId: string, neuronIndex: number): TraceRing | null;
  spikes(probeId: string): SpikeLog | null;
}

function geometryKey(loaded: LoadedEvent): string {
  const probes = loaded.probes.map((p) => [p.probeId, p.variable, p.neurons.length]);
  return JSON.stringify([loaded.dtMs, loaded.totalSteps, probes]);
}

export function createSampleStore(): SampleStore {
  let dtMs = 1;
  let totalSteps = 0;
  let probes: readonly ProbeInfo[] = [];
  let capacitySteps = 1;
  let key = '';
  let rings = new Map<string, TraceRing[]>();
  let logs = new Map<string, SpikeLog>();
  let startStep = 0;
  let endStep = 0;
  let version = 0;
  let documentSeq = -1;
  const listeners = new Set<() => void>();

  function clear(): void {
    for (const list of rings.values()) for (const ring of list) ring.clear();
    for (const log of logs.values()) log.clear();
    startStep = 0;
    endStep = 0;
  }

  return {
    get dtMs() {
      return dtMs;
    },
    get totalSteps() {
      return totalSteps;
    },
    get probes() {
      return probes;
    },
    get startStep() {
      return startStep;
    },
    get endStep() {
      return endStep;
    },
    get capacitySteps() {
      return capacitySteps;
    },
    get version() {
      return version;
    },
    get documentSeq() {
      return documentSeq;
    },
    configure(loaded) {
      const next = geometryKey(loaded);
      probes = loaded.probes;
      dtMs = loaded.dtMs;
      totalSteps = loaded.totalSteps;
      if (next === key) {
        clear();
        return;
      }
      key = next;
      const traced = loaded.probes.filter((p) => p.variable !== 'spikes');
      const traces = traced.reduce(
        (n, p) => n + Math.min(p.neurons.length, MAX_TRACES_PER_PROBE),
        0,
      );
      capacitySteps = Math.max(
        1,
        Math.min(totalSteps, Math.floor(SAMPLE_BUDGET / Math.max(1, traces))),
      );
      rings = new Map(
        traced.map((p) => [
          p.probeId,
          Array.from({ length: Math.min(p.neurons.length, MAX_TRACES_PER_PROBE) }, () =>
            createTraceRing(capacitySteps),
          ),
        ]),
      );
      logs = new Map(
        loaded.probes
          .filter((p) => p.variable === 'spikes')
          .map((p) => [p.probeId, createSpikeLog(SPIKE_BUDGET)]),
      );
      startStep = 0;
      endStep = 0;
    },
    clear,
    write(event) {
      // A run that starts over (reset, instant mode) or jumps replaces what was held.
      if (event.fromStep !== endStep || event.fromStep === 0) {
        clear();
        startStep = event.fromStep;
      }
      for (const trace of event.traces) {
        const list = rings.get(trace.probeId);
        trace.values?.forEach((values, index) => list?.[index]?.append(event.fromStep, values));
        if (trace.spikeSteps && trace.spikeNeurons) {
          logs.get(trace.probeId)?.append(trace.spikeSteps, trace.spikeNeurons);
        }
      }
      endStep = event.fromStep + event.steps;
      startStep = Math.max(startStep, endStep - capacitySteps);
    },
    publish(seq) {
      if (seq !== undefined) documentSeq = seq;
      version++;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    traceCount: (probeId) => rings.get(probeId)?.length ?? 0,
    trace: (probeId, neuronIndex) => rings.get(probeId)?.[neuronIndex] ?? null,
    spikes: (probeId) => logs.get(probeId) ?? null,
  };
}
