import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedEvent, WorkerEvent } from '../../../engine/protocol/messages';
import { trackActivity, useActivityStore } from './activityStore';
import { createActivityTracker } from './activityTracker';

function fakeClient() {
  let listener: ((event: WorkerEvent) => void) | null = null;
  return {
    onEvent(l: (event: WorkerEvent) => void) {
      listener = l;
      return () => (listener = null);
    },
    emit: (event: WorkerEvent) => listener?.(event),
  };
}

const loaded = { kind: 'loaded', requestId: 1, dtMs: 1 } as unknown as LoadedEvent;
const batch = (spikes: number): WorkerEvent => ({
  kind: 'samples',
  requestId: 2,
  fromStep: 0,
  steps: 100,
  traces: [],
  activity: [{ nodeId: 'lif', neurons: 1, spikes }],
});

afterEach(() => vi.useRealTimers());

describe('activity store', () => {
  it('replaces the cards with a new run’s first batch without clearing them in between', () => {
    vi.useFakeTimers();
    const client = fakeClient();
    const stop = trackActivity(client);
    client.emit(loaded);
    client.emit(batch(2));
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(20);
    client.emit(loaded); // instant mode: an edit reloads, the new run follows at once
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(20);
    client.emit(batch(1));
    vi.advanceTimersByTime(1000);
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(10);
    // A reset with nothing after it clears the cards shortly after.
    client.emit({
      kind: 'state',
      requestId: 3,
      state: 'reset',
      currentStep: 0,
      totalSteps: 1000,
      stepsRun: 0,
      computeMs: 0,
    });
    expect(useActivityStore.getState().byNode.lif).toBeDefined();
    vi.advanceTimersByTime(300);
    expect(useActivityStore.getState().byNode).toEqual({});
    stop();
  });

  it('changes the cards at most ten times a second and ends on the latest figures', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const client = fakeClient();
    const stop = trackActivity(client);
    const published: number[] = [];
    const unsubscribe = useActivityStore.subscribe((s) => published.push(s.byNode.lif!.rateHz!));
    client.emit(loaded);
    // One batch per frame for half a second, each with a different rate.
    for (let frame = 0; frame < 30; frame++) {
      client.emit({ ...batch(frame % 5), steps: 16 } as WorkerEvent);
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(200);
    expect(published.length).toBeGreaterThanOrEqual(4);
    expect(published.length).toBeLessThanOrEqual(6);
    const tracker = createActivityTracker();
    tracker.handle(loaded);
    let last = null;
    for (let frame = 0; frame < 30; frame++)
      last = tracker.handle({ ...batch(frame % 5), steps: 16 } as WorkerEvent) ?? last;
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(last!.lif!.rateHz);
    unsubscribe();
    stop();
  });

  it('shows the latest figures at once when the run pauses, not a moment later', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const client = fakeClient();
    const stop = trackActivity(client);
    client.emit(loaded);
    client.emit(batch(2));
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(20);
    vi.advanceTimersByTime(10);
    client.emit(batch(0)); // within 100 ms: held back
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(20);
    client.emit({
      kind: 'state',
      requestId: 3,
      state: 'paused',
      currentStep: 200,
      totalSteps: 1000,
      stepsRun: 200,
      computeMs: 1,
    });
    expect(useActivityStore.getState().byNode.lif?.rateHz).toBe(10);
    stop();
  });
});
