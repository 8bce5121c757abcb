/**
 * uPlot options for a scope model: axes with units, one series per trace or threshold, the
 * input-spike markers as a draw-hook plugin.
 */
import type uPlot from 'uplot';
import { inputMarkersPlugin, type MarkerDrawStats } from './inputMarkersPlugin';
import { AXIS_COLOR, GRID_COLOR } from './scopeColors';
import type { ScopeModel, ScopeSeriesSpec } from './scopeModel';

export interface PlotSize {
  width: number;
  height: number;
}

const formatValue = (_u: uPlot, value: number | null): string =>
  value === null ? '—' : value.toPrecision(5);

function seriesOptions(spec: ScopeSeriesSpec): uPlot.Series {
  if (spec.kind === 'threshold') {
    return {
      label: spec.label,
      stroke: spec.color,
      width: 1.25,
      dash: spec.dash,
      value: formatValue,
    };
  }
  return {
    label: spec.label,
    stroke: spec.color,
    width: 1.75,
    points: { show: false },
    // Drawn as pixels by the pane (traceRaster.ts): uPlot keeps the legend, scales and cursor.
    paths: () => null,
    value: formatValue,
  };
}

export function axis(label: string): uPlot.Axis {
  return {
    label,
    stroke: AXIS_COLOR,
    grid: { stroke: GRID_COLOR, width: 1 },
    ticks: { stroke: GRID_COLOR, width: 1 },
    font: '12px system-ui, sans-serif',
    labelFont: '13px system-ui, sans-serif',
  };
}

export function buildPlotOptions(
  model: ScopeModel,
  size: PlotSize,
  markers: () => readonly number[],
  markerStats: MarkerDrawStats,
): uPlot.Options {
  return {
    ...size,
    // Traces are drawn exactly as sampled: no smoothing, no time formatting of the x axis. The
    // pane sets both ranges itself (following, zoomed, autoscaled or fixed).
    scales: { x: { time: false, auto: false }, y: { auto: false } },
    axes: [axis(model.xLabel), axis(model.yLabel)],
    series: [
      {
        label: 'time',
        value: (_u, value) => (value === null ? '—' : `${value} ms`),
      },
      ...model.series.map(seriesOptions),
    ],
    legend: { live: true },
    // Dragging selects a range; the pane turns it into a zoom of frozen data.
    cursor: { drag: { x: true, y: false, setScale: false } },
    plugins: [inputMarkersPlugin(markers, markerStats)],
  };
}
