/**
 * A view the window fitted by itself when it opened a circuit stays fitted while the canvas
 * settles: opening an example brings up its lesson panel and gives the scopes their row back
 * (the start screen had it), so the canvas shrinks right after the fit. While the view is still
 * the one that fit produced — nobody panned or zoomed since — a change of the canvas's size fits
 * it again. A view the user moved, or a file's saved view, is left alone.
 */
import { useReactFlow, type FitView, type Viewport } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { canvasFitOptions } from './fitView';

let fitted: Viewport | null = null;

/** Records the view an automatic fit produced; null forgets it (a saved view was shown). */
export function rememberFit(view: Viewport | null): void {
  fitted = view;
}

/** True while `view` is still the one the last automatic fit produced. */
export function isStillFitted(view: Viewport): boolean {
  return (
    fitted !== null &&
    Math.abs(view.x - fitted.x) < 0.5 &&
    Math.abs(view.y - fitted.y) < 0.5 &&
    Math.abs(view.zoom - fitted.zoom) < 1e-6
  );
}

interface FlowView {
  fitView: FitView;
  getViewport: () => Viewport;
}

/** Fits the circuit in the canvas and remembers the view, so that a resize can refit it. */
export async function fitAndRemember(flow: FlowView): Promise<void> {
  await flow.fitView(canvasFitOptions());
  rememberFit(flow.getViewport());
}

/** Refits the canvas (`ref`) when it changes size while its view is still an automatic fit. */
export function useRefitOnResize(ref: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow();
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return;
    let width = element.clientWidth;
    let height = element.clientHeight;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width && element.clientHeight === height) return;
      width = element.clientWidth;
      height = element.clientHeight;
      if (width === 0 || height === 0 || !isStillFitted(flow.getViewport())) return;
      // Next frame: React Flow has taken the canvas's new size by then.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void fitAndRemember(flow));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [flow, ref]);
}
