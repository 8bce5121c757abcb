/**
 * Vector figures of the two kinds of pane, from what they show: a trace pane's plotted data
 * (its test-hook snapshot: the numbers handed to uPlot, raw or min/max per pixel column), and a
 * raster pane's spikes in view with its population rate.
 */
import type { SpikeLog } from '../sim/spikeLog';
import { INPUT_MARKER_COLOR } from '../scopes/scopeColors';
import type { RasterSnapshot, ScopeSnapshot } from '../scopes/testHook';
import type { FigurePlot, VectorFigure } from './svgFigure';

const TRACE_PLOT_PX = 320;
const RASTER_PLOT_PX = 220;
const RATE_PLOT_PX = 140;
/** Spikes drawn in one SVG at most (each is a small rectangle). */
export const MAX_SVG_SPIKES = 200_000;

export interface TraceLabels {
  title: string;
  xLabel: string;
  yLabel: string;
}

export function traceFigure(labels: TraceLabels, snapshot: ScopeSnapshot): VectorFigure {
  const lines = snapshot.series.map((series) => ({
    label: series.label,
    color: series.color,
    widthPx: series.kind === 'threshold' ? 1.25 : 1.75,
    dash: series.dash,
    xs: snapshot.xMs,
    ys: series.values,
  }));
  const plot: FigurePlot = {
    heightPx: TRACE_PLOT_PX,
    xLabel: labels.xLabel,
    yLabel: labels.yLabel,
    xRange: snapshot.xRange,
    yRange: snapshot.yRange,
    lines,
    markers: { color: INPUT_MARKER_COLOR, xs: snapshot.markersMs },
  };
  return {
    title: labels.title,
    plots: [plot],
    legend: snapshot.series.map((s) => ({ label: s.label, color: s.color, dash: s.dash })),
  };
}

export interface RasterSource {
  title: string;
  color: string;
  snapshot: RasterSnapshot;
  log: SpikeLog | null;
  dtMs: number;
}

export function rasterFigure(source: RasterSource): VectorFigure {
  const { snapshot, log, dtMs, color } = source;
  const [x0, x1] = snapshot.xRange;
  const [first, last] =
    log === null ? [0, 0] : log.range(Math.floor(x0 / dtMs), Math.ceil(x1 / dtMs) + 1);
  const count = Math.min(last - first, MAX_SVG_SPIKES);
  const xs = new Float64Array(count);
  const rows = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    xs[k] = log!.stepAt(first + k) * dtMs;
    rows[k] = log!.neuronAt(first + k);
  }
  let maxHz = 1;
  for (const hz of snapshot.rateHz) maxHz = Math.max(maxHz, hz);
  const shown = count < last - first ? ` (first ${count} of ${last - first} spikes)` : '';
  return {
    title: `${source.title}${shown}`,
    plots: [
      {
        heightPx: RASTER_PLOT_PX,
        xLabel: '',
        yLabel: `neuron (${snapshot.neuronCount})`,
        xRange: snapshot.xRange,
        yRange: [0, snapshot.neuronCount],
        lines: [],
        dots: { color, xs, rows, widthX: dtMs },
        yIntegers: true,
      },
      {
        heightPx: RATE_PLOT_PX,
        xLabel: 'time [ms]',
        yLabel: 'rate [Hz]',
        xRange: snapshot.xRange,
        yRange: [0, maxHz * 1.1],
        lines: [
          {
            label: 'population rate',
            color,
            widthPx: 1.5,
            dash: null,
            xs: snapshot.rateTimeMs,
            ys: snapshot.rateHz,
          },
        ],
      },
    ],
    legend: [
      { label: 'spikes', color, dash: null },
      { label: `population rate (bins of ${snapshot.binMs} ms)`, color, dash: null },
    ],
  };
}
