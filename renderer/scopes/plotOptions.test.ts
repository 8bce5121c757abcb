import type uPlot from 'uplot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fittedLabel, thresholdPath } from './plotOptions';

class RecordingPath {
  readonly ops: [string, number, number][] = [];
  moveTo(x: number, y: number) {
    this.ops.push(['M', x, y]);
  }
  lineTo(x: number, y: number) {
    this.ops.push(['L', x, y]);
  }
}

/** A plot whose x maps t ms to 10·t px and y maps v to 100 − 100·v px. */
const plot = (data: (number | null)[][]) =>
  ({
    data,
    valToPos: (value: number, scale: string) => (scale === 'x' ? 10 * value : 100 - 100 * value),
  }) as unknown as uPlot;

describe('threshold path', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is one segment at the threshold over the drawn samples, whatever their number', () => {
    vi.stubGlobal('Path2D', RecordingPath);
    const xs = Array.from({ length: 1000 }, (_, k) => k);
    const paths = thresholdPath(plot([xs, xs.map(() => 0.25)]), 1, 200, 700);
    expect((paths?.stroke as unknown as RecordingPath).ops).toEqual([
      ['M', 2000, 75],
      ['L', 7000, 75],
    ]);
  });

  it('draws nothing without samples', () => {
    vi.stubGlobal('Path2D', RecordingPath);
    expect(thresholdPath(plot([[], []]), 1, 0, -1)).toBeNull();
    expect(thresholdPath(plot([[0], [null]]), 1, 0, 0)).toBeNull();
  });
});

describe('y-axis title', () => {
  /** A plot whose plot area is `heightPx` tall and whose text is 8 px per character. */
  const plotOf = (heightPx: number) => {
    const fonts: string[] = [];
    const ctx = {
      font: '',
      save() {},
      restore() {},
      measureText(text: string) {
        fonts.push(this.font);
        return { width: 8 * text.length };
      },
    };
    return { u: { bbox: { height: heightPx }, ctx } as unknown as uPlot, fonts };
  };

  it('keeps its unit where it fits and drops it, not the variable, where it does not', () => {
    const label = fittedLabel('v (dimensionless)', '700 18px sans-serif');
    expect(typeof label).toBe('function');
    const fit = label as (u: uPlot) => string;
    const tall = plotOf(200);
    expect(fit(tall.u)).toBe('v (dimensionless)');
    expect(tall.fonts).toEqual(['700 18px sans-serif']);
    const short = plotOf(100);
    expect(fit(short.u)).toBe('v');
    expect(fit(short.u)).toBe('v');
    expect(short.fonts).toHaveLength(1); // measured once per height, not per frame
    expect(fittedLabel('value', 'x')).toBe('value');
  });
});
