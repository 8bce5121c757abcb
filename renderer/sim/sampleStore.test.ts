import { describe, expect, it } from 'vitest';
import type { LoadedEvent, SamplesEvent } from '../../engine/protocol/messages';
import { createSampleStore, MAX_TRACES_PER_PROBE, SAMPLE_BUDGET } from './sampleStore';

function loaded(totalSteps: number, neurons = 1): LoadedEvent {
  return {
    kind: 'loaded',
    requestId: 1,
    backend: 'reference',
    backendChoice: 'auto',
    backendReason: '',
    backends: [],
    dtMs: 0.5,
    totalSteps,
    inputOrder: 'norse-1.1',
    probes: [
      {
        probeId: 'v',
        label: 'v',
        targetId: 'pop',
        variable: 'v',
        neurons: Array.from({ length: neurons }, (_, k) => k),
      },
      { probeId: 'z', label: 'z', targetId: 'pop', variable: 'spikes', neurons: [0, 1] },
    ],
    diagnostics: [],
  };
}

function samples(
  fromStep: number,
  values: number[],
  spikes: [number, number][] = [],
): SamplesEvent {
  return {
    kind: 'samples',
    requestId: 2,
    fromStep,
    steps: values.length,
    traces: [
      { probeId: 'v', values: [Float32Array.from(values)] },
      {
        probeId: 'z',
        spikeSteps: Int32Array.from(spikes.map((s) => s[0])),
        spikeNeurons: Int32Array.from(spikes.map((s) => s[1])),
      },
    ],
  };
}

describe('sample store', () => {
  it('appends batches, and a batch from step 0 starts the run over', () => {
    const store = createSampleStore();
    store.configure(loaded(10));
    store.write(samples(0, [1, 2, 3], [[1, 0]]));
    store.write(samples(3, [4, 5], [[4, 1]]));
    expect([store.startStep, store.endStep]).toEqual([0, 5]);
    expect(store.spikes('z')?.count).toBe(2);
    store.write(samples(0, [9]));
    expect([store.startStep, store.endStep]).toEqual([0, 1]);
    expect(store.trace('v', 0)?.at(0)).toBe(9);
    expect(store.spikes('z')?.count).toBe(0);
  });

  it('notifies subscribers only on publish, with the document change it shows', () => {
    const store = createSampleStore();
    store.configure(loaded(10));
    let calls = 0;
    store.subscribe(() => calls++);
    store.write(samples(0, [1]));
    expect(calls).toBe(0);
    store.publish(7);
    expect([calls, store.documentSeq, store.version]).toEqual([1, 7, 1]);
  });

  it('bounds memory: long runs keep their newest steps, wide probes their first traces', () => {
    const store = createSampleStore();
    store.configure(loaded(100_000_000, 1000));
    expect(store.traceCount('v')).toBe(MAX_TRACES_PER_PROBE);
    expect(store.capacitySteps).toBe(Math.floor(SAMPLE_BUDGET / MAX_TRACES_PER_PROBE));
  });
});
