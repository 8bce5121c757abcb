import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atMostEvery } from './atMostEvery';

describe('atMostEvery', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs at once after a quiet interval, then once per interval however often asked', () => {
    const run = vi.fn();
    const limited = atMostEvery(100, run);
    limited.request();
    expect(run).toHaveBeenCalledTimes(1);
    for (let k = 0; k < 9; k++) {
      vi.advanceTimersByTime(10);
      limited.request();
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledTimes(2); // at 100 ms, once for the nine requests since
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
    limited.request();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('flush runs a waiting request now and only then; cancel drops it', () => {
    const run = vi.fn();
    const limited = atMostEvery(100, run);
    limited.request();
    limited.flush();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20);
    limited.request();
    limited.flush();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(20);
    limited.request();
    limited.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
