/**
 * Fills a pane's columns for steps [fromStep, toStep): the raw samples when they fit the pane
 * (so a scope shows exactly what the engine computed), else the minimum and maximum of each
 * pixel column's samples in the order they occur (uPlot's advice for large series), so spikes
 * and resets never vanish between pixels.
 */

/** What a trace column is read from (a TraceRing, or a constant such as a threshold). */
export type ColumnSource =
  | {
      kind: 'samples';
      copy(
        fromStep: number,
        toStep: number,
        out: Float32Array | Float64Array,
        offset: number,
      ): number;
    }
  | { kind: 'constant'; value: number };

export interface Columns {
  x: Float64Array;
  /** Float64, so a threshold shows the value written (0.8), not its float32 (0.800000011…). */
  ys: Float64Array[];
  /** Scratch for one bucket's raw samples. */
  scratch: Float32Array;
}

export interface Extracted {
  count: number;
  decimated: boolean;
}

export function createColumns(series: number, capacity: number): Columns {
  return {
    x: new Float64Array(capacity),
    ys: Array.from({ length: series }, () => new Float64Array(capacity)),
    scratch: new Float32Array(0),
  };
}

/** Raw points fit when there are at most this many; the columns must hold that many. */
export function rawLimit(pixelWidth: number): number {
  return Math.max(4096, 4 * Math.ceil(pixelWidth));
}

export function extractColumns(
  sources: readonly ColumnSource[],
  fromStep: number,
  toStep: number,
  dtMs: number,
  pixelWidth: number,
  columns: Columns,
): Extracted {
  const n = Math.max(0, toStep - fromStep);
  const limit = rawLimit(pixelWidth);
  if (n <= limit) {
    for (let k = 0; k < n; k++) columns.x[k] = (fromStep + k) * dtMs;
    sources.forEach((source, s) => {
      const y = columns.ys[s]!;
      if (source.kind === 'constant') y.fill(source.value, 0, n);
      else source.copy(fromStep, toStep, y, 0);
    });
    return { count: n, decimated: false };
  }
  const buckets = Math.max(1, Math.floor(pixelWidth));
  const longest = Math.ceil(n / buckets) + 1;
  if (columns.scratch.length < longest) columns.scratch = new Float32Array(longest);
  for (let b = 0; b < buckets; b++) {
    const start = fromStep + Math.floor((b * n) / buckets);
    const end = fromStep + Math.floor(((b + 1) * n) / buckets);
    columns.x[2 * b] = start * dtMs;
    columns.x[2 * b + 1] = ((start + end - 1) / 2) * dtMs;
    sources.forEach((source, s) => {
      const y = columns.ys[s]!;
      if (source.kind === 'constant') {
        y[2 * b] = source.value;
        y[2 * b + 1] = source.value;
        return;
      }
      const got = source.copy(start, end, columns.scratch, 0);
      let min = Infinity;
      let max = -Infinity;
      let minAt = 0;
      let maxAt = 0;
      for (let k = 0; k < got; k++) {
        const v = columns.scratch[k]!;
        if (v < min) [min, minAt] = [v, k];
        if (v > max) [max, maxAt] = [v, k];
        if (Number.isNaN(v)) [min, max, minAt, maxAt] = [v, v, k, k];
      }
      const minFirst = minAt <= maxAt;
      y[2 * b] = got === 0 ? Number.NaN : minFirst ? min : max;
      y[2 * b + 1] = got === 0 ? Number.NaN : minFirst ? max : min;
    });
  }
  return { count: 2 * buckets, decimated: true };
}
