/**
 * Finishing a connection drag. React Flow connects when the pointer ends on a valid handle; the
 * editor also accepts a drop anywhere on a node's body, and when the drop is refused it says why
 * (never a silent no-op).
 */
import type { Connection, IsValidConnection, OnConnectEnd, OnConnectStart } from '@xyflow/react';
import { connect } from '../commands/connect';
import { useEditorStore } from '../state/editorStore';
import { useViewStore } from '../state/viewStore';
import { checkConnection } from './connectionRules';
import type { FlowEdge } from './toFlow';

export function runConnect(source: string, target: string): boolean {
  const outcome = useEditorStore.getState().execute(connect(source, target));
  if (!outcome.ok) useViewStore.getState().notify(`Not connected: ${outcome.error}`);
  return outcome.ok;
}

export const isValidConnection: IsValidConnection<FlowEdge> = (connection) =>
  checkConnection(useEditorStore.getState().document, connection.source, connection.target).ok;

export function onConnect(connection: Connection): void {
  runConnect(connection.source, connection.target);
}

function nodeUnderPointer(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (point === undefined) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  const node = element?.closest<HTMLElement>('.react-flow__node');
  return node?.dataset['id'] ?? null;
}

export const onConnectStart: OnConnectStart = (_event, { nodeId, handleType }) => {
  if (nodeId === null) return;
  useViewStore.getState().setConnectingFrom(`${handleType === 'target' ? '<' : '>'}${nodeId}`);
};

export const onConnectEnd: OnConnectEnd = (event, state) => {
  useViewStore.getState().setConnectingFrom(null);
  if (state.isValid === true || state.fromNode === null) return;
  const toId = state.toNode?.id ?? nodeUnderPointer(event);
  if (toId === null) return;
  const fromId = state.fromNode.id;
  if (toId === fromId && state.toNode === null) return;
  const reversed = state.fromHandle?.type === 'target';
  const [source, target] = reversed ? [toId, fromId] : [fromId, toId];
  runConnect(source, target);
};
