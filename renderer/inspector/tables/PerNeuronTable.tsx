/**
 * Per-neuron values as a compact table: one row per neuron (up to MAX_TABLE_ROWS; larger
 * populations take a pasted column), a paste of a column spread from the cell it lands in,
 * "Set all" for one value everywhere. The length is checked against the population size and an
 * invalid value is refused inline; each change is one undo step.
 */
import { useId, useState } from 'react';
import { CellInput } from './CellInput';
import { compact, expand, parseColumn, pasteIntoColumn } from './tableText';
import './tables.css';

export const MAX_TABLE_ROWS = 200;

export interface PerNeuronTableProps {
  /** Names the testids: `${testId}-row-3`, `${testId}-set-all`, … */
  testId: string;
  symbol: string;
  size: number;
  value: number | readonly number[];
  /** Applies the values (one number when all are equal); returns the refusal or null. */
  apply: (value: number | number[]) => string | null;
}

function toNumber(text: string): number | string {
  const trimmed = text.trim().replace(/^([-+]?\d*),(\d+)$/, '$1.$2');
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) return `“${text}” is not a number`;
  return value;
}

export function PerNeuronTable({ testId, symbol, size, value, apply }: PerNeuronTableProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [setAll, setSetAll] = useState('');
  const [pasted, setPasted] = useState('');
  const values = expand(value, size);
  const lengthProblem =
    typeof value !== 'number' && value.length !== size
      ? `${value.length} values for ${size} neurons: paste ${size} values or use Set all`
      : null;

  const applyValues = (next: number | number[]): boolean => {
    const refusal = apply(typeof next === 'number' ? next : compact(next));
    setError(refusal);
    return refusal === null;
  };
  const commitCell = (row: number, text: string): boolean => {
    const parsed = toNumber(text);
    if (typeof parsed === 'string') {
      setError(`neuron ${row}: ${parsed}`);
      return false;
    }
    const next = [...values];
    next[row] = parsed;
    return applyValues(next);
  };
  const pasteAt = (row: number, text: string): void => {
    const column = parseColumn(text);
    const placed = column.ok ? pasteIntoColumn(values, column.value, row) : column;
    if (placed.ok) applyValues(placed.value);
    else setError(placed.error);
  };
  const commitSetAll = () => {
    const parsed = toNumber(setAll);
    if (typeof parsed === 'string') setError(`Set all: ${parsed}`);
    else if (applyValues(parsed)) setSetAll('');
  };
  const commitWhole = () => {
    const column = parseColumn(pasted);
    if (!column.ok) setError(column.error);
    else if (column.value.length !== size) {
      setError(`${column.value.length} values pasted, but the population has ${size} neurons`);
    } else if (applyValues(column.value)) setPasted('');
  };

  return (
    <div className="ptable" data-testid={testId}>
      <div className="ptable__tools">
        <label htmlFor={`${id}-all`}>Set all</label>
        <input
          id={`${id}-all`}
          className="table-cell"
          type="text"
          inputMode="decimal"
          value={setAll}
          placeholder={symbol}
          data-testid={`${testId}-set-all`}
          onChange={(event) => setSetAll(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && commitSetAll()}
        />
        <button type="button" className="button button--small" onClick={commitSetAll}>
          Set
        </button>
      </div>
      {size <= MAX_TABLE_ROWS ? (
        <div className="ptable__scroll" data-table="">
          {values.map((v, row) => (
            <div className="ptable__row" key={row} data-row={row} data-col="0">
              <span className="ptable__index">{row}</span>
              <CellInput
                value={v}
                label={`${symbol} of neuron ${row}`}
                testId={`${testId}-row-${row}`}
                onCommit={(text) => commitCell(row, text)}
                onPasteMany={(text) => pasteAt(row, text)}
              />
            </div>
          ))}
        </div>
      ) : (
        <div className="ptable__paste">
          <textarea
            className="field__text field__text--multi"
            rows={3}
            value={pasted}
            placeholder={`Paste ${size} values, one a line (a spreadsheet column)`}
            aria-label={`${symbol}: paste ${size} values`}
            data-testid={`${testId}-paste`}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button type="button" className="button button--small" onClick={commitWhole}>
            Apply {size} values
          </button>
        </div>
      )}
      {(error ?? lengthProblem) === null ? null : (
        <div className="field__error" role="alert" data-testid={`${testId}-error`}>
          {error ?? lengthProblem}
        </div>
      )}
    </div>
  );
}
