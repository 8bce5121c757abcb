/**
 * Document → React Flow nodes and edges. React Flow re-processes a node only when its object
 * changes, and node components are memoised, so the mappers keep each flow object as long as
 * what it shows is unchanged: during a drag only the dragged nodes get new objects. When no
 * object changed, the mappers return the previous array itself, so React Flow does not walk its
 * nodes or edges again (a slider step changes one node and no edge).
 */
import type { Edge, Node } from '@xyflow/react';
import type { CircuitEdge, CircuitNode, Position } from '../../engine/schema';
import type { Size } from '../commands/arrange';
import { MOVING_CLASS } from './dragLayers';

export interface FlowNodeData extends Record<string, unknown> {
  node: CircuitNode;
}
export type FlowNode = Node<FlowNodeData, 'circuit'>;

export interface FlowEdgeData extends Record<string, unknown> {
  edge: CircuitEdge;
  /** A projection that closes a loop delivers one step later. */
  closesLoop: boolean;
}
export type FlowEdge = Edge<FlowEdgeData, 'projection' | 'probe'>;

export const INPUT_HANDLE = 'in';
export const OUTPUT_HANDLE = 'out';

interface NodeEntry {
  node: CircuitNode;
  selected: boolean;
  moving: boolean;
  position: Position;
  size: Size | undefined;
  flow: FlowNode;
}

/** The previous array when it holds the same objects in the same order, else the new one. */
function keepIfSame<T>(previous: T[], next: T[]): T[] {
  if (previous.length !== next.length) return next;
  for (let k = 0; k < next.length; k++) if (previous[k] !== next[k]) return next;
  return previous;
}

export function createNodeMapper() {
  let cache = new Map<string, NodeEntry>();
  let last: FlowNode[] = [];
  return function mapNodes(
    nodes: readonly CircuitNode[],
    selected: ReadonlySet<string>,
    dragPositions: ReadonlyMap<string, Position> | null,
    sizes: ReadonlyMap<string, Size>,
    moving: ReadonlySet<string> | null = null,
  ): FlowNode[] {
    const next = new Map<string, NodeEntry>();
    const flows = nodes.map((node) => {
      const isSelected = selected.has(node.id);
      const isMoving = moving?.has(node.id) ?? false;
      const position = dragPositions?.get(node.id) ?? node.position;
      const size = sizes.get(node.id);
      const old = cache.get(node.id);
      const entry: NodeEntry =
        old !== undefined &&
        old.node === node &&
        old.selected === isSelected &&
        old.moving === isMoving &&
        old.position === position &&
        old.size === size
          ? old
          : {
              node,
              selected: isSelected,
              moving: isMoving,
              position,
              size,
              flow: {
                id: node.id,
                type: 'circuit',
                position,
                data: { node },
                selected: isSelected,
                ariaLabel: `${node.label} (${node.kind})`,
                ...(isMoving ? { className: MOVING_CLASS } : {}),
                ...(size === undefined ? {} : { measured: size }),
              },
            };
      next.set(node.id, entry);
      return entry.flow;
    });
    cache = next;
    last = keepIfSame(last, flows);
    return last;
  };
}

interface EdgeEntry {
  edge: CircuitEdge;
  selected: boolean;
  moving: boolean;
  closesLoop: boolean;
  flow: FlowEdge;
}

export function createEdgeMapper() {
  let cache = new Map<string, EdgeEntry>();
  let last: FlowEdge[] = [];
  return function mapEdges(
    edges: readonly CircuitEdge[],
    selected: ReadonlySet<string>,
    loops: ReadonlySet<string>,
    moving: ReadonlySet<string> = new Set(),
  ): FlowEdge[] {
    const next = new Map<string, EdgeEntry>();
    const flows = edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const isMoving = moving.has(edge.id);
      const closesLoop = loops.has(edge.id);
      const old = cache.get(edge.id);
      const entry: EdgeEntry =
        old !== undefined &&
        old.edge === edge &&
        old.selected === isSelected &&
        old.moving === isMoving &&
        old.closesLoop === closesLoop
          ? old
          : {
              edge,
              selected: isSelected,
              moving: isMoving,
              closesLoop,
              flow: {
                id: edge.id,
                type: edge.kind,
                source: edge.source,
                target: edge.target,
                sourceHandle: OUTPUT_HANDLE,
                targetHandle: INPUT_HANDLE,
                selected: isSelected,
                data: { edge, closesLoop },
                ...(isMoving ? { className: MOVING_CLASS } : {}),
              },
            };
      next.set(edge.id, entry);
      return entry.flow;
    });
    cache = next;
    last = keepIfSame(last, flows);
    return last;
  };
}
