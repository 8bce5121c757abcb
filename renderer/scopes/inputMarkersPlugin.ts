/**
 * Red vertical lines at the input spike times, drawn in uPlot's `draw` hook on top of the
 * series, as the seed notebook's `plt.axvline(t, color='red')`. Markers are not data: they do not
 * join the legend or the cursor, and they cost nothing when the data changes.
 */
import uPlot from 'uplot';
import { scopeScale } from '../theme/presenterStore';
import { inputMarkerColor } from './scopeColors';

/** What the last draw actually painted; the test hook reads it (never the pixels). */
export interface MarkerDrawStats {
  drawnMs: number[];
  /** Where each drawn marker lies on the canvas, in canvas (device) pixels. */
  drawnCanvasX: number[];
  /** The plotting area's vertical extent on the canvas, in canvas pixels. */
  plotTop: number;
  plotHeight: number;
  color: string;
}

/** A marker's width in canvas pixels (thicker in presenter mode and on dense screens). */
export function markerWidthPx(): number {
  return Math.max(1, Math.round(1.5 * scopeScale() * uPlot.pxRatio));
}

/**
 * `markers()` is read at every draw: instant mode changes the inputs without a new plot. While
 * `covered()` the pane's scrolling strip draws them (and fills `stats`) instead.
 */
export function inputMarkersPlugin(
  markers: () => readonly number[],
  stats: MarkerDrawStats,
  covered: () => boolean = () => false,
): uPlot.Plugin {
  stats.color = inputMarkerColor();
  return {
    hooks: {
      draw: [
        (u: uPlot) => {
          if (covered()) return;
          const { ctx } = u;
          const { left, top, width, height } = u.bbox;
          const drawnMs: number[] = [];
          const drawnCanvasX: number[] = [];
          ctx.save();
          // Solid, whatever dash the last series (the threshold) left on the context.
          ctx.setLineDash([]);
          ctx.strokeStyle = stats.color;
          ctx.globalAlpha = 0.9;
          ctx.lineWidth = markerWidthPx();
          ctx.beginPath();
          for (const timeMs of markers()) {
            const x = Math.round(u.valToPos(timeMs, 'x', true));
            if (!(x >= left && x <= left + width)) continue;
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            drawnMs.push(timeMs);
            drawnCanvasX.push(x);
          }
          ctx.stroke();
          ctx.restore();
          stats.drawnMs = drawnMs;
          stats.drawnCanvasX = drawnCanvasX;
          stats.plotTop = top;
          stats.plotHeight = height;
        },
      ],
    },
  };
}
