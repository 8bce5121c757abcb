import { describe, expect, it } from 'vitest';
import { createTraceRing } from '../sim/ringBuffer';
import { createColumns, extractColumns, rawLimit } from './decimate';

function ringOf(values: number[]) {
  const ring = createTraceRing(values.length);
  ring.append(0, Float32Array.from(values));
  return ring;
}

describe('scope columns', () => {
  it('hands over every sample when they fit the pane', () => {
    const ring = ringOf([0.5, 0.25, 0.125, 1]);
    const columns = createColumns(2, rawLimit(100));
    const result = extractColumns(
      [
        { kind: 'samples', copy: ring.copy },
        { kind: 'constant', value: 0.8 },
      ],
      1,
      4,
      0.5,
      100,
      columns,
    );
    expect(result).toEqual({ count: 3, decimated: false });
    expect(Array.from(columns.x.subarray(0, 3))).toEqual([0.5, 1, 1.5]);
    expect(Array.from(columns.ys[0]!.subarray(0, 3))).toEqual([0.25, 0.125, 1]);
    expect(Array.from(columns.ys[1]!.subarray(0, 3))).toEqual([0.8, 0.8, 0.8]);
  });

  it('keeps each pixel column’s minimum and maximum, in the order they occur', () => {
    const n = 20_000;
    const values = Array.from({ length: n }, (_, k) => Math.sin(k / 500));
    values[12_345] = 5; // a one-sample spike must survive decimation
    values[777] = -3;
    const ring = ringOf(values);
    const columns = createColumns(1, rawLimit(100));
    const result = extractColumns([{ kind: 'samples', copy: ring.copy }], 0, n, 1, 100, columns);
    expect(result).toEqual({ count: 200, decimated: true });
    const ys = Array.from(columns.ys[0]!.subarray(0, 200));
    expect(Math.max(...ys)).toBe(5);
    expect(Math.min(...ys)).toBe(-3);
    // x stays sorted so uPlot can draw it.
    const xs = Array.from(columns.x.subarray(0, 200));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBe(0);
  });
});
