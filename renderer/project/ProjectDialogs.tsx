/**
 * What the window says about files: the Save / Don't save / Cancel question, the message of the
 * last file operation (an open that failed, with the JSON path), and drafts to restore.
 */
import { useEffect, useRef } from 'react';
import type { DraftRecord } from './drafts';
import { discardDraft } from './draftService';
import { restore } from './fileActions';
import { displayName, useProjectStore } from './projectStore';
import { useEditorStore } from '../state/editorStore';

function UnsavedDialog() {
  const question = useProjectStore((s) => s.question);
  const fileName = useProjectStore((s) => s.fileName);
  const document = useEditorStore((s) => s.document);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (question !== null && !element.open) element.showModal();
    if (question === null && element.open) element.close();
  }, [question]);
  if (question === null) return null;
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="unsaved-title"
      data-testid="unsaved-dialog"
      onCancel={(event) => {
        event.preventDefault();
        question.answer('cancel');
      }}
    >
      <h2 id="unsaved-title" className="dialog__title">
        Save changes to “{displayName(fileName, document)}”?
      </h2>
      <p>Your changes will be lost if you {question.action} without saving.</p>
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={() => question.answer('cancel')}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => question.answer('discard')}
        >
          Don’t save
        </button>
        <button
          type="button"
          className="button button--primary"
          autoFocus
          onClick={() => question.answer('save')}
        >
          Save
        </button>
      </div>
    </dialog>
  );
}

function ProjectMessageBar() {
  const message = useProjectStore((s) => s.message);
  useEffect(() => {
    if (message === null || message.tone !== 'info') return;
    const timer = setTimeout(() => {
      if (useProjectStore.getState().message?.id === message.id)
        useProjectStore.getState().dismissMessage();
    }, 5000);
    return () => clearTimeout(timer);
  }, [message]);
  if (message === null) return null;
  return (
    <div
      className={`project-message project-message--${message.tone}`}
      role={message.tone === 'error' ? 'alert' : 'status'}
      data-testid="project-message"
    >
      <p className="project-message__text">{message.text}</p>
      {message.details.length === 0 ? null : (
        <ul className="project-message__details">
          {message.details.map((line, k) => (
            <li key={k}>{line}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="project-message__close"
        aria-label="Dismiss"
        onClick={() => useProjectStore.getState().dismissMessage()}
      >
        ×
      </button>
    </div>
  );
}

function timeOf(draft: DraftRecord): string {
  return new Date(draft.savedAtMs).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

function RestorePrompt() {
  const restorable = useProjectStore((s) => s.restorable);
  if (restorable.length === 0) return null;
  return (
    <section className="restore" aria-label="Unsaved work to restore" data-testid="restore-prompt">
      <h2 className="restore__title">Spikeboard closed before this work was saved</h2>
      <ul className="restore__list">
        {restorable.map((draft) => (
          <li key={draft.sessionId} className="restore__item">
            <span>
              <strong>{draft.fileName ?? draft.documentName}</strong> · changed {timeOf(draft)}
            </span>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void restore(draft)}
            >
              Restore
            </button>
            <button type="button" className="button" onClick={() => void discardDraft(draft)}>
              Discard
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ProjectDialogs() {
  return (
    <>
      <ProjectMessageBar />
      <RestorePrompt />
      <UnsavedDialog />
    </>
  );
}
