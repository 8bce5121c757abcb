// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StripFrame } from './stripPainter';
import type { StripRequest } from './stripProtocol';
import type { StripScene } from './stripScene';

/** A module worker stand-in that records what the page sends it. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null;
  readonly sent: StripRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: StripRequest): void {
    this.sent.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const value = (step: number) => Math.sin(step / 7);

function scene(endStep: number): StripScene {
  return {
    plotLeft: 40,
    plotTop: 10,
    plotWidth: 500,
    plotHeight: 100,
    canvasWidth: 560,
    bandPx: 30,
    windowMs: 1000,
    dtMs: 1,
    startStep: Math.max(0, endStep - 1500),
    endStep,
    yRange: [-1, 1],
    traces: [
      {
        color: '#336699',
        copy(from, to, out, offset) {
          for (let k = from; k < to; k++) out[offset + k - from] = value(k);
          return to - from;
        },
      },
    ],
    thickness: 1,
    thresholds: [],
    markersMs: [1150, 1205],
    tickMs: 100,
    labels: (values) => values.map((v) => `${v}`),
    style: {
      gridColor: '#dddddd',
      axisColor: '#333333',
      font: '12px sans-serif',
      lineWidthPx: 1,
      tickPx: 10,
      gapPx: 5,
      markerColor: '#cc0000',
      markerWidthPx: 2,
    },
  };
}

const frames = (worker: FakeWorker): StripFrame[] =>
  worker.sent.flatMap((r) => (r.kind === 'paint' ? [r.frame] : []));

describe('following strip', () => {
  beforeEach(() => {
    vi.resetModules();
    FakeWorker.last = null;
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('OffscreenCanvas', class {});
    // uPlot reads the device pixel ratio through matchMedia when it loads.
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
    }));
    HTMLCanvasElement.prototype.transferControlToOffscreen = function () {
      return {} as OffscreenCanvas;
    };
    HTMLCanvasElement.prototype.getContext = (() => null) as never;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });

  it('sends the worker a whole frame, then a scroll and only the newest columns with their samples', async () => {
    const { createFollowStrip } = await import('./followStrip');
    const strip = createFollowStrip(document.createElement('div'), null);
    expect(strip.where).toBe('worker');
    const first = strip.draw(scene(1200));
    expect(first.full).toBe(true);
    // 2 ms a pixel; the window is pixels 100–600: 1150 ms is column 475 (1205 ms lies beyond).
    expect(first.markersDrawnCanvasX).toEqual([40 + 575 - 100]);
    const second = strip.draw(scene(1220));
    expect(second.full).toBe(false);
    const worker = FakeWorker.last!;
    expect(worker.sent[0]?.kind).toBe('attach');
    const [whole, scroll] = frames(worker);
    expect(whole?.full).toBe(true);
    expect(whole?.fromColumn).toBe(0);
    expect(whole?.originPx).toBe(100);
    expect(scroll).toMatchObject({ full: false, shift: 10, originPx: 110, fromColumn: 488 });
    // From two samples before column 487 (its span needs the segment coming in) to the newest.
    expect(scroll?.fromStep).toBe(2 * (110 + 487) - 2);
    const ys = scroll!.ys[0]!;
    expect(ys.length).toBe(1220 - scroll!.fromStep);
    expect([...ys]).toEqual([...ys].map((_, k) => Math.fround(value(scroll!.fromStep + k))));
    // The 200 ms tick scrolled out: its label comes along, so the painter can clear it.
    expect(scroll?.drawnTicks).toContain(200);
    expect(scroll?.ticks).not.toContain(200);
    expect(new Set(scroll?.labels.map(([t]) => t))).toEqual(
      new Set([...scroll!.ticks, ...scroll!.drawnTicks]),
    );
    // An edit that leaves the input spikes as they were scrolls on; one that moves them redraws
    // them all (scrolled columns would otherwise keep the old markers).
    expect(strip.draw({ ...scene(1230), markersMs: [1150, 1205] }).full).toBe(false);
    expect(strip.draw({ ...scene(1240), markersMs: [1160, 1205] }).full).toBe(true);
    // A run that starts again draws the whole strip again.
    expect(strip.draw(scene(300)).full).toBe(true);
  });

  it('a failed strip worker hands the strip to the page, on a new canvas, drawn whole', async () => {
    const { createFollowStrip } = await import('./followStrip');
    const parent = document.createElement('div');
    const strip = createFollowStrip(parent, null);
    strip.draw(scene(1200));
    const before = strip.canvas;
    const pending = strip.pixels();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    FakeWorker.last!.dispatchEvent(new Event('error'));
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    await expect(pending).resolves.toBeNull();
    expect(FakeWorker.last!.terminated).toBe(true);
    const after = strip.draw(scene(1220));
    expect(after.full).toBe(true);
    expect(strip.where).toBe('page');
    expect(strip.canvas).not.toBe(before);
    expect([...parent.children]).toEqual([strip.canvas]);
    expect(strip.canvas.style.display).toBe('block');
  });
});
