/**
 * What the session needs from its surroundings, injected so it runs in Node tests with a fake
 * clock: a way to post events, a monotonic clock (pacing live runs, timing them) and a timer
 * (yielding so that `pause` and `ping` get through a long run).
 */
import type { WorkerEvent } from '../protocol/messages';
import type { BackendAccess } from './circuit';

export interface SessionHost {
  post(event: WorkerEvent, transfer: ArrayBuffer[]): void;
  /** Milliseconds from an arbitrary origin, monotonic (the worker passes performance.now). */
  now(): number;
  /** Calls `callback` after about `delayMs`, as a new task. */
  later(callback: () => void, delayMs: number): void;
  backends: BackendAccess;
}

/** About one animation frame: the longest the worker holds samples before posting them. */
export const FRAME_MS = 16;

/** Compute time one slice of an as-fast-as-possible run aims at before yielding to messages. */
export const SLICE_MS = 12;

/** A live run that falls further behind than this (a stall, a slow step) restarts its pacing. */
export const MAX_LAG_MS = 250;
