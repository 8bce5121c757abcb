/**
 * The start screen over an empty canvas (PRODUCT.md, "First five minutes"): New empty circuit,
 * Open…, recent files, the examples with their thumbnails (the seed notebook's two first) and
 * the lessons. It shows only while the window holds the untouched new document (a new window,
 * File › New): not over an opened file or a restored draft, even of an empty circuit, nor after
 * the user renamed or cleared the circuit by editing; it goes as soon as the circuit has a node
 * or "New empty circuit" is chosen.
 */
import { useEffect, useRef, useState } from 'react';
import type { CircuitDocument } from '../../engine/schema';
import { platform } from '../platform/detect';
import type { RecentEntry } from '../platform/types';
import { openFile, openRecent } from '../project/fileActions';
import { useLaunchStore } from '../project/launchStore';
import { useProjectStore } from '../project/projectStore';
import { useEditorStore } from '../state/editorStore';
import { ExampleCards } from './ExampleCards';
import { LESSONS } from './gallery';

/**
 * `untouchedNew`: the document is the one the window (or File › New) started with — no file,
 * and it is still its own baseline (a restored draft has none: it is unsaved work).
 */
export function shouldShowStart(
  document: CircuitDocument,
  undoSteps: number,
  dismissed: CircuitDocument | null,
  untouchedNew: boolean,
): boolean {
  return untouchedNew && document.nodes.length === 0 && undoSteps === 0 && dismissed !== document;
}

export function StartScreen() {
  const document = useEditorStore((s) => s.document);
  const undoSteps = useEditorStore((s) => s.history.past.length);
  const [dismissed, setDismissed] = useState<CircuitDocument | null>(null);
  // Files handed over at launch open first (Electron): a window opened on a file skips it.
  const waiting = useLaunchStore((s) => s.waiting);
  const untouchedNew = useProjectStore((s) => s.fileName === null && s.baseline === document);
  const shown = !waiting && shouldShowStart(document, undoSteps, dismissed, untouchedNew);
  if (!shown) return null;
  return <Start onNew={() => setDismissed(document)} />;
}

const RECENT_SHOWN = 5;

function Start({ onNew }: { onNew: () => void }) {
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  useEffect(() => {
    let live = true;
    void platform()
      .listRecent()
      .then((entries) => live && setRecent(entries.slice(0, RECENT_SHOWN)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const lessonsHeading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="start-screen" aria-labelledby="start-title" data-testid="start-screen">
      <div className="start-screen__inner">
        <h2 id="start-title" className="start-screen__title">
          Start a circuit
        </h2>
        <div className="start-screen__actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="start-new"
            onClick={onNew}
          >
            New empty circuit
          </button>
          <button
            type="button"
            className="button"
            data-testid="start-open"
            onClick={() => void openFile()}
          >
            Open…
          </button>
        </div>
        {recent.length === 0 ? null : (
          <>
            <h3 className="start-screen__subtitle">Recent</h3>
            <ul className="start-screen__recent" data-testid="start-recent">
              {recent.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void openRecent(entry.id)}
                  >
                    {entry.name}
                    {entry.folder === null ? null : (
                      <span className="start-screen__folder"> — {entry.folder}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="start-screen__row">
          <h3 className="start-screen__subtitle">Or open an example</h3>
          {/* The lessons come after the examples, below the fold in a laptop's window. */}
          <button
            type="button"
            className="start-screen__jump"
            data-testid="start-jump-lessons"
            onClick={() => lessonsHeading.current?.scrollIntoView({ block: 'start' })}
          >
            Lessons ↓
          </button>
        </div>
        <ExampleCards compact />
        <h3 ref={lessonsHeading} className="start-screen__subtitle">
          Lessons
        </h3>
        <ExampleCards compact entries={LESSONS} label="Lessons" />
      </div>
    </section>
  );
}
