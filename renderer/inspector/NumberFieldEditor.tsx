/**
 * One numeric parameter: a number field (type, Enter to apply, Escape to undo the typing,
 * ↑/↓ to step, Shift for ×10) and a slider, with unit, range, default and the Norse equivalent.
 * Invalid input is shown under the field and never applied.
 */
import { memo, useId, useState, type KeyboardEvent } from 'react';
import type { NumberField } from '../../engine/schema';
import { formatPerNeuron } from '../nodes/format';
import { beginScrub, endScrub, type ApplyValue } from './applyEdit';
import { defaultText, norseText, rangeText } from './fieldText';
import { parseNumberInput } from './parseInput';

export type NumberFieldValue = number | readonly number[] | undefined | 'mixed';

export interface NumberFieldEditorProps {
  field: NumberField;
  value: NumberFieldValue;
  apply: ApplyValue;
}

function placeholder(value: NumberFieldValue): string {
  if (value === 'mixed') return 'mixed values';
  if (Array.isArray(value)) return `per neuron: ${formatPerNeuron(value)}`;
  return value === undefined ? 'not set' : '';
}

/** Memoised: it re-renders when its field, value or apply function changes, not per edit. */
export const NumberFieldEditor = memo(function NumberFieldEditor({
  field,
  value,
  apply,
}: NumberFieldEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = typeof value === 'number' ? value : undefined;
  const text = draft ?? (current === undefined ? '' : String(current));

  const applyValue = (next: number | undefined): boolean => {
    const refusal = apply(next);
    setError(refusal);
    if (refusal === null) setDraft(null);
    return refusal === null;
  };

  const commit = () => {
    if (draft === null) return;
    const parsed = parseNumberInput(draft, field);
    if (!parsed.ok) setError(parsed.error);
    else applyValue(parsed.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    else if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
      setError(null);
    } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && current !== undefined) {
      event.preventDefault();
      const step = (field.slider?.step ?? 1) * (event.shiftKey ? 10 : 1);
      const next = current + (event.key === 'ArrowUp' ? step : -step);
      applyValue(Number(next.toPrecision(12)));
    }
  };

  const slider = field.slider;
  const norse = norseText(field, current);
  const hint = [field.name, rangeText(field), defaultText(field)]
    .filter((s) => s !== '')
    .join(' · ');
  return (
    <div className={`field${error === null ? '' : ' field--invalid'}`} data-field={field.key}>
      <label className="field__label" htmlFor={id}>
        <span className="field__symbol">{field.symbol}</span>
        {field.unit === '' ? null : <span className="field__unit">{field.unit}</span>}
      </label>
      <div className="field__controls">
        <input
          id={id}
          className="field__number"
          type="text"
          inputMode="decimal"
          spellCheck={false}
          value={text}
          placeholder={placeholder(value)}
          aria-invalid={error !== null}
          aria-describedby={`${id}-hint${error === null ? '' : ` ${id}-error`}`}
          data-testid={`field-${field.key}`}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        {slider === undefined ? null : (
          <input
            className="field__slider"
            type="range"
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={current ?? field.defaultValue ?? slider.min}
            aria-label={`${field.symbol} slider`}
            data-testid={`slider-${field.key}`}
            onPointerDown={beginScrub}
            onPointerUp={endScrub}
            onLostPointerCapture={endScrub}
            onBlur={endScrub}
            onChange={(event) => applyValue(Number(event.target.value))}
          />
        )}
      </div>
      <div className="field__hint" id={`${id}-hint`}>
        {hint}
        {norse === null ? null : <span className="field__norse"> · Norse {norse}</span>}
      </div>
      {error === null ? null : (
        <div
          className="field__error"
          id={`${id}-error`}
          role="alert"
          data-testid={`error-${field.key}`}
        >
          {error}
        </div>
      )}
    </div>
  );
});
