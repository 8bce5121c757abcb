/**
 * How "fit" frames the circuit: clear of the zoom controls (bottom left) and the minimap (bottom
 * right), and never zoomed in past 125 % (a two-node circuit should not fill the screen).
 */
import type { FitViewOptions } from '@xyflow/react';

export const FIT_VIEW_OPTIONS: FitViewOptions = {
  padding: { top: '30px', bottom: '30px', left: '70px', right: '180px' },
  maxZoom: 1.25,
};
