import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalescer';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('instant-mode coalescing', () => {
  it('runs at most one job at a time and only the latest waiting one next', async () => {
    const started: number[] = [];
    const gates = new Map<number, ReturnType<typeof deferred>>();
    const coalescer = createCoalescer(async (value: number) => {
      started.push(value);
      const gate = deferred();
      gates.set(value, gate);
      await gate.promise;
    });
    coalescer.submit(1);
    for (let v = 2; v <= 40; v++) coalescer.submit(v); // a slider drag while job 1 runs
    expect(started).toEqual([1]);
    expect(coalescer.busy).toBe(true);
    gates.get(1)!.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([1, 40]);
    coalescer.submit(41);
    gates.get(40)!.resolve();
    await new Promise((r) => setTimeout(r, 0));
    gates.get(41)!.resolve();
    await coalescer.idle();
    expect(started).toEqual([1, 40, 41]);
    expect(coalescer.busy).toBe(false);
  });

  it('keeps going after a failed job, and can drop what waits', async () => {
    const seen: number[] = [];
    const coalescer = createCoalescer(async (value: number) => {
      seen.push(value);
      await new Promise((r) => setTimeout(r, 1));
      if (value === 1) throw new Error('boom');
    });
    coalescer.submit(1);
    coalescer.submit(2);
    await coalescer.idle();
    coalescer.submit(3);
    coalescer.submit(4);
    coalescer.cancelPending();
    await coalescer.idle();
    expect(seen).toEqual([1, 2, 3]);
  });
});
