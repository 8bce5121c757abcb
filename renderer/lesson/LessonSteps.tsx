/**
 * The lesson's steps as a list: the current one open (its text and its checks, each with a
 * Check button and the last result), the others one line each; Previous and Next move on.
 */
import type { LessonCheck, LessonStep } from '../../engine/schema';
import { useEditorStore } from '../state/editorStore';
import { checkDisplay, stepDone } from './checkDisplay';
import { runChecks } from './checks';
import { LessonMarkdown } from './LessonMarkdown';
import { useLessonStore } from './lessonStore';

function CheckView({ check }: { check: LessonCheck }) {
  const document = useEditorStore((s) => s.document);
  const state = useLessonStore((s) => s.checks[check.id]);
  const display = checkDisplay(state, document);
  return (
    <li
      className={`lesson-check lesson-check--${display.tone}${display.stale ? ' lesson-check--stale' : ''}`}
      data-testid={`lesson-check-${check.id}`}
      data-status={display.tone}
      data-stale={display.stale}
    >
      <div className="lesson-check__head">
        <span className="lesson-check__mark" aria-hidden="true">
          {display.mark}
        </span>
        <span className="lesson-check__description">{check.description}</span>
        <button
          type="button"
          className="button lesson-check__button"
          data-testid={`lesson-check-button-${check.id}`}
          disabled={display.tone === 'running'}
          onClick={() => void runChecks([check.id])}
        >
          Check
        </button>
      </div>
      {display.tone === 'none' ? null : (
        <div
          className="lesson-check__result"
          role="status"
          data-testid={`lesson-result-${check.id}`}
        >
          <strong>{display.headline}</strong>
          {display.lines.length === 0 ? null : (
            <ul className="lesson-check__lines">
              {display.lines.map((line, k) => (
                <li key={k} className={line.holds ? 'holds' : 'fails'}>
                  {line.holds ? '✓' : '✗'} {line.text}
                </li>
              ))}
            </ul>
          )}
          {display.stale ? (
            <p className="lesson-check__stale">
              The circuit has changed since this result: press Check again.
            </p>
          ) : null}
        </div>
      )}
    </li>
  );
}

function StepHeader({ step, index, open }: { step: LessonStep; index: number; open: boolean }) {
  const document = useEditorStore((s) => s.document);
  const done = useLessonStore((s) =>
    stepDone(
      step.checks.map((c) => c.id),
      s.checks,
      document,
    ),
  );
  return (
    <button
      type="button"
      className="lesson-step__head"
      aria-expanded={open}
      data-testid={`lesson-step-${step.id}`}
      onClick={() => useLessonStore.getState().setStep(index)}
    >
      <span className={`lesson-step__number${done ? ' lesson-step__number--done' : ''}`}>
        {done ? '✓' : index + 1}
      </span>
      <span className="lesson-step__title">{step.title}</span>
    </button>
  );
}

export function LessonSteps({ steps }: { steps: readonly LessonStep[] }) {
  const current = Math.min(
    useLessonStore((s) => s.stepIndex),
    steps.length - 1,
  );
  if (steps.length === 0) return null;
  const step = steps[current]!;
  const setStep = useLessonStore.getState().setStep;
  return (
    <ol className="lesson-steps" aria-label="Steps">
      {steps.map((s, index) => (
        <li key={s.id} className={`lesson-step${index === current ? ' lesson-step--open' : ''}`}>
          <StepHeader step={s} index={index} open={index === current} />
          {index !== current ? null : (
            <div className="lesson-step__body" data-testid="lesson-current-step">
              <LessonMarkdown text={step.markdown} />
              {step.checks.length === 0 ? null : (
                <ul className="lesson-checks">
                  {step.checks.map((check) => (
                    <CheckView key={check.id} check={check} />
                  ))}
                </ul>
              )}
              <div className="lesson-step__nav">
                <button
                  type="button"
                  className="button"
                  disabled={current === 0}
                  onClick={() => setStep(current - 1)}
                >
                  ← Previous
                </button>
                <span>
                  Step {current + 1} of {steps.length}
                </span>
                <button
                  type="button"
                  className="button"
                  data-testid="lesson-next-step"
                  disabled={current === steps.length - 1}
                  onClick={() => setStep(current + 1)}
                >
                  Next →
                </button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
