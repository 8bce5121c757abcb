/**
 * React Flow reports what the user did as change lists; this turns them into store updates:
 * positions while dragging go to the view store (not the document), the final positions become
 * one `moveNodes` command, measured sizes go to the view store, selection to the editor store.
 * Removals are ignored: deleting goes through the Delete command (one undo step, edges included).
 */
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { Position } from '../../engine/schema';
import type { Size } from '../commands/arrange';
import { moveNodes } from '../commands/nodeEdits';
import type { Selection } from '../commands/types';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import type { FlowEdge, FlowNode } from './toFlow';

function applySelection(
  selection: Selection,
  key: 'nodeIds' | 'edgeIds',
  changes: readonly { id: string; selected: boolean }[],
): Selection {
  if (changes.length === 0) return selection;
  const ids = new Set(selection[key]);
  for (const change of changes) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  return { ...selection, [key]: [...ids] };
}

export function onNodesChange(changes: NodeChange<FlowNode>[]): void {
  const view = useViewStore.getState();
  const editor = useEditorStore.getState();
  let dragging: Map<string, Position> | null = null;
  let dropped: Map<string, Position> | null = null;
  let sizes: Map<string, Size> | null = null;
  const selects: { id: string; selected: boolean }[] = [];
  for (const change of changes) {
    if (change.type === 'position' && change.position !== undefined) {
      const target = change.dragging ? (dragging ??= new Map()) : (dropped ??= new Map());
      target.set(change.id, { x: Math.round(change.position.x), y: Math.round(change.position.y) });
    } else if (change.type === 'dimensions' && change.dimensions !== undefined) {
      sizes ??= new Map(view.nodeSizes);
      sizes.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
    } else if (change.type === 'select') {
      selects.push(change);
    }
  }
  if (sizes !== null) view.setNodeSizes(sizes);
  if (dragging !== null)
    view.setDragPositions(new Map([...(view.dragPositions ?? []), ...dragging]));
  if (dropped !== null) {
    const outcome = editor.execute(moveNodes(dropped));
    if (!outcome.ok) view.notify(outcome.error);
    view.setDragPositions(null);
  }
  if (selects.length > 0) editor.select(applySelection(editor.selection, 'nodeIds', selects));
}

export function onEdgesChange(changes: EdgeChange<FlowEdge>[]): void {
  const selects = changes.filter((c) => c.type === 'select');
  if (selects.length === 0) return;
  const editor = useEditorStore.getState();
  editor.select(applySelection(editor.selection, 'edgeIds', selects));
}
