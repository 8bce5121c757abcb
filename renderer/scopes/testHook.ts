/**
 * A read-only window into what the window shows, for end-to-end tests and the UI benchmark:
 * `window.__spikeboard.scopeData(id)` returns the exact numbers handed to uPlot, so a test
 * compares data, not pixels; `sim` (renderer/sim/simTestHook.ts) reports the simulation.
 * Installed in every build; it exposes nothing a user cannot already see.
 */
import type { SimTestHook } from '../sim/simTestHook';
import type { StripWorkerStats } from './stripProtocol';
import { stripWorkerStats } from './stripSink';

export interface ScopeSeriesSnapshot {
  kind: 'trace' | 'threshold';
  label: string;
  color: string;
  dash: number[] | null;
  targetId: string;
  targetKind: string | null;
  probeId: string | null;
  neuron: number | null;
  values: number[];
}

export interface ScopeSnapshot {
  scopeId: string;
  kind: 'trace';
  xMs: number[];
  series: ScopeSeriesSnapshot[];
  /** True when the pane shows min/max per pixel column instead of every sample. */
  decimated: boolean;
  /** The x and y ranges shown. */
  xRange: [number, number];
  yRange: [number, number];
  /** Input spike times the scope was asked to mark. */
  markersMs: number[];
  /** The markers the last draw painted, and where on the canvas (device pixels). */
  markersDrawnMs: number[];
  markersDrawnCanvasX: number[];
  plotTop: number;
  plotHeight: number;
  markerColor: string;
  totalSteps: number;
  /** The document change whose simulation the last draw showed (instant mode), or -1. */
  drawnSeq: number;
  /** Draws so far (the benchmark counts frames with it). */
  draws: number;
}

export interface RasterSnapshot {
  scopeId: string;
  kind: 'raster';
  probeId: string;
  neuronCount: number;
  xRange: [number, number];
  /** Spikes in the visible range, and the pixel cells the last draw lit for them. */
  spikesInView: number;
  litPixels: number;
  rasterWidth: number;
  rasterHeight: number;
  binMs: number;
  rateTimeMs: number[];
  rateHz: number[];
  drawnSeq: number;
  draws: number;
}

export type PaneSnapshot = ScopeSnapshot | RasterSnapshot;

/** A following pane's scrolled picture against the same frame drawn from scratch. */
export interface StripCheck {
  following: boolean;
  /** Where the strip is painted: in the strip worker (OffscreenCanvas) or on the page. */
  painter: 'worker' | 'page';
  /** Frames the strip scrolled and drew only its newest columns, since it last drew them all. */
  scrolledFrames: number;
  differingPixels: number;
  /** Where they lie on the strip (x0, y0, x1, y1), and where the plot starts and ends there. */
  differingBox: number[];
  plotLeft: number;
  plotHeight: number;
}

export interface SpikeboardTestHook {
  /** The named pane's data, or the first pane's when no id is given; null when none exists. */
  scopeData(scopeId?: string): PaneSnapshot | null;
  scopeIds(): string[];
  /** The named (or first) trace pane's scrolling strip checked pixel by pixel; null when none. */
  stripCheck(scopeId?: string): Promise<StripCheck | null>;
  /** The strip worker's figures (frames painted, time painting); null when none runs. */
  stripWorkerStats(): Promise<StripWorkerStats | null>;
  /** Resolves (with performance.now()) once every pane has drawn document change `seq` or later. */
  whenDrawn(seq: number): Promise<number>;
  sim?: SimTestHook;
}

declare global {
  interface Window {
    __spikeboard?: SpikeboardTestHook;
  }
}

const panes = new Map<string, () => PaneSnapshot>();
const strips = new Map<string, () => Promise<StripCheck>>();
const drawn = new Map<string, number>();
let waiters: { seq: number; resolve: (atMs: number) => void }[] = [];

function allDrawn(seq: number): boolean {
  return [...panes.keys()].every((id) => (drawn.get(id) ?? -1) >= seq);
}

/** Adds fields to `window.__spikeboard`, creating it with the scope functions first. */
export function installTestHook(extra: Partial<SpikeboardTestHook> = {}): void {
  if (typeof window === 'undefined') return;
  const hook: SpikeboardTestHook = window.__spikeboard ?? {
    scopeData(scopeId) {
      const read = scopeId === undefined ? panes.values().next().value : panes.get(scopeId);
      return read === undefined ? null : read();
    },
    scopeIds: () => [...panes.keys()],
    stripCheck(scopeId) {
      const check = scopeId === undefined ? strips.values().next().value : strips.get(scopeId);
      return check === undefined ? Promise.resolve(null) : check();
    },
    stripWorkerStats,
    whenDrawn(seq) {
      if (allDrawn(seq)) return Promise.resolve(performance.now());
      return new Promise((resolve) => waiters.push({ seq, resolve }));
    },
  };
  window.__spikeboard = Object.assign(hook, extra);
}

/** Makes a pane readable through the hook; returns the function that removes it. */
export function registerScope(
  scopeId: string,
  snapshot: () => PaneSnapshot,
  stripCheck?: () => Promise<StripCheck>,
): () => void {
  installTestHook();
  panes.set(scopeId, snapshot);
  if (stripCheck !== undefined) strips.set(scopeId, stripCheck);
  return () => {
    if (panes.get(scopeId) === snapshot) {
      panes.delete(scopeId);
      drawn.delete(scopeId);
      strips.delete(scopeId);
    }
  };
}

/** A pane reports that it drew the data of document change `seq`. */
export function reportDrawn(scopeId: string, seq: number): void {
  drawn.set(scopeId, seq);
  if (waiters.length === 0) return;
  const now = performance.now();
  const ready = waiters.filter((w) => allDrawn(w.seq));
  waiters = waiters.filter((w) => !allDrawn(w.seq));
  for (const waiter of ready) waiter.resolve(now);
}
