/** The panels' keyboard shortcuts, as editor actions (listed in the `?` help overlay). */
import type { EditorAction } from '../../commands/actionTypes';
import type { PanelId } from './panelModel';
import { usePanelStore } from './panelStore';

export const PANEL_KEYS: Record<PanelId, string> = {
  palette: 'Alt+1',
  inspector: 'Alt+2',
  dock: 'Alt+3',
};

const toggle = (panel: PanelId) => () => usePanelStore.getState().toggle(panel);

export const PANEL_ACTIONS: readonly EditorAction[] = [
  {
    id: 'togglePalette',
    label: 'Show or hide the palette (drag its edge to resize)',
    group: 'View',
    keys: [PANEL_KEYS.palette],
    run: toggle('palette'),
  },
  {
    id: 'toggleInspector',
    label: 'Show or hide the inspector (drag its edge to resize)',
    group: 'View',
    keys: [PANEL_KEYS.inspector],
    run: toggle('inspector'),
  },
  {
    id: 'toggleDock',
    label: 'Show or hide the scopes (drag their edge to resize)',
    group: 'View',
    keys: [PANEL_KEYS.dock],
    run: toggle('dock'),
  },
];
