/**
 * Cut, copy and paste through the system clipboard, as circuit JSON text, so nodes travel between
 * two windows (or into a text editor and back). The keyboard shortcuts use the browser's own
 * copy/cut/paste events (no permission needed); the toolbar buttons use the async Clipboard API and
 * fall back to an in-window clipboard where the browser refuses it.
 */
import type { CircuitDocument } from '../../engine/schema';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { copyFragment, fragmentText, parseFragment, pasteFragment } from './clipboard';
import { deleteElements } from './nodeEdits';

let fallback: string | null = null;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The selection as clipboard text, or null when no node is selected. */
export function selectionText(): string | null {
  const { document, selection } = useEditorStore.getState();
  const fragment = copyFragment(document, selection.nodeIds);
  return fragment === null ? null : fragmentText(fragment);
}

function cutSelection(): void {
  const { selection, execute } = useEditorStore.getState();
  const outcome = execute(deleteElements(selection.nodeIds, selection.edgeIds));
  if (outcome.ok) useViewStore.getState().notify('Cut to the clipboard', 'info');
}

/** Pasted nodes go 40 px down-right of their originals while those are still in place. */
function pasteOffset(doc: CircuitDocument, fragment: CircuitDocument): { x: number; y: number } {
  const first = fragment.nodes[0];
  if (first === undefined) return { x: 0, y: 0 };
  const occupied = (dx: number, dy: number) =>
    doc.nodes.some(
      (n) => n.position.x === first.position.x + dx && n.position.y === first.position.y + dy,
    );
  let k = 0;
  while (occupied(40 * k, 40 * k) && k < 100) k++;
  return { x: 40 * k, y: 40 * k };
}

export function pasteText(text: string): void {
  const parsed = parseFragment(text);
  if ('error' in parsed) {
    useViewStore.getState().notify(parsed.error);
    return;
  }
  const { document, execute } = useEditorStore.getState();
  const outcome = execute(pasteFragment(parsed.fragment, pasteOffset(document, parsed.fragment)));
  if (!outcome.ok) useViewStore.getState().notify(outcome.error);
}

export async function copyToSystem(cut: boolean): Promise<void> {
  const text = selectionText();
  if (text === null) {
    useViewStore.getState().notify('Select the nodes to copy first.');
    return;
  }
  fallback = text;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused (no permission, no focus): the in-window clipboard still has it.
  }
  if (cut) cutSelection();
}

export async function pasteFromSystem(): Promise<void> {
  let text = fallback;
  try {
    text = await navigator.clipboard.readText();
  } catch {
    // Refused: paste what this window copied last.
  }
  if (text === null || text === '') useViewStore.getState().notify('The clipboard is empty.');
  else pasteText(text);
}

/** Handles the browser's copy, cut and paste events outside text fields; returns the remover. */
export function installClipboard(): () => void {
  const onCopy = (event: ClipboardEvent, cut: boolean) => {
    if (isEditable(event.target) || useViewStore.getState().dialog !== null) return;
    const text = selectionText();
    if (text === null || event.clipboardData === null) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', text);
    fallback = text;
    if (cut) cutSelection();
  };
  const copy = (event: ClipboardEvent) => onCopy(event, false);
  const cut = (event: ClipboardEvent) => onCopy(event, true);
  const paste = (event: ClipboardEvent) => {
    if (isEditable(event.target) || useViewStore.getState().dialog !== null) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    pasteText(text === '' ? (fallback ?? '') : text);
  };
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', paste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', paste);
  };
}

export { isEditable };
