/**
 * Where a following pane's strip is painted: in the shared strip worker (stripWorker.ts), on the
 * canvas's OffscreenCanvas, where the browser can transfer a canvas's control; on the page
 * otherwise (and in unit tests). A worker that fails hands the strips back to the page: its
 * sinks report `lost` (the worker keeps control of their canvases), and followStrip.ts puts a new
 * canvas in place and draws it all again on the page.
 */
import { createStripPainter, type StripFrame } from './stripPainter';
import type { StripReply, StripRequest, StripWorkerStats } from './stripProtocol';

export interface StripSink {
  readonly where: 'worker' | 'page';
  /** True once the worker painting this strip failed: nothing it is sent is drawn. */
  readonly lost: boolean;
  paint(frame: StripFrame): void;
  /** The strip's bitmap after every frame sent so far (null when it cannot be read). */
  pixels(): Promise<ImageData | null>;
  dispose(): void;
}

let worker: Worker | null | undefined;
let failed = false;
let nextId = 1;
const waiting = new Map<number, (reply: StripReply | null) => void>();

function fail(): void {
  failed = true;
  worker?.terminate();
  worker = null;
  for (const resolve of waiting.values()) resolve(null);
  waiting.clear();
}

function stripWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  try {
    const started = new Worker(new URL('./stripWorker.ts', import.meta.url), {
      type: 'module',
      name: 'spikeboard-strips',
    });
    started.addEventListener('message', ({ data }: MessageEvent<StripReply>) => {
      const resolve = waiting.get(data.requestId);
      waiting.delete(data.requestId);
      resolve?.(data);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      console.error('The strip worker failed; panes draw on the page from now on.', event.message);
      fail();
    });
    started.addEventListener('messageerror', fail);
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

export function createPageStripSink(canvas: HTMLCanvasElement): StripSink {
  const painter = createStripPainter(canvas);
  return {
    where: 'page',
    lost: false,
    paint: (frame) => painter.paint(frame),
    pixels: () => Promise.resolve(painter.pixels()),
    dispose() {},
  };
}

/** Sends `request` (made with a fresh request id) and resolves with the reply; null if none. */
function ask(
  target: Worker,
  request: (requestId: number) => StripRequest,
): Promise<StripReply | null> {
  if (failed) return Promise.resolve(null);
  const requestId = nextId++;
  return new Promise((resolve) => {
    waiting.set(requestId, resolve);
    target.postMessage(request(requestId));
  });
}

/** The strip worker's figures, or null when no strip worker runs. */
export async function stripWorkerStats(): Promise<StripWorkerStats | null> {
  const reply = worker ? await ask(worker, (requestId) => ({ kind: 'stats', requestId })) : null;
  return reply?.kind === 'stats' ? reply.stats : null;
}

function createWorkerStripSink(canvas: HTMLCanvasElement, target: Worker): StripSink {
  const stripId = nextId++;
  const post = (request: StripRequest, transfer: Transferable[] = []): void => {
    if (!failed) target.postMessage(request, transfer);
  };
  const offscreen = canvas.transferControlToOffscreen();
  post({ kind: 'attach', stripId, canvas: offscreen }, [offscreen]);
  return {
    where: 'worker',
    get lost() {
      return failed;
    },
    // The samples are the frame's own arrays: moved, not copied.
    paint: (frame) =>
      post(
        { kind: 'paint', stripId, frame },
        frame.ys.map((ys) => ys.buffer as ArrayBuffer),
      ),
    async pixels() {
      const reply = await ask(target, (requestId) => ({ kind: 'pixels', stripId, requestId }));
      if (reply?.kind !== 'pixels' || reply.data === null) return null;
      return new ImageData(reply.data, reply.width, reply.height);
    },
    dispose: () => post({ kind: 'detach', stripId }),
  };
}

/** A sink for a canvas that has no context yet (its control may move to the worker). */
export function createStripSink(canvas: HTMLCanvasElement): StripSink {
  const target = typeof canvas.transferControlToOffscreen === 'function' ? stripWorker() : null;
  return target === null ? createPageStripSink(canvas) : createWorkerStripSink(canvas, target);
}
