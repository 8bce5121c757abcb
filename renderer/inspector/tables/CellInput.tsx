/**
 * One cell of an inspector table: typed text is a draft until Enter or leaving the cell applies
 * it (Escape drops it); ↑/↓ and Enter move to the cell above or below; a paste of several values goes to
 * `onPasteMany` (the table spreads it from this cell on) instead of into the cell.
 */
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';

export interface CellInputProps {
  value: number;
  label: string;
  testId: string;
  /** Applies the typed text; returns false when it was refused (the draft stays). */
  onCommit: (text: string) => boolean;
  /** Text pasted that holds more than one value. */
  onPasteMany?: (text: string) => void;
}

export function CellInput(props: CellInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (): boolean => {
    if (draft === null) return true;
    const ok = props.onCommit(draft);
    if (ok) setDraft(null);
    return ok;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      if (commit()) moveFocus(event.currentTarget, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && draft !== null) {
      event.stopPropagation();
      setDraft(null);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (commit()) moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (props.onPasteMany === undefined || !/[\n\t,;]|\S\s+\S/.test(text.trim())) return;
    event.preventDefault();
    setDraft(null);
    props.onPasteMany(text);
  };
  return (
    <input
      className="table-cell"
      type="text"
      inputMode="decimal"
      spellCheck={false}
      aria-label={props.label}
      data-testid={props.testId}
      value={draft ?? String(props.value)}
      aria-invalid={draft !== null && draft.trim() === '' ? true : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void commit()}
      onPaste={onPaste}
    />
  );
}

/** Focuses the cell `rows` below (negative: above) `from` in the same table and column. */
export function moveFocus(from: HTMLElement | null, rows: number): void {
  const table = from?.closest('[data-table]');
  const cell = from?.closest('[data-row]');
  if (!table || !cell) return;
  const row = Number(cell.getAttribute('data-row')) + rows;
  const col = cell.getAttribute('data-col') ?? '0';
  table.querySelector<HTMLInputElement>(`[data-row="${row}"][data-col="${col}"] input`)?.focus();
}
