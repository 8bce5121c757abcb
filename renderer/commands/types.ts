/**
 * Editor commands: every change to the open document is one of these, applied by the store
 * (renderer/state/editorStore.ts), which records it as one undo step — or, inside a gesture (a
 * slider scrub), as part of the gesture's single step. A command is pure: document in, outcome out.
 */
import type { CircuitDocument } from '../../engine/schema';

export interface Selection {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };

export type EditOutcome =
  | {
      ok: true;
      document: CircuitDocument;
      /** What to select afterwards (the pasted nodes, the new edge); unchanged when absent. */
      select?: Selection;
    }
  /** Refused: the document is unchanged and `error` says why (shown where the user acted). */
  | { ok: false; error: string };

export interface EditCommand {
  /** Names the step in the undo history: "Add LIF population", "Set τmem". */
  label: string;
  apply(document: CircuitDocument): EditOutcome;
}

export function refused(error: string): EditOutcome {
  return { ok: false, error };
}
