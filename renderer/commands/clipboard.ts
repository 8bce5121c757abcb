/**
 * Cut, copy, paste and duplicate. The clipboard holds a complete circuit file (format text, as
 * saved), so a selection pasted into another window — or into a text editor — is a circuit
 * anyone can open. Pasting renames ids that are taken, keeps the wiring between pasted nodes, and
 * is one undo step.
 */
import {
  parseCircuitJson,
  serializeCircuit,
  type CircuitDocument,
  type CircuitEdge,
  type Position,
} from '../../engine/schema';
import { checkConnection } from '../canvas/connectionRules';
import { uniqueId, usedIds } from './ids';
import { refused, type EditCommand } from './types';

/** The selected nodes and the edges between them, as a document of its own. */
export function copyFragment(
  doc: CircuitDocument,
  nodeIds: readonly string[],
): CircuitDocument | null {
  const ids = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => ids.has(n.id));
  if (nodes.length === 0) return null;
  const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return {
    formatVersion: doc.formatVersion,
    name: `${nodes.length} node${nodes.length === 1 ? '' : 's'} from ${doc.name}`,
    simulation: doc.simulation,
    nodes,
    edges,
  };
}

export function fragmentText(fragment: CircuitDocument): string {
  return serializeCircuit(fragment);
}

/** Clipboard text → a fragment, or why it is not one (plain text pasted by mistake). */
export function parseFragment(text: string): { fragment: CircuitDocument } | { error: string } {
  const parsed = parseCircuitJson(text);
  if (parsed.ok) return { fragment: parsed.document };
  const first = parsed.errors[0];
  return {
    error: `The clipboard holds no Spikeboard nodes (${first === undefined ? 'not a circuit' : `${first.path}: ${first.message}`}).`,
  };
}

function uniqueLabel(label: string, taken: Set<string>): string {
  let candidate = label;
  for (let k = 2; taken.has(candidate); k++) candidate = `${label} ${k}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Adds a fragment's nodes shifted by `offset`, under fresh ids where theirs are taken, with the
 * connections between them. Refused as a whole if the editor would refuse one of its connections.
 */
export function pasteFragment(
  fragment: CircuitDocument,
  offset: Position,
  label = 'Paste',
): EditCommand {
  return {
    label,
    apply(doc) {
      if (fragment.nodes.length === 0) return refused('Nothing to paste.');
      const taken = usedIds(doc);
      const labels = new Set(doc.nodes.map((n) => n.label));
      const rename = new Map<string, string>();
      for (const node of fragment.nodes) {
        const id = uniqueId(node.id, taken);
        taken.add(id);
        rename.set(node.id, id);
      }
      const nodes = fragment.nodes.map((node) => ({
        ...node,
        id: rename.get(node.id)!,
        label: uniqueLabel(node.label, labels),
        position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
      }));
      let document: CircuitDocument = { ...doc, nodes: [...doc.nodes, ...nodes] };
      const edgeIds: string[] = [];
      for (const edge of fragment.edges) {
        const source = rename.get(edge.source);
        const target = rename.get(edge.target);
        if (source === undefined || target === undefined) continue;
        const verdict = checkConnection(document, source, target);
        if (!verdict.ok) return refused(`Cannot paste a connection: ${verdict.reason}`);
        const id = uniqueId(edge.id, taken);
        taken.add(id);
        const pasted: CircuitEdge = { ...edge, id, source, target };
        document = { ...document, edges: [...document.edges, pasted] };
        edgeIds.push(id);
      }
      return { ok: true, document, select: { nodeIds: nodes.map((n) => n.id), edgeIds } };
    },
  };
}

/** Copies and pastes the selection in one step, shifted down and right. */
export function duplicate(nodeIds: readonly string[]): EditCommand {
  return {
    label: 'Duplicate',
    apply(doc) {
      const fragment = copyFragment(doc, nodeIds);
      if (fragment === null) return refused('Select the nodes to duplicate first.');
      return pasteFragment(fragment, { x: 40, y: 40 }).apply(doc);
    },
  };
}
