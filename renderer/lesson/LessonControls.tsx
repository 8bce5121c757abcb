/**
 * The lesson's sliders: each edits one number of a node or edge. A drag is one undo step (a
 * gesture), and in instant mode every step of it re-simulates the run, as the inspector's
 * sliders do (the simulation follows the document; nothing here simulates). The number field
 * takes a typed value on Enter or when it loses focus.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { readFieldPath, type CircuitDocument, type LessonControl } from '../../engine/schema';
import { getSimulation } from '../sim/simulation';
import { useSimStore } from '../sim/simStore';
import { useEditorStore } from '../state/editorStore';
import { setControlValue } from './commands';
import { formatValue, stepDecimals } from './format';

function currentValue(doc: CircuitDocument, control: LessonControl): number | null {
  const element =
    doc.nodes.find((n) => n.id === control.target) ??
    doc.edges.find((e) => e.id === control.target);
  const value = element === undefined ? undefined : readFieldPath(element, control.field);
  return typeof value === 'number' ? value : null;
}

function beginDrag(): void {
  // The traces follow the drag only when every change re-simulates the whole run.
  if (useSimStore.getState().mode !== 'instant') getSimulation().controller.setMode('instant');
  useEditorStore.getState().beginGesture();
}

const endDrag = () => useEditorStore.getState().endGesture();

function ControlView({ control }: { control: LessonControl }) {
  const id = useId();
  const value = useEditorStore((s) => currentValue(s.document, control));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const step = control.step ?? (control.max - control.min) / 100;
  const decimals = stepDecimals(step);
  const unit = control.unit === undefined ? '' : ` ${control.unit}`;

  const apply = (next: number): void => {
    const outcome = useEditorStore.getState().execute(setControlValue(control, next));
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) setDraft(null);
  };
  const commit = (): void => {
    if (draft === null) return;
    const parsed = Number(draft.trim().replace(',', '.'));
    if (draft.trim() === '' || !Number.isFinite(parsed)) setError(`“${draft}” is not a number.`);
    else apply(parsed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <div className="lesson-control" data-testid={`lesson-control-${control.id}`}>
      <label className="lesson-control__label" htmlFor={id}>
        {control.label}
        {control.unit === undefined ? null : (
          <span className="lesson-control__unit"> ({control.unit})</span>
        )}
      </label>
      <div className="lesson-control__inputs">
        <input
          id={id}
          type="range"
          className="lesson-control__slider"
          min={control.min}
          max={control.max}
          step={step}
          value={value ?? control.min}
          disabled={value === null}
          aria-valuetext={value === null ? 'not set' : `${formatValue(value)}${unit}`}
          data-testid={`lesson-slider-${control.id}`}
          onPointerDown={beginDrag}
          onPointerUp={endDrag}
          onLostPointerCapture={endDrag}
          onBlur={endDrag}
          onChange={(event) => apply(Number(Number(event.target.value).toFixed(decimals)))}
        />
        <input
          type="text"
          inputMode="decimal"
          className="lesson-control__number"
          aria-label={`${control.label} value`}
          spellCheck={false}
          value={draft ?? (value === null ? '' : formatValue(value))}
          data-testid={`lesson-number-${control.id}`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </div>
      <div className="lesson-control__range">
        {formatValue(control.min)} – {formatValue(control.max)}
        {unit}
      </div>
      {value === null ? (
        <p className="lesson-control__error" role="alert">
          {`“${control.target}” has no number at ${control.field}.`}
        </p>
      ) : null}
      {error === null ? null : (
        <p
          className="lesson-control__error"
          role="alert"
          data-testid={`lesson-error-${control.id}`}
        >
          {error}
        </p>
      )}
    </div>
  );
}

export function LessonControls({ controls }: { controls: readonly LessonControl[] }) {
  if (controls.length === 0) return null;
  return (
    <section className="lesson-controls" aria-label="Sliders">
      <h3 className="lesson-panel__heading">Try it</h3>
      {controls.map((control) => (
        <ControlView key={control.id} control={control} />
      ))}
    </section>
  );
}
