/**
 * The strip worker (bundled by Vite as an ES module worker, one for all panes): it holds each
 * following pane's strip as an OffscreenCanvas and paints the frames followStrip.ts sends, so
 * the page's thread neither rasterises the scrolling bitmaps nor commits them.
 * Protocol: stripProtocol.ts.
 */
import { createStripPainter, type StripPainter } from './stripPainter';
import type { StripReply, StripRequest } from './stripProtocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<StripRequest>) => void): void;
  postMessage(message: StripReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const painters = new Map<number, StripPainter>();
const stats = { framesPainted: 0, paintMs: 0 };

scope.addEventListener('message', ({ data }) => {
  switch (data.kind) {
    case 'attach':
      painters.set(data.stripId, createStripPainter(data.canvas));
      break;
    case 'paint': {
      const startMs = performance.now();
      painters.get(data.stripId)?.paint(data.frame);
      stats.paintMs += performance.now() - startMs;
      stats.framesPainted++;
      break;
    }
    case 'pixels': {
      const image = painters.get(data.stripId)?.pixels() ?? null;
      const reply: StripReply = {
        kind: 'pixels',
        requestId: data.requestId,
        width: image?.width ?? 0,
        height: image?.height ?? 0,
        data: image?.data ?? null,
      };
      scope.postMessage(reply, image === null ? [] : [image.data.buffer]);
      break;
    }
    case 'detach':
      painters.delete(data.stripId);
      break;
    case 'stats':
      scope.postMessage({ kind: 'stats', requestId: data.requestId, stats: { ...stats } }, []);
      break;
  }
});
