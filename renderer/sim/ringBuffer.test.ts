import { describe, expect, it } from 'vitest';
import { createTraceRing } from './ringBuffer';
import { createSpikeLog } from './spikeLog';

const f32 = (...values: number[]) => Float32Array.from(values);

describe('trace ring', () => {
  it('keeps the last `capacity` steps, addressed by absolute step, across the wrap', () => {
    const ring = createTraceRing(4);
    ring.append(0, f32(0, 1, 2));
    ring.append(3, f32(3, 4));
    expect([ring.startStep, ring.endStep]).toEqual([1, 5]);
    const out = new Float32Array(6);
    expect(ring.copy(0, 10, out)).toBe(4);
    expect(Array.from(out.subarray(0, 4))).toEqual([1, 2, 3, 4]);
    expect(ring.at(0)).toBeNaN();
    expect(ring.at(4)).toBe(4);
  });

  it('takes a chunk longer than itself', () => {
    const ring = createTraceRing(3);
    ring.append(10, f32(1, 2, 3, 4, 5));
    expect([ring.startStep, ring.endStep]).toEqual([12, 15]);
    const out = new Float32Array(3);
    ring.copy(12, 15, out);
    expect(Array.from(out)).toEqual([3, 4, 5]);
  });

  it('refuses a gap, and starts anywhere after clear', () => {
    const ring = createTraceRing(8);
    ring.append(0, f32(1, 2));
    expect(() => ring.append(5, f32(1))).toThrow(/expected 2/);
    ring.clear();
    ring.append(5, f32(7));
    expect([ring.startStep, ring.endStep, ring.at(5)]).toEqual([5, 6, 7]);
  });
});

describe('spike log', () => {
  it('finds the spikes of a step range by binary search, across the wrap', () => {
    const log = createSpikeLog(5);
    log.append(Int32Array.of(1, 1, 3, 4), Int32Array.of(0, 2, 1, 0));
    log.append(Int32Array.of(6, 9), Int32Array.of(2, 2));
    expect(log.count).toBe(5);
    expect(log.completeFromStep).toBe(2);
    const [first, last] = log.range(3, 7);
    const spikes = [];
    for (let k = first; k < last; k++) spikes.push([log.stepAt(k), log.neuronAt(k)]);
    expect(spikes).toEqual([
      [3, 1],
      [4, 0],
      [6, 2],
    ]);
    expect(log.range(10, 20)).toEqual([5, 5]);
  });
});
