import { describe, expect, it } from 'vitest';
import type { LoadedEvent, NodeActivity, WorkerEvent } from '../../../engine/protocol/messages';
import { createActivityTracker, PULSE_INTERVAL_MS } from './activityTracker';

const loaded = (dtMs: number): WorkerEvent =>
  ({ kind: 'loaded', requestId: 1, dtMs }) as unknown as LoadedEvent;

let fromStep = 0;
function samples(steps: number, activity: NodeActivity[]): WorkerEvent {
  const event: WorkerEvent = {
    kind: 'samples',
    requestId: 2,
    fromStep,
    steps,
    traces: [],
    activity,
  };
  fromStep += steps;
  return event;
}

const state = (s: 'reset' | 'paused'): WorkerEvent => ({
  kind: 'state',
  requestId: 3,
  state: s,
  currentStep: 0,
  totalSteps: 1000,
  stepsRun: 0,
  computeMs: 0,
});

describe('activity tracker', () => {
  it('gives the spike rate per neuron over the window of simulated time', () => {
    const tracker = createActivityTracker(250);
    tracker.handle(loaded(1));
    // 10 neurons, 5 spikes in 50 ms: 5 / (10 × 0.05 s) = 10 Hz.
    const map = tracker.handle(samples(50, [{ nodeId: 'lif', neurons: 10, spikes: 5 }]));
    expect(map?.lif).toMatchObject({ rateHz: 10, meanV: null, pulse: 1, neurons: 10 });
  });

  it('decays to 0 Hz as silent batches push the spikes out of the window', () => {
    const tracker = createActivityTracker(100);
    tracker.handle(loaded(1));
    tracker.handle(samples(20, [{ nodeId: 'g', neurons: 1, spikes: 2 }]));
    const rates: number[] = [];
    for (let k = 0; k < 8; k++) {
      const map = tracker.handle(samples(20, [{ nodeId: 'g', neurons: 1, spikes: 0 }]));
      if (map !== null) rates.push(map.g!.rateHz!);
    }
    expect(rates[0]).toBe(50); // 2 spikes in 40 ms
    expect(rates.at(-1)).toBe(0);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates); // never rises while silent
  });

  it('reports nothing when the shown figures do not change (no re-render)', () => {
    const tracker = createActivityTracker(250);
    tracker.handle(loaded(1));
    const first = tracker.handle(samples(16, [{ nodeId: 'a', neurons: 1, spikes: 0 }]));
    expect(first?.a?.rateHz).toBe(0);
    expect(tracker.handle(samples(16, [{ nodeId: 'a', neurons: 1, spikes: 0 }]))).toBeNull();
  });

  it('keeps unchanged entries identical so other cards are not re-rendered', () => {
    const tracker = createActivityTracker(250);
    tracker.handle(loaded(1));
    const one = tracker.handle(
      samples(10, [
        { nodeId: 'a', neurons: 1, spikes: 1 },
        { nodeId: 'b', neurons: 1, spikes: 0 },
      ]),
    )!;
    const two = tracker.handle(
      samples(10, [
        { nodeId: 'a', neurons: 1, spikes: 3 },
        { nodeId: 'b', neurons: 1, spikes: 0 },
      ]),
    )!;
    expect(two).not.toBe(one);
    expect(two.b).toBe(one.b);
    expect(two.a).not.toBe(one.a);
  });

  it('shows LI populations as mean v with a level relative to the largest |v| so far', () => {
    const tracker = createActivityTracker(250);
    tracker.handle(loaded(1));
    tracker.handle(samples(10, [{ nodeId: 'li', neurons: 1, meanV: 0.4 }]));
    const map = tracker.handle(samples(10, [{ nodeId: 'li', neurons: 1, meanV: 0.1 }]));
    expect(map?.li).toMatchObject({ rateHz: null, meanV: 0.1, level: 0.26 });
  });

  it('holds while paused and clears on reset and on a new load', () => {
    const tracker = createActivityTracker(250);
    tracker.handle(loaded(0.5));
    const map = tracker.handle(samples(100, [{ nodeId: 'a', neurons: 2, spikes: 3 }]));
    expect(map?.a?.rateHz).toBe(30); // 3 / (2 × 0.05 s)
    expect(tracker.handle(state('paused'))).toBeNull();
    expect(tracker.handle(state('reset'))).toEqual({});
    tracker.handle(samples(10, [{ nodeId: 'a', neurons: 2, spikes: 3 }]));
    expect(tracker.handle(loaded(1))).toEqual({});
  });

  it('pulses on spikes after silence, at most every PULSE_INTERVAL_MS, not while spikes go on', () => {
    let nowMs = 0;
    const tracker = createActivityTracker(250, () => nowMs);
    tracker.handle(loaded(1));
    let pulse = 0;
    const frame = (k: number, spikes: number) => {
      nowMs = (k * 1000) / 60;
      const map = tracker.handle(samples(16, [{ nodeId: 'lif', neurons: 1, spikes }]));
      pulse = map?.lif?.pulse ?? pulse;
    };
    // A second of frames that all have spikes: one pulse, when the spikes began.
    for (let k = 0; k < 60; k++) frame(k, 1);
    expect(pulse).toBe(1);
    // Then spikes in every other frame: pulses, but none within PULSE_INTERVAL_MS (300 ms) of
    // the last: at 1017, 1350, 1650 and 1950 ms.
    expect(PULSE_INTERVAL_MS).toBe(300);
    for (let k = 60; k < 120; k++) frame(k, k % 2);
    expect(pulse).toBe(5);
  });
});
