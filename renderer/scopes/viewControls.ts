/**
 * Zoom and pan of frozen data on a uPlot pane: drag to select a range, the wheel to zoom about
 * the cursor, Shift+drag to pan, the arrow keys and +/− from the keyboard, double-click (or 0)
 * to fit. While the simulation runs the pane follows it and these do nothing.
 */
import type uPlot from 'uplot';
import { FOLLOW, panView, selectView, zoomView, type Extent, type ViewState } from './viewWindow';

export interface ViewTarget {
  plot(): uPlot;
  extent(): Extent;
  range(): [number, number];
  frozen(): boolean;
  setView(view: ViewState): void;
}

export function selectHook(target: ViewTarget): (u: uPlot) => void {
  return (u) => {
    const { left, width } = u.select;
    if (width < 3) return;
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    if (!target.frozen()) return;
    const from = u.posToVal(left, 'x');
    const to = u.posToVal(left + width, 'x');
    target.setView(selectView(from, to, target.extent()));
  };
}

/** Wires wheel, Shift+drag, double-click and keys on the pane's host; returns the unwiring. */
export function attachViewControls(host: HTMLElement, target: ViewTarget): () => void {
  const zoomAt = (clientX: number, factor: number) => {
    const u = target.plot();
    const rect = u.over.getBoundingClientRect();
    const center = u.posToVal(clientX - rect.left, 'x');
    target.setView(zoomView(target.range(), center, factor, target.extent()));
  };
  const pan = (fraction: number) => {
    const [from, to] = target.range();
    target.setView(panView([from, to], fraction * (to - from), target.extent()));
  };

  const onWheel = (event: WheelEvent) => {
    if (!target.frozen() || !target.plot().over.contains(event.target as Node)) return;
    event.preventDefault();
    if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
      pan(Math.sign(event.deltaX || event.deltaY) * 0.1);
    } else {
      zoomAt(event.clientX, event.deltaY > 0 ? 1.25 : 0.8);
    }
  };

  const onMouseDown = (event: MouseEvent) => {
    if (!event.shiftKey || !target.frozen()) return;
    // Before uPlot sees it: a Shift+drag pans instead of selecting.
    event.stopPropagation();
    event.preventDefault();
    const u = target.plot();
    const widthPx = u.over.getBoundingClientRect().width || 1;
    const startX = event.clientX;
    const startRange = target.range();
    const onMove = (move: MouseEvent) => {
      const deltaMs = (-(move.clientX - startX) / widthPx) * (startRange[1] - startRange[0]);
      target.setView(panView(startRange, deltaMs, target.extent()));
    };
    const onUp = () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  };

  const onDoubleClick = (event: MouseEvent) => {
    event.stopPropagation();
    target.setView(FOLLOW);
  };

  const onKey = (event: KeyboardEvent) => {
    if (!target.frozen()) return;
    const [from, to] = target.range();
    const center = (from + to) / 2;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => pan(-0.1),
      ArrowRight: () => pan(0.1),
      '+': () => target.setView(zoomView([from, to], center, 0.8, target.extent())),
      '=': () => target.setView(zoomView([from, to], center, 0.8, target.extent())),
      '-': () => target.setView(zoomView([from, to], center, 1.25, target.extent())),
      '0': () => target.setView(FOLLOW),
    };
    const action = actions[event.key];
    if (action === undefined) return;
    event.preventDefault();
    action();
  };

  host.addEventListener('wheel', onWheel, { passive: false });
  host.addEventListener('mousedown', onMouseDown, true);
  host.addEventListener('dblclick', onDoubleClick, true);
  host.addEventListener('keydown', onKey);
  return () => {
    host.removeEventListener('wheel', onWheel);
    host.removeEventListener('mousedown', onMouseDown, true);
    host.removeEventListener('dblclick', onDoubleClick, true);
    host.removeEventListener('keydown', onKey);
  };
}
