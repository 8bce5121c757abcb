/**
 * Everything the window does about files, installed once by App (inside the ReactFlowProvider):
 * the canvas viewport for saving, drafts (autosave, restore), the title with the file name and
 * the unsaved marker, native-menu commands and files from Electron main, the web build's file
 * shortcuts, opening a dropped file, and a warning before a browser tab with unsaved work closes.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { MenuCommand } from '../../electron/ipc/contract';
import { fitAndRemember, rememberFit } from '../canvas/autoFit';
import { action } from '../commands/actions';
import { matches } from '../commands/keys';
import { electronApi } from '../platform/electronPlatform';
import { persistentStore } from '../platform/keyValueStore';
import { holdSessionLock, liveSessions } from '../platform/sessionLock';
import { useEditorStore } from '../state/editorStore';
import { findRestorable, installAutosave, setDrafts, writeDraftNow } from './draftService';
import { createDrafts, type DraftRecord } from './drafts';
import { launchSettled } from './launchStore';
import { openDelivered, openDropped, settleBeforeClose } from './fileActions';
import { FILE_SHORTCUTS, runCommand, type CommandDeps } from './menuCommands';
import { displayName, isDirty, useDirty, useProjectStore } from './projectStore';
import { registerViewport } from './viewportBridge';

export function isEditingText(): boolean {
  const element = typeof document === 'undefined' ? null : document.activeElement;
  if (!(element instanceof HTMLElement)) return false;
  return element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

let sessionStarted = false;

/** Once per page: drafts in IndexedDB, this window's liveness lock, drafts left by others. */
function startSession(): void {
  if (sessionStarted) return;
  sessionStarted = true;
  holdSessionLock(useProjectStore.getState().sessionId);
  setDrafts(createDrafts(persistentStore<DraftRecord>('drafts'), liveSessions));
  void findRestorable();
}

function useTitle(): void {
  const fileName = useProjectStore((s) => s.fileName);
  const ref = useProjectStore((s) => s.ref);
  const document = useEditorStore((s) => s.document);
  const dirty = useDirty();
  useEffect(() => {
    const title = `${displayName(fileName, document)}${dirty ? ' •' : ''} — Spikeboard`;
    window.document.title = title;
    const token = ref?.kind === 'electron' ? ref.token : null;
    void electronApi()
      ?.setDocumentState({ title, edited: dirty, token })
      .catch(() => undefined);
  }, [fileName, ref, document, dirty]);
}

function useElectronBridge(deps: CommandDeps): void {
  useEffect(() => {
    const api = electronApi();
    if (api === null) return;
    const offs = [
      api.onMenuCommand((command) => runCommand(command, deps)),
      api.onFileOpened((file) => {
        void openDelivered({
          name: file.name,
          bytes: file.bytes,
          ref: { kind: 'electron', token: file.token },
        });
      }),
      api.onCloseRequested(() => {
        void settleBeforeClose().then((ok) => api.resolveClose(ok ? 'close' : 'cancel'));
      }),
    ];
    void api
      .windowReady()
      .then((files) =>
        Promise.all(
          files.map((file) =>
            openDelivered({
              name: file.name,
              bytes: file.bytes,
              ref: { kind: 'electron', token: file.token },
            }),
          ),
        ),
      )
      .catch(() => undefined)
      .finally(launchSettled);
    return () => offs.forEach((off) => off());
  }, [deps]);
}

function useWebShortcuts(deps: CommandDeps): void {
  useEffect(() => {
    if (electronApi() !== null) return; // the native menu's accelerators do this in Electron
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const hit = FILE_SHORTCUTS.find(([combo]) => matches(event, combo));
      if (hit === undefined) return;
      event.preventDefault();
      runCommand(hit[1] as MenuCommand, deps);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      void writeDraftNow();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [deps]);
}

function useFileDrop(): void {
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file !== undefined) void openDropped(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}

export function useProjectShell(): CommandDeps {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const deps = useCommandDeps(flow);
  useEffect(() => {
    registerViewport({
      get: () => flow.getViewport(),
      set: (view) => {
        // The canvas's first fit waits for its first nodes (a window opens empty, on the start
        // screen); a file's saved view replaces it, else that fit would override the view.
        flowStore.setState({ fitViewQueued: false });
        rememberFit(null);
        void flow.setViewport(view);
      },
      // Framed as F frames it (and as the canvas's first fit): clear of the zoom controls; kept
      // fitted while the canvas settles to its new size (canvas/autoFit.ts).
      fit: () => void fitAndRemember(flow),
    });
    return () => registerViewport(null);
  }, [flow, flowStore]);
  useEffect(() => {
    startSession();
    return installAutosave();
  }, []);
  useTitle();
  useElectronBridge(deps);
  useWebShortcuts(deps);
  useFileDrop();
  return deps;
}

const depsCache = new WeakMap<object, CommandDeps>();

/** Stable per flow instance, so effects that take it do not re-subscribe every render. */
function useCommandDeps(flow: ReturnType<typeof useReactFlow>): CommandDeps {
  let deps = depsCache.get(flow);
  if (deps === undefined) {
    const api = electronApi();
    deps = {
      runEditorAction: (id) => action(id).run({ flow }),
      isEditingText,
      ...(api === null ? {} : { nativeEdit: (a) => void api.nativeEdit(a) }),
    };
    depsCache.set(flow, deps);
  }
  return deps;
}
