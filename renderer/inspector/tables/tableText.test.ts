import { describe, expect, it } from 'vitest';
import {
  checkMatrixShape,
  compact,
  expand,
  parseColumn,
  parseGrid,
  pasteIntoColumn,
  pasteIntoGrid,
} from './tableText';

describe('pasted columns', () => {
  it('reads a spreadsheet column, a separated line, decimal commas and CRLF', () => {
    expect(parseColumn('1\n2.5\n-3\n')).toEqual({ ok: true, value: [1, 2.5, -3] });
    expect(parseColumn('10, 20 30;40')).toEqual({ ok: false, error: expect.any(String) });
    expect(parseColumn('10, 20 30')).toEqual({ ok: true, value: [10, 20, 30] });
    expect(parseColumn('0,5\r\n0,75\r\n')).toEqual({ ok: true, value: [0.5, 0.75] });
    expect(parseColumn('7\t99\n8\t98')).toEqual({ ok: true, value: [7, 8] });
  });

  it('names the line of a value that is not a number, and refuses empty text', () => {
    expect(parseColumn('1\nx\n3')).toEqual({ ok: false, error: 'line 2: “x” is not a number' });
    expect(parseColumn('1\nInfinity')).toEqual({
      ok: false,
      error: 'line 2: must be a finite number',
    });
    expect(parseColumn('  \n')).toMatchObject({ ok: false, error: /no numbers/ });
  });

  it('writes a paste from a row on, refusing one that runs past the population', () => {
    expect(pasteIntoColumn([0, 0, 0, 0], [5, 6], 1)).toEqual({ ok: true, value: [0, 5, 6, 0] });
    expect(pasteIntoColumn([0, 0, 0], [5, 6, 7], 1)).toEqual({
      ok: false,
      error: '3 values pasted at neuron 1, but the population has 3 neurons (only 2 fit)',
    });
  });

  it('expands one value to every neuron and compacts equal values back', () => {
    expect(expand(4, 3)).toEqual([4, 4, 4]);
    expect(compact([4, 4, 4])).toBe(4);
    expect(compact([4, 5])).toEqual([4, 5]);
  });
});

describe('pasted grids', () => {
  it('reads CSV, TSV and semicolon-separated rows', () => {
    expect(parseGrid('1,2\n3,4')).toEqual({
      ok: true,
      value: [
        [1, 2],
        [3, 4],
      ],
    });
    expect(parseGrid('1\t-2\n0.5\t4\n')).toEqual({
      ok: true,
      value: [
        [1, -2],
        [0.5, 4],
      ],
    });
    expect(parseGrid('1;2,5\n3;4')).toEqual({
      ok: true,
      value: [
        [1, 2.5],
        [3, 4],
      ],
    });
  });

  it('names the row and column of a bad cell, and ragged rows', () => {
    expect(parseGrid('1,2\n3,oops')).toEqual({
      ok: false,
      error: 'row 2, column 2: “oops” is not a number',
    });
    expect(parseGrid('1,2\n3')).toEqual({ ok: false, error: 'row 2 has 1 values but row 1 has 2' });
  });

  it('pastes a block at a cell and refuses one that does not fit', () => {
    const grid = [
      [0, 0, 0],
      [0, 0, 0],
    ];
    expect(pasteIntoGrid(grid, [[1, 2]], 1, 1)).toEqual({
      ok: true,
      value: [
        [0, 0, 0],
        [0, 1, 2],
      ],
    });
    expect(pasteIntoGrid(grid, [[1, 2]], 1, 2)).toMatchObject({ ok: false, error: /does not fit/ });
  });

  it('checks a whole matrix against target × source and spots a transposed one', () => {
    expect(checkMatrixShape([[1, 2, 3]], 1, 3)).toBeNull();
    expect(checkMatrixShape([[1], [2], [3]], 1, 3)).toMatch(
      /must be 1 × 3.*3 × 1: it looks transposed/,
    );
  });
});
