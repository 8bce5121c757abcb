import { describe, expect, it } from 'vitest';
import { fitAndRemember, isStillFitted, rememberFit } from './autoFit';

describe('automatic fit', () => {
  it('is remembered until the view moves or a saved view replaces it', async () => {
    const view = { x: 120, y: -40, zoom: 0.8 };
    await fitAndRemember({ fitView: () => Promise.resolve(true), getViewport: () => view });
    expect(isStillFitted(view)).toBe(true);
    expect(isStillFitted({ ...view, x: 120.2 })).toBe(true); // sub-pixel rounding
    expect(isStillFitted({ ...view, x: 150 })).toBe(false); // panned
    expect(isStillFitted({ ...view, zoom: 0.9 })).toBe(false); // zoomed
    rememberFit(null);
    expect(isStillFitted(view)).toBe(false);
  });
});
