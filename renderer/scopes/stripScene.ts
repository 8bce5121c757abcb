/**
 * What a following pane's strip draws (`StripScene`, gathered by followScene.ts), and the pure
 * arithmetic of a followed window: which pixels it shows, where its time ticks fall.
 */
export interface StripTrace {
  color: string;
  /** Copies the samples of steps [fromStep, toStep) to `out` from `offset`; returns the count. */
  copy(fromStep: number, toStep: number, out: Float32Array, offset: number): number;
}

export interface StripThreshold {
  value: number;
  color: string;
  /** Dash and gap lengths and the line width, canvas pixels. */
  dash: readonly number[];
  widthPx: number;
}

export interface StripStyle {
  gridColor: string;
  axisColor: string;
  /** Tick label font with its size in canvas pixels. */
  font: string;
  lineWidthPx: number;
  tickPx: number;
  gapPx: number;
  markerColor: string;
  markerWidthPx: number;
}

export interface StripScene {
  plotLeft: number;
  plotTop: number;
  plotWidth: number;
  plotHeight: number;
  canvasWidth: number;
  /** Height of the time axis's ticks and labels under the plot. */
  bandPx: number;
  windowMs: number;
  dtMs: number;
  /** Steps held: [startStep, endStep). */
  startStep: number;
  endStep: number;
  yRange: readonly [number, number];
  traces: readonly StripTrace[];
  thickness: number;
  thresholds: readonly StripThreshold[];
  markersMs: readonly number[];
  /** Time between ticks, and the labels of tick values. */
  tickMs: number;
  labels(valuesMs: number[]): string[];
  style: StripStyle;
}

export function sceneKey(s: StripScene): string {
  return JSON.stringify([
    s.plotLeft,
    s.plotTop,
    s.plotWidth,
    s.plotHeight,
    s.canvasWidth,
    s.bandPx,
    s.windowMs,
    s.dtMs,
    s.yRange,
    s.traces.map((t) => t.color),
    s.thickness,
    s.thresholds,
    s.tickMs,
    s.style,
  ]);
}

/** Tick values in [fromMs, toMs]: multiples of `tickMs`, rounded as uPlot rounds its splits. */
export function tickValues(fromMs: number, toMs: number, tickMs: number): number[] {
  const decimals = Math.max(0, -Math.floor(Math.log10(tickMs) + 1e-9) + 1);
  const out: number[] = [];
  for (let k = Math.ceil(fromMs / tickMs - 1e-9); k * tickMs <= toMs + 1e-9; k++)
    out.push(+(k * tickMs).toFixed(decimals) || 0);
  return out;
}

/**
 * The window a following pane shows, [originPx, originPx + plotWidth) pixels of `windowMs /
 * plotWidth` ms: it ends at the newest sample rounded up to a whole pixel (or spans the first
 * `windowMs` of the run while it is shorter).
 */
export function followPixels(
  startStep: number,
  endStep: number,
  dtMs: number,
  windowMs: number,
  plotWidth: number,
): { originPx: number; pxMs: number; range: [number, number] } {
  const pxMs = windowMs / plotWidth;
  const toMs = Math.max(endStep * dtMs, startStep * dtMs + windowMs);
  const toPx = Math.ceil(toMs / pxMs - 1e-9);
  const originPx = toPx - plotWidth;
  return { originPx, pxMs, range: [originPx * pxMs, toPx * pxMs] };
}
