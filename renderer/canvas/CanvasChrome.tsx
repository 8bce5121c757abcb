/**
 * The canvas furniture: dotted grid, minimap, zoom controls. Memoised with no props, so a drag
 * frame (which re-renders the canvas) does not re-render them; React Flow updates them from its
 * own store where they need it.
 */
import { Background, BackgroundVariant, Controls, MiniMap, type Node } from '@xyflow/react';
import { memo } from 'react';
import { GRID_PX } from '../commands/arrange';
import { useLessonHides } from '../lesson/hidden';
import { colorVar } from '../theme/colors';
import type { FlowNode } from './toFlow';

const MINIMAP_STYLE = { width: 150, height: 100 };

function minimapColor(node: Node): string {
  return colorVar((node as FlowNode).data.node.kind);
}

export const CanvasChrome = memo(function CanvasChrome() {
  const hideMinimap = useLessonHides('minimap');
  return (
    <>
      <Background variant={BackgroundVariant.Dots} gap={GRID_PX} size={1.5} />
      {hideMinimap ? null : (
        <MiniMap
          style={MINIMAP_STYLE}
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeStrokeWidth={3}
          ariaLabel="Minimap: drag to pan, scroll to zoom"
        />
      )}
      <Controls showInteractive={false} aria-label="Zoom controls" />
    </>
  );
});
