/**
 * A pane's height, changed by dragging its bottom edge (pointer capture). While dragging, the
 * height is the pane's own state; on release it is written to the document as one edit
 * (paneHeights.ts: saved with the file, one undo step), and from then on the document's height
 * is the pane's height again (undo, reopen).
 */
import { useCallback, useRef, useState, type PointerEvent } from 'react';
import { useEditorStore } from '../state/editorStore';
import { resizePane } from './paneHeights';
import type { PaneSpec } from './paneLayout';

export const MIN_PANE_HEIGHT_PX = 140;
export const MAX_PANE_HEIGHT_PX = 1200;

export function usePaneHeight(spec: PaneSpec) {
  const [dragPx, setDragPx] = useState<number | null>(null);
  const heightPx = dragPx ?? spec.heightPx;
  const drag = useRef<{ startY: number; startPx: number; px: number } | null>(null);
  const specRef = useRef(spec);
  specRef.current = spec;

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { startY: event.clientY, startPx: heightPx, px: heightPx };
    },
    [heightPx],
  );
  const onPointerMove = useCallback((event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (start === null) return;
    const next = start.startPx + event.clientY - start.startY;
    start.px = Math.round(Math.min(MAX_PANE_HEIGHT_PX, Math.max(MIN_PANE_HEIGHT_PX, next)));
    setDragPx(start.px);
  }, []);
  const onPointerUp = useCallback(() => {
    const done = drag.current;
    drag.current = null;
    if (done === null || done.px === done.startPx) return;
    const outcome = useEditorStore.getState().execute(resizePane(specRef.current, done.px));
    // Written (or the document already says so): the document's height shows from now on.
    // Refused (the one-pane-per-probe view): the pane keeps the dragged height.
    if (outcome.ok) setDragPx(null);
  }, []);

  return { heightPx, handleProps: { onPointerDown, onPointerMove, onPointerUp } };
}
