/**
 * A node on the canvas: kind and icon in the family colour, the editable label, the size, the
 * key parameters in user units, and typed handles (input left, output right). Defined once at
 * module level and memoised on its document node (`sameCard`).
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_KIND_INFO, hasInput, hasOutput } from '../../engine/schema';
import { colorKey } from '../theme/colors';
import { INPUT_HANDLE, OUTPUT_HANDLE, type FlowNode } from '../canvas/toFlow';
import { ActivityIndicator } from './activity/ActivityIndicator';
import { KindIcon } from './KindIcon';
import { NodeLabel } from './NodeLabel';
import { nodeSummary } from './summary';
import { useTargetState } from './useTargetState';

function targetClass(state: string | null): string {
  if (state === null) return '';
  return state === '' ? ' cnode--can-connect' : ' cnode--cannot-connect';
}

/** Which live indicator a kind shows: probes and constant currents have no activity of their own. */
function activityKind(kind: string): 'li' | 'spiking' | null {
  if (kind === 'probe' || kind === 'constantCurrent') return null;
  return kind === 'li' ? 'li' : 'spiking';
}

/**
 * What the card shows depends on its id and document node only: React Flow also passes the
 * position, selection and drag state, which its wrapper draws, so a drag frame does not render
 * the card again.
 */
const sameCard = (a: NodeProps<FlowNode>, b: NodeProps<FlowNode>): boolean =>
  a.id === b.id && a.data === b.data;

export const CircuitNodeView = memo(function CircuitNodeView({ id, data }: NodeProps<FlowNode>) {
  const node = data.node;
  const info = NODE_KIND_INFO[node.kind];
  const target = useTargetState(id);
  const activity = activityKind(node.kind);
  const inputTitle =
    node.kind === 'probe' ? 'attach to what it records' : 'input: spikes or current in';
  return (
    <div
      className={`cnode cnode--${colorKey(node.kind)}${targetClass(target)}`}
      data-testid={`node-${id}`}
      data-kind={node.kind}
      data-connect={target === null ? undefined : target === '' ? 'valid' : 'invalid'}
      title={target || undefined}
    >
      {hasInput(node.kind) ? (
        <Handle
          type="target"
          id={INPUT_HANDLE}
          position={Position.Left}
          className="handle handle--in"
          title={inputTitle}
        />
      ) : null}
      <div className="cnode__head">
        <KindIcon kind={node.kind} />
        <span className="cnode__kind">{info.title}</span>
        {node.kind === 'probe' ? null : (
          <span className="cnode__size" title={`${node.size} neurons`}>
            ×{node.size}
          </span>
        )}
      </div>
      <NodeLabel nodeId={id} label={node.label} />
      <ul className="cnode__params">
        {/* Keyed by position (each kind lists the same parameters in the same order): a slider
            step updates the line's text in place instead of replacing the element. */}
        {nodeSummary(node).map((line, k) => (
          <li key={k}>{line}</li>
        ))}
      </ul>
      {activity === null ? null : <ActivityIndicator nodeId={id} kind={activity} />}
      {hasOutput(node.kind) ? (
        <Handle
          type="source"
          id={OUTPUT_HANDLE}
          position={Position.Right}
          className="handle handle--out"
          title={
            node.kind === 'li'
              ? 'output: attach probes (LI has no spikes)'
              : 'output: drag to connect'
          }
        />
      ) : null}
    </div>
  );
}, sameCard);
