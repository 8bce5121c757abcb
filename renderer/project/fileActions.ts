/**
 * What the File commands do: open (dialog, drop, recent, a file main hands over), save, save
 * as, new. Opening replaces the document only after the file fully validated; a failure shows
 * one message naming the file, the JSON path and what was expected, and the open circuit stays
 * exactly as it was.
 */
import { parseCircuitBytes, parseCircuitJson } from '../../engine/schema';
import { platform } from '../platform/detect';
import { fileNameFor, type LoadedFile, type OpenOutcome } from '../platform/types';
import { emptyDocument } from '../state/emptyDocument';
import { useEditorStore } from '../state/editorStore';
import { draftsOf, restoreDraft } from './draftService';
import type { DraftRecord } from './drafts';
import { textForSave } from './documentText';
import { openErrorMessage } from './openErrors';
import { useProjectStore } from './projectStore';
import { settleUnsaved } from './unsaved';
import { currentView, showDocumentView } from './viewportBridge';

export { emptyDocument };

const project = () => useProjectStore.getState();

/** Runs one file operation at a time (a second Ctrl+S while saving waits its turn). */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(body: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    useProjectStore.setState({ busy: true });
    try {
      return await body();
    } finally {
      useProjectStore.setState({ busy: false });
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

async function discardOwnDraft(): Promise<void> {
  await draftsOf()
    ?.discard(project().sessionId)
    .catch(() => undefined);
}

const unsavedHooks = { save: () => saveNow(false), discardDraft: discardOwnDraft };

/** Validates a file's bytes; on success it becomes the open document, else nothing changes. */
export function loadFile(file: LoadedFile): boolean {
  const parsed = parseCircuitBytes(file.bytes);
  if (!parsed.ok) {
    const { text, details } = openErrorMessage(file.name, parsed.errors);
    project().showMessage('error', text, details);
    return false;
  }
  useEditorStore.getState().replaceDocument(parsed.document);
  project().setFile(file.name, file.ref, useEditorStore.getState().document);
  project().dismissMessage();
  showDocumentView(parsed.document.view);
  void discardOwnDraft();
  return true;
}

async function openFrom(action: string, read: () => Promise<OpenOutcome>): Promise<boolean> {
  if (!(await settleUnsaved(action, unsavedHooks))) return false;
  const outcome = await read();
  if (outcome.status === 'cancelled') return false;
  if (outcome.status === 'failed') {
    project().showMessage('error', outcome.message);
    return false;
  }
  return loadFile(outcome.file);
}

export const openFile = () =>
  exclusive(() => openFrom('open another file', () => platform().open()));

export const openRecent = (id: string) =>
  exclusive(() => openFrom('open another file', () => platform().openRecent(id)));

export const openDropped = (file: File) =>
  exclusive(() => openFrom('open the dropped file', () => platform().openDropped(file)));

/** A file main opened for this window (command line, second launch, OS, native recent menu). */
export const openDelivered = (file: LoadedFile) =>
  exclusive(() => openFrom(`open "${file.name}"`, async () => ({ status: 'opened', file })));

async function saveNow(forceDialog: boolean): Promise<boolean> {
  const document = useEditorStore.getState().document;
  const checked = textForSave(document, currentView());
  if (!checked.ok) {
    const { details } = openErrorMessage('', checked.errors);
    const first = checked.errors[0];
    project().showMessage(
      'error',
      `Not saved: ${first === undefined ? 'the circuit is invalid' : `${first.path}: ${first.message}`}. Fix it and save again; nothing was lost.`,
      details,
    );
    return false;
  }
  const { ref, fileName } = project();
  const name = fileName ?? fileNameFor(document.name);
  const outcome =
    ref === null || forceDialog
      ? await platform().saveAs(name, checked.text)
      : await platform().save(ref, name, checked.text);
  if (outcome.status === 'cancelled') return false;
  if (outcome.status === 'failed') {
    project().showMessage('error', outcome.message);
    return false;
  }
  project().setFile(outcome.name, outcome.ref, document);
  const how = outcome.ref.kind === 'download' ? 'Downloaded' : 'Saved';
  project().showMessage('info', `${how} "${outcome.name}".`);
  // Edits made while the file was being written keep their draft.
  if (useEditorStore.getState().document === document) await discardOwnDraft();
  return true;
}

export const saveFile = () => exclusive(() => saveNow(false));
export const saveFileAs = () => exclusive(() => saveNow(true));

/** New: in Electron another window (one window per document); in a browser, this one. */
export const newDocument = () =>
  exclusive(async () => {
    const api = platform().newWindow;
    if (api !== undefined) {
      await api();
      return true;
    }
    if (!(await settleUnsaved('start a new circuit', unsavedHooks))) return false;
    useEditorStore.getState().replaceDocument(emptyDocument());
    project().setFile(null, null, useEditorStore.getState().document);
    project().dismissMessage();
    showDocumentView(undefined);
    await discardOwnDraft();
    return true;
  });

/**
 * An example from the gallery (renderer/examples): after the same unsaved-changes question as
 * Open, it opens like a file but untitled, so Save asks where and never overwrites the shipped
 * example.
 */
export const openExample = (title: string, text: string) =>
  exclusive(async () => {
    if (!(await settleUnsaved(`open the example "${title}"`, unsavedHooks))) return false;
    const parsed = parseCircuitJson(text);
    if (!parsed.ok) {
      project().showMessage('error', openErrorMessage(title, parsed.errors).text);
      return false;
    }
    useEditorStore.getState().replaceDocument(parsed.document);
    project().setFile(null, null, useEditorStore.getState().document);
    project().dismissMessage();
    showDocumentView(undefined);
    await discardOwnDraft();
    return true;
  });

/** Asked by Electron main when the window is closing: true when it may close. */
export const settleBeforeClose = () =>
  exclusive(() => settleUnsaved('close this window', unsavedHooks));

/** Restores a draft, after settling this window's own unsaved changes. */
export const restore = (draft: DraftRecord) =>
  exclusive(async () => {
    if (!(await settleUnsaved('restore the draft', unsavedHooks))) return false;
    return restoreDraft(draft);
  });
