/**
 * The pixel work of a following pane's strip: followStrip.ts decides what a frame draws (a
 * `StripFrame`: all of it, or a scroll by `shift` pixels and the columns from `fromColumn` on,
 * with the samples they need) and a painter carries it out on a canvas. The painter runs in the
 * strip worker (stripWorker.ts) on an OffscreenCanvas where the browser offers one, so the page
 * neither rasterises nor commits the scrolling bitmaps; otherwise on the page's own canvas.
 *
 * All positions are canvas pixels; a column is `plotLeft + c` for the time `(originPx + c) * pxMs`.
 */
import type { StripStyle, StripThreshold } from './stripScene';
import {
  createSpanScratch,
  drawTraces,
  packedColor,
  type TraceBitmap,
  type TraceInput,
} from './traceRaster';

/** One frame of a strip, as plain data (it crosses to the strip worker by structured clone). */
export interface StripFrame {
  /** Clear and draw everything; otherwise scroll by `shift` and draw from `fromColumn` on. */
  full: boolean;
  shift: number;
  /** The first plot column painted (0 when `full`). */
  fromColumn: number;
  canvasWidth: number;
  canvasHeight: number;
  plotLeft: number;
  plotWidth: number;
  plotHeight: number;
  bandPx: number;
  originPx: number;
  pxMs: number;
  dtMs: number;
  /** Steps held: [startStep, endStep). */
  startStep: number;
  endStep: number;
  yRange: readonly [number, number];
  thickness: number;
  thresholds: readonly StripThreshold[];
  markersMs: readonly number[];
  /** Time ticks shown now, and those shown by the frame before (a label that went is cleared). */
  ticks: readonly number[];
  drawnTicks: readonly number[];
  /** The label of every tick in `ticks` and `drawnTicks`. */
  labels: ReadonlyArray<readonly [number, string]>;
  style: StripStyle;
  traceColors: readonly string[];
  /** The traces' samples of steps [fromStep, fromStep + ys[t].length) (NaN where none). */
  fromStep: number;
  ys: readonly Float32Array[];
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface StripPainter {
  paint(frame: StripFrame): void;
  /** The bitmap as it stands (the test hook's pixel check). */
  pixels(): ImageData | null;
}

export function createStripPainter(canvas: HTMLCanvasElement | OffscreenCanvas): StripPainter {
  const ctx = canvas.getContext('2d') as Context2D | null;
  const spans = createSpanScratch();
  const images = new Map<number, ImageData>();
  const halves = new Map<string, number>();
  let halvesFont = '';
  let xs = new Float64Array(0);

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

  /** Canvas x of a time (rounded as uPlot rounds its ticks and markers). */
  const xOf = (f: StripFrame, timeMs: number): number =>
    Math.round(f.plotLeft + timeMs / f.pxMs - f.originPx);

  const inPlot = (f: StripFrame, timeMs: number): boolean => {
    const x = xOf(f, timeMs) - f.plotLeft;
    return x >= 0 && x <= f.plotWidth;
  };

  /**
   * Paints plot columns [from, plotWidth) as pixels: the time grid, the thresholds' dashes (their
   * phase fixed to absolute columns), the traces on top; then strokes the input markers over
   * them. Column 0 of the bitmap is column from - 1: it lends the traces its span, it is not
   * written.
   */
  function paintPlot(f: StripFrame, from: number): void {
    const to = f.plotWidth;
    if (ctx === null || to <= from) return;
    const width = to - from + 1;
    const height = f.plotHeight;
    const { image, bitmap } = bitmapOf(width, height);
    const { pixels } = bitmap;
    const first = from - 1;
    const line = f.style.lineWidthPx;
    const grid = packedColor(f.style.gridColor);
    for (const t of f.ticks) {
      const left = xOf(f, t) - f.plotLeft - first - Math.floor(line / 2);
      for (let c = Math.max(1, left); c < Math.min(width, left + line); c++)
        for (let at = c; at < pixels.length; at += width) pixels[at] = grid;
    }
    const [lo, hi] = f.yRange;
    const sy = height / (hi - lo || 1);
    const dataFrom = Math.max(1, xOf(f, f.startStep * f.dtMs) - f.plotLeft - first);
    const dataTo = Math.min(
      width,
      Math.floor(((f.endStep - 1) * f.dtMs) / f.pxMs - f.originPx) + 1 - first,
    );
    for (const threshold of f.thresholds) {
      const lineWidth = Math.max(1, Math.round(threshold.widthPx));
      const top = Math.round((hi - threshold.value) * sy) - Math.floor(lineWidth / 2);
      const on = Math.max(1, Math.round(threshold.dash[0] ?? 1));
      const period = on + Math.max(0, Math.round(threshold.dash[1] ?? 0));
      const color = packedColor(threshold.color);
      for (let r = Math.max(0, top); r < Math.min(height, top + lineWidth); r++)
        for (let c = dataFrom; c < dataTo; c++)
          if ((((f.originPx + first + c) % period) + period) % period < on)
            pixels[r * width + c] = color;
    }
    const count = f.ys[0]?.length ?? 0;
    if (f.ys.length > 0 && f.endStep > f.startStep) {
      if (xs.length < count) xs = new Float64Array(count * 2);
      for (let k = 0; k < count; k++) xs[k] = (f.fromStep + k) * f.dtMs;
      const inputs: TraceInput[] = f.ys.map((ys, t) => ({
        ys,
        color: packedColor(f.traceColors[t] ?? '#000'),
      }));
      const map = { x0: 0, sx: 1 / f.pxMs, pxOffset: f.originPx + first, y0: hi, sy };
      drawTraces(bitmap, xs, inputs, count, map, f.thickness, spans, 1);
    }
    ctx.putImageData(image, f.plotLeft + first, 0, 1, 0, width - 1, height);
    paintMarkers(ctx, f, f.plotLeft + from, f.plotLeft + to);
  }

  function paintMarkers(c: Context2D, f: StripFrame, x0: number, x1: number): void {
    const { markerWidthPx } = f.style;
    const markers = f.markersMs.filter((t) => {
      const x = xOf(f, t);
      return inPlot(f, t) && x + markerWidthPx >= x0 && x - markerWidthPx < x1;
    });
    if (markers.length === 0) return;
    c.save();
    c.beginPath();
    c.rect(x0, 0, x1 - x0, f.plotHeight);
    c.clip();
    c.strokeStyle = f.style.markerColor;
    c.globalAlpha = 0.9;
    c.lineWidth = markerWidthPx;
    c.beginPath();
    for (const t of markers) {
      c.moveTo(xOf(f, t), 0);
      c.lineTo(xOf(f, t), f.plotHeight);
    }
    c.stroke();
    c.restore();
  }

  /** Half a tick label's width (measured once per text and font), and the label itself. */
  function labelOf(f: StripFrame, tick: number): { text: string; half: number } {
    const text = f.labels.find(([t]) => t === tick)?.[1] ?? '';
    if (halvesFont !== f.style.font) {
      halvesFont = f.style.font;
      halves.clear();
    }
    let half = halves.get(text);
    if (half === undefined) {
      if (halves.size > 512) halves.clear();
      half = 0;
      if (ctx !== null) {
        ctx.font = f.style.font;
        half = Math.ceil(ctx.measureText(text).width / 2) + 1;
      }
      halves.set(text, half);
    }
    return { text, half };
  }

  /**
   * Draws the time axis band over canvas columns [x0, x1): the tick marks and the labels that
   * reach into it, clipped to it, after clearing it unless `clear` is false (columns the scroll
   * uncovered are clear already).
   */
  function paintBand(f: StripFrame, x0: number, x1: number, clear = true): void {
    if (ctx === null || x1 <= x0) return;
    const { style } = f;
    const near = f.ticks
      .map((t) => ({ x: xOf(f, t), ...labelOf(f, t) }))
      .filter(({ x, half }) => x + half >= x0 && x - half < x1);
    if (!clear && near.length === 0) return;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x0, f.plotHeight, x1 - x0, f.bandPx);
    ctx.clip();
    if (clear) ctx.clearRect(x0, f.plotHeight, x1 - x0, f.bandPx);
    if (near.length > 0) {
      const line = style.lineWidthPx;
      ctx.fillStyle = style.gridColor;
      for (const { x } of near)
        ctx.fillRect(x - Math.floor(line / 2), f.plotHeight, line, style.tickPx);
      ctx.font = style.font;
      ctx.fillStyle = style.axisColor;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      const y = f.plotHeight + style.tickPx + style.gapPx;
      for (const { x, text } of near) ctx.fillText(text, x, y);
    }
    ctx.restore();
  }

