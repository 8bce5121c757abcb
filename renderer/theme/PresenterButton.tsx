/**
 * The toolbar's presenter-mode switch (the same command as Ctrl/⌘+Shift+P and View › Presenter
 * Mode), and the canvas refit that follows a switch: the cards change size and the palette comes
 * and goes, so the circuit is framed again, larger in presenter mode.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { canvasFitOptions } from '../canvas/fitView';
import { formatCombo } from '../commands/keys';
import { togglePresenter, usePresenterStore } from './presenterStore';

/** Presenter mode frames the circuit closer: up to 200 %, with no minimap to keep clear of. */
const PRESENTER_FIT: FitViewOptions = {
  padding: { top: '16px', bottom: '16px', left: '24px', right: '24px' },
  maxZoom: 2,
};

export function usePresenterFit(): void {
  const flow = useReactFlow();
  const presenter = usePresenterStore((s) => s.presenter);
  const shown = useRef(false);
  useEffect(() => {
    // Only on a switch (or presenter mode at startup): the canvas frames a document by itself.
    if (!shown.current && !presenter) return undefined;
    shown.current = true;
    // After the new layout and the cards' new sizes are measured (a few frames; the scopes
    // rebuild meanwhile), and once more when the window has settled.
    const fit = () => void flow.fitView(presenter ? PRESENTER_FIT : canvasFitOptions());
    const timers = [setTimeout(fit, 50), setTimeout(fit, 400)];
    return () => timers.forEach(clearTimeout);
  }, [flow, presenter]);
}

export function PresenterButton() {
  const presenter = usePresenterStore((s) => s.presenter);
  const keys = formatCombo('Mod+Shift+P');
  return (
    <button
      type="button"
      className={presenter ? 'presenter-button presenter-button--on' : 'presenter-button'}
      aria-pressed={presenter}
      title={`Presenter mode: large type and thick traces for a projector (${keys})`}
      data-testid="presenter-toggle"
      onClick={togglePresenter}
    >
      {presenter ? 'Exit presenter' : 'Present'}
    </button>
  );
}
