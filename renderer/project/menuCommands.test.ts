import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGalleryStore } from '../examples/galleryStore';
import { setPlatformForTests } from '../platform/detect';
import { COMMAND_EVENT, FILE_SHORTCUTS, runCommand, type CommandDeps } from './menuCommands';
import { useViewStore } from '../state/viewStore';
import { usePresenterStore } from '../theme/presenterStore';
import { useProjectStore } from './projectStore';
import { fakePlatform, type FakePlatform } from './testPlatform';

let fake: FakePlatform;
let deps: CommandDeps & { editorActions: string[]; nativeEdits: string[]; editing: boolean };

beforeAll(() => {
  // Node has EventTarget and CustomEvent; the commands announce themselves on `window`.
  vi.stubGlobal('window', new EventTarget());
});
afterAll(() => {
  vi.unstubAllGlobals();
  setPlatformForTests(null);
});

beforeEach(() => {
  fake = fakePlatform();
  setPlatformForTests(fake);
  const record = { editorActions: [] as string[], nativeEdits: [] as string[], editing: false };
  deps = {
    ...record,
    runEditorAction: (id) => record.editorActions.push(id),
    nativeEdit: (a) => record.nativeEdits.push(a),
    isEditingText: () => record.editing,
  };
  Object.defineProperty(deps, 'editing', {
    get: () => record.editing,
    set: (v) => (record.editing = v),
  });
});

describe('runCommand', () => {
  it('Edit and View commands run the editor actions on the canvas', () => {
    for (const c of [
      'edit.undo',
      'edit.redo',
      'edit.delete',
      'edit.selectAll',
      'view.zoomIn',
      'view.zoomOut',
      'view.fit',
      'view.toggleTheme',
    ] as const) {
      runCommand(c, deps);
    }
    expect(deps.editorActions).toEqual([
      'undo',
      'redo',
      'delete',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'fit',
      'theme',
    ]);
  });

  it('in a text field, Edit commands edit the text natively', () => {
    deps.editing = true;
    runCommand('edit.undo', deps);
    runCommand('edit.selectAll', deps);
    expect(deps.nativeEdits).toEqual(['undo', 'selectAll']);
    expect(deps.editorActions).toEqual([]);
  });

  it('cut, copy and paste always go through the engine, whose events reach the canvas too', () => {
    runCommand('edit.copy', deps);
    runCommand('edit.paste', deps);
    expect(deps.nativeEdits).toEqual(['copy', 'paste']);
  });

  it('File commands run the project actions', async () => {
    runCommand('file.open', deps);
    await vi.waitFor(() => expect(fake.calls).toEqual(['open']));
  });

  it('any part of the window can take a command over through the DOM event', () => {
    const listener = (event: Event) => {
      expect((event as CustomEvent).detail).toEqual({ command: 'help.about' });
      event.preventDefault();
    };
    window.addEventListener(COMMAND_EVENT, listener);
    runCommand('help.about', deps);
    window.removeEventListener(COMMAND_EVENT, listener);
    expect(useProjectStore.getState().message).toBeNull();
    runCommand('help.about', deps);
    expect(useProjectStore.getState().message?.text).toBe(
      'About is not available in this version yet.',
    );
  });

  it('View › Presenter Mode toggles presenter mode, on and off', () => {
    usePresenterStore.getState().setPresenter(false);
    runCommand('view.togglePresenter', deps);
    expect(usePresenterStore.getState().presenter).toBe(true);
    runCommand('view.togglePresenter', deps);
    expect(usePresenterStore.getState().presenter).toBe(false);
    expect(deps.editorActions).toEqual([]);
  });

  it('File › Examples… opens the examples gallery', () => {
    useGalleryStore.getState().hide();
    runCommand('file.examples', deps);
    expect(useGalleryStore.getState().open).toBe(true);
    useGalleryStore.getState().hide();
  });

  it('File › Export… opens the export dialog', () => {
    useViewStore.getState().openDialog(null);
    runCommand('file.export', deps);
    expect(useViewStore.getState().dialog).toBe('export');
    useViewStore.getState().openDialog(null);
  });

  it('the web build has the menu accelerators for Export and Presenter mode', () => {
    expect(FILE_SHORTCUTS).toContainEqual(['Mod+E', 'file.export']);
    expect(FILE_SHORTCUTS).toContainEqual(['Mod+Shift+P', 'view.togglePresenter']);
  });
});
