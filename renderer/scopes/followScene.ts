/**
 * What a following pane's strip draws (followStrip.ts), gathered from its uPlot, its series and
 * the sample store: the plot's geometry in canvas pixels, the visible traces and thresholds in
 * the theme's sizes, the time ticks uPlot chose and the input markers.
 */
import uPlot from 'uplot';
import type { SampleStore } from '../sim/sampleStore';
import { scopeChrome } from '../theme/scopeChrome';
import type { StripScene, StripThreshold, StripTrace } from './stripScene';
import { markerWidthPx } from './inputMarkersPlugin';
import type { ScopeModel } from './scopeModel';
import { traceThickness } from './traceLayer';

/** uPlot's tick-size and tick-to-label gap defaults, CSS pixels. */
const TICK_SIZE_PX = 10;
const TICK_GAP_PX = 5;

/** The smallest 1, 2, 2.5 or 5 × 10^k ms that leaves `minSpacePx` between ticks (uPlot's rule). */
export function niceIncrement(rangeMs: number, widthPx: number, minSpacePx: number): number {
  const least = (rangeMs * minSpacePx) / Math.max(1, widthPx);
  const magnitude = 10 ** Math.floor(Math.log10(least));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * magnitude >= least * (1 - 1e-9)) return m * magnitude;
  return 10 * magnitude;
}

export interface SceneInput {
  plot: uPlot;
  /** Series as shown (thresholds from the shown document) and as built (probe ids). */
  decor: ScopeModel;
  model: ScopeModel;
  samples: SampleStore;
  windowMs: number;
  yRange: readonly [number, number];
  markersMs: readonly number[];
  markerColor: string;
}

export function followScene(input: SceneInput): StripScene {
  const { plot, decor, model, samples } = input;
  const ratio = uPlot.pxRatio || 1;
  const chrome = scopeChrome();
  const visible = (k: number) => plot.series[k + 1]?.show !== false;
  const traces: StripTrace[] = [];
  const thresholds: StripThreshold[] = [];
  decor.series.forEach((spec, k) => {
    if (!visible(k)) return;
    if (spec.kind === 'threshold') {
      thresholds.push({
        value: spec.value,
        color: spec.color,
        dash: spec.dash.map((d) => d * chrome.lineScale * ratio),
        widthPx: 1.25 * chrome.lineScale * ratio,
      });
      return;
    }
    const own = model.series[k];
    const ring = own?.kind === 'trace' ? samples.trace(own.probeId, own.neuronIndex) : null;
    if (ring !== null) traces.push({ color: spec.color, copy: ring.copy });
  });
  const plotWidth = Math.max(1, Math.round(plot.bbox.width));
  const found = (plot.axes[0] as { _found?: [number, number] })._found?.[0];
  const tickMs =
    found !== undefined && found > 0
      ? found
      : niceIncrement(input.windowMs, plotWidth / ratio, chrome.tickSpacePx);
  return {
    plotLeft: Math.round(plot.bbox.left),
    plotTop: Math.round(plot.bbox.top),
    plotWidth,
    plotHeight: Math.max(1, Math.round(plot.bbox.height)),
    canvasWidth: plot.ctx.canvas.width,
    bandPx: Math.round(chrome.axisSizePx * ratio),
    windowMs: input.windowMs,
    dtMs: samples.dtMs,
    startStep: samples.startStep,
    endStep: samples.endStep,
    yRange: input.yRange,
    traces,
    thickness: traceThickness(),
    thresholds,
    markersMs: input.markersMs,
    tickMs,
    labels: (values) => values.map((v) => uPlot.fmtNum(v)),
    style: {
      gridColor: chrome.gridColor,
      axisColor: chrome.axisColor,
      font: chrome.font.replace(/(\d+)px/, (_m, px: string) => `${Math.round(+px * ratio)}px`),
      lineWidthPx: Math.max(1, Math.round(chrome.lineScale * ratio)),
      tickPx: Math.round(TICK_SIZE_PX * ratio),
      gapPx: Math.round(TICK_GAP_PX * ratio),
      markerColor: input.markerColor,
      markerWidthPx: markerWidthPx(),
    },
  };
}
