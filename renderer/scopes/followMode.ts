/**
 * A trace pane while a live run streams into its followed window: uPlot's canvas is drawn again
 * only when the value range or the size changes; in every other frame the strip (followStrip.ts)
 * scrolls and draws its newest columns. uPlot's data and time scale are still kept up to date
 * (without drawing) for the cursor, the legend and the snapshot.
 */
import type uPlot from 'uplot';
import type { SampleStore } from '../sim/sampleStore';
import type { ColumnSource } from './decimate';
import { followScene } from './followScene';
import { createFollowStrip, type FollowStrip } from './followStrip';
import { followPixels, type StripScene } from './stripScene';
import type { MarkerDrawStats } from './inputMarkersPlugin';
import type { ScopeModel } from './scopeModel';
import type { StripCheck } from './testHook';
import { followYRange, type YScale } from './yScale';

/** A following pane fits its value range to the whole window at least this often (frames). */
const REFIT_FRAMES = 30;

export interface FollowModeDeps {
  plot: uPlot;
  samples: SampleStore;
  model: ScopeModel;
  /** The series as shown (thresholds and markers of the shown document). */
  decor(): ScopeModel;
  sources(): ColumnSource[];
  /** Fills uPlot's columns with the samples of a time range. */
  windowData(range: [number, number]): uPlot.AlignedData;
  stats: MarkerDrawStats;
}

export interface FollowMode {
  /** Draws a frame of a window `windowMs` long; returns the time and value ranges shown. */
  draw(windowMs: number, yScale: YScale): { range: [number, number]; yRange: [number, number] };
  /** Back to uPlot drawing everything (paused, zoomed, or the whole run shown). */
  stop(): void;
  readonly active: boolean;
  /** Puts the window's data into uPlot if the last frames skipped it. */
  refreshData(): void;
  check(): Promise<StripCheck>;
  /** uPlot's canvas with the strip drawn on it. */
  picture(): HTMLCanvasElement;
  dispose(): void;
}

/** `scene` drawn from scratch on a canvas of the page (the exact picture a strip should show). */
function freshStrip(scene: StripScene): HTMLCanvasElement {
  const fresh = createFollowStrip(document.createElement('div'), null, true);
  fresh.draw(scene);
  return fresh.canvas;
}

/**
 * How many pixels of `strip` differ from `scene` drawn from scratch: zero when scrolling and
 * drawing only the newest columns kept the picture exact (the test hook's check).
 */
async function differenceFromFresh(
  strip: FollowStrip,
  scene: StripScene,
): Promise<{ differingPixels: number; differingBox: number[] }> {
  const fresh = freshStrip(scene);
  const { width, height } = fresh;
  const live = await strip.pixels();
  const a = live?.data ?? new Uint8ClampedArray(0);
  const b =
    fresh.getContext('2d')?.getImageData(0, 0, width, height).data ?? new Uint8ClampedArray(0);
  if (a.length !== b.length || live?.width !== width)
    return { differingPixels: width * height, differingBox: [] };
  let differing = 0;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k < a.length; k += 4)
    if (a[k] !== b[k] || a[k + 1] !== b[k + 1] || a[k + 2] !== b[k + 2] || a[k + 3] !== b[k + 3]) {
      differing++;
      const x = (k / 4) % width;
      const y = Math.floor(k / 4 / width);
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    }
  return { differingPixels: differing, differingBox: differing > 0 ? box : [] };
}

