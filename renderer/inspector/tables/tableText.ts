/**
 * Pasted text → numbers for the inspector's tables: a column of per-neuron values (one a line,
 * as a spreadsheet column copies; or separated by commas, tabs, semicolons, spaces) and a grid
 * of weights (CSV or TSV, one row a line). Errors name the row and column. Sizes are checked
 * against the population or the projection's ends before anything is applied.
 */
import type { Parsed } from '../parseInput';

function toNumber(token: string, where: string): Parsed<number> {
  // A decimal comma ("0,5") where commas cannot be separators (one value in the cell).
  const text = /^[-+]?\d*,\d+$/.test(token) ? token.replace(',', '.') : token;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) {
    return { ok: false, error: `${where}: “${token}” is not a number` };
  }
  if (!Number.isFinite(value)) return { ok: false, error: `${where}: must be a finite number` };
  return { ok: true, value };
}

function lines(text: string): string[] {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  while (all.length > 0 && all[all.length - 1]!.trim() === '') all.pop();
  return all;
}

/** Cells of one line: tabs (TSV) first, then semicolons, then commas or spaces. */
function cells(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed === '') return [];
  if (trimmed.includes('\t')) return trimmed.split('\t').map((c) => c.trim());
  if (trimmed.includes(';')) return trimmed.split(';').map((c) => c.trim());
  return trimmed.split(/[\s,]+/).filter((c) => c !== '');
}

/** A column of numbers: one a line, or a single line of separated values. */
export function parseColumn(text: string): Parsed<number[]> {
  const rows = lines(text);
  const values: number[] = [];
  if (rows.length <= 1) {
    const parts = cells(rows[0] ?? '');
    for (const [k, part] of parts.entries()) {
      const parsed = toNumber(part, `value ${k + 1}`);
      if (!parsed.ok) return parsed;
      values.push(parsed.value);
    }
  } else {
    for (const [k, row] of rows.entries()) {
      const token = row.trim().split('\t')[0]!.trim();
      const parsed = toNumber(token, `line ${k + 1}`);
      if (!parsed.ok) return parsed;
      values.push(parsed.value);
    }
  }
  if (values.length === 0) return { ok: false, error: 'Nothing to paste: no numbers found' };
  return { ok: true, value: values };
}

/** A grid of numbers (CSV or TSV); every row must have as many cells as the first. */
export function parseGrid(text: string): Parsed<number[][]> {
  const rows = lines(text);
  if (rows.length === 0) return { ok: false, error: 'Nothing to paste: no numbers found' };
  const grid: number[][] = [];
  for (const [r, line] of rows.entries()) {
    const parts = cells(line);
    const row: number[] = [];
    for (const [c, part] of parts.entries()) {
      const parsed = toNumber(part, `row ${r + 1}, column ${c + 1}`);
      if (!parsed.ok) return parsed;
      row.push(parsed.value);
    }
    if (grid.length > 0 && row.length !== grid[0]!.length) {
      return {
        ok: false,
        error: `row ${r + 1} has ${row.length} values but row 1 has ${grid[0]!.length}`,
      };
    }
    grid.push(row);
  }
  return { ok: true, value: grid };
}

/** `values` with `pasted` written from index `at` on; refused when it runs past the end. */
export function pasteIntoColumn(
  values: readonly number[],
  pasted: readonly number[],
  at: number,
): Parsed<number[]> {
  if (at + pasted.length > values.length) {
    return {
      ok: false,
      error: `${pasted.length} values pasted at neuron ${at}, but the population has ${values.length} neurons (only ${values.length - at} fit)`,
    };
  }
  const next = [...values];
  pasted.forEach((v, k) => (next[at + k] = v));
  return { ok: true, value: next };
}

/** `grid` with the block `pasted` written from (row, col) on; refused when it does not fit. */
export function pasteIntoGrid(
  grid: readonly (readonly number[])[],
  pasted: readonly (readonly number[])[],
  row: number,
  col: number,
): Parsed<number[][]> {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const width = pasted[0]?.length ?? 0;
  if (row + pasted.length > rows || col + width > cols) {
    return {
      ok: false,
      error: `a ${pasted.length} × ${width} block pasted at row ${row}, column ${col} does not fit the ${rows} × ${cols} matrix`,
    };
  }
  const next = grid.map((r) => [...r]);
  pasted.forEach((r, i) => r.forEach((v, j) => (next[row + i]![col + j] = v)));
  return { ok: true, value: next };
}

/** A whole matrix must be target × source (one row per target neuron, one column per source). */
export function checkMatrixShape(
  grid: readonly (readonly number[])[],
  targetSize: number,
  sourceSize: number,
): string | null {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (rows === targetSize && cols === sourceSize) return null;
  const transposed = rows === sourceSize && cols === targetSize && rows !== cols;
  return `The matrix must be ${targetSize} × ${sourceSize} (a row per target neuron, a column per source neuron), but it is ${rows} × ${cols}${transposed ? ': it looks transposed' : ''}`;
}

/** A per-neuron value as one number per neuron. */
export function expand(value: number | readonly number[], size: number): number[] {
  return typeof value === 'number' ? Array.from({ length: size }, () => value) : [...value];
}

/** One number when every neuron has the same value (a shorter file), else the list. */
export function compact(values: readonly number[]): number | number[] {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0]! : [...values];
}
