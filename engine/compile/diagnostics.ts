import type { CircuitEdge, CircuitNode } from '../schema/types';
import type { Diagnostic } from './types';

/** Collects diagnostics; `hasErrors` decides whether a plan is built. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(
    code: string,
    severity: Diagnostic['severity'],
    message: string,
    nodeIds: string[] = [],
    edgeIds: string[] = [],
  ): void {
    this.items.push({ code, severity, message, nodeIds, edgeIds });
  }

  error(code: string, message: string, nodeIds: string[] = [], edgeIds: string[] = []): void {
    this.add(code, 'error', message, nodeIds, edgeIds);
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** How a node is named in messages: its label, and its id when that adds anything. */
export function nodeName(node: CircuitNode): string {
  const label = typeof node.label === 'string' ? node.label.trim() : '';
  if (label === '' || label === node.id) return `"${node.id}"`;
  return `"${label}" (${node.id})`;
}

/** How a connection is named in messages: kind, id, and its endpoints by name. */
export function edgeName(edge: CircuitEdge, nodesById: ReadonlyMap<string, CircuitNode>): string {
  const end = (id: string): string => {
    const node = nodesById.get(id);
    return node ? nodeLabel(node) : `"${id}"`;
  };
  return `${edge.kind} ${edge.id} (${end(edge.source)} → ${end(edge.target)})`;
}

/** A node's short name for arrows and lists: the label, or the id when there is none. */
export function nodeLabel(node: CircuitNode): string {
  const label = typeof node.label === 'string' ? node.label.trim() : '';
  return label === '' ? node.id : label;
}
