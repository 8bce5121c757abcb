/**
 * File › Export… (Ctrl/⌘+E): figures (the canvas, each scope pane, as PNG and SVG), data (all
 * probe data as CSV and JSON, with the circuit's name, settings and units in a header) and code
 * (CodeExportSection: Python for Norse or Brian2, a NIR graph). Each
 * button saves one file; what happened (saved, or why not: nothing simulated yet, a failed
 * encoding or write) is said in the dialog, never lost.
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { composePng } from '../scopes/download';
import { getSimulation } from '../sim/simulation';
import { useSimStore } from '../sim/simStore';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { canvasPng, canvasSvg, findCanvasRoot } from './canvasImage';
import { CodeExportSection, type ExportStatus } from './CodeExportSection';
import { probeDataCsv, probeDataJson } from './dataWriters';
import { figureIds, readFigure, subscribeFigures } from './figureRegistry';
import { NothingToExport } from './nothingToExport';
import { gatherProbeData } from './probeData';
import { exportFileName, saveExport } from './saveExport';
import { figureSvg } from './svgFigure';
import './export.css';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function paneFigure(paneId: string) {
  const figure = readFigure(paneId);
  if (figure === null) throw new Error('the pane is no longer on screen');
  return figure;
}

function probeDataset() {
  const { samples, controller } = getSimulation();
  return gatherProbeData(samples, controller.shownDocument, useSimStore.getState().backend);
}

function ExportRow(props: {
  label: string;
  testId: string;
  formats: readonly [string, () => void][];
  busy: boolean;
}) {
  return (
    <li className="export__row">
      <span className="export__what">{props.label}</span>
      <span className="export__formats">
        {props.formats.map(([format, run]) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={props.busy}
            data-testid={`${props.testId}-${format.toLowerCase()}`}
            onClick={run}
          >
            {format}
          </button>
        ))}
      </span>
    </li>
  );
}

export function ExportDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const flow = useReactFlow();
  const circuit = useEditorStore((s) => s.document.name);
  const panes = useSyncExternalStore(subscribeFigures, () => figureIds().join('\n'));
  // One save reported at a time: the figures' and data's line below, or the code section's.
  const [status, setFigureStatus] = useState<ExportStatus>(null);
  const [codeStatus, setCodeStatus] = useState<ExportStatus>(null);
  const setStatus = (next: ExportStatus) => {
    setFigureStatus(next);
    setCodeStatus(null);
  };
  const setCodeOnly = (next: ExportStatus) => {
    setCodeStatus(next);
    setFigureStatus(null);
  };
  const close = () => useViewStore.getState().openDialog(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const save = (what: string, extension: string, make: () => Promise<Blob> | Blob) => () => {
    const fileName = exportFileName(circuit, what, extension);
    setStatus({ tone: 'working', text: `Preparing ${fileName}…` });
    void (async () => {
      try {
        saveExport(await make(), fileName);
        setStatus({ tone: 'saved', text: `Saved ${fileName}` });
      } catch (error) {
        setStatus(
          error instanceof NothingToExport
            ? { tone: 'notice', text: `Nothing to export as ${fileName}. ${error.message}` }
            : { tone: 'error', text: `Could not export ${fileName}: ${messageOf(error)}` },
        );
      }
    })();
  };
  const canvasSource = () => {
    const root = findCanvasRoot();
    if (root === null) throw new Error('the canvas is not on screen');
    return { root, nodes: flow.getNodes() };
  };
  const busy = status?.tone === 'working';
  const paneIds = panes === '' ? [] : panes.split('\n');

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--wide export"
      aria-labelledby="export-title"
      onCancel={close}
      data-testid="export-dialog"
    >
      <h2 id="export-title" className="dialog__title">
        Export “{circuit}”
      </h2>
      <section className="export__section" aria-labelledby="export-figures">
        <h3 id="export-figures">Figures</h3>
        <ul className="export__list">
          <ExportRow
            label="Circuit canvas"
            testId="export-canvas"
            busy={busy}
            formats={[
              ['PNG', save('canvas', 'png', () => canvasPng(canvasSource()))],
              ['SVG', save('canvas', 'svg', () => canvasSvg(canvasSource()))],
            ]}
          />
          {paneIds.map((id) => {
            const title = readFigure(id)?.title ?? id;
            return (
              <ExportRow
                key={id}
                label={`Scope: ${title}`}
                testId={`export-pane-${id}`}
                busy={busy}
                formats={[
                  [
                    'PNG',
                    save(title, 'png', () => {
                      const figure = paneFigure(id);
                      return composePng(figure.title, figure.canvases, figure.legend);
                    }),
                  ],
                  [
                    'SVG',
                    save(title, 'svg', () => {
                      const svg = figureSvg(paneFigure(id).vector());
                      return new Blob([svg], { type: 'image/svg+xml' });
                    }),
                  ],
                ]}
              />
            );
          })}
          {paneIds.length === 0 ? (
            <li className="export__note">No scope panes: attach a probe and run the circuit.</li>
          ) : null}
        </ul>
      </section>
      <section className="export__section" aria-labelledby="export-data">
        <h3 id="export-data">Data</h3>
        <ul className="export__list">
          <ExportRow
            label="All probe data, with units, the circuit's name and its settings"
            testId="export-data"
            busy={busy}
            formats={[
              [
                'CSV',
                save(
                  'probes',
                  'csv',
                  () => new Blob([probeDataCsv(probeDataset())], { type: 'text/csv' }),
                ),
              ],
              [
                'JSON',
                save(
                  'probes',
                  'json',
                  () => new Blob([probeDataJson(probeDataset())], { type: 'application/json' }),
                ),
              ],
            ]}
          />
        </ul>
      </section>
      <CodeExportSection status={codeStatus} setStatus={setCodeOnly} />
      <p
        className={`export__status export__status--${status?.tone ?? 'idle'}`}
        role={status?.tone === 'error' ? 'alert' : 'status'}
        data-testid="export-status"
      >
        {status?.text ?? ''}
      </p>
      <div className="dialog__buttons">
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
