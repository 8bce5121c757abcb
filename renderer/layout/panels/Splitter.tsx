/**
 * The splitter on a panel's inner edge: drag it to resize (pointer capture, the size follows in
 * CSS only), or focus it (Tab) and use the arrow keys (Shift: larger steps), Home / End for the
 * smallest / largest size and Enter to collapse or expand. A separator in ARIA terms.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_SPECS, type PanelId } from './panelModel';
import { currentSize, usePanelStore } from './panelStore';

const STEP_PX = 16;
const BIG_STEP_PX = 64;

export function Splitter({ panel, frame }: { panel: PanelId; frame: () => Element | null }) {
  const spec = PANEL_SPECS[panel];
  const size = usePanelStore((s) => s.panels[panel].sizePx);
  const drag = useRef<{ start: number; startSize: number } | null>(null);
  const vertical = spec.orientation === 'vertical';
  const coordinate = (event: PointerEvent) => (vertical ? event.clientX : event.clientY);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: coordinate(event), startSize: currentSize(panel, frame()) };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d === null) return;
    const moved = (coordinate(event) - d.start) * spec.grows;
    usePanelStore.getState().setSize(panel, d.startSize + moved);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const store = usePanelStore.getState();
    const now = currentSize(panel, frame());
    const step = event.shiftKey ? BIG_STEP_PX : STEP_PX;
    const grow = vertical ? 'ArrowRight' : 'ArrowDown';
    const shrink = vertical ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (event.key === grow) next = now + step * spec.grows;
    else if (event.key === shrink) next = now - step * spec.grows;
    else if (event.key === 'Home') next = spec.minPx;
    else if (event.key === 'End') next = spec.maxPx;
    else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      store.toggle(panel);
      return;
    }
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation(); // not the canvas's nudge shortcuts
    store.setSize(panel, next);
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={`Resize the ${spec.label} (arrow keys; Enter collapses)`}
      aria-valuemin={spec.minPx}
      aria-valuemax={spec.maxPx}
      aria-valuenow={Math.round(size ?? spec.defaultPx)}
      className={`splitter splitter--${panel}`}
      data-testid={`splitter-${panel}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onLostPointerCapture={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
