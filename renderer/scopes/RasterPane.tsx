/** A spike probe's pane: the raster above the population rate, sharing the time axis. */
import { useEffect, useRef } from 'react';
import type { ProbeInfo } from '../../engine/protocol/messages';
import { registerFigure } from '../export/figureRegistry';
import { rasterFigure } from '../export/paneFigures';
import { getSimulation } from '../sim/simulation';
import { useEditorStore } from '../state/editorStore';
import { fileStem, spikesCsv } from './csv';
import { composePng, downloadBlob } from './download';
import { PaneFrame } from './PaneFrame';
import type { PaneSpec } from './paneLayout';
import { createRasterPlot, type RasterPlot } from './rasterPlot';
import { familyColor } from './scopeColors';
import { registerScope } from './testHook';
import type { PlotSettings } from './tracePlot';
import { usePaneGrowth, useScopeLook } from '../theme/scopeChrome';
import { usePaneHeight } from './usePaneHeight';
import type { WindowLength } from './viewWindow';

export interface RasterPaneProps {
  spec: PaneSpec;
  probe: ProbeInfo;
  windowMs: WindowLength;
  running: boolean;
}

/** The rate plot's share of the pane, and the least either plot gets. */
const RATE_SHARE = 0.45;
const MIN_PLOT_PX = 120;

export function RasterPane({ spec, probe, windowMs, running }: RasterPaneProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rateRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLElement | null>(null);
  const plotRef = useRef<RasterPlot | null>(null);
  const { heightPx: chosenPx, handleProps } = usePaneHeight(spec);
  // Presenter mode draws the pane taller, around its larger axes and legend.
  const growth = usePaneGrowth();
  const heightPx = Math.round(chosenPx * growth);
  // Axis colours and sizes follow the theme and presenter mode: a change rebuilds the plot.
  const look = useScopeLook();
  const settings = useRef<PlotSettings>({ windowMs, yScale: { mode: 'auto' }, running });
  settings.current = { windowMs, yScale: { mode: 'auto' }, running };
  const heightRef = useRef(heightPx);
  heightRef.current = heightPx;
  const targetKind = useEditorStore(
    (s) => s.document.nodes.find((n) => n.id === probe.targetId)?.kind ?? 'lif',
  );
  const color = familyColor(targetKind, 0);

  useEffect(() => {
    const host = hostRef.current;
    const rateHost = rateRef.current;
    const readout = readoutRef.current;
    if (host === null || rateHost === null || readout === null) return undefined;
    const { samples } = getSimulation();
    const plot = createRasterPlot({
      paneId: spec.id,
      probe,
      color,
      host,
      rateHost,
      readout,
      samples,
      settings: () => settings.current,
      sizes: () => {
        const width = Math.max(320, Math.floor(host.clientWidth));
        const rate = Math.max(MIN_PLOT_PX, Math.round(heightRef.current * RATE_SHARE));
        return [
          { width, height: Math.max(MIN_PLOT_PX, heightRef.current - rate) },
          { width, height: rate },
        ];
      },
    });
    plotRef.current = plot;
    const observer = new ResizeObserver(() => plot.resize());
    observer.observe(host);
    const unregister = registerScope(spec.id, () => plot.snapshot());
    // File › Export lists the pane: its canvases as a picture, its spikes as a vector figure.
    const unfigure = registerFigure(spec.id, () => ({
      title: spec.title,
      canvases: plot.canvases,
      legend: [{ label: 'spikes and population rate', color, dash: null }],
      vector: () =>
        rasterFigure({
          title: spec.title,
          color,
          snapshot: plot.snapshot(),
          log: samples.spikes(probe.probeId),
          dtMs: samples.dtMs,
        }),
    }));
    return () => {
      unfigure();
      unregister();
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [spec.id, probe, color, look]);

  useEffect(() => plotRef.current?.scheduleRedraw(), [windowMs, running]);
  useEffect(() => plotRef.current?.resize(), [heightPx]);

  const exportCsv = () => {
    const log = getSimulation().samples.spikes(probe.probeId);
    const { dtMs } = getSimulation().samples;
    const count = log?.count ?? 0;
    const timeMs = new Float64Array(count);
    const neurons = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      timeMs[k] = log!.stepAt(k) * dtMs;
      neurons[k] = probe.neurons[log!.neuronAt(k)] ?? -1;
    }
    downloadBlob(
      new Blob([spikesCsv(timeMs, neurons)], { type: 'text/csv' }),
      `${fileStem(spec.title)}.csv`,
    );
  };
  const exportPng = () => {
    const plot = plotRef.current;
    if (plot === null) return;
    void composePng(spec.title, plot.canvases, [
      { label: 'spikes and population rate', color, dash: null },
    ]).then((blob) => downloadBlob(blob, `${fileStem(spec.title)}.png`));
  };

  return (
    <PaneFrame
      paneId={spec.id}
      title={spec.title}
      heightPx={heightPx}
      yScale={null}
      onYScale={() => undefined}
      onExportCsv={exportCsv}
      onExportPng={exportPng}
      readoutRef={(element) => {
        readoutRef.current = element;
      }}
      handleProps={handleProps}
    >
      <div className="scope__plot" ref={hostRef} tabIndex={0} data-testid={`scope-${spec.id}`} />
      <div className="scope__rate" ref={rateRef} data-testid={`rate-${spec.id}`} />
    </PaneFrame>
  );
}
