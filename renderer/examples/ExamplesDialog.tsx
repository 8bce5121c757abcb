/**
 * File › Examples…: a modal dialog with the gallery, the lessons below the examples. Escape or Close dismisses it and gives the
 * focus back; opening a card closes it and goes through the unsaved-changes question.
 */
import { useEffect, useRef } from 'react';
import { ExampleCards } from './ExampleCards';
import { LESSONS } from './gallery';
import { useGalleryStore } from './galleryStore';

export function ExamplesDialog() {
  const open = useGalleryStore((s) => s.open);
  return open ? <GalleryDialog /> : null;
}

function GalleryDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => useGalleryStore.getState().hide();
  useEffect(() => {
    const element = dialog.current;
    const previous = document.activeElement;
    if (element !== null && !element.open) element.showModal();
    // Once open (a closed dialog's content cannot take the focus): the first card.
    element?.querySelector<HTMLButtonElement>('.example-card')?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog examples-dialog"
      aria-labelledby="examples-title"
      data-testid="examples-dialog"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      // Keys here choose cards; they must not reach the canvas's shortcuts (arrows nudge nodes).
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === dialog.current) close();
      }}
    >
      <header className="examples-dialog__header">
        <h2 id="examples-title" className="dialog__title">
          Examples
        </h2>
        <p className="examples-dialog__hint">
          Arrow keys choose, Enter opens. Each opens as a new copy: Save asks where to keep it.
        </p>
        <button type="button" className="button" data-testid="examples-close" onClick={close}>
          Close
        </button>
      </header>
      <div className="examples-dialog__body">
        <ExampleCards />
        <h3 className="examples-dialog__group">Lessons</h3>
        <ExampleCards entries={LESSONS} label="Lessons" />
      </div>
    </dialog>
  );
}
