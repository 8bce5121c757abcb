import { describe, expect, it } from 'vitest';
import { nextIndex } from './gridKeys';

describe('arrow keys in the card grid', () => {
  // 10 cards, 4 per row: rows [0 1 2 3] [4 5 6 7] [8 9]
  const go = (key: string, from: number) => nextIndex(key, from, 10, 4);

  it('moves along a row and stops at the ends', () => {
    expect(go('ArrowRight', 0)).toBe(1);
    expect(go('ArrowRight', 3)).toBe(4);
    expect(go('ArrowRight', 9)).toBe(9);
    expect(go('ArrowLeft', 0)).toBe(0);
  });

  it('moves between rows, staying put where no card is below or above', () => {
    expect(go('ArrowDown', 1)).toBe(5);
    expect(go('ArrowDown', 5)).toBe(9);
    expect(go('ArrowDown', 7)).toBe(7);
    expect(go('ArrowUp', 9)).toBe(5);
    expect(go('ArrowUp', 2)).toBe(2);
  });

  it('Home and End; other keys are not ours', () => {
    expect(go('Home', 6)).toBe(0);
    expect(go('End', 2)).toBe(9);
    expect(go('Enter', 2)).toBe(-1);
  });
});
