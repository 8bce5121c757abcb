/**
 * The scrolling layer of a pane that follows a live run. Its window moves by whole pixels (the
 * window's right edge is rounded up to a pixel of `windowMs / plotWidth` ms), so from one frame to
 * the next the layer shifts its bitmap left by those pixels and draws only the newest columns:
 * the traces (traceRaster.ts), the threshold, the time grid, the input markers, and the time
 * axis's ticks and labels (uPlot leaves these out meanwhile). uPlot's own canvas under it (value
 * axis, value grid, titles) stays as it is until the value range or the size changes: redrawing
 * a whole pane, its axes and all its traces in every frame took most of the UI thread.
 *
 * All positions are canvas pixels; a column is `plotLeft + c` for the time `(originPx + c) * pxMs`.
 */
import uPlot from 'uplot';
import { followPixels, sceneKey, tickValues, type StripScene } from './stripScene';
import {
  createSpanScratch,
  drawTraces,
  packedColor,
  type TraceBitmap,
  type TraceInput,
} from './traceRaster';

export interface StripResult {
  /** True when the whole layer was drawn again (the first frame, or something besides time changed). */
  full: boolean;
  markersDrawnMs: number[];
  markersDrawnCanvasX: number[];
}

export interface FollowStrip {
  draw(scene: StripScene): StripResult;
  hide(): void;
  readonly canvas: HTMLCanvasElement;
}

