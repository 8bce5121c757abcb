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
import { yRangeOf, type YScale } from './yScale';
import { createTraceLayer } from './traceLayer';
import { createFollowMode, type FollowMode } from './followMode';

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
  stripCheck(): Promise<StripCheck>;
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
  /** Set once the plot exists (uPlot's hooks ask for it). */
  let follow: FollowMode | null = null;

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
    // Written only when they change: each write is a DOM mutation, 60 times a second per pane.
    const shown = {
      points: String(u.data[0]?.length ?? 0),
      state:
        samples.totalSteps > 0 && samples.endStep >= samples.totalSteps ? 'complete' : 'streaming',
      markersDrawn: String(stats.drawnMs.length),
      decimated: String(decimated),
    };
    for (const [name, value] of Object.entries(shown))
      if (host.dataset[name] !== value) host.dataset[name] = value;
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
    if (follow?.active === true) return;
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
    () => follow?.active === true,
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
  // While a run streams into a followed window, the follow mode draws what moves.
  const following = createFollowMode({
    plot,
    samples,
    model,
    decor: () => decor,
    sources,
    windowData: (shown) => {
      const [from, to] = stepRange(shown, samples.dtMs, samples.startStep, samples.endStep);
      return fill(from, to, Math.max(1, Math.round(plot.bbox.width)) / uPlot.pxRatio);
    },
    stats,
  });
  follow = following;

  function fill(from: number, to: number, width: number): uPlot.AlignedData {
    if (columns.x.length < rawLimit(width))
      columns = createColumns(model.series.length, rawLimit(width));
    ({ count, decimated } = extractColumns(sources(), from, to, samples.dtMs, width, columns));
    return [
      columns.x.subarray(0, count),
      ...columns.ys.map((y) => y.subarray(0, count)),
    ] as unknown as uPlot.AlignedData;
  }

  function redraw(force = false): void {
    refreshDecor();
    const settings = deps.settings();
    if (settings.running && !view.follow) view = FOLLOW;
    // A pane scrolled out of the dock's view skips the frames of a live run (and says it is up to
    // date): it draws again when it comes into view, from where it left off.
    skipped = settings.running && !onScreen && !force;
    if (skipped) {
      dataSeq = samples.documentSeq;
      reportDrawn(deps.paneId, dataSeq);
      return;
    }
    if (settings.running && view.follow && settings.windowMs !== 'all' && plot.bbox.width > 8) {
      dataSeq = samples.documentSeq;
      ({ range, yRange } = following.draw(settings.windowMs, settings.yScale));
      publish(plot);
      return;
    }
    following.stop();
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
  let onScreen = true;
  let skipped = false;
  const visibility =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver((entries) => {
          onScreen = entries.at(-1)?.isIntersecting ?? true;
          if (onScreen && skipped) scheduleRedraw();
        });
  visibility?.observe(host);
  scheduleRedraw();

  return {
    scheduleRedraw,
    resize() {
      plot.setSize(deps.size());
      scheduleRedraw();
    },
    snapshot() {
      if (skipped) redraw(true);
      following.refreshData();
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
    stripCheck: () => following.check(),
    picture: () => following.picture(),
    plot,
    get view() {
      return view;
    },
    setView: target.setView,
    destroy() {
      unsubscribe();
      visibility?.disconnect();
      cancelRedraw(target);
      detach();
      following.dispose();
      plot.destroy();
    },
  };
}
