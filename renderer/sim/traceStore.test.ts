import { describe, expect, it } from 'vitest';
import type { LoadedEvent } from '../../engine/protocol/messages';
import { createTraceStore } from './traceStore';

const loaded: LoadedEvent = {
  kind: 'loaded',
  requestId: 1,
  backend: 'reference',
  dtMs: 0.5,
  totalSteps: 4,
  inputOrder: 'norse-1.1',
  probes: [
    { probeId: 'v', label: 'v', targetId: 'pop', variable: 'v', neurons: [0, 2] },
    { probeId: 'z', label: 'z', targetId: 'pop', variable: 'spikes', neurons: [1] },
  ],
  diagnostics: [],
};

describe('trace store', () => {
  it('places chunks at their steps and notifies subscribers', () => {
    const store = createTraceStore(loaded);
    let notified = 0;
    store.subscribe(() => notified++);
    expect(Array.from(store.timeMs)).toEqual([0, 0.5, 1, 1.5]);
    store.write({
      kind: 'samples',
      requestId: 2,
      fromStep: 0,
      steps: 2,
      traces: [
        { probeId: 'v', values: [Float32Array.of(1, 2), Float32Array.of(5, 6)] },
        { probeId: 'z', spikeSteps: [[1]] },
      ],
    });
    store.write({
      kind: 'samples',
      requestId: 2,
      fromStep: 2,
      steps: 2,
      traces: [
        { probeId: 'v', values: [Float32Array.of(3, 4), Float32Array.of(7, 8)] },
        { probeId: 'z', spikeSteps: [[3]] },
      ],
    });
    expect(notified).toBe(2);
    expect(store.stepsWritten).toBe(4);
    expect(Array.from(store.values('v', 0))).toEqual([1, 2, 3, 4]);
    expect(Array.from(store.values('v', 1))).toEqual([5, 6, 7, 8]);
    expect(store.spikeSteps('z', 0)).toEqual([1, 3]);
  });

  it('refuses a chunk out of order (a bug, not user data)', () => {
    const store = createTraceStore(loaded);
    expect(() =>
      store.write({ kind: 'samples', requestId: 2, fromStep: 2, steps: 1, traces: [] }),
    ).toThrow(/expected 0/);
  });
});
