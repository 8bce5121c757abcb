import { describe, expect, it } from 'vitest';
import { followYRange, yRangeOf } from './yScale';

describe('value range', () => {
  it('fits what is shown with a 6 % margin, or keeps the fixed range', () => {
    expect(yRangeOf({ mode: 'auto' }, [[0, 1], [0.5]])).toEqual([-0.06, 1.06]);
    expect(yRangeOf({ mode: 'fixed', min: -1, max: 2 }, [[5]])).toEqual([-1, 2]);
    expect(yRangeOf({ mode: 'auto' }, [[Number.NaN]])).toEqual([0, 1]);
  });

  it('while following, rounds the fit outwards to a tenth of its magnitude', () => {
    // Fit [-0.06, 1.06]: span 1.12, magnitude 1, steps of 0.1.
    expect(followYRange({ mode: 'auto' }, null, [[0, 1]])).toEqual([-0.1, 1.1]);
    // Fit [9.4, 20.6]: span 11.2, steps of 1.
    expect(followYRange({ mode: 'auto' }, null, [[10, 20]])).toEqual([9, 21]);
  });

  it('stands still while the data fits and fills half of it, moves when it leaves or shrinks', () => {
    const shown: [number, number] = [-0.1, 1.1];
    expect(followYRange({ mode: 'auto' }, shown, [[0.2, 0.9]])).toEqual(shown);
    expect(followYRange({ mode: 'auto' }, shown, [[0, 1.3]])).toEqual([-0.1, 1.4]);
    expect(followYRange({ mode: 'auto' }, shown, [[0.4, 0.6]])).toEqual([0.38, 0.62]);
    expect(followYRange({ mode: 'fixed', min: 0, max: 2 }, shown, [[5]])).toEqual([0, 2]);
  });
});
