import { describe, expect, it } from 'vitest';
import { FIT_VIEW_OPTIONS, fitOptionsFor } from './fitView';

describe('fit options', () => {
  it('keep clear of the minimap only where the canvas draws one', () => {
    expect(fitOptionsFor(900, 500)).toBe(FIT_VIEW_OPTIONS);
    for (const [width, height] of [
      [639, 500],
      [900, 339],
    ] as const) {
      const narrow = fitOptionsFor(width, height);
      expect(narrow.padding).toMatchObject({ left: '70px', right: '30px' });
      expect(narrow.maxZoom).toBe(FIT_VIEW_OPTIONS.maxZoom);
    }
  });
});
