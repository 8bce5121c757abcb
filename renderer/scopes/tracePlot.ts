/**
 * One trace pane's uPlot, outside React: it reads the sample store when asked to redraw (at most
 * once per frame), fills preallocated columns (raw or min/max-decimated), sets the ranges itself
 * (following, zoomed, autoscaled or fixed) and paints the input markers. React only creates it
 * when the pane's series change and passes settings through `settings()`.
 */
import uPlot from 'uplot';
import type { CircuitDocument } from '../../engine/schema';
import type { SampleStore } from '../sim/sampleStore';
import {
  createColumns,
  extractColumns,
  rawLimit,
  type ColumnSource,
  type Columns,
} from './decimate';
import type { MarkerDrawStats } from './inputMarkersPlugin';
import { buildPlotOptions, type PlotSize } from './plotOptions';
import { buildTraceModel, type ScopeModel } from './scopeModel';
import { reportDrawn, type ScopeSnapshot, type StripCheck } from './testHook';
import { attachViewControls, selectHook } from './viewControls';
import {
  FOLLOW,
  stepRange,
  visibleRange,
  type Extent,
  type ViewState,
  type WindowLength,
} from './viewWindow';
import { cancelRedraw, requestRedraw } from './frameScheduler';
import { followYRange, yRangeOf, type YScale } from './yScale';
import { createTraceLayer } from './traceLayer';
import {
  createFollowStrip,
  differenceFromFresh,
  followPixels,
  type StripScene,
} from './followStrip';
import { followScene } from './followScene';

/** A following pane fits its value range to the whole window at least this often (frames). */
const REFIT_FRAMES = 30;

export interface PlotSettings {
  windowMs: WindowLength;
  yScale: YScale;
  /** True while a live run streams: the view follows it. */
  running: boolean;
}

export interface TracePlotDeps {
  paneId: string;
  host: HTMLElement;
  readout: HTMLElement;
  model: ScopeModel;
  samples: SampleStore;
  /** The document whose simulation is shown (thresholds and markers are read from it). */
  document(): CircuitDocument | null;
  settings(): PlotSettings;
  size(): PlotSize;
}

export interface TracePlot {
  scheduleRedraw(): void;
  resize(): void;
  snapshot(): ScopeSnapshot;
  stripCheck(): StripCheck;
  /** The pane's picture as shown: uPlot's canvas, with the scrolling strip on it while following. */
  picture(): HTMLCanvasElement;
  readonly plot: uPlot;
  readonly view: ViewState;
  setView(view: ViewState): void;
  destroy(): void;
}

