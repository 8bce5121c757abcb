/**
 * The scope panes on screen, as figures the export dialog can save: each pane registers how to
 * read its picture (its uPlot canvases and legend) and its vector figure (svgFigure.ts) while it
 * is mounted. The dialog lists what is registered, in the order the panes appeared.
 */
import type { LegendEntry } from '../scopes/download';
import type { VectorFigure } from './svgFigure';

export interface PaneFigure {
  title: string;
  /** The pane's plot canvases, top to bottom (axes and traces are drawn on them). */
  canvases: readonly HTMLCanvasElement[];
  legend: readonly LegendEntry[];
  vector(): VectorFigure;
}

const figures = new Map<string, () => PaneFigure>();
const listeners = new Set<() => void>();

/** Makes a pane exportable; returns the function that removes it. */
export function registerFigure(paneId: string, read: () => PaneFigure): () => void {
  figures.set(paneId, read);
  listeners.forEach((listener) => listener());
  return () => {
    if (figures.get(paneId) !== read) return;
    figures.delete(paneId);
    listeners.forEach((listener) => listener());
  };
}

export function figureIds(): string[] {
  return [...figures.keys()];
}

export function readFigure(paneId: string): PaneFigure | null {
  return figures.get(paneId)?.() ?? null;
}

export function subscribeFigures(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
