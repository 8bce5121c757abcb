/**
 * A pane of v and i traces. React builds the pane's model (which series, labels, colours) from
 * the document and creates the uPlot only when that structure changes; samples never pass
 * through React: the plot reads the sample store at most once per frame.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProbeInfo } from '../../engine/protocol/messages';
import { registerFigure } from '../export/figureRegistry';
import { traceFigure } from '../export/paneFigures';
import { getSimulation } from '../sim/simulation';
import { useEditorStore } from '../state/editorStore';
import { MAX_TRACES_PER_PROBE } from '../sim/sampleStore';
import { tracesCsv, fileStem } from './csv';
import { composePng, downloadBlob } from './download';
import { PaneFrame } from './PaneFrame';
import type { PaneSpec } from './paneLayout';
import { buildTraceModel, structureKey, type ScopeModel } from './scopeModel';
import { registerScope } from './testHook';
import { createTracePlot, type PlotSettings, type TracePlot } from './tracePlot';
import { usePaneGrowth, useScopeLook } from '../theme/scopeChrome';
import { usePaneHeight } from './usePaneHeight';
import type { WindowLength } from './viewWindow';
import type { YScale } from './yScale';
import 'uplot/dist/uPlot.min.css';

export interface TracePaneProps {
  spec: PaneSpec;
  probes: readonly ProbeInfo[];
  windowMs: WindowLength;
  running: boolean;
}

const LEGEND_ALLOWANCE_PX = 44;

function legendOf(model: ScopeModel) {
  return model.series.map((s) => ({
    label: s.label,
    color: s.color,
    dash: s.kind === 'threshold' ? s.dash : null,
  }));
}

function useTraceModel(paneProbes: readonly ProbeInfo[], title: string): ScopeModel {
  const key = useEditorStore((s) =>
    structureKey(buildTraceModel(s.document, paneProbes, title, MAX_TRACES_PER_PROBE)),
  );
  return useMemo(
    () =>
      buildTraceModel(useEditorStore.getState().document, paneProbes, title, MAX_TRACES_PER_PROBE),
    [key], // rebuilt only when the structure changes
  );
}

export function TracePane({ spec, probes, windowMs, running }: TracePaneProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const readoutRef = useRef<HTMLElement | null>(null);
  const plotRef = useRef<TracePlot | null>(null);
  const [yScale, setYScale] = useState<YScale>({ mode: 'auto' });
  const { heightPx: chosenPx, handleProps } = usePaneHeight(spec);
  // Presenter mode draws the pane taller, around its larger axes and legend.
  const growth = usePaneGrowth();
  const heightPx = Math.round(chosenPx * growth);
  // Axis colours and sizes follow the theme and presenter mode: a change rebuilds the plot.
  const look = useScopeLook();
  const settings = useRef<PlotSettings>({ windowMs, yScale, running });
  settings.current = { windowMs, yScale, running };
  const heightRef = useRef(heightPx);
  heightRef.current = heightPx;
  const growthRef = useRef(growth);
  growthRef.current = growth;

  const paneProbes = useMemo(
    () => probes.filter((p) => spec.probeIds.includes(p.probeId)),
    [probes, spec.probeIds],
  );
  // The pane subscribes to its structure (the key), not to the document: a slider step neither
  // re-renders the pane nor rebuilds its plot (the plot reads thresholds from the shown document).
  const model = useTraceModel(paneProbes, spec.title);

  useEffect(() => {
    const host = hostRef.current;
    const readout = readoutRef.current;
    if (host === null || readout === null || model.series.length === 0) return undefined;
    const { samples, controller } = getSimulation();
    const size = () => ({
      width: Math.max(320, Math.floor(host.clientWidth)),
      height: Math.max(80, heightRef.current - LEGEND_ALLOWANCE_PX * growthRef.current),
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
    const unregister = registerScope(
      spec.id,
      () => plot.snapshot(),
      () => plot.stripCheck(),
    );
    // File › Export lists the pane: its canvas as a picture, its data as a vector figure.
    const unfigure = registerFigure(spec.id, () => ({
      title: spec.title,
      canvases: [plot.picture()],
      legend: legendOf(model),
      vector: () => traceFigure({ ...model, title: spec.title }, plot.snapshot()),
    }));
    return () => {
      unfigure();
      unregister();
      observer.disconnect();
      plot.destroy();
      plotRef.current = null;
    };
  }, [model, spec.id, look]);

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
    void composePng(spec.title, [plot.picture()], legendOf(model)).then((blob) =>
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
