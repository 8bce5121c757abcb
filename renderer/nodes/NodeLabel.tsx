/**
 * A node's label, renamed in place: double-click it (or press F2 with the node selected), type,
 * Enter to keep, Escape to cancel. The rename is one undo step.
 */
import { useEffect, useRef } from 'react';
import { renameNode } from '../commands/nodeEdits';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';

function focusNode(nodeId: string): void {
  const element = document.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(nodeId)}"]`,
  );
  element?.focus();
}

export function NodeLabel({ nodeId, label }: { nodeId: string; label: string }) {
  const editing = useViewStore((s) => s.editingLabelId === nodeId);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) input.current?.select();
  }, [editing]);

  if (!editing) {
    return (
      <div
        className="cnode__label"
        title="Double-click to rename (F2)"
        onDoubleClick={(event) => {
          event.stopPropagation();
          useViewStore.getState().editLabel(nodeId);
        }}
      >
        {label}
      </div>
    );
  }

  const finish = (keep: boolean) => {
    const view = useViewStore.getState();
    if (view.editingLabelId !== nodeId) return;
    view.editLabel(null);
    const value = input.current?.value ?? label;
    if (keep && value !== label) {
      const outcome = useEditorStore.getState().execute(renameNode(nodeId, value));
      if (!outcome.ok) view.notify(outcome.error);
    }
    focusNode(nodeId);
  };

  return (
    <input
      ref={input}
      className="cnode__label-input nodrag nopan"
      aria-label="Node label"
      defaultValue={label}
      autoFocus
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
        event.stopPropagation();
      }}
      onBlur={() => finish(true)}
    />
  );
}
