/**
 * What the editor shows but does not save: positions while a drag is in flight (committed to the
 * document as one step when the drag ends), measured node sizes, snapping, the label being
 * renamed, the open dialog, and the last refusal shown on the canvas.
 */
import { create } from 'zustand';
import type { Position } from '../../engine/schema';
import type { Size } from '../commands/arrange';

export type DialogName = 'help' | 'connect' | 'export';

export interface Notice {
  /** Increments per notice, so the same text twice is announced twice. */
  id: number;
  text: string;
  tone: 'refusal' | 'info';
}

export interface ViewState {
  dragPositions: ReadonlyMap<string, Position> | null;
  nodeSizes: ReadonlyMap<string, Size>;
  snapToGrid: boolean;
  editingLabelId: string | null;
  dialog: DialogName | null;
  notice: Notice | null;
  /** While a connection is dragged: where it started ('>' from an output, '<' from an input). */
  connectingFrom: string | null;
  setConnectingFrom: (from: string | null) => void;
  setDragPositions: (positions: ReadonlyMap<string, Position> | null) => void;
  setNodeSizes: (sizes: ReadonlyMap<string, Size>) => void;
  toggleSnap: () => void;
  editLabel: (nodeId: string | null) => void;
  openDialog: (dialog: DialogName | null) => void;
  notify: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: () => void;
}

const SNAP_KEY = 'spikeboard.snapToGrid';

function storedSnap(): boolean {
  try {
    return globalThis.localStorage?.getItem(SNAP_KEY) !== 'false';
  } catch {
    return true;
  }
}

export const useViewStore = create<ViewState>()((set, get) => ({
  dragPositions: null,
  nodeSizes: new Map(),
  snapToGrid: storedSnap(),
  editingLabelId: null,
  dialog: null,
  notice: null,
  connectingFrom: null,
  setConnectingFrom: (connectingFrom) => set({ connectingFrom }),
  setDragPositions: (dragPositions) => set({ dragPositions }),
  setNodeSizes: (nodeSizes) => set({ nodeSizes }),
  toggleSnap: () => {
    const snapToGrid = !get().snapToGrid;
    try {
      globalThis.localStorage?.setItem(SNAP_KEY, String(snapToGrid));
    } catch {
      // Private mode or no storage: the setting lasts for this window only.
    }
    set({ snapToGrid });
  },
  editLabel: (editingLabelId) => set({ editingLabelId }),
  openDialog: (dialog) => set({ dialog }),
  notify: (text, tone = 'refusal') =>
    set({ notice: { id: (get().notice?.id ?? 0) + 1, text, tone } }),
  dismissNotice: () => set({ notice: null }),
}));
