/**
 * The canvas viewport for saving and opening, without the project layer knowing React Flow:
 * a component inside the ReactFlowProvider registers how to read and set it.
 */
import { DEFAULT_VIEW, type CanvasView } from '../../engine/schema';

export interface ViewportControls {
  get: () => CanvasView;
  set: (view: CanvasView) => void;
  fit: () => void;
}

let controls: ViewportControls | null = null;

export function registerViewport(next: ViewportControls | null): void {
  controls = next;
}

export function currentView(): CanvasView | null {
  return controls?.get() ?? null;
}

/**
 * After opening: the view the file was saved with, else (a new or upgraded file, whose view is
 * the default) fit the circuit in the window.
 */
export function showDocumentView(view: CanvasView | undefined): void {
  if (controls === null) return;
  const c = controls;
  const saved =
    view !== undefined &&
    (view.x !== DEFAULT_VIEW.x || view.y !== DEFAULT_VIEW.y || view.zoom !== DEFAULT_VIEW.zoom);
  const apply = () => (saved ? c.set(view) : c.fit());
  // Wait a frame: the canvas draws the new nodes first.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(apply);
  else apply();
}
