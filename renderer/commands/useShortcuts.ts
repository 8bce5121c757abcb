/**
 * The window's keyboard handler: matches key presses against the action registry. Keys typed
 * into a field stay the field's (Escape leaves the field); an open dialog owns the keyboard; a key React Flow already
 * handled (arrows on a focused node) is left alone; copy, cut and paste go to the browser, whose
 * clipboard events the editor handles (systemClipboard.ts).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useViewStore } from '../state/viewStore';
import { ACTIONS } from './actions';
import { matches } from './keys';
import { isEditable } from './systemClipboard';

export function useShortcuts(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (useViewStore.getState().dialog !== null) return;
      if (isEditable(event.target)) {
        // Escape leaves a field (after the field itself has undone any typing), so the keyboard
        // user gets the shortcuts back.
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      for (const action of ACTIONS) {
        if (!action.keys.some((combo) => matches(event, combo))) continue;
        if (action.native) return;
        event.preventDefault();
        action.run({ flow, event });
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow]);
}
