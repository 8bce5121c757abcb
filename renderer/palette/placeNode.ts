/**
 * Adds a palette entry to the document at a canvas position (a drop) or at the centre of the
 * visible canvas (double-click, Enter), nudged so it does not land exactly on another node.
 */
import type { Position } from '../../engine/schema';
import { FALLBACK_NODE_SIZE, GRID_PX, snapPosition } from '../commands/arrange';
import { addNode } from '../commands/nodeEdits';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import type { PaletteEntry } from './paletteEntries';

const CASCADE_PX = 40;

/** `centre` is where the node's centre should go, in canvas coordinates. */
export function placeNode(entry: PaletteEntry, centre: Position): string | null {
  const { document, execute } = useEditorStore.getState();
  const snap = useViewStore.getState().snapToGrid;
  let at = {
    x: centre.x - FALLBACK_NODE_SIZE.width / 2,
    y: centre.y - FALLBACK_NODE_SIZE.height / 2,
  };
  if (snap) at = snapPosition(at, GRID_PX);
  const taken = (p: Position) =>
    document.nodes.some(
      (n) =>
        Math.abs(n.position.x - p.x) < CASCADE_PX / 2 &&
        Math.abs(n.position.y - p.y) < CASCADE_PX / 2,
    );
  for (let k = 0; k < 50 && taken(at); k++) at = { x: at.x + CASCADE_PX, y: at.y + CASCADE_PX };
  const outcome = execute(addNode(entry.kind, at, entry.variable));
  if (!outcome.ok) {
    useViewStore.getState().notify(outcome.error);
    return null;
  }
  return outcome.select?.nodeIds[0] ?? null;
}
