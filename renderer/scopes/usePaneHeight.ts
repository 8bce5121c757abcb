/** A pane's height, changed by dragging its bottom edge (pointer capture, no per-move React work). */
import { useCallback, useRef, useState, type PointerEvent } from 'react';

export const MIN_PANE_HEIGHT_PX = 140;
export const MAX_PANE_HEIGHT_PX = 1200;

export function usePaneHeight(initialPx: number) {
  const [heightPx, setHeightPx] = useState(initialPx);
  const drag = useRef<{ startY: number; startPx: number } | null>(null);

  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      event.currentTarget.setPointerCapture(event.pointerId);
      drag.current = { startY: event.clientY, startPx: heightPx };
    },
    [heightPx],
  );
  const onPointerMove = useCallback((event: PointerEvent<HTMLElement>) => {
    const start = drag.current;
    if (start === null) return;
    const next = start.startPx + event.clientY - start.startY;
    setHeightPx(Math.round(Math.min(MAX_PANE_HEIGHT_PX, Math.max(MIN_PANE_HEIGHT_PX, next))));
  }, []);
  const onPointerUp = useCallback(() => {
    drag.current = null;
  }, []);

  return { heightPx, handleProps: { onPointerDown, onPointerMove, onPointerUp } };
}
