/** The shape of an editor action, and the helpers actions share. */
import type { ReactFlowInstance } from '@xyflow/react';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import type { KeyLike } from './keys';
import type { EditCommand } from './types';

export type ActionGroup = 'Edit' | 'Select and move' | 'Connect and add' | 'Arrange' | 'View';

export interface ActionContext {
  flow: Pick<ReactFlowInstance, 'fitView' | 'zoomIn' | 'zoomOut' | 'zoomTo'>;
  event?: KeyLike;
}

export interface EditorAction {
  id: string;
  label: string;
  group: ActionGroup;
  keys: readonly string[];
  /** The browser's copy/cut/paste events do the work: the key is listed, not intercepted. */
  native?: boolean;
  run: (context: ActionContext) => void;
}

/** Runs a command; a refusal is shown on the canvas. */
export function exec(command: EditCommand): void {
  const outcome = useEditorStore.getState().execute(command);
  if (!outcome.ok) useViewStore.getState().notify(outcome.error);
}

export const selected = () => useEditorStore.getState().selection;
export const sizes = () => useViewStore.getState().nodeSizes;
