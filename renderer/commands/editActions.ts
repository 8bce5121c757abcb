/** Editing, selecting, moving, connecting and adding: the actions on the document. */
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { exec, selected, type ActionContext, type EditorAction } from './actionTypes';
import { GRID_PX, nudgeNodes } from './arrange';
import { duplicate } from './clipboard';
import { focusFirst, focusNode } from './focus';
import { deleteElements } from './nodeEdits';
import { copyToSystem, pasteFromSystem } from './systemClipboard';

function selectStep(step: 1 | -1): void {
  const { document, selection, select } = useEditorStore.getState();
  const ids = document.nodes.map((n) => n.id);
  if (ids.length === 0) return;
  const current = ids.indexOf(selection.nodeIds[selection.nodeIds.length - 1] ?? '');
  const next =
    ids[
      current < 0 ? (step > 0 ? 0 : ids.length - 1) : (current + step + ids.length) % ids.length
    ]!;
  select({ nodeIds: [next], edgeIds: [] });
  focusNode(next);
}

function nudge(dx: number, dy: number, context: ActionContext): void {
  const unit = useViewStore.getState().snapToGrid ? GRID_PX : 5;
  const factor = context.event?.shiftKey ? 4 : 1;
  const { nodeIds } = selected();
  if (nodeIds.length > 0) exec(nudgeNodes(nodeIds, dx * unit * factor, dy * unit * factor));
}

export const EDIT_ACTIONS: readonly EditorAction[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    keys: ['Mod+Z'],
    run: () => useEditorStore.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    run: () => useEditorStore.getState().redo(),
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'Edit',
    keys: ['Mod+X'],
    native: true,
    run: () => void copyToSystem(true),
  },
  {
    id: 'copy',
    label: 'Copy (as circuit JSON)',
    group: 'Edit',
    keys: ['Mod+C'],
    native: true,
    run: () => void copyToSystem(false),
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'Edit',
    keys: ['Mod+V'],
    native: true,
    run: () => void pasteFromSystem(),
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    keys: ['Mod+D'],
    run: () => exec(duplicate(selected().nodeIds)),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    group: 'Edit',
    keys: ['Delete', 'Backspace'],
    run: () => {
      const { nodeIds, edgeIds } = selected();
      if (nodeIds.length + edgeIds.length > 0) exec(deleteElements(nodeIds, edgeIds));
    },
  },
  {
    id: 'rename',
    label: 'Rename the selected node',
    group: 'Edit',
    keys: ['F2'],
    run: () => {
      const id = selected().nodeIds[0];
      if (id !== undefined) useViewStore.getState().editLabel(id);
    },
  },
  {
    id: 'selectAll',
    label: 'Select all',
    group: 'Select and move',
    keys: ['Mod+A'],
    run: () => {
      const { document, select } = useEditorStore.getState();
      select({
        nodeIds: document.nodes.map((n) => n.id),
        edgeIds: document.edges.map((e) => e.id),
      });
    },
  },
  {
    id: 'selectNone',
    label: 'Clear the selection',
    group: 'Select and move',
    keys: ['Escape'],
    run: () => useEditorStore.getState().select({ nodeIds: [], edgeIds: [] }),
  },
  {
    id: 'selectNext',
    label: 'Select the next node',
    group: 'Select and move',
    keys: [']'],
    run: () => selectStep(1),
  },
  {
    id: 'selectPrevious',
    label: 'Select the previous node',
    group: 'Select and move',
    keys: ['['],
    run: () => selectStep(-1),
  },
  {
    id: 'moveLeft',
    label: 'Move left (Shift: ×4)',
    group: 'Select and move',
    keys: ['ArrowLeft', 'Shift+ArrowLeft'],
    run: (c) => nudge(-1, 0, c),
  },
  {
    id: 'moveRight',
    label: 'Move right (Shift: ×4)',
    group: 'Select and move',
    keys: ['ArrowRight', 'Shift+ArrowRight'],
    run: (c) => nudge(1, 0, c),
  },
  {
    id: 'moveUp',
    label: 'Move up (Shift: ×4)',
    group: 'Select and move',
    keys: ['ArrowUp', 'Shift+ArrowUp'],
    run: (c) => nudge(0, -1, c),
  },
  {
    id: 'moveDown',
    label: 'Move down (Shift: ×4)',
    group: 'Select and move',
    keys: ['ArrowDown', 'Shift+ArrowDown'],
    run: (c) => nudge(0, 1, c),
  },
  {
    id: 'connect',
    label: 'Connect… (pick source and target)',
    group: 'Connect and add',
    keys: ['C'],
    run: () => useViewStore.getState().openDialog('connect'),
  },
  {
    id: 'addNode',
    label: 'Add a node (go to the palette)',
    group: 'Connect and add',
    keys: ['A'],
    run: () => focusFirst('.palette button'),
  },
  {
    id: 'inspect',
    label: 'Edit parameters (go to the inspector)',
    group: 'Connect and add',
    keys: ['I'],
    run: () => focusFirst('.inspector input, .inspector select, .inspector textarea'),
  },
];
