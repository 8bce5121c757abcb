/**
 * A spike-probe pane: the raster (time × neuron, drawn as pixels in uPlot's draw hook) above the
 * population rate in Hz, both on the same time range, with a shared cursor. Like trace panes it
 * reads the sample store at most once per frame and follows or zooms the same way.
 */
import uPlot from 'uplot';
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { SampleStore } from '../sim/sampleStore';
import { cancelRedraw, requestRedraw } from './frameScheduler';
import { scopeScale } from '../theme/presenterStore';
import { axis, type PlotSize } from './plotOptions';
import { hexToRgb, niceBinMs, paintRaster, populationRate, rasterize, unpaint } from './raster';
import { reportDrawn, type RasterSnapshot } from './testHook';
import { attachViewControls, selectHook } from './viewControls';
import { FOLLOW, stepRange, visibleRange, type Extent, type ViewState } from './viewWindow';
import type { PlotSettings } from './tracePlot';

const NEURON_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];

export interface RasterPlotDeps {
  paneId: string;
  probe: ProbeInfo;
  color: string;
  host: HTMLElement;
  rateHost: HTMLElement;
  readout: HTMLElement;
  samples: SampleStore;
  settings(): PlotSettings;
  /** Sizes of the raster and of the rate plot beneath it. */
  sizes(): [PlotSize, PlotSize];
}

export interface RasterPlot {
  scheduleRedraw(): void;
  resize(): void;
  snapshot(): RasterSnapshot;
  readonly canvases: HTMLCanvasElement[];
  destroy(): void;
}

