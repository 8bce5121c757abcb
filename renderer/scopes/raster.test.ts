import { describe, expect, it } from 'vitest';
import { createSpikeLog } from '../sim/spikeLog';
import { niceBinMs, paintRaster, populationRate, rasterize, unpaint } from './raster';

function log(spikes: [number, number][]) {
  const l = createSpikeLog(1000);
  l.append(Int32Array.from(spikes.map((s) => s[0])), Int32Array.from(spikes.map((s) => s[1])));
  return l;
}

describe('raster', () => {
  it('lights one pixel cell per (time, neuron) bin, neuron 0 at the bottom', () => {
    const counts = new Uint16Array(10 * 4);
    const litCells = new Int32Array(10 * 4);
    const stats = rasterize(
      log([
        [0, 0],
        [0, 0],
        [5, 3],
        [9, 1],
        [12, 0],
      ]),
      0,
      10,
      4,
      10,
      4,
      counts,
      litCells,
    );
    expect(stats).toEqual({ spikes: 4, litPixels: 3 });
    expect([...litCells.subarray(0, 3)].sort((a, b) => a - b)).toEqual([5, 29, 30]);
    expect(counts[3 * 10 + 0]).toBe(2); // two spikes of neuron 0 at step 0: bottom-left
    expect(counts[0 * 10 + 5]).toBe(1); // neuron 3 at step 5: top row
    expect(counts[2 * 10 + 9]).toBe(1);
    const pixels = new Uint32Array(counts.length);
    paintRaster(counts, litCells, stats.litPixels, pixels, [255, 0, 0]);
    const bytes = new Uint8ClampedArray(pixels.buffer);
    expect(bytes[3 * 10 * 4]).toBe(255); // red
    expect(bytes[3 * 10 * 4 + 3]).toBeGreaterThan(bytes[5 * 4 + 3]!); // two spikes: more opaque
    expect(bytes[3]).toBe(0);
    expect(counts.every((c) => c === 0)).toBe(true); // ready for the next frame
    unpaint(litCells, stats.litPixels, pixels);
    expect(pixels.every((p) => p === 0)).toBe(true);
  });

  it('decimates ten thousand neurons into the pixel rows it has', () => {
    const spikes: [number, number][] = [];
    for (let n = 0; n < 10_000; n++) spikes.push([n % 100, n]);
    spikes.sort((a, b) => a[0] - b[0]);
    const l = createSpikeLog(20_000);
    l.append(Int32Array.from(spikes.map((s) => s[0])), Int32Array.from(spikes.map((s) => s[1])));
    const counts = new Uint16Array(50 * 20);
    const stats = rasterize(l, 0, 100, 10_000, 50, 20, counts, new Int32Array(50 * 20));
    expect(stats.spikes).toBe(10_000);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
  });

  it('draws a spike of few neurons as a tick across the neuron’s band of rows', () => {
    const counts = new Uint16Array(4 * 10);
    const cells = new Int32Array(4 * 10);
    // 2 neurons on 10 rows: bands of 5 rows, ticks of 4 with a gap of 1.
    const stats = rasterize(log([[2, 1]]), 0, 4, 2, 4, 10, counts, cells);
    expect(stats).toEqual({ spikes: 1, litPixels: 4 });
    const rows = [...cells.subarray(0, 4)].map((cell) => Math.floor(cell / 4)).sort();
    expect(rows).toEqual([1, 2, 3, 4]); // neuron 1 is the upper band (rows 0–4 from the top)
  });

  it('computes the population rate in Hz per bin', () => {
    // 4 neurons, bins of 10 steps of 1 ms: 2 spikes in the first bin = 2 / (4 · 0.01 s) = 50 Hz.
    const rate = populationRate(
      log([
        [1, 0],
        [3, 2],
        [15, 1],
      ]),
      0,
      20,
      4,
      10,
      1,
    );
    expect(Array.from(rate.timeMs)).toEqual([0, 10]);
    expect(Array.from(rate.rateHz)).toEqual([50, 25]);
  });

  it('picks round bin widths', () => {
    expect(niceBinMs(1000, 1)).toBe(10);
    expect(niceBinMs(100, 0.1)).toBe(1);
    expect(niceBinMs(10, 1)).toBe(1);
  });
});
