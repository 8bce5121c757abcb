/**
 * uPlot options for a scope model: axes with units, one series per trace or threshold, the
 * input-spike markers as a draw-hook plugin.
 */
import uPlot from 'uplot';
import { scopeChrome } from '../theme/scopeChrome';
import { inputMarkersPlugin, type MarkerDrawStats } from './inputMarkersPlugin';
import type { ScopeModel, ScopeSeriesSpec } from './scopeModel';

export interface PlotSize {
  width: number;
  height: number;
}

const formatValue = (_u: uPlot, value: number | null): string =>
  value === null ? '—' : value.toPrecision(5);

/**
 * A threshold is a constant column: one straight segment over the samples' time span, instead of
 * the path through every sample uPlot would build (a thousand points per pane per frame while a
 * run streams).
 */
export const thresholdPath: uPlot.Series.PathBuilder = (u, seriesIdx, idx0, idx1) => {
  const xs = u.data[0];
  const value = u.data[seriesIdx]?.[idx0];
  if (xs === undefined || idx1 < idx0 || value === null || value === undefined) return null;
  const y = u.valToPos(value, 'y', true);
  const stroke = new Path2D();
  stroke.moveTo(u.valToPos(xs[idx0]!, 'x', true), y);
  stroke.lineTo(u.valToPos(xs[idx1]!, 'x', true), y);
  return { stroke, fill: null, clip: null, flags: 0 };
};

function seriesOptions(
  spec: ScopeSeriesSpec,
  lineScale: number,
  covered: () => boolean,
): uPlot.Series {
  if (spec.kind === 'threshold') {
    return {
      label: spec.label,
      stroke: spec.color,
      width: 1.25 * lineScale,
      dash: spec.dash.map((d) => d * lineScale),
      // No point markers: uPlot drew a circle at every sample of a sparse window along the line.
      points: { show: false },
      paths: (u, seriesIdx, idx0, idx1) =>
        covered() ? null : thresholdPath(u, seriesIdx, idx0, idx1),
      value: formatValue,
    };
  }
  return {
    label: spec.label,
    stroke: spec.color,
    width: 1.75 * lineScale,
    points: { show: false },
    // Drawn as pixels by the pane (traceRaster.ts): uPlot keeps the legend, scales and cursor.
    paths: () => null,
    value: formatValue,
  };
}

/**
 * A y-axis title that fits along the plot: "v (dimensionless)" drops its parenthesis when the
 * pane is too short for all of it (presenter type in a short window), rather than being cut off.
 * Measured once per plot height, not per frame.
 */
export function fittedLabel(full: string, font: string): uPlot.Axis.Label {
  const short = full.replace(/\s*\(.*\)$/, '');
  if (short === full || short === '') return full;
  let measuredFor = -1;
  let label = full;
  return (u) => {
    if (u.bbox.height !== measuredFor) {
      measuredFor = u.bbox.height;
      u.ctx.save();
      u.ctx.font = font;
      const widthPx = u.ctx.measureText(full).width * (uPlot.pxRatio > 0 ? uPlot.pxRatio : 1);
      u.ctx.restore();
      label = widthPx <= u.bbox.height ? full : short;
    }
    return label;
  };
}

/** An axis in the theme's colours, sized for the mode (presenter mode: larger, bolder). */
export function axis(label: string | uPlot.Axis.Label): uPlot.Axis {
  const chrome = scopeChrome();
  return {
    label,
    stroke: chrome.axisColor,
    grid: { stroke: chrome.gridColor, width: chrome.lineScale },
    ticks: { stroke: chrome.gridColor, width: chrome.lineScale },
    font: chrome.font,
    labelFont: chrome.labelFont,
    size: (_u, _values, axisIndex) => (axisIndex === 0 ? chrome.axisSizePx : chrome.yAxisSizePx),
    labelSize: chrome.labelSizePx,
    space: (_u, axisIndex) => (axisIndex === 0 ? chrome.tickSpacePx : chrome.yTickSpacePx),
  };
}

/**
 * `covered()`: true while the pane's scrolling strip (followStrip.ts) draws the threshold, the
 * markers and the time grid over the plot; uPlot then leaves them out.
 */
export function buildPlotOptions(
  model: ScopeModel,
  size: PlotSize,
  markers: () => readonly number[],
  markerStats: MarkerDrawStats,
  covered: () => boolean = () => false,
): uPlot.Options {
  const rightPadPx = scopeChrome().rightPadPx;
  return {
    ...size,
    ...(rightPadPx > 0 ? { padding: [null, rightPadPx, null, null] as uPlot.Padding } : {}),
    // Traces are drawn exactly as sampled: no smoothing, no time formatting of the x axis. The
    // pane sets both ranges itself (following, zoomed, autoscaled or fixed).
    scales: { x: { time: false, auto: false }, y: { auto: false } },
    axes: [
      {
        ...axis(model.xLabel),
        values: (_u, splits) => splits.map((v) => (covered() || v === null ? '' : uPlot.fmtNum(v))),
      },
      axis(fittedLabel(model.yLabel, scopeChrome().labelFont)),
    ],
    series: [
      {
        label: 'time',
        value: (_u, value) => (value === null ? '—' : `${value} ms`),
      },
      ...model.series.map((spec) => seriesOptions(spec, scopeChrome().lineScale, covered)),
    ],
    legend: { live: true },
    // Dragging selects a range; the pane turns it into a zoom of frozen data.
    cursor: { drag: { x: true, y: false, setScale: false } },
    plugins: [inputMarkersPlugin(markers, markerStats, covered)],
  };
}