  /** Scrolls by `shift` columns and draws what changed: the newest columns, ticks that came or went. */
  function paintNewest(f: StripFrame): void {
    if (ctx === null) return;
    if (f.shift > 0) {
      ctx.save();
      ctx.globalCompositeOperation = 'copy';
      ctx.drawImage(canvas, -f.shift, 0);
      ctx.restore();
      ctx.clearRect(0, 0, f.plotLeft, f.plotHeight);
    }
    paintPlot(f, f.fromColumn);
    // The band changes only where the scroll uncovered columns and where a tick came or went.
    const added = f.ticks.filter((t) => !f.drawnTicks.includes(t));
    if (added.length > 0) {
      const from = Math.min(...added.map((t) => xOf(f, t) - labelOf(f, t).half));
      paintBand(f, Math.max(0, from), f.canvasWidth);
    } else if (f.shift > 0) paintBand(f, f.canvasWidth - f.shift, f.canvasWidth, false);
    // A tick that left the range takes its label along: clear where that label is now.
    const gone = f.drawnTicks.filter((t) => !f.ticks.includes(t));
    if (gone.length > 0) {
      const to = Math.max(...gone.map((t) => xOf(f, t) + labelOf(f, t).half + 1));
      paintBand(f, 0, Math.min(to, f.canvasWidth));
    }
  }

  return {
    paint(f) {
      if (canvas.width !== f.canvasWidth || canvas.height !== f.canvasHeight) {
        canvas.width = f.canvasWidth;
        canvas.height = f.canvasHeight;
      }
      if (f.full) {
        ctx?.clearRect(0, 0, canvas.width, canvas.height);
        paintPlot(f, 0);
        paintBand(f, 0, f.canvasWidth);
      } else paintNewest(f);
    },
    pixels() {
      if (ctx === null || canvas.width === 0 || canvas.height === 0) return null;
      return ctx.getImageData(0, 0, canvas.width, canvas.height);
    },
  };
}