export function createTracePlot(deps: TracePlotDeps): TracePlot {
  const { samples, model, host } = deps;
  const stats: MarkerDrawStats = {
    drawnMs: [],
    drawnCanvasX: [],
    plotTop: 0,
    plotHeight: 0,
    color: '',
  };
  let decor = model;
  let decorDoc: CircuitDocument | null = null;
  let view: ViewState = FOLLOW;
  let columns: Columns = createColumns(model.series.length, 4096);
  let count = 0;
  let decimated = false;
  let range: [number, number] = [0, 1];
  let yRange: [number, number] = [0, 1];
  let drawnSeq = -1;
  let draws = 0;
  let dataSeq = -1;
  /** While a run streams into a followed window, the strip draws what moves (followStrip.ts). */
  let following = false;
  let followY: [number, number] | null = null;
  let lastScene: StripScene | null = null;
  let framesSinceFit = 0;
  let fittedScale: YScale | null = null;
  let fittedEnd = 0;
  let dataFresh = true;
  let newest = new Float32Array(0);
  let scrolledFrames = 0;

  const probesOf = () =>
    samples.probes.filter((p) =>
      model.series.some((s) => s.kind === 'trace' && s.probeId === p.probeId),
    );
  function refreshDecor(): void {
    const doc = deps.document();
    if (doc === null || doc === decorDoc) return;
    decorDoc = doc;
    const next = buildTraceModel(doc, probesOf(), model.title);
    if (next.series.length === model.series.length) decor = next;
  }

  const sources = (): ColumnSource[] =>
    decor.series.map((spec, k) => {
      if (spec.kind === 'threshold') return { kind: 'constant', value: spec.value };
      const own = model.series[k];
      const ring = own?.kind === 'trace' ? samples.trace(own.probeId, own.neuronIndex) : null;
      return ring === null
        ? { kind: 'constant', value: Number.NaN }
        : { kind: 'samples', copy: ring.copy };
    });

  const extent = (): Extent => ({
    startMs: samples.startStep * samples.dtMs,
    endMs: samples.endStep * samples.dtMs,
    runLengthMs: samples.totalSteps * samples.dtMs,
    dtMs: samples.dtMs,
  });

  const publish = (u: uPlot): void => {
    host.dataset.points = String(u.data[0]?.length ?? 0);
    host.dataset.state =
      samples.totalSteps > 0 && samples.endStep >= samples.totalSteps ? 'complete' : 'streaming';
    host.dataset.markersDrawn = String(stats.drawnMs.length);
    host.dataset.decimated = String(decimated);
    drawnSeq = dataSeq;
    draws++;
    reportDrawn(deps.paneId, drawnSeq);
  };

  const readoutHook = (u: uPlot): void => {
    const idx = u.cursor.idx;
    if (idx === null || idx === undefined || count === 0) {
      deps.readout.textContent = '';
      return;
    }
    const time = columns.x[idx]!;
    const parts = [`t = ${+time.toFixed(6)} ms`];
    decor.series.slice(0, 4).forEach((spec, k) => {
      if (spec.kind === 'trace')
        parts.push(`${spec.label} = ${columns.ys[k]![idx]!.toPrecision(6)}`);
    });
    deps.readout.textContent = parts.join('  ·  ');
  };

  const target = {
    plot: () => plot,
    extent,
    range: () => range,
    frozen: () => !deps.settings().running,
    setView: (next: ViewState) => {
      view = next;
      scheduleRedraw();
    },
  };
  const traces = createTraceLayer();
  const drawTraces = (u: uPlot): void => {
    if (following) return;
    traces.draw(u, columns, count, (k) => {
      const spec = decor.series[k];
      return spec?.kind === 'trace' && u.series[k + 1]?.show !== false ? spec.color : null;
    });
  };
  const options = buildPlotOptions(
    model,
    deps.size(),
    () => decor.markersMs,
    stats,
    () => following,
  );
  options.hooks = { setSelect: [selectHook(target)], setCursor: [readoutHook] };
  // Traces first, then the input markers on top of them, then the test hook's bookkeeping.
  options.plugins = [
    { hooks: { draw: [drawTraces] } },
    ...(options.plugins ?? []),
    { hooks: { draw: [publish] } },
  ];
  const plot = new uPlot(options, [[], ...model.series.map(() => [])], host);
  const detach = attachViewControls(host, target);
  const strip = createFollowStrip(plot.over.parentElement ?? plot.root, plot.over);

  function fill(from: number, to: number, width: number): uPlot.AlignedData {
    if (columns.x.length < rawLimit(width))
      columns = createColumns(model.series.length, rawLimit(width));
    ({ count, decimated } = extractColumns(sources(), from, to, samples.dtMs, width, columns));
    return [
      columns.x.subarray(0, count),
      ...columns.ys.map((y) => y.subarray(0, count)),
    ] as unknown as uPlot.AlignedData;
  }

  /**
   * A streaming, followed pane: uPlot's canvas is drawn again only when the value range or the
   * size changes; in every other frame the strip scrolls and draws its newest columns. uPlot's
   * data and time scale are still updated (without drawing) for the cursor, legend and snapshot.
   */
  function redrawFollowing(windowMs: number, yScale: YScale): void {
    const plotWidth = Math.max(1, Math.round(plot.bbox.width));
    const { range: next } = followPixels(
      samples.startStep,
      samples.endStep,
      samples.dtMs,
      windowMs,
      plotWidth,
    );
    range = next;
    dataSeq = samples.documentSeq;
    // The whole window is read again (for the value range, uPlot's data) only now and then, while
    // the cursor is over the pane, or when the newest samples leave the value range.
    framesSinceFit++;
    const refit =
      !following ||
      followY === null ||
      yScale !== fittedScale ||
      framesSinceFit >= REFIT_FRAMES ||
      !newestWithin(followY, fittedEnd);
    fittedEnd = samples.endStep;
    dataFresh = refit || (plot.cursor.left ?? -1) >= 0;
    const data = dataFresh ? windowData() : null;
    if (data !== null) plot.setData(data, false);
    const nextY =
      refit && data !== null
        ? followYRange(yScale, followY, data.slice(1) as ArrayLike<number>[])
        : followY!;
    if (refit) {
      framesSinceFit = 0;
      fittedScale = yScale;
    }
    if (!following || followY === null || nextY[0] !== followY[0] || nextY[1] !== followY[1]) {
      following = true;
      followY = nextY;
      yRange = nextY;
      showTimeAxis(false);
      plot.batch(() => {
        plot.setScale('x', { min: range[0], max: range[1] });
        plot.setScale('y', { min: yRange[0], max: yRange[1] });
      });
    } else {
      // uPlot's own scale, moved without a redraw: the cursor and legend read it.
      const x = plot.scales.x as uPlot.Scale & { _min?: number; _max?: number };
      x.min = x._min = range[0];
      x.max = x._max = range[1];
    }
    lastScene = followScene({
      plot,
      decor,
      model,
      samples,
      windowMs,
      yRange,
      markersMs: decor.markersMs,
      markerColor: stats.color,
    });
    const drawn = strip.draw(lastScene);
    scrolledFrames = drawn.full ? 0 : scrolledFrames + 1;
    stats.drawnMs = drawn.markersDrawnMs;
    stats.drawnCanvasX = drawn.markersDrawnCanvasX;
    stats.plotTop = Math.round(plot.bbox.top);
    stats.plotHeight = Math.round(plot.bbox.height);
    publish(plot);
  }

  /** The followed window's samples as uPlot data (raw, or min/max per pixel). */
  function windowData(): uPlot.AlignedData {
    const [from, to] = stepRange(range, samples.dtMs, samples.startStep, samples.endStep);
    return fill(from, to, Math.max(1, Math.round(plot.bbox.width)) / uPlot.pxRatio);
  }

  /** Whether the visible traces' samples from `fromStep` on lie within `[lo, hi]`. */
  function newestWithin([lo, hi]: readonly [number, number], fromStep: number): boolean {
    const start = Math.max(fromStep, samples.startStep);
    const n = samples.endStep - start;
    if (n <= 0) return true;
    if (newest.length < n) newest = new Float32Array(2 * n);
    return sources().every((source, k) => {
      if (source.kind !== 'samples' || plot.series[k + 1]?.show === false) return true;
      const got = source.copy(start, samples.endStep, newest, 0);
      for (let i = 0; i < got; i++) if (!(newest[i]! >= lo && newest[i]! <= hi)) return false;
      return true;
    });
  }

  function stopFollowing(): void {
    if (!following) return;
    following = false;
    followY = null;
    strip.hide();
    showTimeAxis(true);
  }

  /** uPlot's time grid and ticks (its labels follow `following` in plotOptions.ts). */
  function showTimeAxis(show: boolean): void {
    const time = plot.axes[0]!;
    time.grid!.show = show;
    time.ticks!.show = show;
  }

  function redraw(): void {
    refreshDecor();
    const settings = deps.settings();
    if (settings.running && !view.follow) view = FOLLOW;
    if (settings.running && view.follow && settings.windowMs !== 'all' && plot.bbox.width > 8) {
      redrawFollowing(settings.windowMs, settings.yScale);
      return;
    }
    stopFollowing();
    const ext = extent();
    range = visibleRange(view, ext, settings.windowMs);
    if (!(range[1] > range[0])) range = [range[0], range[0] + Math.max(1, ext.dtMs)];
    const [from, to] = stepRange(range, samples.dtMs, samples.startStep, samples.endStep);
    const width = Math.max(1, plot.bbox.width / uPlot.pxRatio || deps.size().width);
    const data = fill(from, to, width);
    yRange = yRangeOf(settings.yScale, data.slice(1) as ArrayLike<number>[]);
    dataSeq = samples.documentSeq;
    plot.batch(() => {
      plot.setData(data, false);
      plot.setScale('x', { min: range[0], max: range[1] });
      plot.setScale('y', { min: yRange[0], max: yRange[1] });
    });
  }

  function scheduleRedraw(): void {
    requestRedraw(target, redraw);
  }
  const unsubscribe = samples.subscribe(scheduleRedraw);
  scheduleRedraw();

  return {
    scheduleRedraw,
    resize() {
      plot.setSize(deps.size());
      scheduleRedraw();
    },
    snapshot() {
      if (following && !dataFresh) {
        plot.setData(windowData(), false);
        dataFresh = true;
      }
      const [x = [], ...ys] = plot.data;
      return {
        scopeId: deps.paneId,
        kind: 'trace',
        xMs: Array.from(x),
        series: decor.series.map((spec, k) => ({
          kind: spec.kind,
          label: spec.label,
          color: spec.color,
          dash: spec.kind === 'threshold' ? [...spec.dash] : null,
          targetId: spec.targetId,
          targetKind: spec.kind === 'trace' ? spec.targetKind : null,
          probeId: spec.kind === 'trace' ? spec.probeId : null,
          neuron: spec.kind === 'trace' ? spec.neuron : null,
          values: Array.from(ys[k] ?? [], (v) => v ?? Number.NaN),
        })),
        decimated,
        xRange: [...range],
        yRange: [...yRange],
        markersMs: [...decor.markersMs],
        markersDrawnMs: [...stats.drawnMs],
        markersDrawnCanvasX: [...stats.drawnCanvasX],
        plotTop: stats.plotTop,
        plotHeight: stats.plotHeight,
        markerColor: stats.color,
        totalSteps: samples.totalSteps,
        drawnSeq,
        draws,
      };
    },
    stripCheck() {
      const scene = following ? lastScene : null;
      return {
        following: scene !== null,
        scrolledFrames,
        differingPixels: scene === null ? 0 : differenceFromFresh(strip, scene),
      };
    },
    picture() {
      const base = plot.ctx.canvas;
      if (!following) return base;
      const out = document.createElement('canvas');
      out.width = base.width;
      out.height = base.height;
      const ctx = out.getContext('2d');
      ctx?.drawImage(base, 0, 0);
      ctx?.drawImage(strip.canvas, 0, Math.round(plot.bbox.top));
      return out;
    },
    plot,
    get view() {
      return view;
    },
    setView: target.setView,
    destroy() {
      unsubscribe();
      cancelRedraw(target);
      detach();
      plot.destroy();
    },
  };
}
