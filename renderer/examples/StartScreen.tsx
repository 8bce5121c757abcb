/**
 * The start screen over an empty canvas (PRODUCT.md, "First five minutes"): New empty circuit,
 * Open…, and the examples with their thumbnails, the seed notebook's two first. It shows for a
 * freshly started empty document (File › New, an empty file) — not after the user cleared the
 * canvas by editing — and goes as soon as the circuit has a node or "New empty circuit" is chosen.
 */
import { useState } from 'react';
import type { CircuitDocument } from '../../engine/schema';
import { openFile } from '../project/fileActions';
import { useEditorStore } from '../state/editorStore';
import { ExampleCards } from './ExampleCards';

export function shouldShowStart(
  document: CircuitDocument,
  undoSteps: number,
  dismissed: CircuitDocument | null,
): boolean {
  return document.nodes.length === 0 && undoSteps === 0 && dismissed !== document;
}

export function StartScreen() {
  const document = useEditorStore((s) => s.document);
  const undoSteps = useEditorStore((s) => s.history.past.length);
  const [dismissed, setDismissed] = useState<CircuitDocument | null>(null);
  if (!shouldShowStart(document, undoSteps, dismissed)) return null;
  return (
    <section className="start-screen" aria-labelledby="start-title" data-testid="start-screen">
      <div className="start-screen__inner">
        <h2 id="start-title" className="start-screen__title">
          Start a circuit
        </h2>
        <div className="start-screen__actions">
          <button
            type="button"
            className="start-screen__primary"
            data-testid="start-new"
            onClick={() => setDismissed(document)}
          >
            New empty circuit
          </button>
          <button type="button" data-testid="start-open" onClick={() => void openFile()}>
            Open…
          </button>
        </div>
        <h3 className="start-screen__subtitle">Or open an example</h3>
        <ExampleCards compact />
      </div>
    </section>
  );
}