export function createFollowStrip(parent: HTMLElement, before: Element | null): FollowStrip {
  const canvas = document.createElement('canvas');
  canvas.className = 'scope__strip';
  // Not the hidden attribute: uPlot's stylesheet displays every canvas in the plot as a block.
  canvas.style.display = 'none';
  parent.insertBefore(canvas, before);
  const ctx = canvas.getContext('2d');
  const spans = createSpanScratch();
  const images = new Map<number, ImageData>();
  let key = '';
  let originPx = 0;
  let pxMs = 1;
  let drawnEndStep = 0;
  let drawnTicks: number[] = [];
  let labelFont = '';
  const tickLabels = new Map<number, { text: string; half: number }>();
  let xs = new Float64Array(0);
  let ys: Float32Array[] = [];

  /** A reused, cleared bitmap `width` columns wide (a pane's new columns vary little in width). */
  function bitmapOf(width: number, height: number): { image: ImageData; bitmap: TraceBitmap } {
    let image = images.get(width);
    if (image === undefined || image.height !== height) {
      if (images.size > 16) images.clear();
      image = new ImageData(width, height);
      images.set(width, image);
    }
    const pixels = new Uint32Array(image.data.buffer);
    pixels.fill(0);
    return { image, bitmap: { width, height, pixels } };
  }

  /** Whether a time rounds to a column of the plot. */
  const inPlot = (s: StripScene, timeMs: number): boolean => {
    const x = xOf(s, timeMs) - s.plotLeft;
    return x >= 0 && x <= s.plotWidth;
  };

  /** Canvas x of a time (rounded as uPlot rounds its ticks and markers). */
  const xOf = (s: StripScene, timeMs: number): number =>
    Math.round(s.plotLeft + timeMs / pxMs - originPx);

  /** Writes the samples of the traces from `fromStep` on into `xs` and `ys`; returns the count. */
  function readSamples(s: StripScene, fromStep: number): number {
    const count = Math.max(0, s.endStep - fromStep);
    if (xs.length < count) {
      xs = new Float64Array(count * 2);
      ys = [];
    }
    for (let k = 0; k < count; k++) xs[k] = (fromStep + k) * s.dtMs;
    s.traces.forEach((trace, t) => {
      if ((ys[t]?.length ?? 0) < xs.length) ys[t] = new Float32Array(xs.length);
      const got = trace.copy(fromStep, s.endStep, ys[t]!, 0);
      ys[t]!.fill(Number.NaN, got, count);
    });
    return count;
  }

  /**
   * Paints plot columns [from, to) (from the plot's left edge) as pixels: the time grid, the
   * thresholds' dashes (their phase fixed to absolute columns), the traces on top; then strokes
   * the input markers over them. Column 0 of the bitmap is column from - 1: it lends the traces
   * its span, it is not written.
   */
  function paintPlot(s: StripScene, ticks: readonly number[], from: number, to: number): void {
    if (ctx === null || to <= from) return;
    const width = to - from + 1;
    const height = s.plotHeight;
    const { image, bitmap } = bitmapOf(width, height);
    const { pixels } = bitmap;
    const first = from - 1;
    const line = s.style.lineWidthPx;
    const grid = packedColor(s.style.gridColor);
    for (const t of ticks) {
      const left = xOf(s, t) - s.plotLeft - first - Math.floor(line / 2);
      for (let c = Math.max(1, left); c < Math.min(width, left + line); c++)
        for (let at = c; at < pixels.length; at += width) pixels[at] = grid;
    }
    const [lo, hi] = s.yRange;
    const sy = height / (hi - lo || 1);
    const dataFrom = Math.max(1, xOf(s, s.startStep * s.dtMs) - s.plotLeft - first);
    const dataTo = Math.min(
      width,
      Math.floor(((s.endStep - 1) * s.dtMs) / pxMs - originPx) + 1 - first,
    );
    for (const threshold of s.thresholds) {
      const lineWidth = Math.max(1, Math.round(threshold.widthPx));
      const top = Math.round((hi - threshold.value) * sy) - Math.floor(lineWidth / 2);
      const on = Math.max(1, Math.round(threshold.dash[0] ?? 1));
      const period = on + Math.max(0, Math.round(threshold.dash[1] ?? 0));
      const color = packedColor(threshold.color);
      for (let r = Math.max(0, top); r < Math.min(height, top + lineWidth); r++)
        for (let c = dataFrom; c < dataTo; c++)
          if ((((originPx + first + c) % period) + period) % period < on)
            pixels[r * width + c] = color;
    }
    if (s.traces.length > 0 && s.endStep > s.startStep) {
      // From a little before column `first`: its span needs the segment coming into it.
      const firstMs = (originPx + first) * pxMs;
      const fromStep = Math.max(s.startStep, Math.ceil(firstMs / s.dtMs - 1e-9) - 2);
      const count = readSamples(s, fromStep);
      const inputs: TraceInput[] = s.traces.map((trace, t) => ({
        ys: ys[t]!,
        color: packedColor(trace.color),
      }));
      const map = { x0: 0, sx: 1 / pxMs, pxOffset: originPx + first, y0: hi, sy };
      drawTraces(bitmap, xs, inputs, count, map, s.thickness, spans, 1);
    }
    ctx.putImageData(image, s.plotLeft + first, 0, 1, 0, width - 1, height);
    const x0 = s.plotLeft + from;
    const x1 = s.plotLeft + to;
    const markers = s.markersMs.filter((t) => {
      const x = xOf(s, t);
      return inPlot(s, t) && x + s.style.markerWidthPx >= x0 && x - s.style.markerWidthPx < x1;
    });
    if (markers.length === 0) return;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x0, 0, x1 - x0, height);
    ctx.clip();
    ctx.strokeStyle = s.style.markerColor;
    ctx.globalAlpha = 0.9;
    ctx.lineWidth = s.style.markerWidthPx;
    ctx.beginPath();
    for (const t of markers) {
      ctx.moveTo(xOf(s, t), 0);
      ctx.lineTo(xOf(s, t), height);
    }
    ctx.stroke();
    ctx.restore();
  }

  /** A tick's label and half its width, formatted and measured once per tick and font. */
  function labelOf(s: StripScene, tick: number): { text: string; half: number } {
    if (labelFont !== s.style.font) {
      labelFont = s.style.font;
      tickLabels.clear();
    }
    let label = tickLabels.get(tick);
    if (label === undefined) {
      if (tickLabels.size > 512) tickLabels.clear();
      const text = s.labels([tick])[0] ?? '';
      let half = 0;
      if (ctx !== null) {
        ctx.font = s.style.font;
        half = Math.ceil(ctx.measureText(text).width / 2) + 1;
      }
      tickLabels.set(tick, (label = { text, half }));
    }
    return label;
  }

  function halfWidths(s: StripScene, ticks: readonly number[]): number[] {
    return ticks.map((t) => labelOf(s, t).half);
  }

  /**
   * Draws the time axis band over canvas columns [x0, x1): the tick marks and the labels that
   * reach into it, clipped to it, after clearing it unless `clear` is false (columns the scroll
   * uncovered are clear already).
   */
  function paintBand(
    s: StripScene,
    ticks: readonly number[],
    x0: number,
    x1: number,
    clear = true,
  ): void {
    if (ctx === null || x1 <= x0) return;
    const { style } = s;
    const halves = halfWidths(s, ticks);
    const near = ticks.filter(
      (t, k) => xOf(s, t) + halves[k]! >= x0 && xOf(s, t) - halves[k]! < x1,
    );
    if (!clear && near.length === 0) return;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x0, s.plotHeight, x1 - x0, s.bandPx);
    ctx.clip();
    if (clear) ctx.clearRect(x0, s.plotHeight, x1 - x0, s.bandPx);
    if (near.length > 0) {
      const line = style.lineWidthPx;
      ctx.fillStyle = style.gridColor;
      for (const t of near)
        ctx.fillRect(xOf(s, t) - Math.floor(line / 2), s.plotHeight, line, style.tickPx);
      ctx.font = style.font;
      ctx.fillStyle = style.axisColor;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      const labels = near.map((t) => labelOf(s, t).text);
      const y = s.plotHeight + style.tickPx + style.gapPx;
      near.forEach((t, k) => ctx.fillText(labels[k] ?? '', xOf(s, t), y));
    }
    ctx.restore();
  }

  function drawAll(s: StripScene, ticks: readonly number[]): void {
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
    paintPlot(s, ticks, 0, s.plotWidth);
    paintBand(s, ticks, 0, s.canvasWidth);
  }

  /** Scrolls by `shift` columns and draws what changed: the newest columns, ticks that came or went. */
  function drawNewest(s: StripScene, ticks: readonly number[], shift: number): void {
    if (ctx === null) return;
    if (shift > 0) {
      ctx.save();
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(canvas, -shift, 0);
      ctx.restore();
      ctx.clearRect(0, 0, s.plotLeft, s.plotHeight);
    }
    // From the last column drawn before (it may have grown since) to the plot's right edge.
    const lastDrawn = Math.floor(((drawnEndStep - 1) * s.dtMs) / pxMs - originPx);
    paintPlot(s, ticks, Math.max(0, Math.min(lastDrawn - 1, s.plotWidth - shift)), s.plotWidth);
    // The band changes only where the scroll uncovered columns and where a tick came or went.
    const added = ticks.filter((t) => !drawnTicks.includes(t));
    if (added.length > 0) {
      const halves = halfWidths(s, added);
      const from = Math.min(...added.map((t, k) => xOf(s, t) - halves[k]!));
      paintBand(s, ticks, Math.max(0, from), s.canvasWidth);
    } else if (shift > 0) paintBand(s, ticks, s.canvasWidth - shift, s.canvasWidth, false);
    // A tick that left the range takes its label along: clear where that label is now.
    const gone = drawnTicks.filter((t) => !ticks.includes(t));
    if (gone.length > 0) {
      const halves = halfWidths(s, gone);
      const to = Math.max(...gone.map((t, k) => xOf(s, t) + halves[k]! + 1));
      paintBand(s, ticks, 0, Math.min(to, s.canvasWidth));
    }
  }

  return {
    draw(s) {
      const previousOrigin = originPx;
      const follow = followPixels(s.startStep, s.endStep, s.dtMs, s.windowMs, s.plotWidth);
      ({ originPx, pxMs } = follow);
      const height = s.plotHeight + s.bandPx;
      const nextKey = sceneKey(s);
      const shift = originPx - previousOrigin;
      const resized = canvas.width !== s.canvasWidth || canvas.height !== height;
      const full =
        canvas.style.display === 'none' ||
        nextKey !== key ||
        resized ||
        shift < 0 ||
        shift >= s.plotWidth ||
        s.endStep < drawnEndStep;
      if (resized) {
        canvas.width = s.canvasWidth;
        canvas.height = height;
      }
      const ratio = uPlot.pxRatio || 1;
      const top = `${s.plotTop / ratio}px`;
      if (resized || canvas.style.top !== top)
        Object.assign(canvas.style, {
          top,
          width: `${s.canvasWidth / ratio}px`,
          height: `${height / ratio}px`,
        });
      canvas.style.display = 'block';
      key = nextKey;
      const [fromMs, toMs] = follow.range;
      // Ticks and markers are shown by the column they round to (as scrolled ones were drawn).
      const ticks = tickValues(fromMs - pxMs, toMs + pxMs, s.tickMs).filter((t) => inPlot(s, t));
      if (full) drawAll(s, ticks);
      else drawNewest(s, ticks, shift);
      drawnEndStep = s.endStep;
      drawnTicks = ticks;
      const markersDrawnMs = s.markersMs.filter((t) => inPlot(s, t));
      return {
        full,
        markersDrawnMs,
        markersDrawnCanvasX: markersDrawnMs.map((t) => xOf(s, t)),
      };
    },
    hide() {
      canvas.style.display = 'none';
      key = '';
    },
    canvas,
  };
}
