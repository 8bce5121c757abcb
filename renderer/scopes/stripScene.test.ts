import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followPixels, tickValues } from './stripScene';
import { niceIncrement } from './followScene';
import { createSpanScratch, drawTraces, type TraceBitmap } from './traceRaster';

describe('following window', () => {
  it('shows the first window of a run until the run is longer, then ends at the newest sample', () => {
    expect(followPixels(0, 10, 1, 1000, 500).range).toEqual([0, 1000]);
    const { range, originPx, pxMs } = followPixels(0, 1500, 1, 1000, 500);
    expect(pxMs).toBe(2);
    expect(originPx).toBe(250);
    expect(range).toEqual([500, 1500]);
  });

  it('moves by whole pixels, never back, and always holds the newest sample', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2000 }),
        fc.constantFrom(0.1, 0.25, 1),
        fc.integer({ min: 50, max: 5000 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 30 }),
        (plotWidth, dtMs, windowMs, batches) => {
          let endStep = 0;
          let last = -Infinity;
          for (const steps of batches) {
            endStep += steps;
            const { originPx, pxMs, range } = followPixels(0, endStep, dtMs, windowMs, plotWidth);
            expect(Number.isInteger(originPx)).toBe(true);
            expect(originPx).toBeGreaterThanOrEqual(last);
            expect(range[1] - range[0]).toBeCloseTo(windowMs, 6);
            expect(range[1]).toBeGreaterThanOrEqual((endStep - 1) * dtMs - 1e-9);
            if (endStep * dtMs >= windowMs)
              expect(range[1] - endStep * dtMs).toBeLessThan(pxMs + 1e-9);
            last = originPx;
          }
        },
      ),
    );
  });
});

describe('time ticks', () => {
  it('puts ticks on multiples of the increment inside the range, rounded', () => {
    expect(tickValues(2333.3, 3333.3, 100)).toEqual([
      2400, 2500, 2600, 2700, 2800, 2900, 3000, 3100, 3200, 3300,
    ]);
    expect(tickValues(0.05, 0.5, 0.1)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(tickValues(-0.2, 0.2, 0.1)).toEqual([-0.2, -0.1, 0, 0.1, 0.2]);
  });

  it('chooses uPlot’s increments: the smallest 1, 2, 2.5 or 5 × 10^k leaving the space', () => {
    expect(niceIncrement(1000, 1100, 50)).toBe(50);
    expect(niceIncrement(1000, 500, 50)).toBe(100);
    expect(niceIncrement(1000, 300, 50)).toBe(200);
    expect(niceIncrement(10, 1000, 50)).toBe(0.5);
  });
});

const bitmap = (width: number, height: number): TraceBitmap => ({
  width,
  height,
  pixels: new Uint32Array(width * height),
});

describe('scrolling traces', () => {
  it('a bitmap scrolled by whole pixels, with only its newest columns drawn, equals a fresh one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -2, max: 2, noNaN: true }), { minLength: 60, maxLength: 200 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 20, max: 80 }),
        (values, thickness, shift, width) => {
          const height = 24;
          const xs = values.map((_, k) => k * 0.7);
          const ys = Float32Array.from(values);
          const map = (origin: number) => ({ x0: 0, sx: 1, pxOffset: origin, y0: 2, sy: 6 });
          const traces = [
            { ys, color: 1 },
            { ys: ys.map((v) => -v), color: 2 },
          ];
          const endStep = Math.min(values.length, Math.floor((width + shift) / 0.7));
          const origin = Math.max(0, Math.ceil(endStep * 0.7) - width - shift);
          // Frame one: everything up to `endStep - shift`; frame two scrolls by `shift`.
          const before = Math.max(2, endStep - shift);
          const scrolled = bitmap(width, height);
          drawTraces(scrolled, xs, traces, before, map(origin), thickness);
          for (let r = 0; r < height; r++) {
            const row = scrolled.pixels.subarray(r * width, (r + 1) * width);
            row.copyWithin(0, shift);
            row.fill(0, width - shift);
          }
          const next = origin + shift;
          const lastDrawn = Math.floor(xs[before - 1]! - next);
          const from = Math.max(0, Math.min(lastDrawn - 1, width - shift));
          const region = bitmap(width - from + 1, height);
          drawTraces(
            region,
            xs,
            traces,
            endStep,
            map(next + from - 1),
            thickness,
            createSpanScratch(),
            1,
          );
          for (let r = 0; r < height; r++)
            for (let c = from; c < width; c++)
              scrolled.pixels[r * width + c] = region.pixels[r * region.width + c - from + 1]!;
          const fresh = bitmap(width, height);
          drawTraces(fresh, xs, traces, endStep, map(next), thickness);
          expect(Array.from(scrolled.pixels)).toEqual(Array.from(fresh.pixels));
        },
      ),
      { numRuns: 200 },
    );
  });
});
