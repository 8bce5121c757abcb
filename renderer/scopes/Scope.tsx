/**
 * One uPlot pane. React mounts it once per model; from then on samples go straight from the feed
 * to `plot.setData` at most once per animation frame, never through React state.
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MarkerDrawStats } from './inputMarkersPlugin';
import { buildPlotOptions, type PlotSize } from './plotOptions';
import type { ScopeFeed } from './scopeFeed';
import type { ScopeModel } from './scopeModel';
import { registerScope, type ScopeSnapshot } from './testHook';

export interface ScopeProps {
  scopeId: string;
  model: ScopeModel;
  feed: ScopeFeed;
}

const PLOT_HEIGHT_PX = 380;

function plotSize(host: HTMLElement): PlotSize {
  return { width: Math.max(320, Math.floor(host.clientWidth)), height: PLOT_HEIGHT_PX };
}

function snapshotOf(
  scopeId: string,
  model: ScopeModel,
  plot: uPlot,
  feed: ScopeFeed,
  stats: MarkerDrawStats,
): ScopeSnapshot {
  const [x = [], ...columns] = plot.data;
  return {
    scopeId,
    xMs: Array.from(x),
    series: model.series.map((spec, index) => ({
      kind: spec.kind,
      label: spec.label,
      color: spec.color,
      dash: spec.kind === 'threshold' ? [...spec.dash] : null,
      targetId: spec.targetId,
      targetKind: spec.kind === 'trace' ? spec.targetKind : null,
      probeId: spec.kind === 'trace' ? spec.probeId : null,
      neuron: spec.kind === 'trace' ? spec.neuron : null,
      values: Array.from(columns[index] ?? [], (value) => value ?? Number.NaN),
    })),
    markersMs: [...model.markersMs],
    markersDrawnMs: [...stats.drawnMs],
    markersDrawnCanvasX: [...stats.drawnCanvasX],
    plotTop: stats.plotTop,
    plotHeight: stats.plotHeight,
    markerColor: stats.color,
    totalSteps: feed.totalSteps,
  };
}

export function Scope({ scopeId, model, feed }: ScopeProps) {
  const hostRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (host === null) return undefined;
    const stats: MarkerDrawStats = {
      drawnMs: [],
      drawnCanvasX: [],
      plotTop: 0,
      plotHeight: 0,
      color: '',
    };
    // After every draw (uPlot draws asynchronously after setData), the DOM attributes tell a test
    // what is on screen, so it can wait for "all samples plotted" without polling uPlot.
    const publish = (u: uPlot): void => {
      const points = u.data[0]?.length ?? 0;
      host.dataset.points = String(points);
      host.dataset.state = points >= feed.totalSteps ? 'complete' : 'streaming';
      host.dataset.markersDrawn = String(stats.drawnMs.length);
    };
    const options = buildPlotOptions(model, plotSize(host), stats);
    // A plugin's hooks run after the markers plugin's, so the stats are already current.
    options.plugins = [...(options.plugins ?? []), { hooks: { draw: [publish] } }];
    const plot = new uPlot(options, feed.data(), host);

    let frame = 0;
    const commit = (): void => {
      frame = 0;
      plot.setData(feed.data());
    };
    const unsubscribe = feed.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(commit);
    });

    const resizeObserver = new ResizeObserver(() => plot.setSize(plotSize(host)));
    resizeObserver.observe(host);
    const unregister = registerScope(scopeId, () => snapshotOf(scopeId, model, plot, feed, stats));

    return () => {
      unregister();
      unsubscribe();
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      plot.destroy();
    };
  }, [scopeId, model, feed]);

  return (
    <section className="scope" aria-label={`scope: ${model.title}`}>
      <h2 className="scope__title">{model.title}</h2>
      <div className="scope__plot" ref={hostRef} data-testid={`scope-${scopeId}`} />
    </section>
  );
}
