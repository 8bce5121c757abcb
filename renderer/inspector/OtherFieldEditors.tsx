/**
 * The non-numeric inspector fields: a choice (probe variable, connection rule, input order),
 * spike-time lists (one line per neuron), a probe's neuron set, and plain text (the circuit's
 * name). Each shows its refusal inline and keeps the typed text until it is fixed or undone.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ChoiceField } from '../../engine/schema';
import type { ApplyValue } from './applyEdit';
import type { Parsed } from './parseInput';

function Shell(props: {
  id: string;
  fieldKey: string;
  label: string;
  hint: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <div
      className={`field${props.error === null ? '' : ' field--invalid'}`}
      data-field={props.fieldKey}
    >
      <label className="field__label" htmlFor={props.id}>
        <span className="field__symbol">{props.label}</span>
      </label>
      <div className="field__controls">{props.children}</div>
      <div className="field__hint">{props.hint}</div>
      {props.error === null ? null : (
        <div className="field__error" role="alert" data-testid={`error-${props.fieldKey}`}>
          {props.error}
        </div>
      )}
    </div>
  );
}

export function ChoiceFieldEditor(props: {
  field: ChoiceField;
  value: string | 'mixed';
  apply: ApplyValue;
}) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const { field } = props;
  return (
    <Shell id={id} fieldKey={field.key} label={field.symbol} hint={field.name} error={error}>
      <select
        id={id}
        className="field__select"
        value={props.value === 'mixed' ? '' : props.value}
        data-testid={`field-${field.key}`}
        aria-invalid={error !== null}
        onChange={(event) => setError(props.apply(event.target.value))}
      >
        {props.value === 'mixed' ? <option value="">mixed</option> : null}
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export interface TextFieldEditorProps<T> {
  fieldKey: string;
  label: string;
  hint: string;
  /** The value as text. */
  text: string;
  multiline?: boolean;
  parse: (text: string) => Parsed<T>;
  apply: (value: T) => string | null;
}

/** A text field applied on Enter (Ctrl+Enter in a multi-line field) or when it loses focus. */
export function TextFieldEditor<T>(props: TextFieldEditorProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const parsed = props.parse(draft);
    const refusal = parsed.ok ? props.apply(parsed.value) : parsed.error;
    setError(refusal);
    if (refusal === null) setDraft(null);
  };
  const common = {
    id,
    value: draft ?? props.text,
    spellCheck: false,
    'aria-invalid': error !== null,
    'data-testid': `field-${props.fieldKey}`,
    onBlur: commit,
  };
  return (
    <Shell id={id} fieldKey={props.fieldKey} label={props.label} hint={props.hint} error={error}>
      {props.multiline ? (
        <textarea
          {...common}
          className="field__text field__text--multi"
          rows={Math.min(6, Math.max(2, (draft ?? props.text).split('\n').length))}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) commit();
          }}
        />
      ) : (
        <input
          {...common}
          className="field__text"
          type="text"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape' && draft !== null) {
              event.stopPropagation();
              setDraft(null);
              setError(null);
            }
          }}
        />
      )}
    </Shell>
  );
}
