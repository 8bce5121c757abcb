/**
 * A spike raster drawn as pixels, not shapes: each spike in view marks the pixel cell of its
 * time and neuron, so hundreds of thousands of spikes cost one pass and one `putImageData`, and
 * many neurons or steps sharing a pixel are decimated into it. Neuron 0 is at the bottom.
 */

/** Read access to a spike log (renderer/sim/spikeLog.ts). */
export interface SpikeSource {
  range(fromStep: number, toStep: number): [number, number];
  stepAt(index: number): number;
  neuronAt(index: number): number;
}

export interface RasterStats {
  /** Spikes in the visible time range, and the pixel cells they lit. */
  spikes: number;
  litPixels: number;
}

/** Counts the spikes per pixel cell of a `width` × `height` image into `counts` (row 0 = top). */
export function rasterize(
  source: SpikeSource,
  fromStep: number,
  toStep: number,
  neuronCount: number,
  width: number,
  height: number,
  counts: Uint16Array,
): RasterStats {
  counts.fill(0, 0, width * height);
  const [first, last] = source.range(fromStep, toStep);
  const span = Math.max(1, toStep - fromStep);
  let lit = 0;
  for (let k = first; k < last; k++) {
    const x = Math.min(width - 1, Math.floor(((source.stepAt(k) - fromStep) / span) * width));
    const row = Math.min(height - 1, Math.floor((source.neuronAt(k) / neuronCount) * height));
    const cell = (height - 1 - row) * width + x;
    if (counts[cell] === 0) lit++;
    if (counts[cell]! < 65535) counts[cell]!++;
  }
  return { spikes: last - first, litPixels: lit };
}

/** Paints counted cells in `rgb` (more spikes in a cell: more opaque) into RGBA pixels. */
export function paintRaster(
  counts: Uint16Array,
  pixels: Uint8ClampedArray,
  rgb: [number, number, number],
): void {
  for (let cell = 0; cell < counts.length; cell++) {
    const count = counts[cell]!;
    const at = cell * 4;
    if (count === 0) {
      pixels[at + 3] = 0;
      continue;
    }
    pixels[at] = rgb[0];
    pixels[at + 1] = rgb[1];
    pixels[at + 2] = rgb[2];
    pixels[at + 3] = Math.min(255, 140 + 40 * count);
  }
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** A bin width of 1, 2 or 5 × 10^k ms giving about `bins` bins over `spanMs`, at least one step. */
export function niceBinMs(spanMs: number, dtMs: number, bins = 150): number {
  const raw = Math.max(spanMs / bins, dtMs);
  const decade = 10 ** Math.floor(Math.log10(raw));
  const nice = [1, 2, 5, 10].map((m) => m * decade).find((v) => v >= raw - 1e-12) ?? 10 * decade;
  return Math.max(dtMs, Math.round(nice / dtMs) * dtMs);
}

/**
 * The population rate in Hz over [fromStep, toStep) in bins of `binSteps`: spikes in the bin /
 * (neurons × bin length in s). Each bin is plotted at its start time.
 */
export function populationRate(
  source: SpikeSource,
  fromStep: number,
  toStep: number,
  neuronCount: number,
  binSteps: number,
  dtMs: number,
): { timeMs: Float64Array; rateHz: Float32Array } {
  const first = Math.floor(fromStep / binSteps) * binSteps;
  const bins = Math.max(0, Math.ceil((toStep - first) / binSteps));
  const timeMs = new Float64Array(bins);
  const counts = new Float64Array(bins);
  for (let b = 0; b < bins; b++) timeMs[b] = (first + b * binSteps) * dtMs;
  const [lo, hi] = source.range(first, toStep);
  for (let k = lo; k < hi; k++) counts[Math.floor((source.stepAt(k) - first) / binSteps)]! += 1;
  const perSpikeHz = 1000 / (Math.max(1, neuronCount) * binSteps * dtMs);
  const rateHz = new Float32Array(bins);
  for (let b = 0; b < bins; b++) {
    // The last bin may be cut short by the end of the data.
    const stepsIn = Math.min(binSteps, toStep - (first + b * binSteps));
    rateHz[b] = counts[b]! * perSpikeHz * (binSteps / Math.max(1, stepsIn));
  }
  return { timeMs, rateHz };
}
