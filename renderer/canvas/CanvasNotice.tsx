/**
 * The short message shown over the canvas when the editor refuses something ("Not connected: LI
 * has no spikes to send…"). Announced to screen readers; fades after a few seconds.
 */
import { useEffect } from 'react';
import { useViewStore } from '../state/viewStore';

const VISIBLE_MS = 6000;

export function CanvasNotice() {
  const notice = useViewStore((s) => s.notice);
  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => {
      if (useViewStore.getState().notice?.id === notice.id) useViewStore.getState().dismissNotice();
    }, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="canvas-notice-region" role="status" aria-live="polite">
      {notice === null ? null : (
        <div className={`canvas-notice canvas-notice--${notice.tone}`} data-testid="canvas-notice">
          <span>{notice.text}</span>
          <button
            type="button"
            className="canvas-notice__close"
            aria-label="Dismiss"
            onClick={() => useViewStore.getState().dismissNotice()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
