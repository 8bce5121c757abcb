/**
 * While the user drags a new connection, each node asks: could the connection end here? Valid
 * targets light up, invalid ones dim and carry the reason as a tooltip. The connection's start is
 * kept in the view store (set by the canvas's onConnectStart/End), not read from React Flow's
 * store, so 200 nodes do not run a selector on every frame of every drag.
 */
import { checkConnection } from '../canvas/connectionRules';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';

/** null: no connection in progress (or this node started it); '' : valid; else why not. */
export function useTargetState(nodeId: string): string | null {
  const from = useViewStore((s) => s.connectingFrom);
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
