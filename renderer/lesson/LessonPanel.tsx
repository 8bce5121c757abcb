/**
 * The lesson side panel, shown when the open document has a `lesson`: its title and text (with
 * maths), the steps with their checks, the lesson's sliders, and Reset lesson (after a
 * confirmation; one undo step). Collapsible to a narrow strip.
 */
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../state/editorStore';
import { resetLesson } from './commands';
import { LessonControls } from './LessonControls';
import { LessonMarkdown } from './LessonMarkdown';
import { LessonSteps } from './LessonSteps';
import { useLessonStore } from './lessonStore';
import './lesson.css';

function ResetLesson() {
  const confirming = useLessonStore((s) => s.confirmingReset);
  const ui = useLessonStore.getState();
  const confirm = useRef<HTMLDivElement>(null);
  // The question opens at the foot of the panel, often below its fold: bring its buttons in view.
  useEffect(() => {
    if (confirming) confirm.current?.scrollIntoView({ block: 'nearest' });
  }, [confirming]);
  const reset = () => {
    const editor = useEditorStore.getState();
    editor.execute(resetLesson(editor.opened));
    useLessonStore.getState().restart();
  };
  if (!confirming) {
    return (
      <button
        type="button"
        className="button lesson-reset"
        data-testid="lesson-reset"
        onClick={() => ui.setConfirmingReset(true)}
      >
        ⟲ Reset lesson
      </button>
    );
  }
  return (
    <div ref={confirm} className="lesson-confirm" role="alertdialog" aria-label="Reset lesson?">
      <p>Put the circuit back as the lesson started? Your changes go (Undo brings them back).</p>
      <div className="lesson-confirm__buttons">
        <button
          type="button"
          className="button button--danger"
          data-testid="lesson-reset-confirm"
          onClick={reset}
        >
          Reset
        </button>
        <button type="button" className="button" onClick={() => ui.setConfirmingReset(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function LessonPanel() {
  const lesson = useEditorStore((s) => s.document.lesson);
  const opened = useEditorStore((s) => s.opened);
  const collapsed = useLessonStore((s) => s.collapsed);
  useEffect(() => useLessonStore.getState().follow(opened), [opened]);
  if (lesson === undefined) return null;
  const setCollapsed = useLessonStore.getState().setCollapsed;

  if (collapsed) {
    return (
      <aside
        className="lesson-panel lesson-panel--collapsed"
        aria-label="Lesson"
        data-testid="lesson-panel"
      >
        <button
          type="button"
          className="lesson-panel__toggle"
          aria-expanded="false"
          aria-label={`Show the lesson: ${lesson.title}`}
          title={`Show the lesson: ${lesson.title}`}
          data-testid="lesson-expand"
          onClick={() => setCollapsed(false)}
        >
          <span aria-hidden="true">«</span>
          <span className="lesson-panel__vertical">Lesson</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className="lesson-panel" aria-label="Lesson" data-testid="lesson-panel">
      <header className="lesson-panel__header">
        <h2 className="lesson-panel__title" data-testid="lesson-title">
          {lesson.title}
        </h2>
        <button
          type="button"
          className="lesson-panel__toggle"
          aria-expanded="true"
          aria-label="Hide the lesson"
          title="Hide the lesson"
          data-testid="lesson-collapse"
          onClick={() => setCollapsed(true)}
        >
          »
        </button>
      </header>
      <div className="lesson-panel__body">
        <LessonMarkdown text={lesson.markdown} testId="lesson-text" />
        <LessonSteps steps={lesson.steps} />
        <LessonControls controls={lesson.controls} />
        <ResetLesson />
      </div>
    </aside>
  );
}
