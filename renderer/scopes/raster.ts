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

/**
 * Counts the spikes per pixel cell of a `width` × `height` image into `counts` (row 0 = top),
 * which must be all zero; the cells lit are listed in `litCells` (their number is returned in
 * the stats), so painting and clearing touch only them.
 */
export function rasterize(
  source: SpikeSource,
  fromStep: number,
  toStep: number,
  neuronCount: number,
  width: number,
  height: number,
  counts: Uint16Array,
  litCells: Int32Array,
): RasterStats {
  const [first, last] = source.range(fromStep, toStep);
  const span = Math.max(1, toStep - fromStep);
  // Each neuron owns a band of rows (one row, or several when there are few neurons): a spike
  // is a tick across its band, with a one-pixel gap between bands of three rows or more.
  const band = height / neuronCount;
  const tick = band >= 3 ? Math.floor(band) - 1 : Math.max(1, Math.floor(band));
  let lit = 0;
  for (let k = first; k < last; k++) {
    const x = Math.min(width - 1, Math.floor(((source.stepAt(k) - fromStep) / span) * width));
    const low = Math.min(height - 1, Math.floor(source.neuronAt(k) * band));
    for (let r = low; r < Math.min(height, low + tick); r++) {
      const cell = (height - 1 - r) * width + x;
      if (counts[cell] === 0 && lit < litCells.length) litCells[lit++] = cell;
      if (counts[cell]! < 65535) counts[cell]!++;
    }
  }
  return { spikes: last - first, litPixels: lit };
}

/**
 * Paints the lit cells in `rgb` (more spikes in a cell: more opaque) into RGBA pixels that are
 * transparent elsewhere, and clears their counts for the next frame. `unpaint` first makes the
 * previous frame's cells transparent again.
 */
export function paintRaster(
  counts: Uint16Array,
  litCells: Int32Array,
  lit: number,
  pixels: Uint32Array,
  rgb: [number, number, number],
): void {
  const base = (rgb[2] << 16) | (rgb[1] << 8) | rgb[0];
  for (let k = 0; k < lit; k++) {
    const cell = litCells[k]!;
    const alpha = Math.min(255, 140 + 40 * counts[cell]!);
    pixels[cell] = ((alpha << 24) | base) >>> 0;
    counts[cell] = 0;
  }
}

export function unpaint(litCells: Int32Array, lit: number, pixels: Uint32Array): void {
  for (let k = 0; k < lit; k++) pixels[litCells[k]!] = 0;
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
