/**
 * A projection's weight matrix W[post][pre]: a grid of cells for small matrices (↑/↓ and Enter
 * move between rows, Tab along a row; a pasted block lands from the cell it is pasted in), and
 * for any size a CSV/TSV paste of the whole matrix, checked against target × source neurons.
 * Each change is one undo step; a refusal shows inline and changes nothing.
 */
import { useState } from 'react';
import { useEditorStore } from '../../state/editorStore';
import { CellInput } from './CellInput';
import { setMatrix } from './tableEdits';
import { parseGrid, pasteIntoGrid } from './tableText';
import './tables.css';

/** Larger matrices are edited by pasting them whole. */
export const MAX_GRID_SIDE = 16;

export function MatrixEditor(props: {
  edgeId: string;
  weights: readonly (readonly number[])[];
  targetSize: number;
  sourceSize: number;
}) {
  const { edgeId, weights, targetSize, sourceSize } = props;
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const apply = (next: number[][]): boolean => {
    const outcome = useEditorStore.getState().execute(setMatrix(edgeId, next));
    setError(outcome.ok ? null : outcome.error);
    return outcome.ok;
  };
  const commitCell = (row: number, col: number, cell: string): boolean => {
    const value = Number(cell.trim().replace(/^([-+]?\d*),(\d+)$/, '$1.$2'));
    if (cell.trim() === '' || !Number.isFinite(value)) {
      setError(`row ${row}, column ${col}: “${cell}” is not a number`);
      return false;
    }
    const next = weights.map((r) => [...r]);
    next[row]![col] = value;
    return apply(next);
  };
  const pasteAt = (row: number, col: number, pasted: string) => {
    const grid = parseGrid(pasted);
    const placed = grid.ok ? pasteIntoGrid(weights, grid.value, row, col) : grid;
    if (placed.ok) apply(placed.value);
    else setError(placed.error);
  };
  const applyText = () => {
    const grid = parseGrid(text);
    if (!grid.ok) setError(grid.error);
    else if (apply(grid.value)) setText('');
  };
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  const small = rows <= MAX_GRID_SIDE && cols <= MAX_GRID_SIDE;
  return (
    <div className={`mfield${error === null ? '' : ' field--invalid'}`} data-testid="matrix-editor">
      <div className="field__label">
        weight matrix{' '}
        <span className="field__unit">
          {rows} × {cols} (target × source)
        </span>
      </div>
      {small ? (
        <div className="mgrid__scroll">
          <table className="mgrid" data-table="">
            <thead>
              <tr>
                <th scope="col" aria-label="target neuron" />
                {weights[0]?.map((_, c) => (
                  <th key={c} scope="col" title={`source neuron ${c}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weights.map((row, r) => (
                <tr key={r}>
                  <th scope="row" title={`target neuron ${r}`}>
                    {r}
                  </th>
                  {row.map((w, c) => (
                    <td key={c} data-row={r} data-col={c}>
                      <CellInput
                        value={w}
                        label={`weight to target ${r} from source ${c}`}
                        testId={`matrix-${r}-${c}`}
                        onCommit={(cell) => commitCell(r, c, cell)}
                        onPasteMany={(pasted) => pasteAt(r, c, pasted)}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="inspector__note">Too large for a grid: paste the whole matrix below.</p>
      )}
      <textarea
        className="field__text field__text--multi"
        rows={3}
        value={text}
        placeholder={`Paste ${targetSize} rows of ${sourceSize} values (CSV or TSV)`}
        aria-label="paste the weight matrix as CSV or TSV"
        data-testid="matrix-paste"
        onChange={(event) => setText(event.target.value)}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="matrix-paste-apply"
        disabled={text.trim() === ''}
        onClick={applyText}
      >
        Apply pasted matrix
      </button>
      {error === null ? null : (
        <div className="field__error" role="alert" data-testid="error-matrix">
          {error}
        </div>
      )}
    </div>
  );
}
