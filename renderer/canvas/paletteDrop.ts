/** The canvas as a drop target for palette items (HTML drag and drop). */
import { useReactFlow } from '@xyflow/react';
import { useCallback, type DragEvent } from 'react';
import { PALETTE_MIME, paletteEntry } from '../palette/paletteEntries';
import { placeNode } from '../palette/placeNode';

export function onPaletteDragOver(event: DragEvent): void {
  if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

export function usePaletteDrop(): (event: DragEvent) => void {
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (event: DragEvent) => {
      const entry = paletteEntry(event.dataTransfer.getData(PALETTE_MIME));
      if (entry === undefined) return;
      event.preventDefault();
      placeNode(entry, screenToFlowPosition({ x: event.clientX, y: event.clientY }));
    },
    [screenToFlowPosition],
  );
}
