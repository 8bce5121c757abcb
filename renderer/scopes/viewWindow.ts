/**
 * Which stretch of time a pane shows. While it follows the simulation it shows the whole run
 * ('all') or the last `windowMs` (scrolling as samples arrive); frozen data can be zoomed and
 * panned, which stops following until the view is fitted again.
 */
export type WindowLength = number | 'all';

export interface ViewState {
  follow: boolean;
  fromMs: number;
  toMs: number;
}

export const FOLLOW: ViewState = { follow: true, fromMs: 0, toMs: 0 };

export interface Extent {
  /** Time of the oldest and one past the newest sample held. */
  startMs: number;
  endMs: number;
  runLengthMs: number;
  dtMs: number;
}

export function visibleRange(
  view: ViewState,
  extent: Extent,
  windowMs: WindowLength,
): [number, number] {
  if (!view.follow) return [view.fromMs, view.toMs];
  if (windowMs === 'all') return [extent.startMs, Math.max(extent.runLengthMs, extent.endMs)];
  const to = Math.max(extent.endMs, extent.startMs + windowMs);
  return [to - windowMs, to];
}

function clamp(fromMs: number, toMs: number, extent: Extent): ViewState {
  const minWidth = 4 * extent.dtMs;
  const lo = extent.startMs;
  const hi = Math.max(extent.endMs, lo + minWidth);
  let width = Math.min(Math.max(toMs - fromMs, minWidth), hi - lo);
  let from = Math.min(Math.max(fromMs, lo), hi - width);
  if (!Number.isFinite(from)) from = lo;
  if (!Number.isFinite(width)) width = hi - lo;
  return { follow: false, fromMs: from, toMs: from + width };
}

/** Zoom by `factor` (< 1 zooms in) keeping `centerMs` where it is. */
export function zoomView(
  range: [number, number],
  centerMs: number,
  factor: number,
  extent: Extent,
): ViewState {
  const [from, to] = range;
  return clamp(centerMs - (centerMs - from) * factor, centerMs + (to - centerMs) * factor, extent);
}

export function panView(range: [number, number], deltaMs: number, extent: Extent): ViewState {
  return clamp(range[0] + deltaMs, range[1] + deltaMs, extent);
}

export function selectView(fromMs: number, toMs: number, extent: Extent): ViewState {
  return clamp(Math.min(fromMs, toMs), Math.max(fromMs, toMs), extent);
}

/** The steps to read for a time range: every step whose time lies in [fromMs, toMs]. */
export function stepRange(
  range: [number, number],
  dtMs: number,
  startStep: number,
  endStep: number,
): [number, number] {
  const from = Math.max(startStep, Math.ceil(range[0] / dtMs - 1e-9));
  const to = Math.min(endStep, Math.floor(range[1] / dtMs + 1e-9) + 1);
  return [from, Math.max(from, to)];
}
