/**
 * Every editor action with its shortcuts, in one registry: the keyboard handler, the help overlay
 * (`?`) and the toolbar all read it, so a shortcut cannot exist without being listed.
 */
import { ARRANGE_VIEW_ACTIONS } from './arrangeViewActions';
import type { EditorAction } from './actionTypes';
import { EDIT_ACTIONS } from './editActions';
import { PANEL_ACTIONS } from '../layout/panels/panelActions';

export type { ActionContext, ActionGroup, EditorAction } from './actionTypes';

export const ACTIONS: readonly EditorAction[] = [
  ...EDIT_ACTIONS,
  ...ARRANGE_VIEW_ACTIONS,
  ...PANEL_ACTIONS,
];

export function action(id: string): EditorAction {
  const found = ACTIONS.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no editor action "${id}"`);
  return found;
}