export function createFollowMode(deps: FollowModeDeps): FollowMode {
  const { plot, samples, stats } = deps;
  const strip = createFollowStrip(plot.over.parentElement ?? plot.root, plot.over);
  let active = false;
  let range: [number, number] = [0, 1];
  let yRange: [number, number] | null = null;
  let lastScene: StripScene | null = null;
  let framesSinceFit = 0;
  let fittedScale: YScale | null = null;
  let fittedEnd = 0;
  let dataFresh = true;
  let newest = new Float32Array(0);
  let scrolledFrames = 0;

  /** uPlot's time grid and ticks (its labels follow `active` in plotOptions.ts). */
  function showTimeAxis(show: boolean): void {
    const time = plot.axes[0]!;
    time.grid!.show = show;
    time.ticks!.show = show;
  }

  /** Whether the visible traces' samples from `fromStep` on lie within `[lo, hi]`. */
  function newestWithin([lo, hi]: readonly [number, number], fromStep: number): boolean {
    const start = Math.max(fromStep, samples.startStep);
    const n = samples.endStep - start;
    if (n <= 0) return true;
    if (newest.length < n) newest = new Float32Array(2 * n);
    return deps.sources().every((source, k) => {
      if (source.kind !== 'samples' || plot.series[k + 1]?.show === false) return true;
      const got = source.copy(start, samples.endStep, newest, 0);
      for (let i = 0; i < got; i++) if (!(newest[i]! >= lo && newest[i]! <= hi)) return false;
      return true;
    });
  }

  return {
    draw(windowMs, yScale) {
      const plotWidth = Math.max(1, Math.round(plot.bbox.width));
      ({ range } = followPixels(
        samples.startStep,
        samples.endStep,
        samples.dtMs,
        windowMs,
        plotWidth,
      ));
      // The whole window is read again (for the value range, uPlot's data) only now and then,
      // while the cursor is over the pane, or when the newest samples leave the value range.
      framesSinceFit++;
      const refit =
        !active ||
        yRange === null ||
        yScale !== fittedScale ||
        framesSinceFit >= REFIT_FRAMES ||
        !newestWithin(yRange, fittedEnd);
      fittedEnd = samples.endStep;
      dataFresh = refit || (plot.cursor.left ?? -1) >= 0;
      const data = dataFresh ? deps.windowData(range) : null;
      if (data !== null) plot.setData(data, false);
      const nextY =
        refit && data !== null
          ? followYRange(yScale, yRange, data.slice(1) as ArrayLike<number>[])
          : yRange!;
      if (refit) {
        framesSinceFit = 0;
        fittedScale = yScale;
      }
      if (!active || yRange === null || nextY[0] !== yRange[0] || nextY[1] !== yRange[1]) {
        active = true;
        yRange = nextY;
        showTimeAxis(false);
        plot.batch(() => {
          plot.setScale('x', { min: range[0], max: range[1] });
          plot.setScale('y', { min: nextY[0], max: nextY[1] });
        });
      } else {
        // uPlot's own scale, moved without a redraw: the cursor and legend read it.
        const x = plot.scales.x as uPlot.Scale & { _min?: number; _max?: number };
        x.min = x._min = range[0];
        x.max = x._max = range[1];
      }
      const decor = deps.decor();
      lastScene = followScene({
        plot,
        decor,
        model: deps.model,
        samples,
        windowMs,
        yRange: nextY,
        markersMs: decor.markersMs,
        markerColor: stats.color,
      });
      const drawn = strip.draw(lastScene);
      scrolledFrames = drawn.full ? 0 : scrolledFrames + 1;
      stats.drawnMs = drawn.markersDrawnMs;
      stats.drawnCanvasX = drawn.markersDrawnCanvasX;
      stats.plotTop = Math.round(plot.bbox.top);
      stats.plotHeight = Math.round(plot.bbox.height);
      return { range, yRange: nextY };
    },
    stop() {
      if (!active) return;
      active = false;
      yRange = null;
      strip.hide();
      showTimeAxis(true);
    },
    get active() {
      return active;
    },
    refreshData() {
      if (!active || dataFresh) return;
      plot.setData(deps.windowData(range), false);
      dataFresh = true;
    },
    async check() {
      const scene = active ? lastScene : null;
      const frames = scrolledFrames;
      return {
        following: scene !== null,
        painter: strip.where,
        scrolledFrames: frames,
        ...(scene === null
          ? { differingPixels: 0, differingBox: [] }
          : await differenceFromFresh(strip, scene)),
        plotLeft: scene?.plotLeft ?? 0,
        plotHeight: scene?.plotHeight ?? 0,
      };
    },
    picture() {
      const base = plot.ctx.canvas;
      if (!active) return base;
      const out = document.createElement('canvas');
      out.width = base.width;
      out.height = base.height;
      const ctx = out.getContext('2d');
      ctx?.drawImage(base, 0, 0);
      // The strip as drawn from scratch: the same pixels (see check), readable where the
      // strip itself is painted in the worker.
      if (lastScene !== null) ctx?.drawImage(freshStrip(lastScene), 0, Math.round(plot.bbox.top));
      return out;
    },
    dispose() {
      strip.dispose();
    },
  };
}
