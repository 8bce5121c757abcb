/**
 * The File part of the toolbar: New, Open…, Save, Save As…, Open Recent, and the file's name
 * with a dot while it has unsaved changes. The same commands as the native menu (Electron) and
 * the shortcuts (browser); the buttons work in both.
 */
import { useState } from 'react';
import { formatCombo } from '../commands/keys';
import { showExamples } from '../examples/galleryStore';
import { platform } from '../platform/detect';
import type { RecentEntry } from '../platform/types';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { newDocument, openFile, openRecent, saveFile, saveFileAs } from './fileActions';
import { displayName, useDirty, useProjectStore } from './projectStore';
import './project.css';

function FileButton(props: {
  label: string;
  keys: string;
  testId: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="file-menu__button"
      title={`${props.label} (${formatCombo(props.keys)})`}
      data-testid={props.testId}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.label}
    </button>
  );
}

function RecentMenu({ disabled }: { disabled: boolean }) {
  const [entries, setEntries] = useState<RecentEntry[] | null>(null);
  const close = () => setEntries(null);
  return (
    <div className="file-menu__recent">
      <button
        type="button"
        className="file-menu__button"
        aria-haspopup="menu"
        aria-expanded={entries !== null}
        data-testid="file-recent"
        disabled={disabled}
        onClick={() => {
          if (entries !== null) close();
          else void platform().listRecent().then(setEntries);
        }}
      >
        Recent ▾
      </button>
      {entries === null ? null : (
        <ul
          className="file-menu__list"
          role="menu"
          onKeyDown={(e) => e.key === 'Escape' && close()}
        >
          {entries.length === 0 ? (
            <li className="file-menu__empty" role="none">
              No recent files
            </li>
          ) : (
            entries.map((entry) => (
              <li key={entry.id} role="none">
                <button
                  type="button"
                  role="menuitem"
                  onClick={() => {
                    close();
                    void openRecent(entry.id);
                  }}
                >
                  {entry.name}
                  {entry.folder === null ? null : (
                    <span className="file-menu__folder"> — {entry.folder}</span>
                  )}
                </button>
              </li>
            ))
          )}
        </ul>
      )}
    </div>
  );
}

export function FileMenu() {
  const busy = useProjectStore((s) => s.busy);
  const fileName = useProjectStore((s) => s.fileName);
  const document = useEditorStore((s) => s.document);
  const dirty = useDirty();
  const download = platform().saving === 'download';
  return (
    <div className="file-menu" role="toolbar" aria-label="File">
      <FileButton
        label="New"
        keys="Mod+N"
        testId="file-new"
        onClick={() => void newDocument()}
        disabled={busy}
      />
      <FileButton
        label="Open…"
        keys="Mod+O"
        testId="file-open"
        onClick={() => void openFile()}
        disabled={busy}
      />
      <button
        type="button"
        className="file-menu__button"
        title="Examples…: open one of the example circuits"
        data-testid="file-examples"
        disabled={busy}
        onClick={showExamples}
      >
        Examples…
      </button>
      <FileButton
        label={download ? 'Download' : 'Save'}
        keys="Mod+S"
        testId="file-save"
        onClick={() => void saveFile()}
        disabled={busy}
      />
      <FileButton
        label="Save As…"
        keys="Mod+Shift+S"
        testId="file-save-as"
        onClick={() => void saveFileAs()}
        disabled={busy}
      />
      <FileButton
        label="Export…"
        keys="Mod+E"
        testId="file-export"
        onClick={() => useViewStore.getState().openDialog('export')}
      />
      <RecentMenu disabled={busy} />
      <span
        className="file-menu__name"
        data-testid="file-name"
        title={dirty ? 'Unsaved changes' : 'Saved'}
      >
        {displayName(fileName, document)}
        {dirty ? (
          <span className="file-menu__dirty" data-testid="file-dirty" aria-label="unsaved changes">
            {' •'}
          </span>
        ) : null}
      </span>
    </div>
  );
}
