/**
 * Autosave of drafts and their restoring. The shell installs one `Drafts` (IndexedDB); autosave
 * writes the open document there while it has unsaved changes — a few seconds after an edit,
 * and at once when the window loses focus or hides — and deletes it once the document is saved
 * or its changes are let go.
 */
import { parseCircuitJson, type CircuitDocument } from '../../engine/schema';
import { useEditorStore } from '../state/editorStore';
import { handleOf, type DraftRecord, type Drafts } from './drafts';
import { textForSave } from './documentText';
import { isDirty, useProjectStore } from './projectStore';
import { currentView, showDocumentView } from './viewportBridge';

let drafts: Drafts | null = null;

export function draftsOf(): Drafts | null {
  return drafts;
}

export function setDrafts(next: Drafts | null): void {
  drafts = next;
}

/** Milliseconds after an edit before its draft is written (more edits do not postpone it). */
export const AUTOSAVE_DELAY_MS = 2000;

export type Clock = {
  now: () => number;
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
};
const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (...a) => globalThis.setTimeout(...a),
  clearTimeout: (id) => globalThis.clearTimeout(id),
};

/** Writes (or, when clean, deletes) this session's draft now. */
export async function writeDraftNow(clock: Clock = realClock): Promise<void> {
  if (drafts === null) return;
  const { sessionId, fileName, ref } = useProjectStore.getState();
  if (!isDirty()) {
    await drafts.discard(sessionId).catch(() => undefined);
    return;
  }
  const document: CircuitDocument = useEditorStore.getState().document;
  const checked = textForSave(document, currentView());
  // An invalid document cannot be saved either; its last valid draft stays.
  if (!checked.ok) return;
  const draft: DraftRecord = {
    sessionId,
    savedAtMs: clock.now(),
    fileName,
    documentName: document.name,
    text: checked.text,
  };
  const handle = handleOf(ref);
  if (handle !== undefined) draft.handle = handle;
  await drafts.write(draft).catch(() => undefined);
}

/** Starts autosaving; returns the function that stops it. */
export function installAutosave(clock: Clock = realClock): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    void writeDraftNow(clock);
  };
  const schedule = () => {
    if (!isDirty()) {
      flush();
      return;
    }
    timer ??= clock.setTimeout(flush, AUTOSAVE_DELAY_MS);
  };
  const stopEditor = useEditorStore.subscribe((s, prev) => {
    if (s.document !== prev.document) schedule();
  });
  const stopProject = useProjectStore.subscribe((s, prev) => {
    if (s.baseline !== prev.baseline) schedule();
  });
  const onHide = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') flush();
  };
  const target = typeof window === 'undefined' ? null : window;
  target?.addEventListener('blur', flush);
  target?.addEventListener('pagehide', flush);
  target?.document.addEventListener('visibilitychange', onHide);
  return () => {
    stopEditor();
    stopProject();
    if (timer !== null) clock.clearTimeout(timer);
    target?.removeEventListener('blur', flush);
    target?.removeEventListener('pagehide', flush);
    target?.document.removeEventListener('visibilitychange', onHide);
  };
}

/** Looks for drafts of windows that are gone, to offer them back. */
export async function findRestorable(): Promise<void> {
  if (drafts === null) return;
  const found = await drafts.orphans(useProjectStore.getState().sessionId).catch(() => []);
  useProjectStore.setState({ restorable: found });
}

/** Brings a draft back as the open document (unsaved: it differs from any file on disk). */
export async function restoreDraft(draft: DraftRecord): Promise<boolean> {
  const parsed = parseCircuitJson(draft.text);
  const project = useProjectStore.getState();
  if (!parsed.ok) {
    project.showMessage(
      'error',
      `Could not restore the draft of "${draft.fileName ?? draft.documentName}": ${parsed.errors[0]?.path}: ${parsed.errors[0]?.message}`,
    );
    return false;
  }
  useEditorStore.getState().replaceDocument(parsed.document);
  const ref = draft.handle === undefined ? null : { kind: 'handle' as const, handle: draft.handle };
  project.setFile(draft.fileName, ref, null);
  showDocumentView(parsed.document.view);
  // It is this window's unsaved work now: keep it under this session, then drop the old one.
  await writeDraftNow();
  await drafts?.discard(draft.sessionId).catch(() => undefined);
  useProjectStore.setState({ restorable: project.restorable.filter((d) => d !== draft) });
  project.showMessage(
    'info',
    `Restored unsaved work on "${draft.fileName ?? draft.documentName}".`,
  );
  return true;
}

export async function discardDraft(draft: DraftRecord): Promise<void> {
  await drafts?.discard(draft.sessionId).catch(() => undefined);
  const { restorable } = useProjectStore.getState();
  useProjectStore.setState({ restorable: restorable.filter((d) => d !== draft) });
}
