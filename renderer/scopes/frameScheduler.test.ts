import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const microtasks = () => Promise.resolve();
/** Animation frames every 16 ms of the fake clock. */
const raf = vi.fn((callback: FrameRequestCallback) =>
  Number(setTimeout(() => callback(performance.now()), 16)),
);

describe('frame scheduler', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
    raf.mockClear();
    vi.stubGlobal('requestAnimationFrame', raf);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('draws a steady stream at once, a frame apart, without asking for animation frames', async () => {
    const { requestRedraw } = await import('./frameScheduler');
    const pane = {};
    const drawn: number[] = [];
    for (let batch = 0; batch < 5; batch++) {
      requestRedraw(pane, () => drawn.push(batch));
      await microtasks();
      vi.advanceTimersByTime(17);
    }
    expect(drawn).toEqual([0, 1, 2, 3, 4]);
    expect(raf).not.toHaveBeenCalled();
  });

  it('draws panes asking in one task together, and a request soon after a draw in the next frame, once', async () => {
    const { requestRedraw } = await import('./frameScheduler');
    const a = {};
    const b = {};
    const drawn: string[] = [];
    requestRedraw(a, () => drawn.push('a1'));
    requestRedraw(b, () => drawn.push('b1'));
    expect(drawn).toEqual([]);
    await microtasks();
    expect(drawn).toEqual(['a1', 'b1']);
    vi.advanceTimersByTime(4);
    requestRedraw(a, () => drawn.push('a2'));
    requestRedraw(a, () => drawn.push('a3'));
    await microtasks();
    expect(drawn).toEqual(['a1', 'b1']);
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual(['a1', 'b1', 'a3']);
    expect(raf).toHaveBeenCalledOnce();
  });

  it('a cancelled request is not drawn', async () => {
    const { cancelRedraw, requestRedraw } = await import('./frameScheduler');
    const pane = {};
    const draw = vi.fn();
    requestRedraw(pane, draw);
    cancelRedraw(pane);
    await microtasks();
    requestRedraw(pane, draw);
    await microtasks();
    expect(draw).toHaveBeenCalledOnce();
  });
});
