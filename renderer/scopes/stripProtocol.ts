/** Messages between the page and the strip worker (stripWorker.ts, stripSink.ts). */
import type { StripFrame } from './stripPainter';

export type StripRequest =
  | { kind: 'attach'; stripId: number; canvas: OffscreenCanvas }
  | { kind: 'paint'; stripId: number; frame: StripFrame }
  | { kind: 'pixels'; stripId: number; requestId: number }
  | { kind: 'detach'; stripId: number }
  | { kind: 'stats'; requestId: number };

export type StripReply =
  | {
      kind: 'pixels';
      requestId: number;
      width: number;
      height: number;
      data: Uint8ClampedArray<ArrayBuffer> | null;
    }
  | { kind: 'stats'; requestId: number; stats: StripWorkerStats };

/** What the strip worker did since it started (the benchmark reads it). */
export interface StripWorkerStats {
  framesPainted: number;
  /** Time spent painting frames, ms of the worker's thread. */
  paintMs: number;
}
