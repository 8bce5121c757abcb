/**
 * The scrolling layer of a pane that follows a live run. Its window moves by whole pixels (the
 * window's right edge is rounded up to a pixel of `windowMs / plotWidth` ms), so from one frame to
 * the next the layer shifts its bitmap left by those pixels and draws only the newest columns:
 * the traces, the threshold, the time grid, the input markers, and the time axis's ticks and
 * labels (uPlot leaves these out meanwhile). uPlot's own canvas under it (value axis, value grid,
 * titles) stays as it is until the value range or the size changes: redrawing a whole pane, its
 * axes and all its traces in every frame took most of the UI thread.
 *
 * This file decides what a frame draws and gathers its samples (a `StripFrame`); the painting
 * (stripPainter.ts) happens in the strip worker where the browser allows (stripSink.ts).
 */
import uPlot from 'uplot';
import type { StripFrame } from './stripPainter';
import { createPageStripSink, createStripSink, type StripSink } from './stripSink';
import { followPixels, sceneKey, tickValues, type StripScene } from './stripScene';

export interface StripResult {
  /** True when the whole layer was drawn again (the first frame, or something besides time changed). */
  full: boolean;
  markersDrawnMs: number[];
  markersDrawnCanvasX: number[];
}

export interface FollowStrip {
  draw(scene: StripScene): StripResult;
  hide(): void;
  /** The strip's bitmap after every frame drawn so far (null when it cannot be read). */
  pixels(): Promise<ImageData | null>;
  /** Where the strip is painted: in the strip worker or on the page. */
  readonly where: 'worker' | 'page';
  readonly canvas: HTMLCanvasElement;
  dispose(): void;
}

function createStripCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'scope__strip';
  // Not the hidden attribute: uPlot's stylesheet displays every canvas in the plot as a block.
  canvas.style.display = 'none';
  return canvas;
}

/** The samples of steps [fromStep, endStep) of every trace (NaN where a trace has none). */
function readSamples(s: StripScene, fromStep: number): Float32Array[] {
  const count = Math.max(0, s.endStep - fromStep);
  return s.traces.map((trace) => {
    const ys = new Float32Array(count);
    ys.fill(Number.NaN, trace.copy(fromStep, s.endStep, ys, 0));
    return ys;
  });
}

/**
 * Input spike times that change redraw the whole strip, not only its new columns: an edit is
 * shown at once, while the frames of the run before its reload may still arrive.
 */
function sameValues(a: readonly number[], b: readonly number[]): boolean {
  return a === b || (a.length === b.length && a.every((x, k) => x === b[k]));
}

