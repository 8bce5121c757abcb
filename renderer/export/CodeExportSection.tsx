/**
 * The export dialog's "Code" section: the open circuit as a Python script for Norse or Brian2
 * (it reproduces the simulation and, given a path, saves its traces as `spikeboard run` JSON),
 * or as a NIR graph (HDF5). The worker builds the file from the engine's own plan
 * (engine/export); the window only saves the bytes it answers with.
 */
import type { ExportTarget } from '../../engine/protocol/messages';
import { getSimulation } from '../sim/simulation';
import { useEditorStore } from '../state/editorStore';
import { saveExport } from './saveExport';
import './export.css';

export type ExportStatus = { tone: 'working' | 'saved' | 'notice' | 'error'; text: string } | null;

const TARGETS: readonly { target: ExportTarget; button: string; what: string }[] = [
  {
    target: 'norse',
    button: 'Python for Norse',
    what: 'A script that runs the circuit with Norse’s step functions (PyTorch) and plots the probes',
  },
  {
    target: 'brian2',
    button: 'Python for Brian2',
    what: 'A Brian2 script (Euler method) with the same schedule, spikes and weights',
  },
  {
    target: 'nir',
    button: 'NIR graph (HDF5)',
    what: 'The circuit as a NIR graph for neuromorphic toolchains (Norse, snnTorch, Lava…)',
  },
];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `status` is the dialog's: one save at a time is reported, so a figure saved after a script
 * clears the script's "Saved …" line and the other way round.
 */
export function CodeExportSection({
  status,
  setStatus,
}: {
  status: ExportStatus;
  setStatus: (status: ExportStatus) => void;
}) {
  const busy = status?.tone === 'working';
  const oldOrder = useEditorStore((s) => s.document.simulation.inputOrder === 'norse-0.0.7');

  const exportAs = (target: ExportTarget, button: string) => {
    setStatus({ tone: 'working', text: `Preparing ${button}…` });
    void (async () => {
      try {
        const document = useEditorStore.getState().document;
        const answer = await getSimulation().client.request({ kind: 'export', document, target });
        saveExport(new Blob([answer.bytes.slice()], { type: answer.mimeType }), answer.fileName);
        setStatus({ tone: 'saved', text: `Saved ${answer.fileName}` });
      } catch (error) {
        setStatus({ tone: 'error', text: `Could not export ${button}: ${messageOf(error)}` });
      }
    })();
  };

  return (
    <section
      className="export__section"
      aria-labelledby="export-code"
      data-testid="export-code-section"
    >
      <h3 id="export-code">Code</h3>
      <ul className="export__list">
        {TARGETS.map(({ target, button, what }) => (
          <li key={target} className="export__row">
            <span className="export__what">{what}</span>
            <span className="export__formats">
              <button
                type="button"
                className="button"
                disabled={busy}
                data-testid={`export-code-${target}`}
                onClick={() => exportAs(target, button)}
              >
                {button}
              </button>
            </span>
          </li>
        ))}
        {oldOrder ? (
          <li className="export__note" data-testid="export-code-order-note">
            This circuit uses the seed notebook’s norse-0.0.7 input order; the Norse script converts
            it for current Norse (same traces), and says so at its top.
          </li>
        ) : null}
      </ul>
      <p
        className={`export__status export__status--${status?.tone ?? 'idle'}`}
        role={status?.tone === 'error' ? 'alert' : 'status'}
        data-testid="export-code-status"
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
