/**
 * New circuit: an empty canvas with the default simulation settings (Norse 1.1's input order, as
 * for every new circuit). An edit like any other, so Undo brings the old circuit back.
 */
import { FORMAT_VERSION, parseCircuit, type CircuitDocument } from '../../engine/schema';
import type { EditCommand } from './types';

export function emptyCircuit(): CircuitDocument {
  const parsed = parseCircuit({
    formatVersion: FORMAT_VERSION,
    name: 'Untitled circuit',
    nodes: [],
  });
  if (!parsed.ok) throw new Error(`the empty circuit does not parse: ${parsed.errors[0]?.message}`);
  return parsed.document;
}

export function newCircuit(): EditCommand {
  return {
    label: 'New circuit',
    apply: () => ({ ok: true, document: emptyCircuit(), select: { nodeIds: [], edgeIds: [] } }),
  };
}