export function createRasterPlot(deps: RasterPlotDeps): RasterPlot {
  const { samples, probe, host } = deps;
  const neuronCount = Math.max(1, probe.neurons.length);
  const rgb = hexToRgb(deps.color);
  const syncKey = `raster-${deps.paneId}`;
  let view: ViewState = FOLLOW;
  let range: [number, number] = [0, 1];
  let steps: [number, number] = [0, 0];
  // The raster image, its per-cell spike counts and the cells lit in the last draw, all reused.
  let image: ImageData | null = null;
  let pixels = new Uint32Array(0);
  let counts = new Uint16Array(0);
  let litCells = new Int32Array(0);
  let lastLit = 0;
  let stats = { spikes: 0, litPixels: 0, width: 0, height: 0 };
  let rate: { timeMs: ArrayLike<number>; rateHz: ArrayLike<number>; binMs: number } = {
    timeMs: [],
    rateHz: [],
    binMs: 1,
  };
  let dataSeq = -1;
  let drawnSeq = -1;
  let draws = 0;

  const drawRaster = (u: uPlot): void => {
    const log = samples.spikes(probe.probeId);
    const { left, top, width, height } = u.bbox;
    const w = Math.max(1, Math.floor(width));
    const h = Math.max(1, Math.floor(height));
    if (image === null || image.width !== w || image.height !== h) {
      image = u.ctx.createImageData(w, h);
      pixels = new Uint32Array(image.data.buffer);
      counts = new Uint16Array(w * h);
      litCells = new Int32Array(w * h);
      lastLit = 0;
    }
    unpaint(litCells, lastLit, pixels);
    const result =
      log === null
        ? { spikes: 0, litPixels: 0 }
        : rasterize(log, steps[0], steps[1], neuronCount, w, h, counts, litCells);
    paintRaster(counts, litCells, result.litPixels, pixels, rgb);
    lastLit = result.litPixels;
    u.ctx.putImageData(image, Math.round(left), Math.round(top));
    stats = { ...result, width: w, height: h };
    host.dataset.spikes = String(result.spikes);
    host.dataset.state =
      samples.totalSteps > 0 && samples.endStep >= samples.totalSteps ? 'complete' : 'streaming';
    drawnSeq = dataSeq;
    draws++;
    reportDrawn(deps.paneId, drawnSeq);
  };

  const readout = (u: uPlot): void => {
    const { left, top } = u.cursor;
    if (left === undefined || left < 0 || top === undefined || top < 0) {
      deps.readout.textContent = '';
      return;
    }
    const time = u.posToVal(left, 'x');
    const neuron = Math.floor(u.posToVal(top, 'y'));
    const which = probe.neurons[Math.min(neuronCount - 1, Math.max(0, neuron))];
    deps.readout.textContent = `t = ${time.toFixed(2)} ms  ·  neuron ${which ?? '—'}`;
  };

  const extent = (): Extent => ({
    startMs: samples.startStep * samples.dtMs,
    endMs: samples.endStep * samples.dtMs,
    runLengthMs: samples.totalSteps * samples.dtMs,
    dtMs: samples.dtMs,
  });
  const target = {
    plot: () => raster,
    extent,
    range: () => range,
    frozen: () => !deps.settings().running,
    setView: (next: ViewState) => {
      view = next;
      scheduleRedraw();
    },
  };
  const [rasterSize, rateSize] = deps.sizes();
  const raster = new uPlot(
    {
      ...rasterSize,
      scales: { x: { time: false, auto: false }, y: { auto: false, range: [0, neuronCount] } },
      // The time labels are on the rate plot beneath; here only the grid.
      axes: [
        { ...axis(''), size: 8, values: (_u, splits) => splits.map(() => '') },
        // Whole neurons only on the neuron axis.
        { ...axis(`neuron (${neuronCount})`), incrs: NEURON_TICKS },
      ],
      series: [{ label: 'time' }, { label: probe.label, stroke: deps.color, show: false }],
      legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false }, sync: { key: syncKey } },
      hooks: { draw: [drawRaster], setSelect: [selectHook(target)], setCursor: [readout] },
    },
    [[], []],
    host,
  );
  const ratePlot = new uPlot(
    {
      ...rateSize,
      scales: { x: { time: false, auto: false }, y: { auto: false } },
      axes: [{ ...axis('time [ms]'), labelSize: 18 * scopeScale() }, axis('rate [Hz]')],
      series: [
        { label: 'time' },
        {
          label: 'population rate',
          stroke: deps.color,
          width: 1.5 * scopeScale(),
          points: { show: false },
        },
      ],
      legend: { show: false },
      cursor: { sync: { key: syncKey } },
    },
    [[], []],
    deps.rateHost,
  );
  const detach = attachViewControls(host, target);

  function redraw(): void {
    const settings = deps.settings();
    if (settings.running && !view.follow) view = FOLLOW;
    range = visibleRange(view, extent(), settings.windowMs);
    if (!(range[1] > range[0])) range = [range[0], range[0] + 1];
    steps = stepRange(range, samples.dtMs, samples.startStep, samples.endStep);
    const log = samples.spikes(probe.probeId);
    const binMs = niceBinMs(range[1] - range[0], samples.dtMs);
    const binSteps = Math.max(1, Math.round(binMs / samples.dtMs));
    const computed =
      log === null || steps[1] <= steps[0]
        ? { timeMs: new Float64Array(0), rateHz: new Float32Array(0) }
        : populationRate(log, steps[0], steps[1], neuronCount, binSteps, samples.dtMs);
    rate = { ...computed, binMs };
    let maxHz = 1;
    for (const hz of computed.rateHz) maxHz = Math.max(maxHz, hz);
    dataSeq = samples.documentSeq;
    raster.batch(() => {
      raster.setData(
        [Float64Array.of(range[0], range[1]), [null, null]] as unknown as uPlot.AlignedData,
        false,
      );
      raster.setScale('x', { min: range[0], max: range[1] });
      raster.setScale('y', { min: 0, max: neuronCount });
    });
    ratePlot.batch(() => {
      ratePlot.setData([computed.timeMs, computed.rateHz] as unknown as uPlot.AlignedData, false);
      ratePlot.setScale('x', { min: range[0], max: range[1] });
      ratePlot.setScale('y', { min: 0, max: maxHz * 1.1 });
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
      const [a, b] = deps.sizes();
      raster.setSize(a);
      ratePlot.setSize(b);
      scheduleRedraw();
    },
    snapshot: () => ({
      scopeId: deps.paneId,
      kind: 'raster',
      probeId: probe.probeId,
      neuronCount,
      xRange: [...range],
      spikesInView: stats.spikes,
      litPixels: stats.litPixels,
      rasterWidth: stats.width,
      rasterHeight: stats.height,
      binMs: rate.binMs,
      rateTimeMs: Array.from(rate.timeMs),
      rateHz: Array.from(rate.rateHz),
      drawnSeq,
      draws,
    }),
    get canvases() {
      return [raster.ctx.canvas, ratePlot.ctx.canvas];
    },
    destroy() {
      unsubscribe();
      cancelRedraw(target);
      detach();
      raster.destroy();
      ratePlot.destroy();
    },
  };
}
