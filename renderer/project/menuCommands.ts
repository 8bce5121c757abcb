/**
 * One command vocabulary for the native menu (Electron sends `menu:command`), the File buttons
 * and the web build's shortcuts. Every command is first announced as a cancelable DOM event,
 * `spikeboard:command` on window, so any part of the window can take one over (call
 * preventDefault); otherwise the File commands run here and Edit and View commands run the
 * editor's actions. In a text field, Edit commands edit the text, natively.
 */
import type { MenuCommand, NativeEditAction } from '../../electron/ipc/contract';
import { showExamples } from '../examples/galleryStore';
import { useViewStore } from '../state/viewStore';
import { togglePresenter } from '../theme/presenterStore';
import { newDocument, openFile, saveFile, saveFileAs } from './fileActions';
import { useProjectStore } from './projectStore';

export const COMMAND_EVENT = 'spikeboard:command';
export type CommandEventDetail = { command: MenuCommand };

export interface CommandDeps {
  /** Runs an editor action by its id in renderer/commands/actions.ts. */
  runEditorAction: (id: string) => void;
  /** Electron only: cut, copy, paste… performed by the browser engine in the focused field. */
  nativeEdit?: (action: NativeEditAction) => void;
  /** True while the keyboard focus is in a text field. */
  isEditingText: () => boolean;
}

const EDITOR_ACTION: Partial<Record<MenuCommand, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.delete': 'delete',
  'edit.selectAll': 'selectAll',
  'view.zoomIn': 'zoomIn',
  'view.zoomOut': 'zoomOut',
  'view.fit': 'fit',
  'view.toggleTheme': 'theme',
};

/** Announces the command; false when a listener took it over. */
function announce(command: MenuCommand): boolean {
  if (typeof window === 'undefined') return true;
  const event = new CustomEvent<CommandEventDetail>(COMMAND_EVENT, {
    detail: { command },
    cancelable: true,
  });
  return window.dispatchEvent(event);
}

export function runCommand(command: MenuCommand, deps: CommandDeps): void {
  if (!announce(command)) return;
  switch (command) {
    case 'file.new':
      void newDocument();
      return;
    case 'file.open':
      void openFile();
      return;
    case 'file.examples':
      showExamples();
      return;
    case 'file.save':
      void saveFile();
      return;
    case 'file.saveAs':
      void saveFileAs();
      return;
    case 'edit.cut':
    case 'edit.copy':
    case 'edit.paste': {
      // The engine's own clipboard command fires the page's cut/copy/paste events, which the
      // editor handles for the canvas and a text field handles for its text.
      const action = command.slice('edit.'.length) as NativeEditAction;
      if (deps.nativeEdit !== undefined) deps.nativeEdit(action);
      else deps.runEditorAction(action);
      return;
    }
    case 'edit.undo':
    case 'edit.redo':
    case 'edit.delete':
    case 'edit.selectAll':
      if (deps.isEditingText() && deps.nativeEdit !== undefined) {
        deps.nativeEdit(command.slice('edit.'.length) as NativeEditAction);
        return;
      }
      deps.runEditorAction(EDITOR_ACTION[command]!);
      return;
    case 'view.zoomIn':
    case 'view.zoomOut':
    case 'view.fit':
    case 'view.toggleTheme':
      deps.runEditorAction(EDITOR_ACTION[command]!);
      return;
    case 'file.export':
      useViewStore.getState().openDialog('export');
      return;
    case 'view.togglePresenter':
      togglePresenter();
      return;
    case 'file.close':
    case 'help.about':
      // No part of the window took these over (see COMMAND_EVENT); say so rather than do nothing.
      useProjectStore
        .getState()
        .showMessage('info', `${LABELS[command]} is not available in this version yet.`);
      return;
  }
}

const LABELS: Record<'file.close' | 'help.about', string> = {
  'file.close': 'Close',
  'help.about': 'About',
};

/** The web build's window shortcuts (Electron's native menu has the same accelerators). */
export const FILE_SHORTCUTS: readonly [string, MenuCommand][] = [
  ['Mod+O', 'file.open'],
  ['Mod+S', 'file.save'],
  ['Mod+Shift+S', 'file.saveAs'],
  ['Mod+N', 'file.new'],
  // Browsers keep Ctrl+N for a new browser window; Alt+N works in a tab.
  ['Alt+N', 'file.new'],
  ['Mod+E', 'file.export'],
  ['Mod+Shift+P', 'view.togglePresenter'],
];
