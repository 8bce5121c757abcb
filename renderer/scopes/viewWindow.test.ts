import { describe, expect, it } from 'vitest';
import { FOLLOW, panView, selectView, stepRange, visibleRange, zoomView } from './viewWindow';

const extent = { startMs: 0, endMs: 400, runLengthMs: 1000, dtMs: 1 };

describe('pane view window', () => {
  it('follows: the whole run, or the last window length scrolling with the data', () => {
    expect(visibleRange(FOLLOW, extent, 'all')).toEqual([0, 1000]);
    expect(visibleRange(FOLLOW, extent, 100)).toEqual([300, 400]);
    expect(visibleRange(FOLLOW, { ...extent, endMs: 30 }, 100)).toEqual([0, 100]);
  });

  it('zooms about a point and pans, within the data held', () => {
    const zoomed = zoomView([0, 400], 100, 0.5, extent);
    expect(zoomed).toEqual({ follow: false, fromMs: 50, toMs: 250 });
    expect(panView([50, 250], -100, extent)).toEqual({ follow: false, fromMs: 0, toMs: 200 });
    expect(panView([50, 250], 1000, extent)).toEqual({ follow: false, fromMs: 200, toMs: 400 });
    expect(selectView(300, 120, extent)).toEqual({ follow: false, fromMs: 120, toMs: 300 });
    expect(zoomView([0, 400], 0, 0.00001, extent).toMs).toBe(4);
  });

  it('maps a time range to the steps whose times lie in it', () => {
    expect(stepRange([0, 1000], 1, 0, 1000)).toEqual([0, 1000]);
    expect(stepRange([10.5, 20], 0.5, 0, 100)).toEqual(
      [21, 41].map((s) => Math.min(s, 100)) as [number, number],
    );
    expect(stepRange([0, 5], 1, 3, 4)).toEqual([3, 4]);
  });
});