/** `onPage`: paint on the page's canvas even where the strip worker is offered. */
export function createFollowStrip(
  parent: HTMLElement,
  before: Element | null,
  onPage = false,
): FollowStrip {
  let canvas = createStripCanvas();
  parent.insertBefore(canvas, before);
  let sink: StripSink = onPage ? createPageStripSink(canvas) : createStripSink(canvas);
  let key = '';
  let size = '';
  let originPx = 0;
  let drawnEndStep = 0;
  let drawnTicks: number[] = [];
  let drawnMarkersMs: readonly number[] = [];
  let labelKey = '';
  const labelTexts = new Map<number, string>();

  /** A tick's label, formatted once per tick, font and tick spacing. */
  function labelOf(s: StripScene, tick: number): string {
    const nextKey = `${s.style.font}|${s.tickMs}`;
    if (labelKey !== nextKey) {
      labelKey = nextKey;
      labelTexts.clear();
    }
    let text = labelTexts.get(tick);
    if (text === undefined) {
      if (labelTexts.size > 512) labelTexts.clear();
      text = s.labels([tick])[0] ?? '';
      labelTexts.set(tick, text);
    }
    return text;
  }

  /** A worker that failed keeps the old canvas: a new one takes its place, painted on the page. */
  function recover(): void {
    const next = createStripCanvas();
    next.style.cssText = canvas.style.cssText;
    canvas.replaceWith(next);
    canvas = next;
    sink = createPageStripSink(canvas);
    key = '';
  }

  return {
    draw(s) {
      if (sink.lost) recover();
      const previousOrigin = originPx;
      const follow = followPixels(s.startStep, s.endStep, s.dtMs, s.windowMs, s.plotWidth);
      const { pxMs } = follow;
      originPx = follow.originPx;
      const height = s.plotHeight + s.bandPx;
      const nextKey = sceneKey(s);
      const nextSize = `${s.canvasWidth}×${height}`;
      const shift = originPx - previousOrigin;
      const full =
        canvas.style.display === 'none' ||
        nextKey !== key ||
        nextSize !== size ||
        shift < 0 ||
        shift >= s.plotWidth ||
        s.endStep < drawnEndStep ||
        !sameValues(s.markersMs, drawnMarkersMs);
      const ratio = uPlot.pxRatio || 1;
      const top = `${s.plotTop / ratio}px`;
      if (nextSize !== size || canvas.style.top !== top)
        Object.assign(canvas.style, {
          top,
          width: `${s.canvasWidth / ratio}px`,
          height: `${height / ratio}px`,
        });
      canvas.style.display = 'block';
      key = nextKey;
      size = nextSize;
      const xOf = (timeMs: number): number => Math.round(s.plotLeft + timeMs / pxMs - originPx);
      const inPlot = (timeMs: number): boolean => {
        const x = xOf(timeMs) - s.plotLeft;
        return x >= 0 && x <= s.plotWidth;
      };
      const [fromMs, toMs] = follow.range;
      // Ticks and markers are shown by the column they round to (as scrolled ones were drawn).
      const ticks = tickValues(fromMs - pxMs, toMs + pxMs, s.tickMs).filter(inPlot);
      // From the last column drawn before (it may have grown since) to the plot's right edge.
      const lastDrawn = Math.floor(((drawnEndStep - 1) * s.dtMs) / pxMs - originPx);
      const fromColumn = full ? 0 : Math.max(0, Math.min(lastDrawn - 1, s.plotWidth - shift));
      // From a little before column fromColumn - 1: its span needs the segment coming into it.
      const firstMs = (originPx + fromColumn - 1) * pxMs;
      const fromStep = Math.max(s.startStep, Math.ceil(firstMs / s.dtMs - 1e-9) - 2);
      const frame: StripFrame = {
        full,
        shift,
        fromColumn,
        canvasWidth: s.canvasWidth,
        canvasHeight: height,
        plotLeft: s.plotLeft,
        plotWidth: s.plotWidth,
        plotHeight: s.plotHeight,
        bandPx: s.bandPx,
        originPx,
        pxMs,
        dtMs: s.dtMs,
        startStep: s.startStep,
        endStep: s.endStep,
        yRange: s.yRange,
        thickness: s.thickness,
        thresholds: s.thresholds,
        markersMs: s.markersMs,
        ticks,
        drawnTicks,
        labels: [...new Set([...ticks, ...drawnTicks])].map((t) => [t, labelOf(s, t)] as const),
        style: s.style,
        traceColors: s.traces.map((t) => t.color),
        fromStep,
        ys: s.endStep > s.startStep && fromColumn < s.plotWidth ? readSamples(s, fromStep) : [],
      };
      sink.paint(frame);
      drawnEndStep = s.endStep;
      drawnTicks = ticks;
      drawnMarkersMs = s.markersMs;
      const markersDrawnMs = s.markersMs.filter(inPlot);
      return { full, markersDrawnMs, markersDrawnCanvasX: markersDrawnMs.map(xOf) };
    },
    hide() {
      canvas.style.display = 'none';
      key = '';
    },
    pixels: () => sink.pixels(),
    get where() {
      return sink.where;
    },
    get canvas() {
      return canvas;
    },
    dispose() {
      sink.dispose();
      canvas.remove();
    },
  };
}
