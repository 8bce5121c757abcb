import { describe, expect, it } from 'vitest';
import { example } from '../commands/testCircuit';
import { EMPTY_HISTORY, HISTORY_LIMIT, record, redo, undo } from './history';

describe('undo history', () => {
  it('undoes and redoes whole documents, with the label of the step', () => {
    const a = example();
    const b = { ...a, name: 'b' };
    const c = { ...a, name: 'c' };
    let history = record(EMPTY_HISTORY, a, 'Rename to b');
    history = record(history, b, 'Rename to c');
    const back = undo(history, c)!;
    expect(back.document).toBe(b);
    expect(back.label).toBe('Rename to c');
    const back2 = undo(back.history, back.document)!;
    expect(back2.document).toBe(a);
    expect(undo(back2.history, a)).toBeNull();
    const forward = redo(back2.history, a)!;
    expect(forward.document).toBe(b);
    expect(redo(forward.history, b)!.document).toBe(c);
  });

  it('drops the redo stack on a new edit, and the oldest steps past the limit', () => {
    const a = example();
    let history = record(EMPTY_HISTORY, a, 'one');
    history = undo(history, { ...a, name: 'x' })!.history;
    expect(history.future).toHaveLength(1);
    history = record(history, a, 'two');
    expect(history.future).toHaveLength(0);
    for (let k = 0; k < HISTORY_LIMIT + 10; k++) history = record(history, a, `step ${k}`);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past.at(-1)!.label).toBe(`step ${HISTORY_LIMIT + 9}`);
  });
});
