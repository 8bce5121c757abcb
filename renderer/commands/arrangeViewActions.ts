/** Arranging nodes and controlling the view. */
import { useViewStore } from '../state/viewStore';
import { togglePresenter } from '../theme/presenterStore';
import { nextPreference, useThemeStore } from '../theme/themeStore';
import { exec, selected, sizes, type EditorAction } from './actionTypes';
import { alignNodes, distributeNodes, snapNodes, type AlignMode } from './arrange';
import { canvasFitOptions } from '../canvas/fitView';
import { autoLayout } from './autoLayout';

const align = (mode: AlignMode) => () => exec(alignNodes(selected().nodeIds, mode, sizes()));

export const ARRANGE_VIEW_ACTIONS: readonly EditorAction[] = [
  {
    id: 'alignLeft',
    label: 'Align left edges',
    group: 'Arrange',
    keys: ['Alt+Shift+A'],
    run: align('left'),
  },
  {
    id: 'alignRight',
    label: 'Align right edges',
    group: 'Arrange',
    keys: ['Alt+Shift+D'],
    run: align('right'),
  },
  {
    id: 'alignTop',
    label: 'Align top edges',
    group: 'Arrange',
    keys: ['Alt+Shift+W'],
    run: align('top'),
  },
  {
    id: 'alignBottom',
    label: 'Align bottom edges',
    group: 'Arrange',
    keys: ['Alt+Shift+S'],
    run: align('bottom'),
  },
  {
    id: 'alignCenterX',
    label: 'Align centres on a vertical line',
    group: 'Arrange',
    keys: ['Alt+Shift+H'],
    run: align('centerX'),
  },
  {
    id: 'alignCenterY',
    label: 'Align centres on a horizontal line',
    group: 'Arrange',
    keys: ['Alt+Shift+V'],
    run: align('centerY'),
  },
  {
    id: 'distributeX',
    label: 'Distribute horizontally',
    group: 'Arrange',
    keys: ['Alt+Shift+X'],
    run: () => exec(distributeNodes(selected().nodeIds, 'x', sizes())),
  },
  {
    id: 'distributeY',
    label: 'Distribute vertically',
    group: 'Arrange',
    keys: ['Alt+Shift+Y'],
    run: () => exec(distributeNodes(selected().nodeIds, 'y', sizes())),
  },
  {
    id: 'snapToggle',
    label: 'Snap to grid on/off',
    group: 'Arrange',
    keys: ['G'],
    run: () => useViewStore.getState().toggleSnap(),
  },
  {
    id: 'snapSelection',
    label: 'Snap the selection to the grid',
    group: 'Arrange',
    keys: ['Shift+G'],
    run: () => exec(snapNodes(selected().nodeIds)),
  },
  {
    id: 'autoLayout',
    label: 'Auto-layout',
    group: 'Arrange',
    keys: ['L'],
    run: (c) => {
      exec(autoLayout(sizes()));
      requestAnimationFrame(() => void c.flow.fitView({ ...canvasFitOptions(), duration: 200 }));
    },
  },
  {
    id: 'fit',
    label: 'Fit the circuit in view',
    group: 'View',
    keys: ['F'],
    run: (c) => void c.flow.fitView({ ...canvasFitOptions(), duration: 200 }),
  },
  {
    id: 'zoomIn',
    label: 'Zoom in',
    group: 'View',
    keys: ['+', '='],
    run: (c) => void c.flow.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    group: 'View',
    keys: ['-'],
    run: (c) => void c.flow.zoomOut({ duration: 150 }),
  },
  {
    id: 'zoomReset',
    label: 'Zoom to 100 %',
    group: 'View',
    keys: ['0'],
    run: (c) => void c.flow.zoomTo(1, { duration: 150 }),
  },
  {
    id: 'theme',
    label: 'Theme: system → light → dark',
    group: 'View',
    keys: ['T'],
    run: () => {
      const theme = useThemeStore.getState();
      theme.setPreference(nextPreference(theme.preference));
    },
  },
  {
    id: 'presenter',
    label: 'Presenter mode: large type, thick traces',
    group: 'View',
    keys: ['Mod+Shift+P'],
    // Listed here; the key is the window's command (project/menuCommands.ts), which Electron's
    // menu sends and the browser build's shortcut runs, in a text field too.
    native: true,
    run: () => togglePresenter(),
  },
  {
    id: 'help',
    label: 'Keyboard shortcuts',
    group: 'View',
    keys: ['?'],
    run: () => useViewStore.getState().openDialog('help'),
  },
];
