/**
 * While the user drags a new connection, each node asks: could the connection end here? Valid
 * targets light up, invalid ones dim and carry the reason as a tooltip. The node re-renders only
 * when a connection starts or ends, not on every pointer move (the selectors return strings).
 */
import { useConnection } from '@xyflow/react';
import { checkConnection } from '../canvas/connectionRules';
import { useEditorStore } from '../state/editorStore';

/** null: no connection in progress (or this node started it); '' : valid; else why not. */
export function useTargetState(nodeId: string): string | null {
  const from = useConnection((c) =>
    c.inProgress ? `${c.fromHandle.type === 'target' ? '<' : '>'}${c.fromNode.id}` : null,
  );
  return useEditorStore((s) => {
    if (from === null) return null;
    const fromId = from.slice(1);
    const reversed = from.startsWith('<');
    if (fromId === nodeId && reversed) return null;
    const verdict = reversed
      ? checkConnection(s.document, nodeId, fromId)
      : checkConnection(s.document, fromId, nodeId);
    return verdict.ok ? '' : verdict.reason;
  });
}
