/**
 * A read-only window into what the scopes plot, for end-to-end tests and debugging:
 * `window.__spikeboard.scopeData()` returns the exact numbers handed to uPlot, so a test compares
 * data, not pixels. Installed in every build; it exposes nothing a user cannot already see.
 */
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
  xMs: number[];
  series: ScopeSeriesSnapshot[];
  /** Input spike times the scope was asked to mark. */
  markersMs: number[];
  /** The markers the last draw painted, and where on the canvas (device pixels). */
  markersDrawnMs: number[];
  markersDrawnCanvasX: number[];
  plotTop: number;
  plotHeight: number;
  markerColor: string;
  totalSteps: number;
}

export interface SpikeboardTestHook {
  /** The named scope's data, or the first scope's when no id is given; null when none exists. */
  scopeData(scopeId?: string): ScopeSnapshot | null;
  scopeIds(): string[];
}

declare global {
  interface Window {
    __spikeboard?: SpikeboardTestHook;
  }
}

const scopes = new Map<string, () => ScopeSnapshot>();

function install(): void {
  if (typeof window === 'undefined' || window.__spikeboard !== undefined) return;
  window.__spikeboard = {
    scopeData(scopeId) {
      const read = scopeId === undefined ? scopes.values().next().value : scopes.get(scopeId);
      return read === undefined ? null : read();
    },
    scopeIds: () => [...scopes.keys()],
  };
}

/** Makes a scope readable through the hook; returns the function that removes it. */
export function registerScope(scopeId: string, snapshot: () => ScopeSnapshot): () => void {
  install();
  scopes.set(scopeId, snapshot);
  return () => {
    if (scopes.get(scopeId) === snapshot) scopes.delete(scopeId);
  };
}
