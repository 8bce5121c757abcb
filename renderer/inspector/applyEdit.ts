/**
 * How inspector fields change the document: each value becomes a command run through the store.
 * A slider scrub opens a gesture on pointer-down and closes it on release, so the whole scrub is
 * one undo step while the document (and the live traces) follow every move.
 */
import type { FieldValue } from '../commands/fieldEdits';
import type { EditCommand } from '../commands/types';
import { useEditorStore } from '../state/editorStore';

/** Applies a value; returns the refusal to show inline, or null when applied. */
export type ApplyValue = (value: FieldValue) => string | null;

export function applier(build: (value: FieldValue) => EditCommand): ApplyValue {
  return (value) => {
    const outcome = useEditorStore.getState().execute(build(value));
    return outcome.ok ? null : outcome.error;
  };
}

export function beginScrub(): void {
  useEditorStore.getState().beginGesture();
}

export function endScrub(): void {
  useEditorStore.getState().endGesture();
}
