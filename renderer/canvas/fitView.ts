/**
 * How "fit" frames the circuit: clear of the zoom controls (bottom left) and of the minimap
 * (bottom right) where the canvas draws one, and never zoomed in past 125 % (a two-node circuit
 * should not fill the screen).
 */
import type { FitViewOptions } from '@xyflow/react';

/** Below either size the canvas draws no minimap (canvas.css, the `canvas` container query). */
export const MINIMAP_MIN_WIDTH_PX = 640;
export const MINIMAP_MIN_HEIGHT_PX = 340;

export const FIT_VIEW_OPTIONS: FitViewOptions = {
  padding: { top: '30px', bottom: '30px', left: '70px', right: '180px' },
  maxZoom: 1.25,
};

/** Without the minimap, its 180 px margin would only make the circuit smaller. */
const FIT_WITHOUT_MINIMAP: FitViewOptions = {
  ...FIT_VIEW_OPTIONS,
  padding: { top: '30px', bottom: '30px', left: '70px', right: '30px' },
};

export function fitOptionsFor(widthPx: number, heightPx: number): FitViewOptions {
  return widthPx < MINIMAP_MIN_WIDTH_PX || heightPx < MINIMAP_MIN_HEIGHT_PX
    ? FIT_WITHOUT_MINIMAP
    : FIT_VIEW_OPTIONS;
}

/** The fit for the canvas as it is laid out now. */
export function canvasFitOptions(): FitViewOptions {
  const canvas = globalThis.document?.querySelector<HTMLElement>('[data-testid="canvas"]');
  return canvas ? fitOptionsFor(canvas.clientWidth, canvas.clientHeight) : FIT_VIEW_OPTIONS;
}
