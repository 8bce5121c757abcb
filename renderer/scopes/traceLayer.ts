/**
 * Paints a pane's traces into uPlot's canvas from its draw hook: the series are rasterised into
 * a reused bitmap (traceRaster.ts) and blitted once onto the plotting area, above the grid and
 * the threshold lines and below the input markers.
 */
import uPlot from 'uplot';
import { scopeScale } from '../theme/presenterStore';
import type { Columns } from './decimate';
import {
  createSpanScratch,
  drawTraces,
  packedColor,
  type TraceBitmap,
  type TraceInput,
} from './traceRaster';

export interface TraceLayer {
  /** `colorOf(k)`: the colour of column k, or null to leave it out (a threshold, a hidden trace). */
  draw(u: uPlot, columns: Columns, count: number, colorOf: (k: number) => string | null): void;
}

/**
 * Trace lines in pixels: 1 at 1× (uPlot's default width), 2 on a high-density screen; presenter
 * mode draws them three times as thick, to be seen from the back of a room.
 */
export function traceThickness(): number {
  return Math.max(1, Math.round(uPlot.pxRatio)) * (scopeScale() > 1 ? 3 : 1);
}

export function createTraceLayer(): TraceLayer {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  let image: ImageData | null = null;
  let bitmap: TraceBitmap | null = null;
  const scratch = createSpanScratch();

  return {
    draw(u, columns, count, colorOf) {
      const width = Math.max(1, Math.round(u.bbox.width));
      const height = Math.max(1, Math.round(u.bbox.height));
      if (context === null) return;
      if (image === null || image.width !== width || image.height !== height) {
        canvas.width = width;
        canvas.height = height;
        image = context.createImageData(width, height);
        bitmap = { width, height, pixels: new Uint32Array(image.data.buffer) };
      }
      const target = bitmap!;
      target.pixels.fill(0);
      const { min: x0 = 0, max: x1 = 1 } = u.scales.x!;
      const { min: y0 = 0, max: y1 = 1 } = u.scales.y!;
      const map = {
        x0: x0 ?? 0,
        sx: width / ((x1 ?? 1) - (x0 ?? 0) || 1),
        y0: y1 ?? 1,
        sy: height / ((y1 ?? 1) - (y0 ?? 0) || 1),
      };
      const thickness = traceThickness();
      const traces: TraceInput[] = [];
      columns.ys.forEach((ys, k) => {
        const color = colorOf(k);
        if (color === null) return;
        traces.push({ ys, color: packedColor(color) });
      });
      drawTraces(target, columns.x, traces, count, map, thickness, scratch);
      context.putImageData(image, 0, 0);
      u.ctx.drawImage(canvas, Math.round(u.bbox.left), Math.round(u.bbox.top));
    },
  };
}
