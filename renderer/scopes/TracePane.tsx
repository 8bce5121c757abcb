/**
 * A pane of v and i traces. React builds the pane's model (which series, labels, colours) from
 * the document and creates the uPlot only when that structure changes; samples never pass
 * through React: the plot reads the sample store at most once per frame.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProbeInfo } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';
import { getSimulation } from '../sim/simulation';
import { MAX_TRACES_PER_PROBE } from '../sim/sampleStore';
import { tracesCsv, fileStem } from './csv';
import { composePng, downloadBlob } from './download';
import { PaneFrame } from './PaneFrame';
import type { PaneSpec } from './paneLayout';
import { buildTraceModel, structureKey } from './scopeModel';
import { registerScope } from './testHook';
import { createTracePlot, type PlotSettings, type TracePlot } from './tracePlot';
import { usePaneHeight } from './usePaneHeight';
import type { WindowLength } from './viewWindow';
import type { YScale } from './yScale';
import 'uplot/dist/uPlot.min.css';

export interface TracePaneProps {
  spec: PaneSpec;
  probes: readonly ProbeInfo[];
  document: CircuitDocument;
  windowMs: WindowLength;
  running: boolean;
}

const LEGEND_ALLOWANCE_PX = 44;

export function TracePane({ spec, probes, document, windowMs, running }: TracePaneProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLElement | null>(null);
  const plotRef = useRef<TracePlot | null>(null);
  const [yScale, setYScale] = useState<YScale>({ mode: 'auto' });
  const { heightPx, handleProps } = usePaneHeight(spec.heightPx);
  const settings = useRef<PlotSettings>({ windowMs, yScale, running });
  settings.current = { windowMs, yScale, running };
  const heightRef = useRef(heightPx);
  heightRef.current = heightPx;

  const paneProbes = useMemo(
    () => probes.filter((p) => spec.probeIds.includes(p.probeId)),
    [probes, spec.probeIds],
  );
  const built = buildTraceModel(document, paneProbes, spec.title, MAX_TRACES_PER_PROBE);
  const key = structureKey(built);
  // Rebuilt only when the structure changes (the key), so a slider step keeps the plot.
  const model = useMemo(() => built, [key]);

  useEffect(() => {
    const host = hostRef.current;
    const readout = readoutRef.current;
    if (host === null || readout === null || model.series.length === 0) return undefined;
    const { samples, controller } = getSimulation();
    const size = () => ({
      width: Math.max(320, Math.floor(host.clientWidth)),
      height: Math.max(80, heightRef.current - LEGEND_ALLOWANCE_PX),
    });
    const plot = createTracePlot({
      paneId: spec.id,
      host,
      readout,
      model,
      samples,
      document: () => controller.shownDocument,
      settings: () => settings.current,
      size,
    });
    plotRef.current = plot;
    const observer = new ResizeObserver(() => plot.resize());
    observer.observe(host);
    const unregister = registerScope(spec.id, () => plot.snapshot());
    return () => {
      unregister();
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [model, spec.id]);

  useEffect(() => plotRef.current?.scheduleRedraw(), [windowMs, yScale, running]);
  useEffect(() => plotRef.current?.resize(), [heightPx]);

  const exportCsv = () => {
    const { samples } = getSimulation();
    const from = samples.startStep;
    const to = samples.endStep;
    const timeMs = Float64Array.from({ length: to - from }, (_, k) => (from + k) * samples.dtMs);
    const columns = model.series.flatMap((s) => {
      if (s.kind !== 'trace') return [];
      const values = new Float32Array(to - from);
      samples.trace(s.probeId, s.neuronIndex)?.copy(from, to, values, 0);
      return [{ label: s.label, values }];
    });
    const blob = new Blob([tracesCsv(timeMs, columns)], { type: 'text/csv' });
    downloadBlob(blob, `${fileStem(spec.title)}.csv`);
  };
  const exportPng = () => {
    const plot = plotRef.current;
    if (plot === null) return;
    const legend = model.series.map((s) => ({
      label: s.label,
      color: s.color,
      dash: s.kind === 'threshold' ? s.dash : null,
    }));
    void composePng(spec.title, [plot.plot.ctx.canvas], legend).then((blob) =>
      downloadBlob(blob, `${fileStem(spec.title)}.png`),
    );
  };

  return (
    <PaneFrame
      paneId={spec.id}
      title={spec.title}
      heightPx={heightPx}
      yScale={yScale}
      onYScale={setYScale}
      onExportCsv={exportCsv}
      onExportPng={exportPng}
      readoutRef={(element) => {
        readoutRef.current = element;
      }}
      handleProps={handleProps}
    >
      {model.series.length === 0 ? (
        <p className="empty-note">No trace to show for {spec.title}.</p>
      ) : (
        <div className="scope__plot" ref={hostRef} tabIndex={0} data-testid={`scope-${spec.id}`} />
      )}
    </PaneFrame>
  );
}
