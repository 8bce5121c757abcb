/**
 * Commands on nodes: add, rename, move, delete. Each returns a new document sharing every
 * untouched node and edge with the old one.
 */
import {
  NODE_KIND_INFO,
  createNode,
  type CircuitDocument,
  type CircuitNode,
  type NodeKind,
  type Position,
  type ProbeVariable,
} from '../../engine/schema';
import { freshLabel, idBase, uniqueId, usedIds } from './ids';
import { refused, type EditCommand } from './types';
import { validateNodes } from './validate';

export function addNode(kind: NodeKind, position: Position, variable?: ProbeVariable): EditCommand {
  const title = kind === 'probe' ? `${variable ?? 'v'} probe` : NODE_KIND_INFO[kind].title;
  return {
    label: `Add ${title}`,
    apply(doc) {
      const id = uniqueId(idBase(kind, variable), usedIds(doc));
      const label = freshLabel(doc, kind, variable);
      const node = createNode(kind, {
        id,
        label,
        position: { x: Math.round(position.x), y: Math.round(position.y) },
        ...(variable === undefined ? {} : { variable }),
      });
      return {
        ok: true,
        document: { ...doc, nodes: [...doc.nodes, node] },
        select: { nodeIds: [id], edgeIds: [] },
      };
    },
  };
}

export function renameNode(nodeId: string, label: string): EditCommand {
  return {
    label: 'Rename',
    apply(doc) {
      const node = doc.nodes.find((n) => n.id === nodeId);
      if (node === undefined) return refused('That node no longer exists.');
      const next = { ...node, label: label.trim() === '' ? node.id : label.trim() };
      const document = replaceNodes(doc, new Map([[nodeId, next]]));
      const error = validateNodes(document, new Set([nodeId]), 'label');
      return error === null ? { ok: true, document } : refused(error);
    },
  };
}

/** Moves nodes to the given positions (one undo step for a whole drag). */
export function moveNodes(positions: ReadonlyMap<string, Position>): EditCommand {
  return {
    label: positions.size === 1 ? 'Move node' : `Move ${positions.size} nodes`,
    apply(doc) {
      const changed = new Map<string, CircuitNode>();
      for (const node of doc.nodes) {
        const to = positions.get(node.id);
        if (to === undefined || (to.x === node.position.x && to.y === node.position.y)) continue;
        changed.set(node.id, { ...node, position: { x: to.x, y: to.y } });
      }
      return { ok: true, document: changed.size === 0 ? doc : replaceNodes(doc, changed) };
    },
  };
}

/** Deletes nodes (with every edge touching them) and edges. */
export function deleteElements(
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): EditCommand {
  const count = nodeIds.length + edgeIds.length;
  return {
    label: count === 1 ? 'Delete' : `Delete ${count} items`,
    apply(doc) {
      const nodes = new Set(nodeIds);
      const edges = new Set(edgeIds);
      const document = {
        ...doc,
        nodes: doc.nodes.filter((n) => !nodes.has(n.id)),
        edges: doc.edges.filter(
          (e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target),
        ),
      };
      return { ok: true, document, select: { nodeIds: [], edgeIds: [] } };
    },
  };
}

/** A copy of `doc` with some nodes replaced (same order). */
export function replaceNodes(
  doc: CircuitDocument,
  replacements: ReadonlyMap<string, CircuitNode>,
): CircuitDocument {
  return { ...doc, nodes: doc.nodes.map((n) => replacements.get(n.id) ?? n) };
}
